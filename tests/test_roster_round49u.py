"""Forty-ninth round (u), issue 13: persons who are none (precision first). Texts of our own making; each test marked
"fails on main" fails on main 91a4546 and passes here, the guards pass on both.

(1) In a labelled-block roster printed one value a line (HTML <br> lines), the NER took an occupation line under the
board seat for a person's name ('Private Investor', 'Independent Petroleum' of 'Independent Petroleum Consultant'):
a run of occupation or organisation words, or the head of an occupation whose noun follows it on its line, is no
name (kg/forms/roster_occupation_span.py). (2) The end of a wrapped title after a lower-case connector ('Director of
Pacific Regional' / 'Authority for Student Housing Loans') is no name either. (3) A fixed-width table whose caption kg
does not place reads the caption as a row; column roles guessed from cells that hold it put an occupation on the
titles' field: where a column opens with a caption's words the guess is refused (kg/forms/roster_column_roles.py)."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _extract(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return to_dict(kg.extract(path))


def _br_roster(tmp_path: Path, entries: list[tuple[str, list[str]]]) -> dict:
    blocks = "".join(f"<p><b>{name}</b><br>\n" + "".join(f"{line}<br>\n" for line in lines)
                     + "Business Address: 410 Harbour Street, Halifax, Nova Scotia B3J 1P4<br>\n"
                     "Citizenship: Canadian</p>\n" for name, lines in entries)
    text = ("<html><body>\n<p align=\"center\"><b>ANNEX A</b></p>\n<p align=\"center\">DIRECTORS AND OFFICERS OF "
            "TIDEWATER ENERGY INC.</p>\n<p>The name, present position with Tidewater Energy Inc., present principal "
            "occupation or employment, business address and citizenship of each director and executive officer of "
            f"Tidewater Energy Inc. are set forth below.</p>\n{blocks}</body></html>\n")
    return _extract(tmp_path, "annex.htm", text)


def _names(document: dict) -> list[str]:
    return [p["name"] for p in document["people"]]


_SEAT = "Director, Tidewater Energy Inc."


def test_an_occupation_line_under_the_seat_is_no_person(tmp_path):  # fails on main
    document = _br_roster(tmp_path, [("Gordon W. Mackay", [_SEAT, "Private Investor"]),
                                     ("Helen J. Thibodeau", [_SEAT, "Independent Petroleum Consultant"]),
                                     ("Janet E. Crowley", [_SEAT, "President, Tidewater Energy Inc."])])
    assert _names(document) == ["Gordon W. Mackay", "Helen J. Thibodeau", "Janet E. Crowley"]
    people = {p["name"]: p for p in document["people"]}
    assert people["Gordon W. Mackay"]["other_positions"] == ["Private Investor"]
    assert people["Helen J. Thibodeau"]["other_positions"] == ["Independent Petroleum Consultant"]
    assert people["Janet E. Crowley"]["positions"] == ["Director", "President"]
    assert all(p["address_city"] == "Halifax" for p in document["people"])


def test_guard_a_surname_that_is_an_occupation_word_stays_a_name(tmp_path):
    document = _br_roster(tmp_path, [("Margaret L. Farmer", [_SEAT]), ("Thomas R. Banker", [_SEAT]),
                                     ("Janet E. Crowley", [_SEAT, "President, Tidewater Energy Inc."])])
    assert _names(document) == ["Margaret L. Farmer", "Thomas R. Banker", "Janet E. Crowley"]


_WRAPPED = """                                   SCHEDULE I

          DIRECTORS AND EXECUTIVE OFFICERS OF TIDEWATER ENERGY INC.

Helen J. Thibodeau
     TIDEWATER -- Director
     Business Address: 410 Harbour Street, Halifax, Nova Scotia B3J 1P4
     Citizenship: Canada

Gordon W. Mackay
     TIDEWATER -- Director
     CHAIRMAN AND CHIEF EXECUTIVE OFFICER OF MARITIME FREIGHT LINES LTD. FOR
         OVER FIVE YEARS -- President
     INC. AND ATLANTIC TRUST BANK -- Director of Nova Scotia Secondary
         Market for Student Loans
     Business Address: Maritime Freight Lines Ltd., 22 Dock Road,
                       Dartmouth, NS B2Y 3Z4
     Citizenship: Canada
"""


def test_the_end_of_a_wrapped_title_after_for_is_no_person(tmp_path):  # fails on main
    document = _extract(tmp_path, "annex.txt", _WRAPPED)
    assert _names(document)[:2] == ["Helen J. Thibodeau", "Gordon W. Mackay"]
    assert not [name for name in _names(document) if "Loans" in name or "Student" in name]


_TABLE = """                                   SCHEDULE I

              DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSON MINING CORP.

     The following table sets forth the name, business address, present principal occupation and citizenship
of each director and executive officer of Halverson Mining Corp.

{caption}Arthur P. Lindqvist        Director                    Retired Vice Chairman,
40 Wall Street                                         Chase Manhattan Bank
New York, New York 10005

Beatrice M. Orloff         President and Chief         President, Halverson
300 Main Street            Executive Officer           Mining Corp.
Denver, Colorado 80202

Cyrus T. Wendell           Director                    Partner, Wendell & Marsh
12 Pine Street
Boston, Massachusetts 02109
"""


def test_roles_are_not_guessed_from_a_caption_read_as_a_row(tmp_path):  # fails on main
    caption = "The Person                 His Capacity                His Principal Occupation\n\n"
    people = {p["name"]: p for p in _extract(tmp_path, "t.txt", _TABLE.format(caption=caption))["people"]}
    assert "Partner, Wendell & Marsh" not in people["Cyrus T. Wendell"]["positions"]
    assert "Director" not in people["Cyrus T. Wendell"]["other_positions"]
    assert people["Beatrice M. Orloff"]["other_positions"] == []


def test_guard_a_table_without_caption_and_one_with_known_captions_still_read(tmp_path):
    for caption in ("", "NAME                       POSITION                    PRINCIPAL OCCUPATION\n\n"):
        document = _extract(tmp_path, "t.txt", _TABLE.format(caption=caption))
        people = {p["name"]: p for p in document["people"]}
        assert people["Cyrus T. Wendell"]["positions"] == ["Director"]
        assert people["Cyrus T. Wendell"]["other_positions"] == ["Partner, Wendell & Marsh"]
        assert people["Arthur P. Lindqvist"]["address_city"] == "New York"

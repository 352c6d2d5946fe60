"""Forty-seventh round (g), issue 13: Danaher's two columns with dot leaders ('Name' / 'Present Principal Occupation
and Five-Year Employment History') printed for other rosters, where the preamble does not say that each occupation
refers to employment with the listed organisation and the titles held there are printed 'of <short name>'.

- A leader cell under a caption naming occupations only (kg/forms/roster_leader_caption.py) was read as titles in the
  listed organisation: 'Retired Vice Chairman, Quarry Bank, N.A.', 'Partner, Halden & Royce', a bare 'Chief
  Executive.' all became positions of the listed company. Now the cell is read as one that mixes titles there with
  occupations elsewhere (kg.forms.roster_mixed): another employer's name appended makes an occupation there, a title
  naming no organisation is not presumed the listed one's (left out, a roster-ambiguous finding).
- A cell running on past its titles into the person's own address closed by a postal code of letters and digits
  ('Toronto, Ontario M5J 2R8') or by a country's name ('75008 Paris, France') was refused; now read as the address
  (kg/forms/roster_leader_stop.py ends_as_address).
- 'National' in an organisation's name ('National Institute of Metrology, Inc., ...') read as a sentence speaking of a
  citizenship: the address and the default citizenship were refused (kg/forms/roster_phrases.py).
- A title whose organisation's name wraps onto the next line ('... OF HALBERD NORTHERN TRUST' / 'COMPANY') under a
  preamble that prints the name wrapped at another word lost its last word (kg/forms/roster_title_wrap.py).

Texts of our own making. Each test marked "fails on main" fails on main fc2517c and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_leader_stop import ends_as_address
from kg.forms.roster_phrases import own_values

_DEFAULT = "500 Harbor Boulevard, Weehawken, New Jersey 07086"

_ROSTER = """<PAGE>

                                   SCHEDULE I

     DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL MARITIME HOLDINGS, INC.

          Directors and executive officers of Kestrel Maritime Holdings, Inc.
("KMH"). The following table sets forth the name and present principal
occupation or employment, and material occupations, positions, offices or
employments for the past five years of each director and executive officer of
KMH.{refers} Unless otherwise indicated, the business address of each such person is
500 Harbor Boulevard, Weehawken, New Jersey 07086, and each such person is a
citizen of the United States.

1. Directors of KMH

                                 {caption_1}
Name                             {caption_2}
----                             ----------------------------

 Walter P. Ormsby..............  Retired Vice Chairman, Quarry Bank, N.A.

 Helena R. Vosk................  Partner, Halden & Royce. Halden & Royce, 12 Bay
                                 Street, Toronto, Ontario M5J 2R8

 Dominic T. Ferrand............  Managing Director, Ferrand Partenaires. Ferrand
                                 Partenaires, 9 rue de la Paix, 75008 Paris,
                                 France

 Ruth A. Calloway..............  President, National Institute of Metrology.
                                 National Institute of Metrology, Inc., 100
                                 Bureau Drive, Gaithersburg, Maryland 20899

 Samuel J. Pratt...............  Chief Executive.

2. Executive Officers of KMH

                                 {caption_1}
Name                             {caption_2}
----                             ----------------------------

 Lionel B. Marsh...............  Chief Financial Officer of KMH.
"""

_OCCUPATIONS = ("Present Principal Occupation and", "Five-Year Employment History")
_REFERS = (" Unless otherwise indicated below each occupation set forth opposite each person refers to employment"
           " with KMH.")


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _roster(refers: str = "", caption: tuple[str, str] = _OCCUPATIONS) -> str:
    return _ROSTER.format(refers=refers, caption_1=caption[0], caption_2=caption[1])


def test_an_occupation_naming_another_employer_is_no_title_of_the_listed_company(tmp_path: Path) -> None:
    """Fails on main: 'Retired Vice Chairman, Quarry Bank, N.A.' and 'Partner, Halden & Royce' were positions of KMH."""
    people = _people(tmp_path, _roster())
    assert people["Walter P. Ormsby"].positions == ["Director"]
    assert people["Walter P. Ormsby"].other_positions == ["Retired Vice Chairman, Quarry Bank, N.A."]
    assert people["Helena R. Vosk"].positions == ["Director"]
    assert people["Helena R. Vosk"].other_positions == ["Partner, Halden & Royce"]
    assert people["Ruth A. Calloway"].positions == ["Director"]
    assert people["Ruth A. Calloway"].other_positions == ["President, National Institute of Metrology"]


def test_a_bare_officer_title_under_an_occupation_caption_is_not_presumed_the_listed_companys(tmp_path: Path) -> None:
    """Fails on main: 'Chief Executive.' of a director was his title in KMH (and put him among its officers)."""
    pratt = _people(tmp_path, _roster())["Samuel J. Pratt"]
    assert pratt.positions == ["Director"]
    assert pratt.bodies == ["board of directors"]


def test_an_address_closed_by_a_postal_code_or_a_country_is_the_persons_own(tmp_path: Path) -> None:
    """Fails on main: both addresses refused (no US ZIP code closes them)."""
    people = _people(tmp_path, _roster())
    assert people["Helena R. Vosk"].address == "Halden & Royce, 12 Bay Street, Toronto, Ontario M5J 2R8"
    assert people["Helena R. Vosk"].address_city == "Toronto"
    assert people["Dominic T. Ferrand"].address == "Ferrand Partenaires, 9 rue de la Paix, 75008 Paris, France"
    assert people["Dominic T. Ferrand"].address_country == "FR"
    assert people["Dominic T. Ferrand"].citizenship == "United States"


def test_national_in_a_firms_name_refuses_neither_address_nor_citizenship(tmp_path: Path) -> None:
    """Fails on main: 'National Institute of Metrology, Inc., ...' read as speaking of a nationality."""
    calloway = _people(tmp_path, _roster())["Ruth A. Calloway"]
    assert calloway.address == "National Institute of Metrology, Inc., 100 Bureau Drive, Gaithersburg, Maryland 20899"
    assert calloway.citizenship == "United States"


def test_a_title_wrapped_over_the_organisations_last_word(tmp_path: Path) -> None:
    """Fails on main: the organisation read 'Halberd Northern Trust' (the preamble wraps the name at another word)."""
    text = _roster().replace(
        "     DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL MARITIME HOLDINGS, INC.",
        "        DIRECTORS AND EXECUTIVE OFFICERS OF HALBERD NORTHERN TRUST\n                                    COMPANY"
    ).replace("Directors and executive officers of Kestrel Maritime Holdings, Inc.\n(\"KMH\")",
              "Directors and executive officers of Halberd Northern Trust\nCompany (\"KMH\")").replace(
        "500 Harbor Boulevard", "Halberd Northern Trust Company, 500 Harbor Boulevard")
    people = _people(tmp_path, text)
    assert people["Lionel B. Marsh"].organization == "Halberd Northern Trust Company"
    assert people["Lionel B. Marsh"].positions == ["Chief Financial Officer"]


def test_guard_occupations_said_to_refer_to_the_listed_company_are_its_titles(tmp_path: Path) -> None:
    """Guard (Danaher's preamble): 'each occupation ... refers to employment with KMH': the bare title is KMH's."""
    pratt = _people(tmp_path, _roster(_REFERS))["Samuel J. Pratt"]
    assert pratt.positions == ["Director", "Chief Executive"]


def test_guard_a_caption_of_positions_keeps_its_titles(tmp_path: Path) -> None:
    """Guard: under 'Position(s) with the Company' the right column holds titles in the listed organisation."""
    pratt = _people(tmp_path, _roster(caption=("", "Position(s) with the Company")))["Samuel J. Pratt"]
    assert "Chief Executive" in pratt.positions


def test_guard_the_officers_titles_of_the_listed_company(tmp_path: Path) -> None:
    marsh = _people(tmp_path, _roster())["Lionel B. Marsh"]
    assert marsh.positions == ["Chief Financial Officer"]
    assert marsh.address == _DEFAULT


def test_guard_tails_that_are_no_address() -> None:
    assert not ends_as_address("Skadden, Arps, Slate")
    assert not ends_as_address("Citizen of USA, Denmark")  # (no number: a citizenship line)
    assert not ends_as_address("Director of Alpha, Canada")
    assert ends_as_address("Wabash National Corp. 1000 Sagamore Parkway South, Lafayette, IN 47905")


def test_address_lines_read_flat_close_no_address_but_by_a_zip_code() -> None:
    """Fails on main for the first two (no US ZIP code); stacked lines read flat, no comma: where the city stands is
    not certain ('Bombardier Aerospace 400 chemin de la Cote-Vertu ouest Dorval H4S 1Y9')."""
    assert ends_as_address("Via Caldera 21, 20153 Milano, Italy")
    assert ends_as_address("Le Prince de Galles, 10 Avenue de Grande-Bretagne, MC-98000 Monte-Carlo, MONACO")
    assert not ends_as_address("Bombardier Aerospace 400 chemin de la Cote-Vertu ouest Dorval H4S 1Y9")
    assert not ends_as_address("Dassault Investissements 9 Rond-Point des Champs-Elysees 75008 Paris France")


def test_guard_a_sentence_speaking_of_a_citizenship_still_refuses() -> None:
    _rest, own = own_values("Consultant. Citizenship United States, Canada", "Ann Lee")
    assert own == {"address": None, "citizenship": None}
    _rest, own = own_values("Consultant. He is a national of Canada", "Ann Lee")
    assert own == {"address": None, "citizenship": None}


_LINES = """<PAGE>

                                  Exhibit 8

            DIRECTORS AND EXECUTIVE OFFICERS OF BRANDT HOLDINGS A/S

          The following table sets forth the name and present principal
occupation or employment of each director and executive officer of Brandt
Holdings A/S. Unless otherwise indicated below, the business address of each
such person is Kalvebod Brygge 7, 1560 Copenhagen, Denmark, and each such
person is a citizen of Denmark.

1. Directors of Brandt Holdings A/S

                                 Present Principal Occupation or Employment
Name                             and Business Address
----                             -------------------------------------

 Karen Holm....................  Chair of the Board, Brandt Holdings A/S;
                                 Professional Board Director.

 Peter Oakley..................  Board Director, Brandt Holdings A/S; Chief
                                 Economist of Meridian Capital Partners.
                                 Citizen of United Kingdom

 Lucia Ferri...................  Board Director, Brandt Holdings A/S; Chief
                                 Executive Officer, Telvia.
                                 Via Roma 12
                                 20121 Milano
                                 Italy
                                 Citizen of Italy
"""


def test_a_citizenship_line_closing_the_cell_keeps_the_default_address(tmp_path: Path) -> None:
    """Fails on main: 'Citizen of United Kingdom' after the occupation's full stop read as a run-on (an address the
    cell may print): the default address refused."""
    oakley = _people(tmp_path, _LINES)["Peter Oakley"]
    assert oakley.citizenship == "United Kingdom"
    assert oakley.address == "Kalvebod Brygge 7, 1560 Copenhagen, Denmark"
    assert oakley.other_positions == ["Chief Economist of Meridian Capital Partners"]


def test_address_lines_over_a_citizenship_line_are_no_part_of_the_occupation(tmp_path: Path) -> None:
    """Fails on main: the occupation read 'Chief Executive Officer, Telvia. Via Roma 12 20121 Milano Italy'. The
    address lines read flat were refused (where the city stands is not certain), never the default given; since the
    forty-ninth round (k) they are read by the cell's lines, stacked under the occupation's full stop, each break the
    printer's (kg/forms/roster_leader_address.py)."""
    ferri = _people(tmp_path, _LINES)["Lucia Ferri"]
    assert ferri.other_positions == ["Chief Executive Officer, Telvia"]
    assert ferri.citizenship == "Italy"
    assert ferri.address == "Via Roma 12, 20121 Milano, Italy"
    assert (ferri.address_city, ferri.address_country) == ("Milano", "IT")


def test_guard_a_cell_closed_by_its_full_stop_keeps_the_default(tmp_path: Path) -> None:
    holm = _people(tmp_path, _LINES)["Karen Holm"]
    assert holm.positions == ["Chair of the Board"]
    assert holm.address == "Kalvebod Brygge 7, 1560 Copenhagen, Denmark"
    assert holm.citizenship == "Denmark"

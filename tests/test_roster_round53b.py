"""Round 53b (issue 13): an outside occupation line that names no company, read as titles in the listed organisation
(gather103's stacked_name_titles_postamble_addresses_national_grid and gather106's
labelled_blocks_sections_employer_field_micron, roster 9: Paul Fribourg's 'Chairman, President and CEO', 'Chairman'
being Paul Desmarais, Jr.'s title there).

What changed: kg/forms/roster_joined_titles.py (new): a list of name-and-title blocks whose first line under a name
joins several titles ('Director, Executive Officer, Chairman and Co-Chief Executive Officer') prints the titles held
in the organisation on that line; a later line is an occupation elsewhere, kept as one (kg/forms/roster_title_lines.py).
kg/forms/roster_beside_named.py (new): in an occupation cell of several items where one names an organisation not
known as the listed one and none names the listed one, a bare title ('Chairman, President and CEO') is held no one
knows where: left out with a `roster-ambiguous` doubt, never a title in the listed organisation
(kg/forms/roster_entry.py).

Texts of our own making. Tests marked "fails on main" fail on main 50528af; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

ORG = "Hollowmere Gas Company"
UNFORMED = "Hollowmere Corporation of Ontario"  # (no legal form closing it: the reader reads no organisation)


def _people(tmp_path: Path, text: str) -> tuple[dict[str, dict], list[dict]]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    found = to_dict(kg.extract(path))
    return {p["name"]: p for p in found.get("people", [])}, found.get("warnings", [])


def _stacked(blocks: list[list[str]]) -> str:
    lines = ["<PAGE>", " " * 55 + "EXHIBIT A", "", "",
             "Names, titles, principal occupations and business addresses of the officers and",
             f"directors of {ORG}:", "", ORG, ""]
    for block in blocks:
        lines += block + [""]
    lines += ["The business address of the above listed persons is:", "", "   40 Quarry Lane",
              "   Dunmore, PA 18512", "", "All of the above listed persons are citizens of the United States.", ""]
    return "\n".join(lines) + "\n"


JOINED = [
    ["Agatha R. Pennycook", "Director, Executive Officer, Chairman and Chief Executive Officer"],
    ["Bertram Ollerenshaw", "Director", "Chairman, President and CEO"],
    ["Cordelia M. Fairweather", "Director", "Managing Director, Whitcombe & Vail"],
    ["Desmond K. Lowther", "Executive Officer and Treasurer"],
]


def test_a_line_after_the_joined_titles_is_an_occupation_elsewhere(tmp_path):
    """Fails on main: Ollerenshaw's own company's 'Chairman, President and CEO' was read as his titles in the listed
    organisation, 'Chairman' being Pennycook's there."""
    people, _findings = _people(tmp_path, _stacked(JOINED))
    assert people["Bertram Ollerenshaw"]["positions"] == ["Director"]
    assert people["Bertram Ollerenshaw"]["other_positions"] == ["Chairman, President and CEO"]
    assert any(p.startswith("Chairman") for p in people["Agatha R. Pennycook"]["positions"])
    assert people["Cordelia M. Fairweather"]["other_positions"] == ["Managing Director, Whitcombe & Vail"]


def test_one_title_a_line_keeps_the_second_line_in_the_organisation(tmp_path):
    """Guard: with no first line joining titles, each title line under the name is a title held in the listed
    organisation until a line names another company."""
    blocks = [["Agatha R. Pennycook", "Director", "Chairman of the Board"],
              ["Bertram Ollerenshaw", "Director", "Managing Director, Whitcombe & Vail"],
              ["Desmond K. Lowther", "Treasurer"]]
    people, _findings = _people(tmp_path, _stacked(blocks))
    assert people["Agatha R. Pennycook"]["positions"] == ["Director", "Chairman of the Board"]
    assert people["Bertram Ollerenshaw"]["positions"] == ["Director"]
    assert people["Bertram Ollerenshaw"]["other_positions"] == ["Managing Director, Whitcombe & Vail"]


def _labelled(org: str, occupations: list[tuple[str, list[str]]], excepted: bool = True) -> str:
    lines = ["", " " * 68 + "EXHIBIT 1-A", "", " " * 35 + "DIRECTORS", "",
             "     The following is a list of all members of the Board of Directors of",
             f"{org}. All directors are citizens of the United States" + (", except Desmond K." if excepted else "."),
             *(["Lowther, who is a citizen of Canada, and Agatha R. Pennycook, who is a citizen of the United "
                "Kingdom."] if excepted else []), ""]
    for index, (name, occupation) in enumerate(occupations, start=1):
        lines += [f"{index}. Name:".ljust(38) + name, "", "Business Address:".ljust(38) + "40 Quarry Lane",
                  " " * 38 + "Dunmore, PA 18512", "", "Principal Occupation:".ljust(38) + occupation[0],
                  *[" " * 38 + line for line in occupation[1:]], ""]
    return "\n".join(lines) + "\n"


def test_a_bare_title_beside_an_unread_organisation_is_no_title_there(tmp_path):
    """Fails on main: the organisation (no legal form) is not read, 'Director of Hollowmere Corporation of Ontario' is no
    seat in it for the reader, and the bare 'Chairman, President and CEO' under it became Ollerenshaw's titles."""
    text = _labelled(UNFORMED, [("Agatha R. Pennycook", [f"Director and Chairman of {UNFORMED}"]),
                                ("Bertram Ollerenshaw", [f"Director of {UNFORMED}", "Chairman, President and CEO"]),
                                ("Desmond K. Lowther", [f"Director of {UNFORMED}", "Partner, Whitcombe & Vail"])])
    people, findings = _people(tmp_path, text)
    assert "Chairman" not in people["Bertram Ollerenshaw"].get("positions", [])
    assert not {"President and CEO", "President", "CEO"} & set(people["Bertram Ollerenshaw"].get("positions", []))
    # Round 53l reads this organisation ('Board of Directors of X.', printed again the same way by the entries:
    # kg/forms/roster_org_stop.py), so the bare line is an occupation elsewhere, as in the guard below; before, the
    # organisation was not read and a roster-ambiguous doubt left the line out.
    assert {p.get("organization") for p in people.values()} == {UNFORMED}
    assert people["Bertram Ollerenshaw"]["other_positions"] == ["Chairman, President and CEO"]
    assert not any("Chairman, President and CEO" in w["message"] for w in findings if w["code"] == "roster-ambiguous")


def test_a_title_beside_the_listed_organisation_stays_elsewhere(tmp_path):
    """Guard: where the organisation is read (a legal form), 'Director of X, Inc.' is the seat and the bare line
    under it the occupation elsewhere, as before."""
    org = "Hollowmere Gas Company, Inc."
    text = _labelled(org, [("Agatha R. Pennycook", [f"Director and Chairman of {org}"]),
                           ("Bertram Ollerenshaw", [f"Director of {org}", "Chairman, President and CEO"]),
                           ("Desmond K. Lowther", [f"Director of {org}", "Partner, Whitcombe & Vail"])], False)
    people, _findings = _people(tmp_path, text)
    assert "Chairman" not in people["Bertram Ollerenshaw"].get("positions", [])
    assert "Director" in people["Bertram Ollerenshaw"]["positions"]


def _sections(officers_sentence: str) -> str:
    org = "Hollowmere Gas Company, Inc."
    text = _labelled(org, [("Agatha R. Pennycook", [f"Director and Chairman of {org}"]),
                           ("Desmond K. Lowther", [f"Director of {org}", "Partner, Whitcombe & Vail"])], False)
    officer = ["", " " * 31 + "EXECUTIVE OFFICERS", "",
               f"     The following is a list of the executive officers of {org} who are not",
               f"directors. {officers_sentence}", "",
               "3. Name:".ljust(38) + "Cordelia M. Fairweather", "", "Business Address:".ljust(38) + "40 Quarry Lane",
               " " * 38 + "Dunmore, PA 18512", "", "Principal Occupation:".ljust(38) + "Vice-President and Treasurer",
               " " * 38 + f"of {org}", ""]
    return text + "\n".join(officer) + "\n"


def test_a_later_section_takes_its_own_default_citizenship(tmp_path):
    """Fails on main: the officer after 'All executive officers are citizens of Canada.' lost her citizenship (the
    first section's default refused to her, her own section's not read)."""
    people, _findings = _people(tmp_path, _sections("All executive officers are citizens of Canada."))
    assert people["Cordelia M. Fairweather"]["citizenship"] == "Canada"
    assert people["Agatha R. Pennycook"]["citizenship"] == "United States"


def test_a_later_section_that_does_not_read_whole_gives_no_citizenship(tmp_path):
    """Guard: a later sentence whose exceptions are not read whole gives the officer neither default."""
    people, _findings = _people(tmp_path, _sections("All executive officers are citizens of Canada, except as"
                                                    " the Company's records show."))
    assert people["Cordelia M. Fairweather"].get("citizenship") in (None, "")

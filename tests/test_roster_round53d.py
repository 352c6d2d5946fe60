"""Round 53d (issue 13): gather98's text_dotleader_name_titles_indented_address_block_citizen_line.

What was wrong: under a name with dot leaders to its titles, an unlabelled indented block (the occupations held
elsewhere wrapped with a hanging indent, then the business address one line a line, then '(Citizen of X)') was
refused whole but for the citizen line: no occupation, no address. And in a list wrapping nothing with a hanging
indent, 'Chief Executive' / 'HPB/Blackrock' was read as one occupation 'Chief Executive HPB/Blackrock'.

What changed: kg/forms/roster_leader_block.py (new) reads the block where the boundary between the last occupation
and the address's first line is sure; kg/forms/roster_leader_items.py leaves out a paragraph where a whole title
at the margin is followed by a line with no word of a title and nothing shows a wrap.

Texts of our own making. Tests marked "fails on main" fail on main 50528af; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.errors import StructureError
from kg.records import to_dict

_HEAD = ["                                 EXHIBIT 99.3", "",
         "        Directors and Executive Officers of Northwind Harbour Holdings, Inc.", "",
         "The name and present position with Northwind Harbour Holdings, Inc. of each director and executive",
         "officer are set forth below, followed by any other present principal occupation and the business",
         "address and citizenship of each.", ""]


def _people(tmp_path: Path, entries: list[list[str]]) -> dict[str, dict]:
    lines = list(_HEAD)
    for entry in entries:
        lines += entry + [""]
    path = tmp_path / "exhibit.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _leader(name: str, title: str) -> str:
    return f"{name} {'.' * (34 - len(name))} {title}"


_HALVORSEN = [_leader("Agnes T. Halvorsen", "Director"), "    Professor of Marine Biology, Dalhousie",
              "      University", "    President, Atlantic Ocean Research Trust", "    Atlantic Ocean Research Trust",
              "    1411 Lower Water Street", "    Halifax, Nova Scotia B3J 3R7", "    (Citizen of Canada)"]
_MOREAU = [_leader("Jules P. Moreau", "Director"), "    Retired Vice Chairman, Banque Lemaire",
           "      and Lemaire Securities, S.A.", "    c/o 18 Harbour Road", "    Portland, Maine 04101",
           "    (Citizen of France)"]
_ODUYA = [_leader("Samuel K. Oduya", "Chief Financial Officer"), "    200 Wharf Street", "    Portland, Maine 04101",
          "    (Citizen of United States)"]


def test_occupations_then_address_lines_read(tmp_path):  # fails on main
    people = _people(tmp_path, [_HALVORSEN, _MOREAU, _ODUYA])
    assert sorted(people) == ["Agnes T. Halvorsen", "Jules P. Moreau", "Samuel K. Oduya"]
    halvorsen = people["Agnes T. Halvorsen"]
    assert halvorsen["other_positions"] == ["Professor of Marine Biology, Dalhousie University",
                                            "President, Atlantic Ocean Research Trust"]
    assert halvorsen["address"].startswith("Atlantic Ocean Research Trust, 1411 Lower Water Street, Halifax")
    assert halvorsen["citizenship"] == "Canada"
    moreau = people["Jules P. Moreau"]
    assert moreau["other_positions"] == ["Retired Vice Chairman, Banque Lemaire and Lemaire Securities, S.A."]
    assert moreau["address"].startswith("c/o 18 Harbour Road, Portland")
    assert people["Samuel K. Oduya"]["address"].startswith("200 Wharf Street, Portland")
    assert not people["Samuel K. Oduya"].get("other_positions")


def test_unsure_boundary_is_refused(tmp_path):  # guard: an organisation-less line between occupation and address
    unsure = [_leader("Ruth D. Ellingsen", "Director"), "    Professor of Law, Vestfold College",
              "      of Law", "    Larchmont/Reeve", "    Harbour Lane West", "    Portland, Maine 04101",
              "    (Citizen of Norway)"]
    people = _people(tmp_path, [unsure, _MOREAU, _ODUYA])
    ellingsen = people["Ruth D. Ellingsen"]
    assert not ellingsen.get("address") and not ellingsen.get("other_positions")
    assert ellingsen["citizenship"] == "Norway"


def _fontaine(number: str) -> list[str]:
    return [_leader("Claire B. Fontaine", "Director"), "    Head of Treasury, Banque Lemaire", "      Paris", number,
            "    avenue Matignon", "    75008 Paris", "    France", "    (Citizen of France)"]


def test_lone_house_number_opens_the_address(tmp_path):  # fails on main
    people = _people(tmp_path, [_fontaine("    21"), _MOREAU, _ODUYA])
    fontaine = people["Claire B. Fontaine"]
    assert fontaine["address"] == "21, avenue Matignon, 75008 Paris, France"
    assert fontaine["other_positions"] == ["Head of Treasury, Banque Lemaire Paris"]


def test_number_off_the_margin_refuses_the_address(tmp_path):  # guard: a page's number, centred
    people = _people(tmp_path, [_fontaine("                                     21"), _MOREAU, _ODUYA])
    assert not people["Claire B. Fontaine"].get("address")


def test_one_occupation_over_a_street_without_hanging_indent(tmp_path):  # fails on main
    entries = [[_leader("Thomas R. Sandvik", "Director"), "    Portfolio Manager", "    40 West 57th Street",
                "    26th Floor", "    New York, NY 10019", "    (Citizen of Sweden)"],
               [_leader("Daniel O. Mertens", "Director"), "    Portfolio Manager", "    Galles Residence",
                "    10 Avenue de Grande-Bretagne", "    MC-98000 Monte-Carlo", "    (Citizen of Belgium)"]]
    people = _people(tmp_path, entries)
    assert people["Thomas R. Sandvik"]["other_positions"] == ["Portfolio Manager"]
    assert people["Thomas R. Sandvik"]["address"] == "40 West 57th Street, 26th Floor, New York, NY 10019"
    assert not people["Daniel O. Mertens"].get("address")  # (two lines over the street: which is which, unsure)


def test_whole_title_over_a_name_line_is_no_wrap(tmp_path):  # fails on main
    entries = [[_leader("Howard B. Lindqvist", "Director"), "    Chief Executive", "    Larchmont/Reeve",
                "    (Citizen of United States)"],
               [_leader("Carla J. Byrne", "Director"), "    Chairman", "    Ferncastle Holdings",
                "    (Citizen of United States)"]]
    people = _people(tmp_path, entries)
    assert sorted(people) == ["Carla J. Byrne", "Howard B. Lindqvist"]
    assert not people["Howard B. Lindqvist"].get("other_positions")
    assert people["Howard B. Lindqvist"]["citizenship"] == "United States"


def test_wrapped_occupation_without_hanging_still_read(tmp_path):  # guard: a title running on into its wrap
    entries = [[_leader("Howard B. Lindqvist", "Director"), "    Chief Executive Officer of",
                "    Larchmont Reeve", "    (Citizen of United States)"],
               [_leader("Carla J. Byrne", "Director"), "    Chairman", "    (Citizen of United States)"]]
    people = _people(tmp_path, entries)
    assert people["Howard B. Lindqvist"]["other_positions"] == ["Chief Executive Officer of Larchmont Reeve"]


def _runin(name: str, occupation: str) -> list[str]:
    head = f" {name}{'.' * (27 - len(name))}  " if len(name) < 26 else f" {name}\n{' ' * 30}"
    return [f"{head}Position: Director", f"{' ' * 30}Principal Occupation: {occupation}",
            f"{' ' * 30}Business Address: 410 Park Avenue", f"{' ' * 48}New York, NY 10022",
            f"{' ' * 30}Citizenship: United States", ""]


def _runin_roster(names: list[str]) -> str:
    lines = ["                                  Exhibit 8", "",
             "        DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSEN CAPITAL PARTNERS, L.P.", "",
             "Set forth below are the name, position with Halversen Capital Partners, L.P., principal occupation,",
             "business address and citizenship of each director and executive officer.", ""]
    for name in names:
        lines += _runin(name, "Partner, Halversen & Co.")
    return "\n".join(lines) + "\n"


def test_name_alone_over_its_labelled_title(tmp_path):  # fails on main
    names = ["Oswald K. Brannigan", "Bartholomew Alexander Fitzwilliam", "Cedric M. Vollmer"]
    path = tmp_path / "exhibit.txt"
    path.write_text(_runin_roster(names), encoding="utf-8")
    people = {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}
    assert sorted(people) == sorted(names)
    assert people["Bartholomew Alexander Fitzwilliam"]["positions"] == ["Director"]
    assert people["Bartholomew Alexander Fitzwilliam"]["other_positions"] == ["Partner, Halversen & Co."]


def test_organisation_alone_over_a_title_column_is_no_name(tmp_path):  # guard: a line naming no person
    names = ["Oswald K. Brannigan", "Halversen Capital Partners Holdings", "Cedric M. Vollmer", "Ida P. Lund"]
    path = tmp_path / "exhibit.txt"
    path.write_text(_runin_roster(names), encoding="utf-8")
    try:
        people = {p["name"] for p in to_dict(kg.extract(path)).get("people", [])}
    except StructureError:
        people = set()  # (the list refused whole: a block of no entry's)
    assert "Halversen Capital Partners Holdings" not in people


def test_compass_word_after_a_street_in_a_flat_address_gives_no_city():  # fails on main
    from kg.forms.roster_fields import parse_address
    assert parse_address("Wabash National Corp. 1000 Sagamore Parkway South Lafayette, IN 47905")[1] is None
    # guards: the street's words kept apart by a comma, and a street with no compass word after it
    assert parse_address("1000 Sagamore Parkway South, Lafayette, IN 47905")[1] == "Lafayette"
    assert parse_address("Morgan Stanley & Co. Incorporated 1585 Broadway New York, New York 10036")[1] == "New York"

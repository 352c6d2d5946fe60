"""Round 51a (issue 13): National Grid's Exhibit A blocks (a name line, one line per title '<Title>, <Org>', one per
outside occupation, an 'Address:' label with its lines stacked under it), the citizenship in the introduction with
the exceptions named: gather85's national_grid_stacked_title_lines_address_label.

What was wrong: (1) the introduction's sentence wraps '... All of them are' / 'citizens of the United States:', and
that second line was read as a citizenship sub-heading ('Citizens of X:' over a group): blanked, it cut the
preamble short, so the organisation the introduction names was never read and every '<Title>, <Org>' line was an
occupation held elsewhere ('President, Canopy') or split into a title and the organisation's name read as a title
('Director', 'Canopy'); (2) the citizenship sentence closing on the colon over the list ('... citizens of the
U.S.:', '..., except X, who is a citizen of Canada:') was not read; (3) the organisation the introduction names
was not taken though the text prints it alone on the line over the list; (4) where the blocks read as name blocks
(no number in any line), 'Address: c/o X' was read as an occupation; (5) a heading 'FULLER, H. Laurance' over a
title line of 64 characters was no heading (stacked titles under 60 characters only): the entry above ran into it.

What changed: kg/forms/roster_addrgroups.py (a line opening in lower case under a line of prose that ends no
sentence runs on that sentence: no sub-heading); kg/patterns/roster.yml default_citizenship and
kg/forms/roster_excepted.py (a colon closing the preamble ends the sentence); kg/forms/roster_org_line.py (new: the
line alone under the preamble that the preamble names as the listed organisation is the roster's organisation);
kg/forms/roster_nameblocks.py (a labelled line is no title line); kg/forms/roster_block_names.py (stacked title lines
under a heading up to 80 characters).

Texts of our own making. Tests marked "fails on main" fail on main 38cba37; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_org_line import organization_line
from kg.records import to_dict

ORG = "Thornbury Mills Corporation"


def _exhibit(intro_tail: str, blocks: list[list[str]]) -> str:
    lines = ["<PAGE>", f"{'EXHIBIT A':>64}", "", "",
             "Names, positions, corporate affiliations and business addresses of the",
             f"directors and officers of {ORG}. All of them are", *intro_tail.split("\n"), "", ORG, ""]
    for block in blocks:
        lines += block + [""]
    return "\n".join(lines) + "\n"


BLOCKS = [
    ["Harriet P. Vandermeer", f"Director, {ORG}", "Partner, Olsted & Crane LLP",
     "Address: Olsted & Crane LLP", "         14 Harbour Row", "         Portland, Maine 04101"],
    ["Quentin L. Abernathy", f"President, {ORG}", f"Chief Executive Officer, {ORG}", f"Director, {ORG}",
     "Address: 300 Millrace Road", "         Lowell, Massachusetts 01852"],
    ["Ottilie Brandvold", f"Vice President - Finance, {ORG}",
     "Address: 300 Millrace Road", "         Lowell, Massachusetts 01852"],
]


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def test_title_lines_naming_the_listed_organisation_are_its_titles(tmp_path):
    """Fails on main: 'President, Thornbury Mills Corporation' was an occupation elsewhere, 'Director' came with
    the organisation's name as a title of its own, and no citizenship was read."""
    people = _people(tmp_path, _exhibit("citizens of the U.S.:", BLOCKS))
    assert set(people) == {"Harriet P. Vandermeer", "Quentin L. Abernathy", "Ottilie Brandvold"}
    assert people["Quentin L. Abernathy"]["positions"] == ["President", "Chief Executive Officer", "Director"]
    assert not people["Quentin L. Abernathy"].get("other_positions")
    assert people["Harriet P. Vandermeer"]["positions"] == ["Director"]
    assert people["Harriet P. Vandermeer"]["other_positions"] == ["Partner, Olsted & Crane LLP"]
    assert people["Ottilie Brandvold"]["positions"] == ["Vice President - Finance"]
    assert all(p["organization"] == ORG for p in people.values())
    assert all(p["country"] == "US" for p in people.values())
    assert people["Harriet P. Vandermeer"]["address_city"] == "Portland"


def test_named_exceptions_closing_on_the_colon_over_the_list(tmp_path):
    """Fails on main: the sentence '..., except X, who is a citizen of Canada:' gave no one a citizenship."""
    people = _people(tmp_path, _exhibit("citizens of the United States, except Ottilie Brandvold, who is a\n"
                                        "citizen of Norway:", BLOCKS))
    assert people["Ottilie Brandvold"]["country"] == "NO"
    assert people["Quentin L. Abernathy"]["country"] == "US"
    assert people["Harriet P. Vandermeer"]["country"] == "US"


def test_an_address_label_under_title_lines_is_never_an_occupation(tmp_path):
    """Fails on main: with no number in the first address lines the blocks read as name blocks, and
    'Address: c/o Thornbury Mills Corporation' came back as an occupation held elsewhere."""
    blocks = [[name, f"{title}, {ORG}", f"Address: c/o {ORG}", "         Millrace Road", "         Lowell"]
              for name, title in [("Harriet P. Vandermeer", "Chairman of the Board"), ("Quentin L. Abernathy",
                                                                                       "President"),
                                  ("Ottilie Brandvold", "Treasurer")]]
    people = _people(tmp_path, _exhibit("citizens of the United States:", blocks))
    assert people, "the roster is read"
    assert not any(value.startswith("Address") for p in people.values() for value in p.get("other_positions") or [])
    assert not any(value.startswith("Address") for p in people.values() for value in p.get("positions") or [])


def test_organisation_line_needs_the_preamble_to_name_it():
    """Guard: a line alone under the preamble is the listed organisation only where the preamble names it so."""
    preamble = f"Names and positions of the directors and officers of {ORG}. All of them are citizens of Canada:"
    assert organization_line(preamble, f"\n\n{ORG}\n\nHarriet P. Vandermeer\nDirector\n") == ORG
    assert organization_line(preamble, "\n\nOlsted & Crane LLP\n\nHarriet P. Vandermeer\nDirector\n") is None
    assert organization_line("Names and positions of the persons listed below:", f"\n\n{ORG}\n\nX Y\n") is None
    assert organization_line(preamble, "\n\nHarriet P. Vandermeer\nDirector, Thornbury\n") is None


def test_citizenship_sub_headings_still_group_the_entries(tmp_path):
    """Guard: a sub-heading of its own ('The following persons are citizens of Canada:' after a blank line) still
    gives the entries under it their citizenship."""
    text = "\n".join([
        "SCHEDULE I", "", "DIRECTORS AND EXECUTIVE OFFICERS OF THORNBURY MILLS CORPORATION", "",
        "The business address of each person listed below is 300 Millrace Road, Lowell, Massachusetts 01852.", "",
        "The following persons are citizens of the United States:", "",
        "Name                          Present Principal Occupation",
        "Harriet P. Vandermeer         Director; Chairman of the Board",
        "Quentin L. Abernathy          Director; President", "",
        "The following persons are citizens of Canada:", "",
        "Name                          Present Principal Occupation",
        "Ottilie Brandvold             Director; Treasurer", ""])
    people = _people(tmp_path, text)
    assert people["Ottilie Brandvold"]["country"] == "CA"
    assert people["Harriet P. Vandermeer"]["country"] == "US"


REAL = Path(__file__).parent / "data" / "rosters_real" / "dev" / \
    "text_stacked_name_title_lines_postamble_address_national_grid.txt"


def test_real_national_grid_name_blocks_still_read():
    """Guard: National Grid's own layout (name blocks, no label, the shared address in a postamble) reads as before."""
    people = {p["name"]: p for p in to_dict(kg.extract(REAL)).get("people", [])}
    assert people["Peter G. Flynn"]["other_positions"] == ["Vice President, National Grid USA",
                                                           "President, New England Power Company"]
    assert people["Edward A. Capomacchio"]["positions"] == ["Assistant Controller"]
    assert people["Edward A. Capomacchio"]["address_city"] == "Westborough"
    assert all(p["organization"] == "National Grid USA Service Company, Inc." for p in people.values())


def test_a_heading_over_a_long_title_line_is_still_the_next_entry(tmp_path):
    """Fails on main: 'FULLER, H. Laurance' over 'Director, X' and a title line of 64 characters was no heading (the
    lines stacked under a heading were titles under 60 characters only), so the entry above ran into it."""
    blocks = [["QUARRIE, Ronnie C.", f"Director, {ORG}", "Chairman, Hang Lung Development Group",
               "Address: Hang Lung Development Company Limited", "         4 Des Voeux Road Central",
               "         Hong Kong"],
              ["FULLER, H. Laurance", f"Director, {ORG}",
               "formerly Co-Chairman of the Board of Directors, BP Amoco, p.l.c.",
               "Address: Primary Business Center", "         1111 E. Warrenville Road, Naperville IL 60563"],
              ["ABERNATHY, Quentin L.", f"President, {ORG}", "Address: 300 Millrace Road",
               "         Lowell, Massachusetts 01852"]]
    people = _people(tmp_path, _exhibit("citizens of the United States:", blocks))
    assert {name.casefold() for name in people} == {"ronnie c. quarrie", "h. laurance fuller", "quentin l. abernathy"}
    people = {name.casefold(): person for name, person in people.items()}
    assert people["h. laurance fuller"]["address_city"] == "Naperville"
    quarrie = people["ronnie c. quarrie"]
    assert quarrie["country"] == "US"
    assert quarrie.get("address_city") != "Naperville"

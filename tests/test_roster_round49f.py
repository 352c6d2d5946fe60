"""Round 49f (issue 13): names centred one a line under centred '<Title> of' / '<Org>' headings.

Forstmann Little's Schedule I prints a roster as lists of names centred one a line, each list under a centred heading
that gives its titles ('President' / 'Chief Executive Officer of' / '<Org>'), the shared address and citizenship in
a preamble ('The business address of each of the following persons is ... and each is a citizen of ..., except as
set forth below.') and each person's own values in a short indented paragraph under the list. Nobody was read: the
heading lines were taken for the roster's title and no reader knew a list under a heading
(kg/forms/roster_centred_lists.py reads it now)."""
from __future__ import annotations

from pathlib import Path

from roster_people import read_people_or_none as _people

import kg
from kg.records import to_dict


def _c(line: str) -> str:
    return f"{line:^78}".rstrip()


_PREAMBLE = """Schedule I

     The following are the directors and executive officers of Harwell Mills,
Inc. The business address of each of the following persons is 410 Quarry Road,
Dayton, Ohio 45402 and each is a citizen of the United States, except as set
forth below.
"""


def _roster(names_a=("Oliver P. Landry", "Mira T. Castell"), note_name="Mira T. Castell") -> str:
    lines = [_c("Director of"), _c("Harwell Mills, Inc."), "", *map(_c, names_a), "",
             f"     The present principal occupation of {note_name} is Partner, Castell & Rowe",
             f"LLP. The business address of {note_name} is 9 Elm Court, Toronto, Ontario M5V",
             f"2T6. {note_name} is a citizen of Canada.", "",
             _c("President"), _c("Chief Executive Officer of"), _c("Harwell Mills, Inc."), "",
             _c("Dana R. Whitfield"), ""]
    return _PREAMBLE + "\n" + "\n".join(lines) + "\n"


def test_names_under_a_centred_heading_hold_its_titles_and_the_preamble_defaults(tmp_path):
    people = _people(tmp_path, _roster())
    assert set(people) == {"Oliver P. Landry", "Mira T. Castell", "Dana R. Whitfield"}
    assert people["Dana R. Whitfield"]["positions"] == ["President", "Chief Executive Officer"]
    assert people["Oliver P. Landry"]["positions"] == ["Director"]
    assert {p["organization"] for p in people.values()} == {"Harwell Mills, Inc."}
    assert people["Oliver P. Landry"]["address"] == "410 Quarry Road, Dayton, Ohio 45402"
    assert people["Oliver P. Landry"]["citizenship"] == "United States"
    assert people["Dana R. Whitfield"]["address"] == "410 Quarry Road, Dayton, Ohio 45402"


def test_a_paragraph_under_the_list_gives_its_person_only_their_own_values(tmp_path):
    people = _people(tmp_path, _roster())
    assert people["Mira T. Castell"]["citizenship"] == "Canada"
    assert people["Mira T. Castell"]["address"] == "9 Elm Court, Toronto, Ontario M5V 2T6"
    assert people["Mira T. Castell"]["other_positions"] == ["Partner, Castell & Rowe LLP"]
    assert not people["Oliver P. Landry"].get("other_positions")
    assert people["Oliver P. Landry"]["citizenship"] == "United States"


def test_a_paragraph_naming_nobody_listed_reads_no_one_from_the_lists(tmp_path):
    people = _people(tmp_path, _roster(note_name="Peter J. Unlisted"))
    assert "Canada" not in {p.get("citizenship") for p in people.values()}
    assert "9 Elm Court, Toronto, Ontario M5V 2T6" not in {p.get("address") for p in people.values()}


def test_a_heading_whose_last_line_is_not_the_preambles_organisation_gives_no_title(tmp_path):
    text = _roster().replace(_c("Chief Executive Officer of") + "\n" + _c("Harwell Mills, Inc."),
                             _c("Chief Executive Officer of") + "\n" + _c("Ridgeway Partners LLC"))
    people = _people(tmp_path, text)
    assert all("Chief Executive Officer" not in p.get("positions", []) for p in people.values())


_BLOCKS = _PREAMBLE + "\n" + "\n".join([
    _c("Oliver P. Landry"), _c("Director of"), _c("Harwell Mills, Inc."), "",
    _c("Mira T. Castell"), _c("Director of"), _c("Harwell Mills, Inc."), "",
    "     The present principal occupation of Mira T. Castell is Partner, Castell & Rowe LLP.", "",
    _c("Dana R. Whitfield"), _c("President of"), _c("Harwell Mills, Inc."), ""]) + "\n"


def test_guard_centred_name_blocks_with_titles_under_each_name_still_read(tmp_path):
    people = _people(tmp_path, _BLOCKS)
    assert set(people) == {"Oliver P. Landry", "Mira T. Castell", "Dana R. Whitfield"}
    assert people["Dana R. Whitfield"]["positions"] == ["President"]
    assert people["Mira T. Castell"]["other_positions"] == ["Partner, Castell & Rowe LLP"]


def test_guard_the_real_forstmann_little_name_list_still_reads():
    folder = Path(__file__).parent / "data" / "rosters_real" / "dev"
    people = to_dict(kg.extract(folder / "text_centered_names_gp_preamble_forstmann_little.txt"))["people"]
    assert {"Theodore J. Forstmann", "Sandra J. Horbach"} <= {p["name"] for p in people}
    assert all(p["positions"] == ["General Partner"] for p in people)


def test_a_one_line_title_of_org_heading_gives_its_title(tmp_path):
    text = _roster().replace(_c("Director of") + "\n" + _c("Harwell Mills, Inc."), _c("Director of Harwell Mills, Inc."))
    people = _people(tmp_path, text)
    assert people["Oliver P. Landry"]["positions"] == ["Director"]
    assert people["Mira T. Castell"]["citizenship"] == "Canada"


def test_a_heading_naming_only_part_of_the_preambles_organisation_gives_no_title(tmp_path):
    text = _roster().replace(_c("Chief Executive Officer of") + "\n" + _c("Harwell Mills, Inc."),
                             _c("Chief Executive Officer of") + "\n" + _c("Harwell"))
    people = _people(tmp_path, text)
    assert all("Chief Executive Officer" not in p.get("positions", []) for p in people.values())

"""Round 52a (issue 13): National Grid's name-and-title blocks with the shared business address AFTER the list,
followed by 'except:' and each other person by name with his own address indented under it: gather103's
stacked_name_titles_postamble_addresses_national_grid.

What was wrong: the postamble's shared address went to every person of the list, the excepted ones too (their own
addresses under 'except:' were never read): 201 values on the wrong person over the family's 75 files.

What changed: kg/forms/roster_nameblock_except.py (new): after the shared address, 'except:' and blocks of a name
over its indented address lines; each address goes only to the one entry of the same name (words in any order), a
name two entries share gives neither, an entry sharing the surname of a name no entry has takes no address, and
where the exceptions do not read whole no one takes the shared address. kg/forms/roster_nameblocks.py and
kg/forms/roster_title_lines.py call it where they read the postamble.

Texts of our own making. Tests marked "fails on main" fail on main 3c48a2c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

ORG = "Hollowmere Gas Company"
SHARED = ["   40 Quarry Lane", "   Dunmore, PA 18512"]
BLOCKS = [
    ["Agatha R. Pennycook", "Chairman and Chief Executive Officer"],
    ["Bertram Ollerenshaw", "Director", "Partner, Whitcombe & Vail"],
    ["Cordelia M. Fairweather", "Vice President and Treasurer"],
    ["Desmond K. Lowther", "Director", "Retired"],
]


def _exhibit(postamble: list[str]) -> str:
    lines = ["<PAGE>", " " * 55 + "EXHIBIT A", "", "",
             "Names, titles, principal occupations and business addresses of the officers and",
             f"directors of {ORG}:", "", ORG, ""]
    for block in BLOCKS:
        lines += block + [""]
    lines += ["The business address of the above listed persons is:", "", *SHARED, "", *postamble,
              "All of the above listed persons are citizens of the United States.", ""]
    return "\n".join(lines) + "\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


EXCEPT = ["except:", "", "   Bertram Ollerenshaw", "      Whitcombe & Vail", "      12 Fenwick Street",
          "      Hartford, CT 06103", "", "   Desmond K. Lowther", "      88 Mill Pond Road", "      Exeter, NH 03833", ""]


def test_the_excepted_persons_take_their_own_addresses(tmp_path):
    """Fails on main: the shared address went to Ollerenshaw and Lowther too."""
    people = _people(tmp_path, _exhibit(EXCEPT))
    assert people["Bertram Ollerenshaw"]["address"] == "Whitcombe & Vail, 12 Fenwick Street, Hartford, CT 06103"
    assert people["Desmond K. Lowther"]["address"] == "88 Mill Pond Road, Exeter, NH 03833"
    assert people["Agatha R. Pennycook"]["address"] == "40 Quarry Lane, Dunmore, PA 18512"
    assert people["Cordelia M. Fairweather"]["address"] == "40 Quarry Lane, Dunmore, PA 18512"


def test_a_name_matching_no_block_gives_its_surname_no_address(tmp_path):
    """Fails on main: 'Desmond Lowther' (no middle initial) names no block; the shared address went to Desmond K.
    Lowther. Now he has none (he may be the one excepted), the others are as before."""
    named_otherwise = [line.replace("Desmond K. Lowther", "Desmond Lowther") for line in EXCEPT]
    people = _people(tmp_path, _exhibit(named_otherwise))
    assert people["Desmond K. Lowther"]["address"] is None
    assert people["Bertram Ollerenshaw"]["address"] == "Whitcombe & Vail, 12 Fenwick Street, Hartford, CT 06103"
    assert people["Agatha R. Pennycook"]["address"] == "40 Quarry Lane, Dunmore, PA 18512"


def test_exceptions_not_read_whole_give_no_one_the_shared_address(tmp_path):
    """Fails on main: under 'except:' a block that is no name over address lines, then a name: who is excepted is
    not known, so the shared address goes to no one."""
    unread = ["except:", "", "   see the schedule below", "", "   Bertram Ollerenshaw", ""]
    people = _people(tmp_path, _exhibit(unread))
    assert all(p["address"] is None for p in people.values())


def test_a_postamble_without_exceptions_still_gives_everyone_the_shared_address(tmp_path):
    """Guard: National Grid's own postamble (no 'except:') gives everyone the shared address."""
    people = _people(tmp_path, _exhibit([]))
    assert {p["address"] for p in people.values()} == {"40 Quarry Lane, Dunmore, PA 18512"}
    assert people["Agatha R. Pennycook"]["positions"]


REAL = Path(__file__).parent / "data" / "rosters_real" / "dev" / \
    "text_stacked_name_title_lines_postamble_address_national_grid.txt"


def test_real_national_grid_still_reads():
    """Guard: the real National Grid roster's shared address goes to everyone as before."""
    people = {p["name"]: p for p in to_dict(kg.extract(REAL)).get("people", [])}
    assert people["Edward A. Capomacchio"]["address_city"] == "Westborough"
    assert all(p["address"] and "25 Research Drive" in p["address"] for p in people.values())


def test_a_name_two_blocks_share_gives_neither_an_address(tmp_path, monkeypatch):
    """Fails on main: two blocks print 'Desmond K. Lowther'; the postamble's address by that name is neither's
    for certain (a `roster-ambiguous` finding), and neither takes the shared address."""
    monkeypatch.setattr(__import__(__name__), "BLOCKS", [*BLOCKS, ["Desmond K. Lowther", "Vice President"]])
    path = tmp_path / "exhibit.txt"
    path.write_text(_exhibit(EXCEPT), encoding="utf-8")
    filing = to_dict(kg.extract(path))
    assert [p["address"] for p in filing["people"] if p["name"] == "Desmond K. Lowther"] == [None, None]
    assert any(w["code"] == "roster-ambiguous" and "88 Mill Pond Road" in w["message"] for w in filing["warnings"])

"""Round 55k (issue 13): numbered_surname_run_in_prose_citizenship_postamble_edgar_pages (tests/relayout_heldout140.py).

What was wrong: in Chittenden's run-in prose ('Name.  Surname is <titles> of <Org>.'), a name that ends in a
generational suffix and its full stop ('Denis J. Walsh III.  Walsh is Director of ...') was read with the surname of
the next sentence: a person who is none, 'Denis J. Walsh Iii. Walsh', in files 5_0 and 5_2; 'Walter Scott Jr.  Scott
is ...' (the suffix without a comma) was no entry at all.

What changed: kg/forms/roster_prose.py: a suffix's full stop with more words after it ends a lead name (`_SENTENCE_END`),
and after a name ending in a full stop the next sentence may open with the bare surname and its verb, not only an
honorific (`_next_about`).

Texts of our own making and rendered development files. Tests marked "fails on main" fail on main 05aee5b7 (and on
e821ab87); the guards pass on both."""
from __future__ import annotations

import sys
from pathlib import Path

import relayout
from conftest import DATA

import kg

FAMILY = "numbered_surname_run_in_prose_citizenship_postamble_edgar_pages"

HEAD = """\
                                 EXHIBIT 99.1
                                 ------------

       DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE MILLS CORPORATION

     Set forth below are the name, position, present principal occupation and
business address of each director and executive officer of Harrowgate Mills
Corporation.

     Nora B. Ellery.  Ellery is Director of Harrowgate Mills Corporation.
Ellery's business address is 12 Mill Road, Lowell, Massachusetts 01852.

"""

TAIL = """
     Owen Pratt.  Pratt is Chief Financial Officer of Harrowgate Mills
Corporation. Pratt's business address is 12 Mill Road, Lowell, Massachusetts
01852.

     All of the persons named above are citizens of the United States of
America.
"""


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_suffix_full_stop_ends_the_name(tmp_path):
    """Fails on main: 'Denis J. Walsh Iii. Walsh' (no one) was read with the next sentence's surname."""
    entry = """     Denis J. Walsh III.  Walsh is Director of Harrowgate Mills Corporation.
Walsh's business address is 12 Mill Road, Lowell, Massachusetts 01852.
"""
    people = _people(tmp_path, HEAD + entry + TAIL)
    assert set(people) == {"Nora B. Ellery", "Denis J. Walsh III", "Owen Pratt"}
    assert people["Denis J. Walsh III"].positions == ["Director"]
    assert people["Denis J. Walsh III"].address == "12 Mill Road, Lowell, Massachusetts 01852"


def test_suffix_without_comma_then_bare_surname(tmp_path):
    """Fails on main: 'Walter Scott Jr.  Scott is ...' was no entry (only an honorific could follow 'Jr.')."""
    entry = """     Walter Scott Jr.  Scott is President of Harrowgate Mills Corporation.
Scott's business address is 12 Mill Road, Lowell, Massachusetts 01852.
"""
    people = _people(tmp_path, HEAD + entry + TAIL)
    assert "Walter Scott Jr." in people or "Walter Scott, Jr." in people
    scott = people.get("Walter Scott Jr.") or people["Walter Scott, Jr."]
    assert scott.positions == ["President"]
    assert not any("Scott" in name and name not in ("Walter Scott Jr.", "Walter Scott, Jr.") for name in people)


def _rendered(tmp_path: Path, organisation: str, options: relayout.Options) -> dict[str, object]:
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    rosters = relayout.load_rosters(bench_rosters.DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()
    roster = next(r for r in rosters if organisation in r.organization)
    render = relayout.HELD_OUT_FAMILIES.get(FAMILY) or relayout.DEV_FAMILIES[FAMILY]
    _suffix, text, _gold = render(roster, options)
    return _people(tmp_path, text)


def test_rendered_suffix_name(tmp_path):
    """Fails on main: file 5_0 gave 'Denis J. Walsh Iii. Walsh', a person who is none."""
    people = _rendered(tmp_path, "Southwestern Energy", relayout.Options())
    assert "Denis J. Walsh III" in people
    assert not any(name.endswith("Walsh") and name != "Denis J. Walsh" for name in people)
    walsh = people["Denis J. Walsh III"]
    assert walsh.positions == ["Director"]
    assert walsh.address == "10000 Energy Drive, Spring, Texas 77389"
    assert walsh.citizenship == "United States of America"


def test_guard_honorific_after_suffix(tmp_path):
    """Guard: 'Walter Scott, Jr.  Mr. Scott is ...' reads as before."""
    entry = """     Walter Scott, Jr.  Mr. Scott is President of Harrowgate Mills Corporation.
"""
    people = _people(tmp_path, HEAD + entry + TAIL)
    assert people["Walter Scott, Jr."].positions == ["President"]


def test_guard_real_chittenden():
    """Guard: the real Chittenden exhibit reads as before (honorific sentences after each name)."""
    path = Path(__file__).parent / "data/rosters_real/dev/prose_chittenden_corporation.txt"
    people = {p.name: p for p in kg.extract(path).people}
    assert "Paul A. Perrault" in people and "Lawrence W. DeShaw" in people and "F. Sheldon Prentice" in people
    assert "Executive Vice President" in people["John P. Barnes"].positions
    assert all("." not in name.split()[-1] or name.endswith("Jr.") for name in people)

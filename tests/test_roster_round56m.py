"""Round 56m (issue 13): characters a conversion leaves that are displayed as more than one (kg/read/glyphs.py).

What was wrong: (1) ideographic_space_padded_twocol_director_paren (tests/relayout_heldout153.py): SBC's two columns
padded with U+3000 IDEOGRAPHIC SPACE, two columns wide each. Every reader takes U+3000 for one space, so the right
column starts at another character on each line (a continuation line at 18, a first line at 20 to 34) and values
landed on the wrong person (11) or were read as persons (39). (2) pdf_ligature_glyphs_stacked_name_title_lines (same
file): 'O\ufb03cer', '\ufb01fth' (U+FB00-FB04, two or three letters in one character) are no words to the readers:
'Chief Financial O\ufb03cer, <Org>' was no title of the organisation.

What changed: kg/read/glyphs.py DISPLAYED (U+3000 -> two spaces; each ligature U+FB00-FB06 -> its letters, Unicode's
compatibility decomposition), used by kg/forms/roster_tabs.py: a plain-text document holding one of them is read as
displayed (as one with tabs is), every span mapped back to the document's offsets (the text keeps its length).

Texts of our own making and rendered development files. Tests marked "fails on main" fail on main c9132e4d; the
guards pass on both."""
from __future__ import annotations

import sys
from pathlib import Path

import relayout
from conftest import DATA

import kg

WIDE = "\u3000"


def _padded(name: str, column: int = 36) -> str:
    gap = max(column - len(name), 2)
    return name + WIDE * (gap // 2) + " " * (gap % 2)


_INDENT = WIDE * 18
SBC_WIDE = "\n".join([
    "Exhibit I", "", "Directors and Executive Officers of Halloran Bridge Holdings, Inc.", "",
    "The directors and executive officers of Halloran Bridge Holdings, Inc., their present principal occupations",
    "and business addresses are set forth in the following table.", "",
    _padded("Name") + "Present Principal Occupation or Employment", "",
    _padded("Ingrid Solberg") + "Director (Managing Partner, Fjordline", _INDENT + "Capital)",
    _INDENT + "Citizenship: Norway", "",
    _padded("Daniel R. Whitcomb") + "Director (Professor of Economics,", _INDENT + "Lowell College)",
    _INDENT + "Citizenship: United States", "",
    _padded("Miriam Alcott") + "Chief Financial Officer", _INDENT + "Citizenship: United States", "",
    _padded("Oliver J. Pratt") + "Director (Retired Chairman, Pratt", _INDENT + "Industries)",
    _INDENT + "Citizenship: Canada", ""]) + "\n"

LIGATURES = """\
EXHIBIT A

Names, positions and business addresses of the directors and executive o\ufb03cers of Halloran Bridge plc:

Halloran Bridge plc

Ingrid Solberg
   Chief Financial O\ufb03cer, Halloran Bridge plc
   1 Ri\ufb02e Street, She\ufb03eld S1 2AB

Daniel R. Je\ufb00erson
   Director, Halloran Bridge plc
   Chairman, Ca\ufb02isch & Ra\ufb00erty
   2 Cli\ufb00 Road, London EC2 4FF

Miriam Alcott
   Chief Sta\ufb00 O\ufb03cer, Halloran Bridge plc
   10 High Street, London EC1 1AA
"""


def _extract(tmp_path: Path, text: str) -> tuple[dict[str, object], str]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}, path.read_text(encoding="utf-8")


def _rendered(family: str, index: int, options: relayout.Options) -> tuple[str, list[dict]]:
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    rosters = relayout.load_rosters(bench_rosters.DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()
    _suffix, text, gold = relayout.DEV_FAMILIES[family](rosters[index], options)
    return text, gold


def test_displayed_table():
    """A full-width space shows as two columns, a ligature as its letters."""
    from kg.read.glyphs import DISPLAYED
    assert DISPLAYED[WIDE] == "  "
    assert DISPLAYED["\ufb03"] == "ffi" and DISPLAYED["\ufb00"] == "ff" and DISPLAYED["\ufb02"] == "fl"


def test_ideographic_space_columns_read_as_displayed(tmp_path):
    """Fails on main: the columns padded with U+3000 start at another character on each line; Daniel R. Whitcomb
    had no value, Ingrid Solberg's 'Director' was read as an outside occupation."""
    people, raw = _extract(tmp_path, SBC_WIDE)
    assert set(people) == {"Ingrid Solberg", "Daniel R. Whitcomb", "Miriam Alcott", "Oliver J. Pratt"}
    assert people["Ingrid Solberg"].positions == ["Director"]
    assert people["Ingrid Solberg"].other_positions == ["Managing Partner, Fjordline Capital"]
    assert people["Daniel R. Whitcomb"].other_positions == ["Professor of Economics, Lowell College"]
    assert people["Daniel R. Whitcomb"].citizenship == "United States"
    assert people["Miriam Alcott"].positions == ["Chief Financial Officer"]
    assert people["Oliver J. Pratt"].citizenship == "Canada"
    start, end = people["Daniel R. Whitcomb"].spans["name"]
    assert raw[start:end] == "Daniel R. Whitcomb"  # (spans are the file's offsets)


def test_same_table_padded_with_spaces_unchanged(tmp_path):
    """Guard (passes on both): the same table padded with ordinary spaces reads the same."""
    people, _raw = _extract(tmp_path, SBC_WIDE.replace(WIDE, "  "))
    assert people["Ingrid Solberg"].other_positions == ["Managing Partner, Fjordline Capital"]
    assert people["Daniel R. Whitcomb"].other_positions == ["Professor of Economics, Lowell College"]
    assert people["Oliver J. Pratt"].other_positions == ["Retired Chairman, Pratt Industries"]


def test_ligatures_read_as_letters(tmp_path):
    """Fails on main: 'Chief Financial O\ufb03cer, Halloran Bridge plc' was no title of the organisation, and the
    values kept the ligatures."""
    people, raw = _extract(tmp_path, LIGATURES)
    assert set(people) == {"Ingrid Solberg", "Daniel R. Jefferson", "Miriam Alcott"}
    assert people["Ingrid Solberg"].positions == ["Chief Financial Officer"]
    assert people["Ingrid Solberg"].address == "1 Rifle Street, Sheffield S1 2AB"
    assert people["Daniel R. Jefferson"].positions == ["Director"]
    assert people["Daniel R. Jefferson"].other_positions == ["Chairman, Caflisch & Rafferty"]
    assert people["Miriam Alcott"].positions == ["Chief Staff Officer"]
    start, end = people["Daniel R. Jefferson"].spans["name"]
    assert raw[start:end] == "Daniel R. Je\ufb00erson"  # (one character in the file, two letters read)


def test_ligature_free_stacked_lines_unchanged(tmp_path):
    """Guard (passes on both): the same entries without ligatures."""
    plain = LIGATURES.replace("\ufb03", "ffi").replace("\ufb00", "ff").replace("\ufb02", "fl")
    people, _raw = _extract(tmp_path, plain)
    assert people["Ingrid Solberg"].positions == ["Chief Financial Officer"]
    assert people["Daniel R. Jefferson"].other_positions == ["Chairman, Caflisch & Rafferty"]


def test_rendered_ideographic_space_family_no_wrong_person(tmp_path):
    """Fails on main: file 0_0 of ideographic_space_padded_twocol_director_paren put 7 values on the wrong person."""
    from test_roster_cases import _wrong_person
    text, gold = _rendered("ideographic_space_padded_twocol_director_paren", 0, relayout.Options())
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    assert _wrong_person(gold, filing) == []
    people = {p.name: p for p in filing.people}
    assert people["Marshall A. Cohen"].citizenship == "Canada"
    assert people["Martin S. Feldstein"].citizenship == "United States"


def test_rendered_ligature_family(tmp_path):
    """Fails on main: file 5_0 of pdf_ligature_glyphs_stacked_name_title_lines kept 'O\ufb03cer' in titles and put
    executive officers on the board of directors too."""
    text, gold = _rendered("pdf_ligature_glyphs_stacked_name_title_lines", 5, relayout.Options())
    people, _raw = _extract(tmp_path, text)
    assert set(people) == {person["name"] for person in gold}
    for person in gold:
        read = people[person["name"]]
        assert (read.positions, read.bodies) == (person["positions"], person["bodies"]), person["name"]

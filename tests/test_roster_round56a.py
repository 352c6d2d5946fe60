"""Round 56a (issue 13): gather147's em_dash_bullet_indented_entries (ConAgra Foods' indented entries, each opened
by an em dash bullet, '\u2014 ', before the name).

What was wrong: (1) '\u2014 Lars Green' was no entry's name line: the dash and the name were read as one text, the
entry's lines went to the entry above or below it (values on the wrong person, 'Cyprian Cuss' a person who is
none). (2) Under the name, a line the typesetter wrapped is set in two spaces under its first line (a hanging
indent: 'Co-Chief Executive Officer, Power Corporation of' / '  Canada'); read line by line, the wrapped end was an
item of its own or the address's first line, and the address under it was refused or taken whole into an
occupation.

What changed: kg/patterns/roster_bullets.yml `margin_bullet` takes an em dash set at the margin with one space
after it (kg/forms/roster_margin_bullets.py blanks it as it blanks '\u00a7', under the same conditions: two such lines
or more, every one before a person's name); kg/forms/roster_lead_hang.py (new) joins a lead line set in by a hanging
indent to the line above it where the lead shows the hang, and kg/forms/roster_lead_items.py reads such a lead's
lines each as an item, with no guess from the width.

Tests marked "fails on main" fail on main 11b6e7c7; the guards pass on both."""
from __future__ import annotations

import sys
from pathlib import Path

import kg

DATA = Path(__file__).parent / "data"

HEAD = """\
                               SCHEDULE I
         DIRECTORS AND EXECUTIVE OFFICERS OF LAKEMONT INDUSTRIES, INC.

The name, business address and present principal occupation of each
director and executive officer of Lakemont Industries, Inc. are set forth below.

"""

ENTRIES = [("Harriet J. Okafor", ["Director, Lakemont Industries, Inc.", "Retired Partner, Brill & Hale LLP",
                                  "40 Harbor Drive", "Portland, Maine 04101", "Citizenship: United States"]),
           ("Tomasz Wierzbicki", ["Chief Financial Officer, Lakemont Industries, Inc.", "40 Harbor Drive",
                                  "Portland, Maine 04101", "Citizenship: Poland"]),
           ("Elena M. Castillo", ["Director, Lakemont Industries, Inc.", "President, Castillo Ventures",
                                  "12 Ocean Avenue", "Miami, Florida 33139", "Citizenship: Spain"])]


def _list(bullet: str, entries=ENTRIES) -> str:
    lines = []
    for name, body in entries:
        lines += [f"{bullet}{name}"] + [f"    {line}" for line in body] + [""]
    return HEAD + "\n".join(lines) + "\n"


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _rosters() -> list:
    """The rosters family_bench renders: the development people, then the real development rosters' people."""
    import relayout
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    return relayout.load_rosters(DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()


def _rendered(tmp_path: Path, index: int) -> tuple[dict, list[dict]]:
    import relayout
    _suffix, text, gold = relayout.DEV_FAMILIES["em_dash_bullet_indented_entries"](_rosters()[index], relayout.Options())
    return _people(tmp_path, text), gold


def _check(people: dict) -> None:
    assert set(people) == {"Harriet J. Okafor", "Tomasz Wierzbicki", "Elena M. Castillo"}
    assert people["Harriet J. Okafor"].positions == ["Director"]
    assert people["Harriet J. Okafor"].citizenship == "United States"
    assert people["Harriet J. Okafor"].address == "40 Harbor Drive, Portland, Maine 04101"
    assert people["Tomasz Wierzbicki"].positions == ["Chief Financial Officer"]
    assert people["Tomasz Wierzbicki"].citizenship == "Poland"
    assert people["Elena M. Castillo"].citizenship == "Spain"
    assert people["Elena M. Castillo"].address_city == "Miami"


def test_em_dash_bullets_before_the_names(tmp_path):
    """Fails on main: the em dash bullet before each name."""
    _check(_people(tmp_path, _list("\u2014 ")))


def test_the_list_without_bullets_is_read_alike(tmp_path):
    """Guard (passes on main): the same list with no bullet, each name at the margin."""
    _check(_people(tmp_path, _list("")))


def test_one_em_dash_before_a_name_is_kept():
    """Guard (passes on main): one dashed line is no list's bullet (two at least)."""
    from kg.forms.roster_margin_bullets import without_margin_bullets
    text = _list("", ENTRIES[:2]) + "\u2014 Elena M. Castillo\n    Director, Lakemont Industries, Inc.\n"
    assert without_margin_bullets(text, 0, len(text)) == text


def test_em_dash_before_no_name_keeps_every_dash():
    """Guard (passes on main): a dashed line that names no person (a list of another kind) leaves the text as it is."""
    from kg.forms.roster_margin_bullets import without_margin_bullets
    text = _list("\u2014 ") + "\u2014 Includes 1,200 shares held in trust\n"
    assert without_margin_bullets(text, 0, len(text)) == text


def test_em_dash_bullets_blanked_keep_the_offsets():
    """Fails on main: the dashes blanked, every other character where it was."""
    from kg.forms.roster_margin_bullets import without_margin_bullets
    text = _list("\u2014 ")
    blanked = without_margin_bullets(text, 0, len(text))
    assert len(blanked) == len(text) and "\u2014" not in blanked


WRAPPED = HEAD + """\
Paul Hatch
    Director, Lakemont Industries, Inc.
    Executive Vice President, Director of Managed
      Accounts, Smith Barney Consulting Group
    Smith Barney Consulting Group
    388 Greenwich Street
    New York, NY 10013
    Citizenship: United States

Theodore J. Forstmann
    General Partner, Lakemont Industries, Inc.
    General partner of partnerships affiliated with
      Forstmann Little & Co.
    767 Fifth Avenue
    New York, NY 10153
    Citizenship: United States
"""


def test_hanging_wraps_under_the_name_go_on_with_their_line(tmp_path):
    """Fails on main: the set-in line goes on with its line; no occupation takes the first line, and the
    address under the wrapped occupation is read (refused on main: 'Forstmann Little & Co.' might have been its
    first line)."""
    people = _people(tmp_path, WRAPPED)
    assert set(people) == {"Paul Hatch", "Theodore J. Forstmann"}
    hatch, forstmann = people["Paul Hatch"], people["Theodore J. Forstmann"]
    assert hatch.positions == ["Director"]
    assert hatch.other_positions == ["Executive Vice President, Director of Managed Accounts, Smith Barney "
                                     "Consulting Group"]
    assert forstmann.positions == ["General Partner"]
    assert forstmann.other_positions == ["General partner of partnerships affiliated with Forstmann Little & Co."]
    assert forstmann.address == "767 Fifth Avenue, New York, NY 10153"
    assert forstmann.address_city == "New York"


def test_lead_lines_join_only_a_shown_hang():
    """The new module (absent on main): a set-in line joins the line above where the lead shows the hang (a line at
    the margin after it); lines all at one margin, or set in with no line at the margin after them, stay as printed."""
    from kg.forms.roster_lead_hang import lead_lines
    assert lead_lines(["\n    Director, X Inc.\n    Head of the fund for the National University\n      of Singapore\n"
                       "    Citizenship: Singapore\n"]) == [
        "Director, X Inc.", "Head of the fund for the National University of Singapore", "Citizenship: Singapore"]
    assert lead_lines(["\n    Director, X Inc.\n    767 Fifth Avenue\n"]) == ["Director, X Inc.", "767 Fifth Avenue"]
    assert lead_lines(["\n    Director, X Inc.\n      767 Fifth Avenue\n      New York, NY 10153\n"]) == [
        "Director, X Inc.", "767 Fifth Avenue", "New York, NY 10153"]
    assert lead_lines(["Director, X Inc.\n    Head of the fund\n      of Singapore\n    Y\n"]) == [
        "Director, X Inc.", "Head of the fund", "of Singapore", "Y"]  # (the first line's indent is not printed)


def test_em_dash_family_rendered(tmp_path):
    """Fails on main: em_dash_bullet_indented_entries (tests/relayout_heldout147.py, development data) on Novo
    Holdings' roster (family_bench's roster 3, the first real one): on main 4 values on the wrong person and
    'Cyprian Cuss', a person who is none. Every person and every value of the gold now."""
    people, gold = _rendered(tmp_path, 3)
    assert set(people) == {g["name"] for g in gold}
    for expected in gold:
        person = people[expected["name"]]
        assert person.positions == expected["positions"]
        assert person.citizenship == expected["citizenship"]
        assert person.address == expected["address"]


def test_power_corporation_wrapped_titles_rendered(tmp_path):
    """Fails on main: the same family on Power Corporation of Canada's roster: 'Co-Chief Executive Officer, Power
    Corporation of' / '  Canada' was an occupation cut in two and the address under it lost. Now no value on the
    wrong person and the wrapped titles whole (family_bench's roster 7)."""
    people, gold = _rendered(tmp_path, 7)
    assert set(people) == {g["name"] for g in gold}
    andre = people["Andre Desmarais"]
    assert andre.positions == ["Director", "Executive Officer", "President", "Co-Chief Executive Officer"]
    assert andre.other_positions == ["Chairman, Power Tech"]
    assert andre.address == "751 Victoria Square, Montreal QC H2Y 2J3"

"""Forty-seventh round (f), issue 13: a restated two-column roster ('Name and Business Address' | 'Principal
Occupation or Employment') whose occupation cell closes with a line that only states the citizenship
('Citizenship: Denmark'), followed by the persons who have ceased to hold office.

On main fc2517c a cell typed with a hanging indent (each item at the column's margin, its wrapped lines set in by
two spaces) was read as items only where every item opened with a title: the closing 'Citizenship: X' line made the
whole cell one stream, 'Chair of the Board of Kestrel Holdings A/S Professional Board Director' (then split at the
slash: a position 'S Professional Board Director'), or 'Chief Executive Officer of X Citizenship: United Kingdom'
(refused: it holds a caption). A line that only states a citizenship now closes the items
(kg/forms/roster_hanging.py) and never goes on the line above it when a column's lines are unwrapped
(kg/forms/roster_wrap.py `_starts_item`; the test itself, `stated_citizenship`, moved to kg/forms/roster_fields.py).

Texts of our own making. Tests marked "fails on main" fail on main fc2517c; the guards pass on both."""
from __future__ import annotations

import kg

_HANGING = """                                  SCHEDULE I
                          (as amended and restated)

            DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL HOLDINGS A/S

Schedule I to the Statement is hereby amended and restated in its entirety as
follows. Set forth below are the name, business address, present principal
occupation or employment and citizenship of each director and executive
officer of Kestrel Holdings A/S, followed by the persons named in Schedule I to
Amendment No. 2 who have since ceased to be directors or executive officers of
Kestrel Holdings A/S.

<TABLE>
Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------
<S>                                       <C>

Aksel Brandt Mortensen                    Chair of the Board of Kestrel Holdings A/S
Strandvejen 88                            Professional Board Director
2900 Hellerup                             Citizenship: Denmark
Denmark

Ingeborg Lund Vestergaard                 Vice Chair of the Board of Kestrel Holdings
Strandvejen 88                              A/S
2900 Hellerup                             Chief Executive Officer, Fyrtaarn A/S
Denmark                                   Citizenship: Denmark

Oskar Theodor Wendelin                    Board Director of Kestrel Holdings A/S
Strandvejen 88                            Head of the pension fund for the Technical
2900 Hellerup                               University of Lund
Denmark                                   Citizenship: Sweden

Rupert Allingham Crane                    Chief Financial Officer of Kestrel Holdings A/S
Strandvejen 88                            Citizenship: United Kingdom
2900 Hellerup
Denmark

</TABLE>

        PERSONS WHO HAVE CEASED TO BE DIRECTORS OR EXECUTIVE OFFICERS

Each of the following persons was named in Schedule I to Amendment No. 2 and
is no longer a director or executive officer of Kestrel Holdings A/S.

<TABLE>
Name                                      Former Position
----                                      ---------------
<S>                                       <C>

Henrietta M. Falkenberg                   Formerly Treasurer of Kestrel Holdings A/S
                                            (until June 30, 2005)

</TABLE>
"""

# One cell's lines at the margin only (no line of the column set in twice: not typed with a hanging indent).
_PLAIN = """                                  SCHEDULE I

             DIRECTORS AND EXECUTIVE OFFICERS OF BRACKENRIDGE SOFTWARE

Set forth below are the name, business address, present principal occupation or
employment and citizenship of each director and executive officer of
Brackenridge Software.

<TABLE>
Name and Business Address                 Principal Occupation or Employment
-------------------------                 ----------------------------------
<S>                                       <C>

Harlan P. Whitcombe                       President of Brackenridge Software
410 North 300 East, Suite 200             Citizenship: United States of America
Provo, Utah 84601

Delphine R. Ostrander                     Chief Financial Officer of Brackenridge
410 North 300 East, Suite 200               Software
Provo, Utah 84601                         Citizenship: United States of America

Marcus J. Tolliver                        General Counsel of Brackenridge Software
410 North 300 East, Suite 200             Citizenship: United States of America
Provo, Utah 84601

</TABLE>
"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "schedule_i.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_hanging_cell_closing_with_a_stated_citizenship_keeps_its_items_apart(tmp_path):
    """Fails on main: 'Chair of the Board of Kestrel Holdings A/S' / 'Professional Board Director' were one stream,
    split at the slash ('... Holdings A', 'S Professional Board Director')."""
    people = _people(tmp_path, _HANGING)
    assert set(people) == {"Aksel Brandt Mortensen", "Ingeborg Lund Vestergaard", "Oskar Theodor Wendelin",
                           "Rupert Allingham Crane"}
    chair = people["Aksel Brandt Mortensen"]
    assert chair.positions == ["Chair of the Board"]
    assert chair.other_positions == ["Professional Board Director"]
    assert chair.citizenship == "Denmark"
    assert not any("/" in title or title.startswith("S ") for p in people.values() for title in p.positions)


def test_hanging_cell_items_and_the_citizenship_line_under_them(tmp_path):
    """Fails on main: the other occupation and the citizenship of a cell whose last line states the citizenship
    were left out ('Chief Executive Officer, Fyrtaarn A/S Citizenship: Denmark' holds a caption)."""
    people = _people(tmp_path, _HANGING)
    vice = people["Ingeborg Lund Vestergaard"]
    assert vice.positions == ["Vice Chair of the Board"]
    assert vice.other_positions == ["Chief Executive Officer, Fyrtaarn A/S"]
    assert vice.citizenship == "Denmark"
    board = people["Oskar Theodor Wendelin"]
    assert board.other_positions == ["Head of the pension fund for the Technical University of Lund"]
    assert board.citizenship == "Sweden"
    cfo = people["Rupert Allingham Crane"]
    assert cfo.positions == ["Chief Financial Officer"]
    assert cfo.citizenship == "United Kingdom"


def test_a_stated_citizenship_line_never_goes_on_the_title_above(tmp_path):
    """Fails on main: 'President of Brackenridge Software' / 'Citizenship: United States of America' (a column not
    typed with a hanging indent) was unwrapped into one occupation and refused."""
    people = _people(tmp_path, _PLAIN)
    assert set(people) == {"Harlan P. Whitcombe", "Delphine R. Ostrander", "Marcus J. Tolliver"}
    for name, title in (("Harlan P. Whitcombe", "President"), ("Marcus J. Tolliver", "General Counsel"),
                        ("Delphine R. Ostrander", "Chief Financial Officer")):
        assert people[name].positions == [title], name
        assert people[name].citizenship == "United States of America", name


def test_guard_the_ceased_persons_are_still_not_read(tmp_path):
    """Guard (passes on both): the former treasurer under the ceased heading is no person, nothing of hers is
    attached to a present person."""
    people = _people(tmp_path, _HANGING)
    assert "Henrietta M. Falkenberg" not in people
    assert not any("Formerly" in value or "until" in value for p in people.values()
                   for value in p.positions + p.other_positions)


def test_guard_a_hanging_cell_without_a_citizenship_line_reads_as_before(tmp_path):
    """Guard (passes on both): the same table without the citizenship lines keeps its items apart."""
    text = "\n".join(line for line in _HANGING.splitlines() if "Citizenship:" not in line)
    people = _people(tmp_path, text)
    assert people["Oskar Theodor Wendelin"].other_positions == [
        "Head of the pension fund for the Technical University of Lund"]
    assert people["Ingeborg Lund Vestergaard"].positions == ["Vice Chair of the Board"]
    assert all(p.citizenship is None for p in people.values())

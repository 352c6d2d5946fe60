"""Thirty-ninth round (a), issue 13: a company-by-role matrix after a 'Legend:' of letters (E.ON's Exhibit F).

'Legend:  A = Director / B = Executive Officer' then a table 'Company | A | B' whose row is the organisation and
whose role columns stack the names one a line. Four things were read wrong (kg/forms/roster_matrix.py): a
numbering ('1. Jane Roe') was kept in the name; a name wrapped in its column ('Francis Michael Cyprian' / '  Cuss',
the second line indented past the name) was read as a person 'Francis Michael Cyprian' and a fragment; a name
stacked in two role columns of the one company was two persons; a legend of one letter ('Legend:  A = Director')
was no matrix at all. Now a numbering is cut off, an indented line directly below a name continues it, a fragment
at the name's own indent makes the name uncertain (both refused with an `unassigned-name` finding), one person per
name and company holds every role column he stands in, and one letter is read after a labelled 'Legend:'.

Texts of our own making. Each test marked "fails on main" failed on main 5e6b226 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_HEAD = """Schedule I:  Harbour Mutual Holdings, Inc. Officers and Directors as of
  December 31, 2005


{legend}

<TABLE>
<CAPTION>
-----------------------------------------------------------------------------------
            Company                        {letters}
-----------------------------------------------------------------------------------
<S>                            {markers}
"""
_TWO = _HEAD.format(legend="Legend:  A = Director\n         B = Executive Officer",
                    letters="A                         B", markers="<C>                       <C>")


def _extract(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(tmp_path, text: str) -> dict[str, list[str]]:
    return {p.name: sorted(p.positions) for p in _extract(tmp_path, text).people}


def test_numbering_is_no_part_of_a_name(tmp_path):
    """Fails on main: '1. Alice M. Fenwick' was the person's name."""
    text = _TWO + ("Harbour Mutual Holdings,       1. Alice M. Fenwick      3. Peter Vang\n"
                   "Inc.                           2. Carla J. Moreno\n\n</TABLE>\n")
    assert _people(tmp_path, text) == {"Alice M. Fenwick": ["Director"], "Carla J. Moreno": ["Director"],
                                       "Peter Vang": ["Executive Officer"]}


def test_a_name_wrapped_in_its_column_is_one_name(tmp_path):
    """Fails on main: 'Francis Michael Cyprian' was a person (and 'Cuss' a fragment left out)."""
    text = _TWO + ("Harbour Mutual Holdings,       Alice M. Fenwick          Peter Vang\n"
                   "Inc.                           Francis Michael Cyprian\n"
                   "                                 Cuss\n"
                   "                               Carla J. Moreno\n\n</TABLE>\n")
    assert _people(tmp_path, text) == {"Alice M. Fenwick": ["Director"], "Francis Michael Cyprian Cuss": ["Director"],
                                       "Carla J. Moreno": ["Director"], "Peter Vang": ["Executive Officer"]}


def test_a_fragment_at_the_names_own_indent_refuses_the_name(tmp_path):
    """Fails on main: 'Francis Michael Cyprian' was a person though the line below, at his indent, is no name
    ('Cuss': perhaps the rest of his name). Now neither is a person and a finding says so."""
    text = _TWO + ("Harbour Mutual Holdings,       Alice M. Fenwick          Peter Vang\n"
                   "Inc.                           Francis Michael Cyprian\n"
                   "                               Cuss\n"
                   "                               Carla J. Moreno\n\n</TABLE>\n")
    filing = _extract(tmp_path, text)
    assert {p.name for p in filing.people} == {"Alice M. Fenwick", "Carla J. Moreno", "Peter Vang"}
    assert any("Francis Michael Cyprian" in w.message for w in filing.warnings if w.code == "unassigned-name")


def test_a_name_in_two_role_columns_is_one_person(tmp_path):
    """Fails on main: Peter Vang, stacked under A and B, was two persons of one role each."""
    text = _TWO + ("Harbour Mutual Holdings,       Alice M. Fenwick          Peter Vang\n"
                   "Inc.                           Peter Vang                Carla J. Moreno\n\n</TABLE>\n")
    filing = _extract(tmp_path, text)
    assert [p.name for p in filing.people].count("Peter Vang") == 1
    assert _people(tmp_path, text)["Peter Vang"] == ["Director", "Executive Officer"]


def test_one_letter_after_a_labelled_legend(tmp_path):
    """Fails on main: a legend of one letter ('Legend:  A = General Partner') made no matrix; nobody was read."""
    text = _HEAD.format(legend="Legend:  A = General Partner", letters="A", markers="<C>") + (
        "Harbour Mutual Holdings,       Alice M. Fenwick\n"
        "Inc.                           Carla J. Moreno\n\n</TABLE>\n")
    assert _people(tmp_path, text) == {"Alice M. Fenwick": ["General Partner"], "Carla J. Moreno": ["General Partner"]}


def test_names_at_one_indent_are_each_a_person(tmp_path):
    """Guard (passes on both): names stacked at one indent are each a person of the column's role."""
    text = _TWO + ("Harbour Mutual Holdings,       Alice M. Fenwick          Peter Vang\n"
                   "Inc.                           Carla J. Moreno           Robert T. Hale\n\n</TABLE>\n")
    assert _people(tmp_path, text) == {"Alice M. Fenwick": ["Director"], "Carla J. Moreno": ["Director"],
                                       "Peter Vang": ["Executive Officer"], "Robert T. Hale": ["Executive Officer"]}


def test_an_indented_name_under_a_name_is_refused(tmp_path):
    """Fails on main (where both were persons though the second may continue the first): a line indented under a
    name that reads as a name of its own ('Michelle Schwabe' under 'Thomas A. Curtis', a margin shifted from there
    on) is not certainly a wrap nor certainly a person: both are refused with a finding."""
    text = _TWO + ("Harbour Mutual Holdings,       Alice M. Fenwick          Peter Vang\n"
                   "Inc.                           Thomas A. Curtis\n"
                   "                                 Michelle Schwabe\n\n</TABLE>\n")
    filing = _extract(tmp_path, text)
    names = {p.name for p in filing.people}
    assert names == {"Alice M. Fenwick", "Peter Vang"}
    assert any("Thomas A. Curtis" in w.message for w in filing.warnings if w.code == "unassigned-name")

"""Forty-third round (d), issue 13: speed. Pure per-cell readings are kept once per process (a roster's titles,
occupations, addresses and citizenships recur), and two readers decide from a cheap sign of the region that the
region is not theirs before they flatten its words: the field-by-field reader (kg.forms.roster_respectively) where
the organisation's name is printed nowhere (kg.forms.roster_org_sign), the numbered-body reader
(kg.forms.roster_numbered) where no 'following' is printed. Output unchanged.

Texts of our own making. Each test marked "fails on main" failed on main 449ab2a (no such module or function) and
passes here; the guards pass on both."""
from __future__ import annotations

import kg
from kg.forms import roster_fields as rf
from kg.forms.roster_occupation import split_occupation
from kg.forms.roster_positions import split_positions

_SENTENCES = {"a": {"field": "positions", "pattern": r"(?P<names>{names})\s+is\s+a\s+(?P<value>.+?)\s+of\s+{org}"},
              "b": {"field": "address", "pattern": r"The\s+business\s+address\s+of\s+(?P<names>{name})\s+is\s+(?P<value>.+?)"}}

_PROSE = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

     Set forth below are the name, present position, business address and
citizenship of each director and executive officer of Harbour Mutual Holdings, Inc.

     Ann B. Cole and Dan E. Fry are the Chairman; and Treasurer of Harbour
Mutual Holdings, Inc., respectively. The business address of each person
named above is 10 Pier Road, Boston, Massachusetts 02110. Each person named
above is a citizen of the United States.
"""


def test_a_region_without_the_organisations_name_is_ruled_out():
    """Fails on main (no such module): no piece of 'Harbour' printed, no titles sentence can match."""
    from kg.forms.roster_org_sign import may_name_organization
    text = "Ann B. Cole is a Director of Another Company.\n"
    assert not may_name_organization(text, 0, len(text), "Harbour Mutual Holdings, Inc.", _SENTENCES)
    assert may_name_organization(text, 0, len(text), "ANOTHER Company", _SENTENCES)  # (any case)
    assert may_name_organization(text.upper(), 0, len(text), "Another Company", _SENTENCES)
    assert not may_name_organization(text, 0, 10, "Another Company", _SENTENCES)  # (the region only)


def test_a_name_whose_first_word_is_split_by_stops_is_sought_by_its_longest_piece():
    """Fails on main (no such module): 'U.S.' is sought as 'U', a glued stop could print it as 'U(1).S.'."""
    from kg.forms.roster_org_sign import may_name_organization
    text = "A is a Director of U(1).S. Steel.\n"
    assert may_name_organization(text, 0, len(text), "U.S. Steel", _SENTENCES)
    assert not may_name_organization("A is a Director of X.", 0, 20, "U.S. Steel", _SENTENCES)


def test_a_titles_sentence_without_the_name_rules_nothing_out():
    """Fails on main (no such module): the data's own sentences decide whether the sign holds."""
    from kg.forms.roster_org_sign import may_name_organization
    loose = dict(_SENTENCES, c={"field": "positions", "pattern": r"(?P<names>{names})\s+serves\s+as\s+(?P<value>.+?)"})
    assert may_name_organization("nothing here", 0, 12, "Harbour Mutual", loose)


def test_classify_reads_the_organisations_names_not_the_roster():
    """Fails on main (no such module): one item read once per organisation, the same reading as the entry's."""
    from kg.forms.roster_classify import classify
    assert classify("President of Harbour Mutual Holdings, Inc.", "Harbour Mutual Holdings, Inc.", (), False,
                    "position", None)[0] == "position"
    assert classify("Managing Director, Dassault Investissements", "Harbour Mutual Holdings, Inc.", (), False)[0] \
        == "other"


def test_kept_readings_give_a_new_list_each_call():
    """Guard: a caller that changes the list it was given does not change the next caller's."""
    first = split_positions("Director and Chief Executive Officer")
    first.append("Spoilt")
    assert split_positions("Director and Chief Executive Officer") == ["Director", "Chief Executive Officer"]
    items, _address = split_occupation("Partner, Cole & Fry LLP", None, "Harbour Mutual")
    items.clear()
    assert split_occupation("Partner, Cole & Fry LLP", None, "Harbour Mutual")[0] == ["Partner, Cole & Fry LLP"]
    bodies = rf.bodies_of("Director; President", None, {"board of directors", "executive officers"})
    bodies.append("spoilt")
    assert rf.bodies_of("Director; President", None, {"board of directors", "executive officers"}) == bodies[:-1]


def test_the_field_by_field_roster_still_reads(tmp_path):
    """Guard: a roster written field by field, the organisation's name printed, still reads every person."""
    path = tmp_path / "annex.txt"
    path.write_text(_PROSE, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert sorted(people) == ["Ann B. Cole", "Dan E. Fry"]
    assert people["Ann B. Cole"].positions == ["Chairman"] and people["Dan E. Fry"].positions == ["Treasurer"]
    assert {p.address_city for p in people.values()} == {"Boston"}

"""Round 54c (issue 13): gather117's corporate_secretary_entity_blocks (labelled blocks of an offshore company's
people, then a block for its company secretary, a company: 'Name:  Harbour Corporate Secretaries Limited').

What was wrong: (1) a title under a person's name in such a block ('Name:  Donna Marley' / 'Position:  Director' /
'  First Vice President'), at the name's margin, was taken for the tail of another entry's name run into a title
(kg.forms.roster_name_tail): the gap between the label 'Name:' and the name read as a table's column gap, and
'First Vice President' was left out (a partial list of positions); (2) the label 'Principal Occupation or
Business:' was no label, so no occupation was read; (3) the company's block, refused as no person (right), made the
person above it lose address and citizenship (kg.forms.roster_refused_above: lines refused under an entry may be the
rest of it), though that block opens with the same 'Name:' label as every entry: an entry of its own.

Texts of our own making. Tests marked "fails on main" fail on main e61d9da3; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.context import Context
from kg.forms.roster_refused_above import refuse_defaults_above
from kg.forms.roster_rules import rules
from kg.records import Person

SECRETARY = """\
                                  SCHEDULE I

     DIRECTORS, EXECUTIVE OFFICERS AND COMPANY SECRETARY OF LANTERN BAY
                             HOLDINGS LIMITED

Set forth below are the name, position, present principal occupation or
business, business address and citizenship or place of organization of each
director, executive officer and the company secretary of Lantern Bay Holdings
Limited.

{n1}Name:{p1}Odile Varga-Hensley
Position:                             Director
Principal Occupation or Business:     Managing Partner, Varga Hensley Advisers
Business Address:                     12 Harbour Road
                                      Wan Chai, Hong Kong
Citizenship or Place of Organization: France

{n2}Name:{p2}Tomas Lindqvist
Position:                             Director
                                      Executive Officer
                                      First Vice President
Business Address:                     88 Queensway
                                      Admiralty, Hong Kong
Citizenship or Place of Organization: Sweden

{n3}Name:{p3}Kestrel Corporate Secretaries Limited
Position:                             Company Secretary
Principal Occupation or Business:     Provision of corporate secretarial services
Business Address:                     P.O. Box 1093, Boundary Hall
                                      Cricket Square
                                      Grand Cayman KY1-1102
                                      Cayman Islands
Citizenship or Place of Organization: Cayman Islands
"""


def _text(numbered: bool) -> str:
    if numbered:
        return SECRETARY.format(**{f"n{i}": f"{i}.  " for i in (1, 2, 3)}, **{f"p{i}": " " * 29 for i in (1, 2, 3)})
    return SECRETARY.format(**{f"n{i}": "" for i in (1, 2, 3)}, **{f"p{i}": " " * 33 for i in (1, 2, 3)})


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_the_texts_keep_the_value_column():
    for numbered in (False, True):
        lines = [line for line in _text(numbered).split("\n") if "Name:" in line]
        assert [line.index(name) for line, name in zip(lines, ("Odile", "Tomas", "Kestrel"))] == [38, 38, 38]


def test_principal_occupation_or_business_is_an_occupation_label():  # fails on main
    found = rules().labels["occupation"].match("Principal Occupation or Business:     Managing Partner")
    assert found and found.group().rstrip() == "Principal Occupation or Business:"


def test_a_title_under_a_labelled_name_is_a_title(tmp_path):  # fails on main
    for numbered in (False, True):
        people = _people(tmp_path, _text(numbered))
        assert people["Tomas Lindqvist"].positions == ["Director", "Executive Officer", "First Vice President"]


def test_the_occupation_is_read(tmp_path):  # fails on main
    people = _people(tmp_path, _text(False))
    assert people["Odile Varga-Hensley"].other_positions == ["Managing Partner, Varga Hensley Advisers"]


def test_the_person_above_the_company_keeps_her_values(tmp_path):  # fails on main
    for numbered in (False, True):
        person = _people(tmp_path, _text(numbered))["Tomas Lindqvist"]
        assert person.citizenship == "Sweden"
        assert person.address_city == "Hong Kong" or (person.address or "").startswith("88 Queensway")


def test_the_company_is_no_person_and_its_values_go_to_no_one(tmp_path):  # guard (passes on main too)
    for numbered in (False, True):
        people = _people(tmp_path, _text(numbered))
        assert set(people) == {"Odile Varga-Hensley", "Tomas Lindqvist"}
        for person in people.values():
            assert person.citizenship != "Cayman Islands"
            assert "Company Secretary" not in person.positions
            assert "Provision of corporate secretarial services" not in person.other_positions
            assert "Cricket Square" not in (person.address or "")


CUT_BY_A_PAGE = """\
(1) Paul Verhoeven                    Director
Schedule I (continued)
Harbour Consulting Group              388 Greenwich Street
                                      New York, NY 10013
"""


def _guarded(text: str, refused_name: str, refused_line: int) -> tuple[Context, Person]:
    """The person above (a default address, no span of it) and a refused one (its own address), by hand."""
    ctx = Context(source="roster.txt", text=text)
    lines = text.split("\n")
    offset = sum(len(line) + 1 for line in lines[:refused_line])
    above = Person(name="Paul Verhoeven", address="1 Default Plaza, Boston, MA 02110", address_city="Boston")
    above.spans["name"] = (text.index("Paul"), text.index("Paul") + len("Paul Verhoeven"))
    above.evidence = (0, offset)
    refused = Person(name=refused_name, address="388 Greenwich Street, New York, NY 10013")
    start = text.index(refused_name)
    refused.spans["name"] = (start, start + len(refused_name))
    refused.evidence = (offset, len(text))
    refuse_defaults_above(ctx, [above, refused], [above])
    return ctx, above


def test_lines_under_an_entry_that_open_no_entry_still_refuse_the_default():  # guard (passes on main too)
    ctx, above = _guarded(CUT_BY_A_PAGE, "Harbour Consulting Group", 2)
    assert above.address is None and above.address_city is None
    assert any(w.code == "roster-ambiguous" for w in ctx.warnings)


def test_a_refused_block_that_opens_with_the_name_label_keeps_the_value_above():  # fails on main
    text = ("Name:          Paul Verhoeven\nPosition:      Director\n\n"
            "Name:          Harbour Consulting Group\nAddress:       388 Greenwich Street\n")
    ctx, above = _guarded(text, "Harbour Consulting Group", 3)
    assert above.address == "1 Default Plaza, Boston, MA 02110" and not ctx.warnings


def test_a_refused_line_under_another_label_still_refuses_the_default():  # guard (passes on main too)
    text = ("Name:          Paul Verhoeven\nPosition:      Director\n"
            "Employer:      Harbour Consulting Group\nAddress:       388 Greenwich Street\n")
    ctx, above = _guarded(text, "Harbour Consulting Group", 2)
    assert above.address is None

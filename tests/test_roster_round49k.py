"""Forty-ninth round (k), issue 13: a dot-leader roster's cell closing on the person's own address stacked one a line
under the occupation's full stop, no comma between the lines ('Director, Larkspur Mills, Inc.' / '41 Juniper Lane' /
'Decatur, IL 62521'; 'Managing Director, Orpheline Capital.' / 'Orpheline Capital' / '9' / 'Rue des Lilas' /
'75011 Paris' / 'France'). Read flat, no sentence break was seen after a legal form's stop ('Inc. 41 Juniper ...'), a
stack without commas was refused, and a lone '9' was skipped as a page's number: the address, its city and country
were missed (Danaher's two columns re-laid with ConAgra's and Power Corporation's people). The stack is read by the
cell's lines now (kg/forms/roster_leader_address.py) where every break in it is the printer's (the next line's first
word would have fitted on the line above), no line of it reads as a title, an occupation or a sentence, and the city
stands on its last lines.

Texts of our own making. The tests marked "fails on main" fail on main 77436f2 and pass here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_HEAD = """<PAGE>

                                  Exhibit 8

             DIRECTORS AND EXECUTIVE OFFICERS OF LARKSPUR MILLS, INC.

          The following table sets forth the name and present principal
occupation or employment of each director and executive officer of Larkspur
Mills, Inc. Unless otherwise indicated below, the business address of each
such person is One Larkspur Plaza, Omaha, NE 68102, and each such person is a
citizen of the United States.

1. Directors of Larkspur Mills, Inc.

                             Present Principal Occupation or Employment
Name                         and Business Address
----                         -------------------------------------

 Edwin T. Harrow...........  Chairman of the Board, Larkspur Mills, Inc.; Chief
                             Executive Officer, Larkspur Mills, Inc.

"""

_STACKED = _HEAD + """ Nora J. Quillfeather......  Director, Larkspur Mills, Inc.
                             41 Juniper Lane
                             Decatur, IL 62521

 Felix Aubertin............  Director, Larkspur Mills, Inc.; Managing
                             Director, Orpheline Capital.
                             Orpheline Capital
                             9
                             Rue des Lilas
                             75011 Paris
                             France
                             Citizen of France

 Greta M. Ostrander........  Director, Larkspur Mills, Inc.
"""


def _people(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_address_lines_stacked_under_a_legal_forms_stop_are_read(tmp_path: Path) -> None:
    """Fails on main: 'Director, Larkspur Mills, Inc.' / '41 Juniper Lane' / 'Decatur, IL 62521' - refused there."""
    quill = _people(tmp_path, _STACKED)["Nora J. Quillfeather"]
    assert quill.address == "41 Juniper Lane, Decatur, IL 62521"
    assert (quill.address_city, quill.address_country) == ("Decatur", "US")
    assert quill.positions == ["Director"]


def test_stacked_lines_without_commas_and_a_lone_number_are_read(tmp_path: Path) -> None:
    """Fails on main: the lone '9' skipped as a page's number, the stack refused; the citizenship line stays read."""
    felix = _people(tmp_path, _STACKED)["Felix Aubertin"]
    assert felix.address == "Orpheline Capital, 9, Rue des Lilas, 75011 Paris, France"
    assert (felix.address_city, felix.address_country) == ("Paris", "FR")
    assert felix.citizenship == "France"
    assert felix.other_positions == ["Managing Director, Orpheline Capital"]


def test_guard_an_entry_without_address_lines_keeps_the_defaults(tmp_path: Path) -> None:
    """Guard: the neighbours printing no address keep the preamble's address and citizenship."""
    people = _people(tmp_path, _STACKED)
    for name in ("Greta M. Ostrander", "Edwin T. Harrow"):
        assert people[name].address == "One Larkspur Plaza, Omaha, NE 68102"
        assert people[name].citizenship == "United States"


def test_guard_a_title_line_under_the_stop_is_never_an_address(tmp_path: Path) -> None:
    """Guard (precision): a bare title on a line of its own under the stop ('Chairman') stops the stack: the address is
    not read from the lines (no line of a title in it), and the preamble's default is not given over it either."""
    text = _HEAD + """ Nora J. Quillfeather......  Director, Larkspur Mills, Inc.
                             Chairman
                             Vantor Seed Company
                             41 Juniper Lane
                             Decatur, IL 62521

 Greta M. Ostrander........  Director, Larkspur Mills, Inc.
"""
    quill = _people(tmp_path, text)["Nora J. Quillfeather"]
    assert quill.address is None or "Chairman" not in quill.address
    assert quill.address_city != "Omaha"


def test_guard_a_wrapped_break_in_the_stack_is_not_read(tmp_path: Path) -> None:
    """Guard (precision): where the next line's first word would not have fitted on the line above, the break may be
    a wrap ('... Parkway South' / 'Lafayette, IN 47905': where the city begins is not certain): left as before."""
    text = _HEAD + """ Nora J. Quillfeather......  Director, Larkspur Mills, Inc.
                             Vantor Seed Company 1000 Sagamore Parkway South
                             Lafayette, IN 47905

 Greta M. Ostrander........  Director, Larkspur Mills, Inc.
"""
    quill = _people(tmp_path, text)["Nora J. Quillfeather"]
    assert quill.address_city in (None, "Lafayette")
    assert quill.address_city != "South Lafayette"
    assert quill.address != "Vantor Seed Company 1000 Sagamore Parkway South, Lafayette, IN 47905"


def test_the_stack_rule_on_rows() -> None:
    """Fails on main (no such module): the rule on a cell's rows."""
    from kg.forms.roster_leader_address import stacked_address
    rows = ["Director, Larkspur Mills, Inc.", "Vantor Seed Company, Inc.", "One Vantor Plaza", "Omaha, NE 68154"]
    assert stacked_address(rows, 50) == (1, 4)
    assert stacked_address(rows, 20) is None  # (no break certain: each may be a wrap)
    assert stacked_address([*rows, "Citizen of Denmark"], 50) == (1, 4)  # (the citizenship line stays the cell's)
    assert stacked_address(["Director, Larkspur Mills, Inc.", "Retired", "One Vantor Plaza", "Omaha, NE 68154"],
                           50) is None  # (a status: no address line; no stop above the rest)
    assert stacked_address(["Director, Larkspur Mills.", "Self Employed Businessman.", "One Vantor Plaza",
                            "Omaha, NE 68154"], 50) == (2, 4)  # (a sentence closed by its stop opens no address)
    assert stacked_address(["Director, Larkspur Mills.", "Vantor Seed Company", "1050 Massachusetts Avenue",
                            "Canada"], 50) is None  # (a street's line is no postal line above a country)
    assert stacked_address(["Director, Larkspur Mills.", "Hang Lung Development Company Limited",
                            "4 Des Voeux Road Central", "Hong Kong"], 50) == (1, 4)  # (a city that is its country)
    assert stacked_address(["Director, Larkspur Mills.", "Attorney at Law", "41 Juniper Lane", "Decatur, IL 62521"],
                           50) is None  # (an occupation's line: the stack stops under it, with no stop above)

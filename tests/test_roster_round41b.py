"""Forty-first round (b), issue 13: values shared by neighbouring rows, printed once beside a typed brace.

In a fixed-width EDGAR <TABLE> (after AIG's Exhibit A), neighbours who share a business address and citizenship
may have them printed ONCE, beside a brace typed in a column of its own over all their rows ('\\' on the first
line, '|' down the side, '}' on a middle line, '/' on the last). Read as rows, the shared lines fell to whichever
person they sat beside: the first lines to one person, the rest to the next (a value on the wrong person), and the
persons beside no line got nothing. kg/forms/roster_braces.py finds each brace before the entries are read, blanks
it and what stands beside it (offsets kept), and gives the values beside it to every person whose entry starts on
its lines, to no one else; kg/forms/roster_guard.py keeps such a value for each of them (printed in lines that
hold their own entry's start).

Texts of our own making. Each test marked "fails on main" failed on main 099f5a0 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_BRACED = """SCHEDULE I

DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

Set forth below are the name, present principal occupation or employment, business
address and citizenship of each director and executive officer of Harbour Mutual.

<TABLE>
                            Present Principal Occupation
Name                        or Employment                     Business Address                  Citizenship
--------------------------  ------------------------------    --------------------------------  --------------
<S>                         <C>                               <C>                               <C>
Alice M. Fenwick            Director, Harbour Mutual       \\
                              Holdings, Inc.               |
                            Chief Executive Officer,       |
                              Harbour Mutual Holdings,     |
                              Inc.                         |  Harbour Mutual Holdings, Inc.     Canada
                                                           |  751 Victoria Square
Peter J. Vang               Director, Harbour Mutual       }  Montreal QC H2Y 2J3
                              Holdings, Inc.               |
                            Chairman, Vang Partners        |
                                                           |
Carla J. Moreno             Chief Financial Officer,       |
                              Harbour Mutual Holdings,     |
                              Inc.                         /

Henry T. Osei               Director, Harbour Mutual          Osei Capital                      Ghana
                              Holdings, Inc.                  12 Ring Road
                            President, Osei Capital           Accra, Ghana
</TABLE>
"""

_SHARED = "Harbour Mutual Holdings, Inc., 751 Victoria Square, Montreal QC H2Y 2J3"


def _people(tmp_path, text: str) -> dict[str, tuple[str | None, str | None]]:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: (p.address, p.citizenship) for p in kg.extract(path).people}


def test_values_beside_a_brace_belong_to_every_row_it_spans(tmp_path):
    """Fails on main: the shared lines were split between Alice M. Fenwick and Peter J. Vang (his address was the
    last two lines only, a value on the wrong person) and Carla J. Moreno got none."""
    people = _people(tmp_path, _BRACED)
    for name in ("Alice M. Fenwick", "Peter J. Vang", "Carla J. Moreno"):
        assert people[name] == (_SHARED, "Canada"), name


def test_a_row_outside_the_brace_keeps_its_own_values(tmp_path):
    """Guard (passes on both): the row below the brace keeps its own address and citizenship."""
    assert _people(tmp_path, _BRACED)["Henry T. Osei"] == ("Osei Capital, 12 Ring Road, Accra, Ghana", "Ghana")


def test_a_value_beside_a_brace_under_no_caption_is_refused(tmp_path):
    """Fails on main: with no caption over the brace's values (the header names no address or citizenship
    column), 'Canada' beside the brace fell to Alice M. Fenwick alone; now the brace's values are refused for all
    three alike (a `roster-ambiguous` finding), none taken by one of them."""
    text = _BRACED.replace("Business Address", "Office          ").replace("Citizenship", "Country    ")
    people = _people(tmp_path, text)
    spanned = {people[name] for name in ("Alice M. Fenwick", "Peter J. Vang", "Carla J. Moreno")}
    assert spanned == {(None, None)}


def test_slashes_in_a_cell_are_no_brace(tmp_path):
    """Guard (passes on both): 'A/S' and a lone '/' in an occupation open no brace; each row keeps its own values."""
    text = _BRACED.replace("Director, Harbour Mutual          Osei", "Director, Novo A/S /              Osei")
    assert _people(tmp_path, text)["Henry T. Osei"] == ("Osei Capital, 12 Ring Road, Accra, Ghana", "Ghana")

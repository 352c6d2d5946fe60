"""Forty-first round (h), issue 13: the first row of an HTML roster table read as the second row of its header.

An HTML table with bold <td> captions and narrow spacer columns ('Name and Citizenship' | the SEC's long 'Present
Principal Occupation or Employment and the Name, Principal Business and Address of Any Corporation ...' caption |
'Business Address'), each cell's lines in <p> or split by <br>: the first row, a name over a bare citizenship line
('Pei-yuan Chia' / 'United States'), was joined to the captions as a header printed over two rows, because the
whole first cell ('Pei-yuan Chia United States') is no person's name; its person was lost
(kg/forms/roster_table.py: a row whose first cell's first printed line is a person's name is an entry, never a
header's second row).

Texts of our own making. Each test marked "fails on main" failed on main 099f5a0 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_CAPTION = ("Present Principal Occupation or Employment and the Name, Principal Business and Address of Any "
            "Corporation or Other Organization in Which Such Employment Is Conducted")


def _cell(lines: list[str], br: bool) -> str:
    if br:
        return "<td valign=\"top\">" + "<br>".join(lines) + "</td>"
    return "<td valign=\"top\">" + "".join(f"<p style=\"margin:0\">{line}</p>" for line in lines) + "</td>"


def _table(rows: list[tuple[list[str], list[str], list[str]]], br: bool = False, head2: tuple = ()) -> str:
    spacer = "<td width=\"2%\">&nbsp;</td>"
    head = (f"<tr><td width=\"26%\"><b>Name and Citizenship</b></td>{spacer}<td width=\"42%\"><b>{_CAPTION}</b></td>"
            f"{spacer}<td width=\"28%\"><b>Business Address</b></td></tr>")
    if head2:
        head = (f"<tr><td><b>{head2[0][0]}</b></td>{spacer}<td><b>{head2[0][1]}</b></td>{spacer}"
                f"<td><b>{head2[0][2]}</b></td></tr><tr><td><b>{head2[1][0]}</b></td>{spacer}<td><b>{head2[1][1]}"
                f"</b></td>{spacer}<td><b>{head2[1][2]}</b></td></tr>")
    body = "".join(f"<tr>{_cell(a, br)}{spacer}{_cell(b, br)}{spacer}{_cell(c, br)}</tr>" for a, b, c in rows)
    return ("<html><body><p align=\"right\"><b>ANNEX A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            "OFFICERS OF HALVERSON MARINE HOLDINGS, INC.</b></p><p>The following table sets forth the name, "
            "citizenship, business address and present principal occupation or employment of each director and "
            "executive officer of Halverson Marine Holdings, Inc.</p><table width=\"100%\">"
            f"{head}{body}</table></body></html>")


_ROWS = [
    (["Alice M. Fenwick", "United States"],
     ["Director, Halverson Marine Holdings, Inc.", "Retired Chairman, Fenwick Freight Corp."],
     ["c/o 200 Harbor Drive", "Baltimore, Maryland 21230"]),
    (["Ingrid Solberg", "Norway"],
     ["Director, Halverson Marine Holdings, Inc.", "Partner, Solberg Advokatfirma"],
     ["Solberg Advokatfirma", "Karl Johans gate 12", "0154 Oslo, Norway"]),
    (["Marcus T. Reilly", "United States"],
     ["President and Chief Executive Officer, Halverson Marine Holdings, Inc."],
     ["200 Harbor Drive", "Baltimore, Maryland 21230"]),
]


def _people(tmp_path, html: str) -> dict:
    path = tmp_path / "annex.htm"
    path.write_text(html, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_first_row_name_over_citizenship_is_an_entry(tmp_path):
    """Fails on main: 'Alice M. Fenwick' / 'United States' (cell lines in <p>) was taken for the header's
    second row, and its person lost."""
    people = _people(tmp_path, _table(_ROWS))
    assert sorted(people) == ["Alice M. Fenwick", "Ingrid Solberg", "Marcus T. Reilly"]
    first = people["Alice M. Fenwick"]
    assert first.citizenship == "United States"
    assert first.positions == ["Director"]
    assert first.other_positions == ["Retired Chairman, Fenwick Freight Corp."]
    assert first.address_city == "Baltimore"
    assert people["Ingrid Solberg"].citizenship == "Norway"


def test_first_row_split_by_br_is_an_entry(tmp_path):
    """Fails on main: the same with the cell lines split by <br>."""
    people = _people(tmp_path, _table(_ROWS, br=True))
    assert sorted(people) == ["Alice M. Fenwick", "Ingrid Solberg", "Marcus T. Reilly"]
    assert people["Alice M. Fenwick"].citizenship == "United States"
    assert people["Marcus T. Reilly"].positions == ["President and Chief Executive Officer"]


def test_header_printed_over_two_rows_is_still_one_header(tmp_path):
    """Guard (passes on main too): a header whose captions go on in a second row ('Present Principal' over
    'Occupation') is one header; no caption word becomes a person, every row's values stay its own."""
    head2 = (("Name and", "Present Principal", "Business"), ("Citizenship", "Occupation", "Address"))
    people = _people(tmp_path, _table(_ROWS, head2=head2))
    assert sorted(people) == ["Alice M. Fenwick", "Ingrid Solberg", "Marcus T. Reilly"]
    assert people["Ingrid Solberg"].citizenship == "Norway"
    assert people["Alice M. Fenwick"].address_city == "Baltimore"
    assert people["Marcus T. Reilly"].positions == ["President and Chief Executive Officer"]

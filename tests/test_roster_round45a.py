"""Forty-fifth round (a), issue 13: two persons who are none.

1. A fixed-width roster whose header is three lines, its last column ('Position') headed on the last line only,
   rows numbered '1.' with 'LAST, FIRST' names and blank lines between: the header's last two lines were read as a
   header hard-wrapped at the page's width (kg/forms/roster_unwrap_head.py), every row as the rest of the blank
   line above it, and 'Department, AXA' (an occupation's next line) became a person. A next line whose cells stand
   under each of the header line's cells (one more column on the right) is a line of the same table, no rest.
2. An HTML roster whose header row is a table of its own above a page break, the rows in another: a row with its
   name cell empty ('&nbsp;') whose first printed cell is an occupation's next line ('Accounts, Smith Barney') was
   read as a person (kg/forms/roster_nameless_row.py, called from kg/forms/roster_table.py).

Texts of our own making. Each test marked "fails on main" fails on main 4a85f32 and passes here; the guards pass
on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

_W = (26, 29, 34)


def _line(cells: list[str]) -> str:
    return "".join(f"{c:<{w}}" for c, w in zip(cells, _W)).rstrip()


def _fixed(tmp_path: Path, header: list[list[str]]) -> list[dict]:
    rows = [[["1. ROCHEVAL, ANNE", "Treasury Department, Orvane", "Member, Conseil d'Administration"]],
            [["2. DUMESNIL, PIERRE", "Head of Central Legal", "Member, Conseil d'Administration"],
             ["", "Department, Orvane"]],
            [["3. CASTAGNE, LUC", "Executive Manager, Orvane", "Member, Conseil d'Administration"]],
            [["4. BRELIN, Sophie", "Head of Treasury", "Member, Conseil d'Administration"],
             ["", "Department, Orvane"]]]
    lines = ["ANNEX A", "", "DIRECTORS AND EXECUTIVE OFFICERS OF Velmont Finance", "",
             "Set forth below is certain information concerning the directors and executive",
             "officers of Velmont Finance.", ""] + [_line(h) for h in header] + [""]
    for row in rows:
        lines += [_line(cells) for cells in row] + [""]
    path = tmp_path / "annex.txt"
    path.write_text("\n".join(lines) + "\n")
    return to_dict(kg.extract(path))["people"]


def test_last_column_headed_on_last_line_is_no_wrap(tmp_path):  # fails on main
    people = _fixed(tmp_path, [["", "Principal Occupation or"],
                               ["Name of Executive", "Employment and Name and"],
                               ["Officer or Director", "Address of Employer", "Position"]])
    assert sorted(p["name"] for p in people) == ["Anne Rocheval", "Luc Castagne", "Pierre Dumesnil", "Sophie Brelin"]
    dumesnil = next(p for p in people if p["name"] == "Pierre Dumesnil")
    assert dumesnil["positions"] == ["Member, Conseil d'Administration"]


def test_header_on_two_lines_last_column_on_last(tmp_path):  # fails on main
    people = _fixed(tmp_path, [["Name of Executive", "Principal Occupation", ""],
                               ["Officer or Director", "Address of Employer", "Position"]])
    assert sorted(p["name"] for p in people) == ["Anne Rocheval", "Luc Castagne", "Pierre Dumesnil", "Sophie Brelin"]


def test_header_on_one_line_guard(tmp_path):  # guard: the same table, its header on one line
    people = _fixed(tmp_path, [["Name", "Principal Occupation", "Position"]])
    assert sorted(p["name"] for p in people) == ["Anne Rocheval", "Luc Castagne", "Pierre Dumesnil", "Sophie Brelin"]
    brelin = next(p for p in people if p["name"] == "Sophie Brelin")
    assert brelin["positions"] == ["Member, Conseil d'Administration"]


_HEAD = ("<tr><td><b>Name</b></td><td><b>Position with Quarrel Trust Company</b></td><td><b>Present Principal "
         "Occupation</b></td><td><b>Business Address</b></td><td><b>Citizenship</b></td></tr>")
_ROWS = """<tr valign="top"><td>1. Paul Dervish</td><td>Director</td><td>Executive Vice President,</td><td>Quarrel Consulting Group</td><td>United States</td></tr>
<tr valign="top"><td>&nbsp;</td><td>&nbsp;</td><td>Director of Managed</td><td>388 Greenwich Street</td><td>&nbsp;</td></tr>
<tr valign="top"><td>&nbsp;</td><td>&nbsp;</td><td>Accounts, Smith Barney</td><td>18th Floor</td><td>&nbsp;</td></tr>
<tr valign="top"><td>&nbsp;</td><td>&nbsp;</td><td>Consulting Group</td><td>New York, NY 10013</td><td>&nbsp;</td></tr>
<tr valign="top"><td>2. Edna Marchetti</td><td>Director</td><td>&nbsp;</td><td>Quarrel Trust Company</td><td>United States</td></tr>
<tr valign="top"><td>&nbsp;</td><td>Executive Officer</td><td>&nbsp;</td><td>824 Market Street</td><td>&nbsp;</td></tr>
<tr valign="top"><td>3. Marian Quist</td><td>Director</td><td>Lawyer</td><td>Quarrel Trust Company</td><td>United States</td></tr>
"""


def _html(tmp_path: Path, page_break: bool) -> list[dict]:
    middle = ('</table><hr style="page-break-after:always"><p align=center>Schedule I (continued)</p>'
              '<p align=center>4</p><table>\n') if page_break else "\n"
    text = ("<html><body><p align=\"center\"><b>SCHEDULE I</b></p>\n<p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            "OFFICERS OF QUARREL TRUST COMPANY</b></p>\n<p>The name, present position with Quarrel Trust Company (the "
            "&quot;Company&quot;), present principal occupation or employment, business address and citizenship of "
            "each of the directors and executive officers of the Company are set forth below.</p>\n"
            f"<table>\n{_HEAD}{middle}{_ROWS}</table></body></html>\n")
    path = tmp_path / "annex.htm"
    path.write_text(text)
    return to_dict(kg.extract(path))["people"]


def test_nameless_row_after_page_break_is_nobody(tmp_path):  # fails on main
    people = _html(tmp_path, page_break=True)
    names = sorted(p["name"] for p in people)
    assert "Smith Barney Accounts" not in names
    assert names == ["Edna Marchetti", "Marian Quist", "Paul Dervish"]
    dervish = next(p for p in people if p["name"] == "Paul Dervish")  # (values going on below: refused, not cut)
    assert dervish["other_positions"] == [] and dervish["address"] is None


def test_one_table_guard(tmp_path):  # guard: the same rows in one table with its header
    people = _html(tmp_path, page_break=False)
    assert sorted(p["name"] for p in people) == ["Edna Marchetti", "Marian Quist", "Paul Dervish"]
    quist = next(p for p in people if p["name"] == "Marian Quist")
    assert quist["positions"] == ["Director"]

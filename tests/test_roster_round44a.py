"""Forty-fourth round (a), issue 13: edgar_f_tag_value_footnotes (after AIG's Exhibit A: an EDGAR <TABLE> of
fixed-width columns whose VALUES carry EDGAR's footnote reference tags, 'Director<F1>', 'Utah 84042<F2>', the notes
in an '<FN>' section inside the table; '(1)' marks glued on and the notes after the table in the unmarked variant).

1. Text normalisation blanks the tags but keeps the notes' words: the <FN> section's lines read as the last row's
   cells ('Elected to this office ...' a title of the last person, '... the date of the Company's most' an
   occupation). The closed <FN> ... </FN> section of the source is blanked in the roster's text
   (kg/forms/roster_edgar_notes.py, called from kg/forms/roster_pages.py).
2. A title wrapped where its tag would not fit ('Executive Vice' / '  President<F1>', set in by a hanging indent)
   read as two titles, 'President' another person's. A set-in line under a line of the same cell goes on where the
   words say so (kg/forms/roster_hanging.py `set_in_wraps`, kg/forms/roster_gridentry.py).
3. A note number glued to a postal code ('Spring, Texas 77389(2)') stayed in the address: a glued '(n)' after a
   digit is a footnote sign too (kg/forms/roster_marks.py GLUED_MARKS).

Texts of our own making. Each test marked "fails on main" fails on main a54b301 and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_WIDTHS = (26, 30, 34, 30, 24)


def _row(cells: list[str]) -> str:
    return "".join(f"{c:<{w}}" for c, w in zip(cells, _WIDTHS)).rstrip()


def _table(rows: list[list[list[str]]], tags: bool = True) -> str:
    lines = ["Set forth below are the name, position(s) held with Orlamond Freight Corporation (the \"Company\"),",
             "other present principal occupation or employment, business address and citizenship of each director",
             "and executive officer of the Company.", "", "<TABLE>",
             _row(["", "Position(s) Held", "Other Principal Occupation", "", ""]),
             _row(["Name", "with the Company", "or Employment", "Business Address", "Citizenship"]),
             _row(["-" * (w - 2) for w in _WIDTHS])]
    if tags:
        lines.append(_row(["<S>", "<C>", "<C>", "<C>", "<C>"]))
    for entry in rows:
        for index in range(max(len(cell) for cell in entry)):
            lines.append(_row([cell[index] if index < len(cell) else "" for cell in entry]))
        lines.append("")
    if tags:
        lines += ["<FN>", "<F1> Elected to this office effective as of the date of the Company's most",
                  "     recent annual meeting of shareholders.",
                  "<F2> All correspondence should be marked for the attention of the Secretary.", "</FN>",
                  "</TABLE>"]
    else:
        lines += ["</TABLE>", "", "-" * 12, "(1) Elected to this office effective as of the date of the Company's most",
                  "    recent annual meeting of shareholders.",
                  "(2) All correspondence should be marked for the attention of the Secretary."]
    return "\n".join(lines) + "\n"


def _rows(one: str, two: str) -> list[list[list[str]]]:
    return [
        [["Harriet Q. Lindqvist"], ["Director" + one, "Chief Administrative Officer"], ["Partner, Veltman & Roos LLP"],
         ["400 Harbor Lane", "Lindon, Utah 84042"], ["United States"]],
        [["Osric P. Delamere"], ["Executive Vice", "  President" + one, "Chief Financial Officer"], [],
         ["88 Quarry Road", "Spring, Texas 77389" + two], ["United States"]],
        [["Wendell T. Abernathy"], ["Director" + one], ["Retired"], ["12 Elm Court", "Provo, Utah 84601"],
         ["Canada"]],
    ]


def _read(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_fn_section_is_no_row_of_the_last_entry(tmp_path):  # fails on main
    people = _read(tmp_path, _table(_rows("<F1>", "<F2>")))
    last = people["Wendell T. Abernathy"]
    assert last.positions == ["Director"]
    assert not any("annual meeting" in v or "Company's most" in v for v in last.positions + last.other_positions)
    assert last.other_positions == ["Retired"] or not last.other_positions


def test_title_wrapped_under_hanging_indent_is_one_title(tmp_path):  # fails on main
    people = _read(tmp_path, _table(_rows("<F1>", "<F2>")))
    assert people["Osric P. Delamere"].positions == ["Executive Vice President", "Chief Financial Officer"]


def test_number_glued_to_postal_code_is_no_part_of_the_address(tmp_path):  # fails on main
    people = _read(tmp_path, _table(_rows("(1)", "(2)"), tags=False))
    address = people["Osric P. Delamere"].address or ""
    assert "(2)" not in address
    assert people["Osric P. Delamere"].positions == ["Executive Vice President", "Chief Financial Officer"]


def test_guard_untagged_table_and_titles_at_the_margin_still_read(tmp_path):
    rows = _rows("", "")
    rows[1][1] = ["Director", "President"]  # (two titles, both at the margin: never one)
    people = _read(tmp_path, _table(rows, tags=False))
    assert people["Osric P. Delamere"].positions == ["Director", "President"]
    assert people["Harriet Q. Lindqvist"].positions == ["Director", "Chief Administrative Officer"]
    assert people["Wendell T. Abernathy"].citizenship == "Canada"

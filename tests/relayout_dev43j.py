"""Development re-layout families written by round 43j (issue 13), NOT blind: written by the helper that then tuned
the reader on them (see tests/relayout.py for render(), Options and expected()). Each adds one layout feature old
EDGAR text or HTML rosters plausibly have and no earlier family has:

- ditto_mark_cells_html: an HTML table whose address and citizenship cells print a typed ditto mark ('"', or
  '-- same --') where the value is the one of the row just above;
- quoted_nickname_names: a fixed-width <TABLE> whose names carry a nickname in double quotes ('Pei-yuan "Bud"
  Chia'); the expected name keeps the nickname as printed, in natural order (the convention of the real
  Southwestern Energy gold: 'Sylvester “Chip” Johnson');
- none_placeholder_cells: a fixed-width <TABLE> whose empty cells print a placeholder ('None', 'N/A' or '*');
- abbreviated_titles: a fixed-width <TABLE> whose titles are printed abbreviated ('Exec. V.P.', 'Sr. V.P.',
  'Asst. Sec.', 'Chmn.'); the expected titles are the titles as printed (abbreviated).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import re
import textwrap

from relayout import Options, Roster, _heading, _numbered, _wrap_rows, expected, printed_name


def _text_table(roster: Roster, options: Options, heads: list[str], widths: list[int], cells: list[list[list[str]]]
                ) -> str:
    """A fixed-width EDGAR <TABLE>: a caption with dashed underlines, '<S>'/'<C>' when options.markers, a blank line
    (a dashed rule in the ruled variant) between rows, a page break with the caption again after the row
    options.page_break_in."""
    caption = ["".join(f"{h:<{w}}" for h, w in zip(heads, widths)).rstrip(),
               "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()]
    lines = [_heading(roster.organization, options).rstrip("\n"), "", "<TABLE>" if options.markers else "", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(widths) - 1), widths)).rstrip())
    for index, row in enumerate(cells):
        lines += _wrap_rows(row, widths)
        lines.append("-" * sum(widths) if options.rules else "")
        if options.page_break_in == index and index + 1 < len(cells):
            lines += ["", "<PAGE>" if options.markers else "\f", "", *(caption if options.repeat_header else []), ""]
    if options.markers:
        lines.append("</TABLE>")
    return "\n".join(lines).rstrip() + "\n"


def _wrapped(items: list[str], width: int) -> list[str]:
    return [piece for item in items for piece in textwrap.wrap(item, width - 2, subsequent_indent="  ")]


def _address(person: dict, width: int) -> list[str]:
    return [piece for line in person["address"] for piece in textwrap.wrap(line, width - 2)]


# ---- 1. HTML: ditto marks for an address or a citizenship repeated from the row above ---------------------------
def ditto_mark_cells_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: most people sharing one
    address, printed again in every row), as an HTML table (Name | Position with <Org> | Present Principal
    Occupation or Employment | Business Address | Citizenship, a bold header row). The feature: where a person's
    business address (or citizenship) is the same as the person's in the row just above, the cell prints a
    typed DITTO MARK instead - '"' with options.markers, '-- same --' without - as typewritten rosters did; the
    first row of every table (also after a page break) prints its values in full. The expected values are the
    person's own (the same as the row above)."""
    org = roster.organization
    mark = "&quot;" if options.markers else "-- same --"
    heads = ["Name", f"Position with {org}", "Present Principal Occupation or Employment", "Business Address"] + (
        ["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    opening = "<table border=\"1\" cellspacing=\"0\">" if options.rules else "<table cellspacing=\"0\">"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             opening, header]
    above = None
    for index, person in enumerate(roster.people):
        same_address = above is not None and above["address"] == person["address"]
        same_citizen = above is not None and above["citizenship"] == person["citizenship"]
        cells = [html.escape(_numbered(index, printed_name(person, options), options)),
                 "<br>".join(html.escape(t) for t in person["positions"]) or "&nbsp;",
                 "<br>".join(html.escape(o) for o in person["other_positions"]) or "&nbsp;",
                 mark if same_address else "<br>".join(html.escape(line) for line in person["address"])]
        if options.citizenship:
            cells.append(mark if same_citizen else html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append("<tr valign=\"top\">" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        above = person
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
            above = None
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. nicknames in double quotes inside the names ----------------------------------------------------------
_NICKNAMES = ["Bud", "Chip", "Skip", "Kit", "Ted", "Buzz", "Sandy", "Jack"]


def _natural_nicknamed(person: dict, index: int) -> str:
    """'Pei-yuan "Bud" Chia': the name in natural order, the nickname (every other person) before the surname."""
    if index % 2:
        return person["name"]
    nickname = f'"{_NICKNAMES[index // 2 % len(_NICKNAMES)]}"'
    words = person["name"].split()
    suffixed = len(words) > 2 and words[-1].rstrip(".,").upper() in ("JR", "SR", "II", "III", "IV")
    cut = len(words) - (2 if suffixed else 1)
    return " ".join(words[:cut] + [nickname] + words[cut:])


def _nicknamed(person: dict, index: int, options: Options) -> str:
    """Every other person's name with a nickname in double quotes after the given names."""
    name = printed_name(person, options)
    if index % 2:
        return name
    nickname = f'"{_NICKNAMES[index // 2 % len(_NICKNAMES)]}"'
    if options.upper_last_first:
        head, _, rest = name.partition(", ")
        given, _, suffix = rest.partition(", ")
        return f"{head}, {given} {nickname}" + (f", {suffix}" if suffix else "")
    return _natural_nicknamed(person, index)


def quoted_nickname_names(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> of fixed-width
    columns). The feature: every other person's name carries a NICKNAME IN DOUBLE QUOTES after the given names
    ('Pei-yuan "Bud" Chia', 'CHIA, Pei-yuan "Bud"' in the surname-first variant), as rosters print the name a
    person goes by. Columns: Name | Present Principal Occupation ('<title>, <Org>' then the outside ones) |
    Business Address | Citizenship. The expected name keeps the nickname, in natural order ('Pei-yuan "Bud"
    Chia'), as the real Southwestern Energy gold keeps 'Sylvester “Chip” Johnson' (tests/data/rosters_real/dev/
    html_section_rows_southwestern_energy.gold.json)."""
    org = roster.organization
    widths = [34, options.width + 4, 32] + ([16] if options.citizenship else [])
    heads = ["Name", "Present Principal Occupation", "Business Address", "Citizenship"][:len(widths)]
    rows = []
    for index, person in enumerate(roster.people):
        row = [textwrap.wrap(_numbered(index, _nicknamed(person, index, options), options), widths[0] - 2),
               _wrapped([f"{t}, {org}" for t in person["positions"]] + person["other_positions"], widths[1]),
               _address(person, widths[2])]
        if options.citizenship:
            row.append(textwrap.wrap(person["citizenship"] or "", widths[3] - 2))
        rows.append(row)
    people = [expected(p, org, options, name=_natural_nicknamed(p, i)) for i, p in enumerate(roster.people)]
    return ".txt", _text_table(roster, options, heads, widths, rows), people


# ---- 3. placeholders ('None', 'N/A', '*') in empty cells ------------------------------------------------------
def none_placeholder_cells(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_corporation.txt:
    Name | Position | Principal Occupation | Business Address, fixed-width cells). The feature: a cell with
    nothing to say is not left blank but holds a PLACEHOLDER - 'None' with options.markers, 'N/A' in the ruled
    variant, '*' (with a note '* None.' under the table) otherwise - in the position column (a person without a
    title in <Org>), the other-occupation column and the citizenship column (no citizenship known). Columns:
    Name | Position with <Org> | Other Principal Occupation | Business Address | Citizenship. Expected: nothing for
    a placeholder."""
    org = roster.organization
    placeholder = "None" if options.markers and not options.rules else "N/A" if options.rules else "*"
    widths = [28, 24, options.width, 30] + ([16] if options.citizenship else [])
    heads = ["Name", "Position with Company", "Other Principal Occupation", "Business Address", "Citizenship"]
    rows = []
    for index, person in enumerate(roster.people):
        row = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
               _wrapped(person["positions"], widths[1]) or [placeholder],
               _wrapped(person["other_positions"], widths[2]) or [placeholder], _address(person, widths[3])]
        if options.citizenship:
            row.append(textwrap.wrap(person["citizenship"] or "", widths[4] - 2) or [placeholder])
        rows.append(row)
    text = _text_table(roster, options, heads[:len(widths)], widths, rows)
    if placeholder == "*":
        text += "\n* None.\n"
    return ".txt", text, [expected(p, org, options) for p in roster.people]


# ---- 4. abbreviated titles ------------------------------------------------------------------------------------
_ABBREVIATIONS = [("Vice President", "V.P."), ("Executive", "Exec."), ("Senior", "Sr."), ("Assistant", "Asst."),
                  ("Secretary", "Sec."), ("Chairman", "Chmn."), ("President", "Pres."), ("Treasurer", "Treas."),
                  ("General", "Gen."), ("Financial", "Fin."), ("Operating", "Oper.")]


def _abbreviated(title: str) -> str:
    for word, short in _ABBREVIATIONS:
        title = re.sub(rf"\b{word}\b", short, title)
    return title


def abbreviated_titles(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_corporation.txt:
    Name | Position | Principal Occupation | Business Address). The feature: the titles held in <Org> are printed
    ABBREVIATED as typed rosters short of room did ('Exec. V.P.', 'Sr. V.P.', 'Asst. Sec.', 'Chmn.', 'Pres.',
    'Treas.', 'Chief Fin. Officer'), one a line in the position column; the outside occupations are printed in
    full. Columns: Name | Position | Present Principal Occupation | Business Address | Citizenship. The expected
    titles are the titles as printed (abbreviated)."""
    org = roster.organization
    widths = [28, 26, options.width, 30] + ([16] if options.citizenship else [])
    heads = ["Name", "Position", "Present Principal Occupation", "Business Address", "Citizenship"]
    rows = []
    for index, person in enumerate(roster.people):
        row = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
               _wrapped([_abbreviated(t) for t in person["positions"]], widths[1]),
               _wrapped(person["other_positions"], widths[2]), _address(person, widths[3])]
        if options.citizenship:
            row.append(textwrap.wrap(person["citizenship"] or "", widths[4] - 2))
        rows.append(row)
    people = [expected(p, org, options, positions=[_abbreviated(t) for t in p["positions"]]) for p in roster.people]
    return ".txt", _text_table(roster, options, heads[:len(widths)], widths, rows), people


FAMILIES = {"ditto_mark_cells_html": ditto_mark_cells_html, "quoted_nickname_names": quoted_nickname_names,
            "none_placeholder_cells": none_placeholder_cells, "abbreviated_titles": abbreviated_titles}

"""Development re-layout families written by round 43h (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (00:16-00:24 UTC by `date`) by helper session r43h (issue 13) for the lead, NOT blind: the
writer knows the reader. They are development families (tests/relayout.py adds FAMILIES to DEV_FAMILIES at its
very end), each adding ONE layout feature that real rosters plausibly have and no earlier family (tests/relayout.py,
tests/relayout_heldout5.py .. 46.py) has, so that the reader meets it before a blind set does.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _heading, _numbered, _wrap_rows, expected, printed_name


def _seed(person: dict) -> int:
    return sum(ord(c) for c in person["name"])


def _preamble(org: str) -> str:
    return (f"Set forth below are the name, present position with {org}, present principal occupation or "
            f"employment, business address and citizenship of each director and executive officer of "
            f"{org}" + ("" if org.endswith(".") else "."))


def _page_break(options: Options, caption: list[str]) -> list[str]:
    return ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
        caption + [""] if options.repeat_header else [])


# ---- 1. HTML: the age in parentheses after the name, in the name cell ------------------------------------------
def name_age_cell_table_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the proxy-statement tables of directors and officers that filers paste into a Schedule 13E-3 or an
    offer's Schedule I, with the columns of Southwestern Energy's Schedule A (tests/data/rosters_real/dev/
    html_section_rows_southwestern_energy.htm). The feature: the first column is captioned 'Name (Age)' and each
    NAME CELL ENDS WITH THE PERSON'S AGE IN PARENTHESES, 'Pei-yuan Chia (62)' (a made-up age from the name; after
    the whole name, 'CHIA, Pei-yuan (62)', in the surname-first variant) - a number that is no part of the name and
    no other value. Columns: Name (Age) | Position with <Org> (titles apart by <br>) | Present Principal
    Occupation or Employment (outside ones, '&nbsp;' for none) | Business Address (lines apart by <br>) |
    Citizenship; a bold header row; 'n.' before the name in the numbered variant; the ruled variant draws a bottom
    border under each row. A page break after entry options.page_break_in (not the last) ends the table; a new one
    follows with the header row if it repeats."""
    org = roster.organization
    heads = ["Name (Age)", f"Position with {org}", "Present Principal Occupation or Employment",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    opening = "<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">"
    style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>{html.escape(_preamble(org))}</p>", opening, header]
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        cells = [html.escape(f"{name} ({38 + _seed(person) % 37})"),
                 "<br>".join(html.escape(t) for t in person["positions"]) or "&nbsp;",
                 "<br>".join(html.escape(o) for o in person["other_positions"]) or "&nbsp;",
                 "<br>".join(html.escape(line) for line in person["address"])]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append("<tr valign=\"top\">" + "".join(f"<td{style}>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML: each entry one paragraph, its lines apart by <br> -------------------------------------------------
def br_lines_paragraph_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the stacked entries of Lor Finance's Exhibit 7 (tests/data/rosters_real/dev/text_asterisk_member_
    nameaddr_lor_finance.txt: the name, then the lines under it) as a word processor saves them to HTML. The
    feature: no table and no list - EACH PERSON IS ONE <p> whose lines are apart by <br>: the name in <b>, then
    each title held in <Org> as '<title>, <Org>' on a line, then each outside occupation on a line, then
    'Business Address: ' and the address lines joined by ', ', then 'Citizenship: ...' when printed. Paragraphs
    follow one another (with options.markers inside <font size="2">); 'n.' before the name in the numbered
    variant; the ruled variant puts an <hr> after every paragraph. A page break after entry options.page_break_in
    is a <p style="page-break-before:always"> holding '&nbsp;'."""
    org = roster.organization
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>{html.escape(_preamble(org))}</p>"]
    for index, person in enumerate(roster.people):
        lines = [f"<b>{html.escape(_numbered(index, printed_name(person, options), options))}</b>"]
        lines += [html.escape(f"{title}, {org}") for title in person["positions"]]
        lines += [html.escape(item) for item in person["other_positions"]]
        lines.append("Business Address: " + html.escape(", ".join(person["address"])))
        if options.citizenship:
            lines.append("Citizenship: " + html.escape(person["citizenship"] or ""))
        body = "<br>\n".join(lines)
        parts.append(f"<p><font size=\"2\">{body}</font></p>" if options.markers else f"<p>{body}</p>")
        if options.rules:
            parts.append("<hr/>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts.append("<p style=\"page-break-before:always\">&nbsp;</p>")
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. each title held with its tenure in parentheses, '(since 1998)' -----------------------------------------
def titles_since_year_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: fixed-width columns, a title a
    line). The feature: every title held in <Org> carries its TENURE IN PARENTHESES after it, '(since 1998)'
    (a year made up from the name and the title's place), as 13E-3 rosters print when asked for the positions of
    the past five years; the tenure is not part of the title. Columns: Name | Position with <Org> (one title a
    line, wrapping) | Present Principal Occupation (outside ones, one a line, wrapping at options.width) |
    Business Address | Citizenship, two-line captions with dashed underlines; EDGAR <TABLE> and <S>/<C> when
    options.markers; a blank line between persons (a dashed rule in the ruled variant); 'n.' before the name in
    the numbered variant. A page break (options.page_break_in) after that entry's first line."""
    org = roster.organization
    widths = [26, 30, options.width + 4, 32, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "Position Held", "Present Principal", "", ""]
    bottoms = ["Name", "with the Company", "Occupation", "Business Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    lines = [_heading(org, options).rstrip("\n"), "", *textwrap.wrap(_preamble(org), 78), "",
             "<TABLE>" if options.markers else "", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        name = textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2)
        titles = [piece for place, title in enumerate(person["positions"])
                  for piece in textwrap.wrap(f"{title} (since {1985 + (_seed(person) + 3 * place) % 30})",
                                             widths[1] - 2, subsequent_indent="  ")]
        occupation = [piece for item in person["other_positions"]
                      for piece in textwrap.wrap(item, widths[2] - 2, subsequent_indent="  ")]
        address = [piece for line in person["address"] for piece in textwrap.wrap(line, widths[3] - 2)]
        citizenship = textwrap.wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []
        rows = _wrap_rows([c for c, w in zip([name, titles, occupation, address, citizenship], widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_break(options, caption)
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. the address on one line, its parts apart by bullets ----------------------------------------------------
def bullet_separated_address_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the labelled blocks of the Dole-style rosters (tests/relayout.py surname_headings: a name line, then
    indented labelled fields) as modern filers type them. The feature: the BUSINESS ADDRESS is ONE LINE whose parts
    are apart by ' • ' (a bullet with a space either side) instead of commas or lines, '70 Pine Street • New York,
    New York 10270' (the bullet is not part of the address: it stands for ', '). Fields, each on a line indented 4:
    'Position with <Org>: ' (titles apart by '; '), 'Principal Occupation: ' (outside ones apart by '; ', the line
    left out where there is none), 'Business Address: ', 'Citizenship: ' when printed; long fields wrap under
    themselves. A blank line between persons (a dashed rule in the ruled variant); 'n.' before the name in the
    numbered variant; '<PAGE>' (a form feed without markers) after entry options.page_break_in."""
    org = roster.organization
    lines = [_heading(org, options).rstrip("\n"), "", *textwrap.wrap(_preamble(org), 78), ""]
    for index, person in enumerate(roster.people):
        lines.append(_numbered(index, printed_name(person, options), options))
        fields = [(f"Position with {org}", "; ".join(person["positions"])),
                  ("Principal Occupation", "; ".join(person["other_positions"])),
                  ("Business Address", " \u2022 ".join(person["address"]))]
        if options.citizenship:
            fields.append(("Citizenship", person["citizenship"] or ""))
        for label, value in fields:
            if value:
                lines += textwrap.wrap(f"{label}: {value}", 74, initial_indent="    ", subsequent_indent="      ")
        lines.append("-" * 60 if options.rules else "")
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += _page_break(options, [])
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"name_age_cell_table_html": name_age_cell_table_html,
            "br_lines_paragraph_html": br_lines_paragraph_html,
            "titles_since_year_table": titles_since_year_table,
            "bullet_separated_address_blocks": bullet_separated_address_blocks}

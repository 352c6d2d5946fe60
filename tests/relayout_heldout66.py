"""Held-out re-layout families, sixty-sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (06:39-06:43 UTC by `date`) by helper session gather66 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it:

- date_of_appointment_column_table: an EDGAR <TABLE> whose third column is a full DATE OF APPOINTMENT
  ('March 14, 2019'), as foreign private issuers' and their holding companies' rosters print it.
- term_of_office_time_served_html: an HTML table with a fund-style 'Term of Office and Length of Time Served'
  column ('Indefinite; since 2011', 'One-year term; since May 2016').
- bilingual_caption_cells_table: an EDGAR <TABLE> whose captions are Spanish and English in one cell
  ('NOMBRE / NAME', 'CARGO / POSITION', 'DOMICILIO / ADDRESS', 'NACIONALIDAD / CITIZENSHIP'), as Latin American
  filers print them.
- spaced_underscore_separated_blocks: stacked blocks without labels separated by a row of spaced underscores
  ('_ _ _ _ _'), a row of spaced '=' in the ruled variant.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)); no citizenship where
options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import (
    Options,
    Roster,
    _full_stop,
    _numbered,
    _wrap_rows,
    edgar_marks,
    expected,
    printed_name,
    printed_text,
    weighted_seed,
    wrap_lines,
)

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _fixed_table(roster: Roster, options: Options, captions: list[list[str]], third, title: list[str],
                 preamble: str, widths: list[int]) -> list[str]:
    """An EDGAR <TABLE>: name and address stacked | positions with the organisation | third(index, person) |
    outside occupations | citizenship (when printed)."""
    org = roster.organization
    seed = weighted_seed(org)
    live = [w for w in widths if w]
    total = sum(live) - 2
    captions = [[line for c in cell for line in wrap_lines(c, w - 2)] for cell, w in zip(captions, widths) if w]
    depth = max(len(c) for c in captions)
    captions = [[""] * (depth - len(c)) + c for c in captions]
    caption = ["<CAPTION>", *_wrap_rows(captions, live), "-" * total if not options.markers else ""]
    if options.markers:
        caption[-1] = edgar_marks(live)
    lines = [*title, "", *wrap_lines(_full_stop(preamble), 78), "", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        name = wrap_lines(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
        cells = [name + [p for a in person["address"] for p in wrap_lines(a, widths[0] - 2, "  ")],
                 [p for t in person["positions"] for p in wrap_lines(t, widths[1] - 2, "  ")] or ["--"],
                 wrap_lines(third(index, person), widths[2] - 2),
                 [p for o in (person["other_positions"] or ["--"]) for p in wrap_lines(o, widths[3] - 2, "  ")],
                 wrap_lines(person["citizenship"] or "", widths[4] - 1) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f",
                         f"{'A-' + str(2 + seed % 3):^78}".rstrip(), "", "<TABLE>"] + \
                (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return lines


# ---- 1. a DATE OF APPOINTMENT column ----------------------------------------------------------------------------
def date_of_appointment_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's 2007 Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> of name,
    title, outside occupation and business address) and Citizens Funds' stacked name and address (tests/data/
    rosters_real/dev/text_fixed3col_name_address_age_citizens_funds.txt). The feature this family adds (ours; the
    real files print no dates): a DATE OF APPOINTMENT column between the positions and the occupation, a full
    date 'March 14, 2019' (month spelt out) for each person, as rosters of foreign issuers and their holding
    companies print it. Columns: NAME AND BUSINESS ADDRESS (address under the name) | POSITION WITH <ORG> | DATE OF
    APPOINTMENT | OTHER PRINCIPAL OCCUPATION ('--' where none; wrapping at options.width) | CITIZENSHIP (when
    printed). '<S>'/'<C>' under the caption with options.markers, a dashed rule without; 'n.' before the name in
    the numbered variant; a dashed rule between entries in the ruled variant, else a blank line. A page break
    (options.page_break_in) after the entry's first line: '<PAGE>' (a form feed without markers), the page
    number, a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = weighted_seed(org)

    def date(index: int, person: dict) -> str:
        k = seed + index * 37
        return f"{_MONTHS[k % 12]} {1 + k % 28}, {1996 + (k // 7) % 29}"

    widths = [30, 24, 20, options.width + 2, 14 if options.citizenship else 0]
    captions = [["NAME AND", "BUSINESS ADDRESS"], ["POSITION WITH", org.upper()], ["DATE OF", "APPOINTMENT"],
                ["OTHER PRINCIPAL", "OCCUPATION"], ["CITIZENSHIP"]]
    title = [f"{'EXHIBIT A':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip()]
    preamble = (f"Set forth below are the name, business address, position with {org}, date of appointment to that "
                f"position and other principal occupation" + (" and citizenship" if options.citizenship else "")
                + f" of each director and executive officer of {org}")
    lines = _fixed_table(roster, options, captions, date, title, preamble, widths)
    return ".txt", printed_text(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a 'Term of Office and Length of Time Served' column in HTML ----------------------------------------------
def term_of_office_time_served_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's 2020 Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: an HTML table of name, title/occupation and address). The feature this family adds (ours;
    Southwestern prints no terms): the column investment companies' tables print since 2002, 'Term of Office and
    Length of Time Served', between the position and the occupation: 'Indefinite; since 2011', 'One-year term;
    since May 2016', 'Until successor is elected; since 2004'. Columns: Name and Address (name, then the address
    lines apart by <br>) | Position(s) Held with <Org> | Term of Office and Length of Time Served | Principal
    Occupation(s) During Past 5 Years ('None' where none) | Citizenship (when printed). Header cells <th> with
    options.markers, bold underlined <td> without; 'n.' before the name in the numbered variant; a bottom border on
    each row in the ruled variant; a page break (options.page_break_in) closes the table after that row and opens
    it again (header repeated when options.repeat_header)."""
    org = roster.organization
    seed = weighted_seed(org)
    terms = ["Indefinite; since {y}", "One-year term; since {m} {y}", "Until successor is elected; since {y}",
             "Serves at the pleasure of the Board; since {y}"]
    heads = ["Name and Address", f"Position(s) Held with {org}", "Term of Office and Length of Time Served",
             "Principal Occupation(s) During Past 5 Years"] + (["Citizenship"] if options.citizenship else [])
    if options.markers:
        header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>" for h in heads) \
            + "</tr>"
    else:
        header = "<tr>" + "".join(f"<td valign=\"bottom\"><b><u>{html.escape(h)}</u></b></td>" for h in heads) \
            + "</tr>"
    table = "<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"font-family:Arial; font-size:9pt\">"
    row_style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    parts = ["<html><body>",
             "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>TRUSTEES AND OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_full_stop(
                 f"The name, address, position with {org}, term of office and length of time served, principal "
                 "occupation during the past five years" + (" and citizenship" if options.citizenship else "")
                 + f" of each trustee, director and executive officer of {org} are set forth below")) + "</p>",
             table, header]
    for index, person in enumerate(roster.people):
        k = seed + index * 13
        term = terms[k % len(terms)].format(y=1995 + (k // 5) % 30, m=_MONTHS[k % 12])
        name = html.escape(_numbered(index, printed_name(person, options), options))
        cells = [f"<b>{name}</b><br>" + "<br>".join(html.escape(line) for line in person["address"]),
                 "<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;",
                 html.escape(term),
                 "<br>".join(html.escape(o) for o in person["other_positions"]) or "None"]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append(f"<tr valign=\"top\"{row_style}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index:
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>",
                      f"<p align=\"center\">A-{2 + seed % 3}</p>", table] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. Spanish and English captions in one cell ------------------------------------------------------------------
def bilingual_caption_cells_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's EDGAR table (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: name | position | occupation | address columns under capital captions). The feature this
    family adds (ours; IDT's captions are English): as Mexican and other Latin American filers print their
    annexes, each caption is Spanish then English in one cell, 'NOMBRE /' over 'NAME', 'CARGO EN <ORG> /
    POSITION WITH <ORG>'; the third column is 'DOMICILIO / BUSINESS
    ADDRESS' (address lines stacked), the fourth 'OCUPACION PRINCIPAL / PRINCIPAL OCCUPATION' ('--' where none,
    wrapping at options.width), the last 'NACIONALIDAD / CITIZENSHIP' (when printed); the values are English.
    The heading is bilingual too ('ANEXO A / ANNEX A'). '<S>'/'<C>' with options.markers; 'n.' before the name in
    the numbered variant; a dashed rule between entries in the ruled variant, else a blank line; a page break as in
    date_of_appointment_column_table."""
    org = roster.organization
    widths = [28, 26, 30, options.width + 2, 16 if options.citizenship else 0]
    captions = [["NOMBRE /", "NAME"], [f"CARGO EN {org.upper()} /", f"POSITION WITH {org.upper()}"],
                ["DOMICILIO /", "BUSINESS ADDRESS"], ["OCUPACION PRINCIPAL /", "PRINCIPAL OCCUPATION"],
                ["NACIONALIDAD /", "CITIZENSHIP"]]
    title = [f"{'ANEXO A / ANNEX A':^78}".rstrip(), "",
             f"{'CONSEJEROS Y FUNCIONARIOS / DIRECTORS AND OFFICERS':^78}".rstrip(), f"{org.upper():^78}".rstrip()]
    preamble = (f"The following table sets forth the name, position with {org}, business address and principal "
                "occupation" + (" and citizenship" if options.citizenship else "")
                + f" of each member of the board of directors and each executive officer of {org}")
    org_seed = weighted_seed(org)
    lines = [*title, "", *wrap_lines(_full_stop(preamble), 78), "", "<TABLE>"]
    live = [w for w in widths if w]
    total = sum(live) - 2
    caps = [[line for c in cell for line in wrap_lines(c, w - 2)] for cell, w in zip(captions, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    caption = ["<CAPTION>", *_wrap_rows(caps, live), edgar_marks(live) if options.markers else "=" * total]
    lines += caption
    for index, person in enumerate(roster.people):
        cells = [wrap_lines(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 [p for t in person["positions"] for p in wrap_lines(t, widths[1] - 2, "  ")] or ["--"],
                 [p for a in person["address"] for p in wrap_lines(a, widths[2] - 2, "  ")],
                 [p for o in (person["other_positions"] or ["--"]) for p in wrap_lines(o, widths[3] - 2, "  ")],
                 wrap_lines(person["citizenship"] or "", widths[4] - 1) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f",
                         f"{'A-' + str(2 + org_seed % 4):^78}".rstrip(), "", "<TABLE>"] + \
                (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", printed_text(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. stacked blocks apart by spaced underscores ----------------------------------------------------------------
def spaced_underscore_separated_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Forstmann Little's centred names (tests/data/rosters_real/dev/text_centered_names_gp_preamble_forstmann_
    little.txt) and Smith Barney's stacked name / title / citizenship entries (tests/data/rosters_real/dev/
    table_stacked_name_title_citizenship_smith_barney.txt). The feature this family adds (ours): the entries,
    without labels, are set apart by a row of SPACED underscores ('_ _ _ _ _ _', a typist's separator) - spaced
    '=' signs in the ruled variant - with no blank line between the separator and the next name. An entry: the
    name (in capitals only if options.upper_last_first prints it 'SURNAME, Given'), each title as '<title>, <Org>',
    the outside occupations, the business address lines, 'Citizen of <citizenship>' (when printed); the lines
    after the name indented four spaces and wrapped at options.width + 30. 'n.' before the name in the numbered
    variant. A page break (options.page_break_in) after the entry's name line: a form feed ('<PAGE>' with
    options.markers), and 'Schedule B (continued)' when options.repeat_header."""
    org = roster.organization
    seed = weighted_seed(org)
    sep = ("= " if options.rules else "_ ") * (20 + seed % 8)
    width = options.width + 30
    lines = [f"{'SCHEDULE B':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += wrap_lines(_full_stop(
        "The name, present principal occupation or employment and business address" +
        (" and citizenship" if options.citizenship else "") + f" of each director and executive officer of {org} "
        "are set forth below"), 78) + ["", sep.rstrip()]
    for index, person in enumerate(roster.people):
        block = [_numbered(index, printed_name(person, options), options)]
        if options.page_break_in == index:
            block += ["", "<PAGE>" if options.markers else "\f", ""] + \
                ([f"{'Schedule B (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        body = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"] + person["address"]
        if options.citizenship:
            body.append(f"Citizen of {person['citizenship'] or ''}".rstrip())
        block += ["    " + line for item in body for line in wrap_lines(item, width, "  ")]
        lines += block
        lines.append(sep.rstrip())
    return ".txt", printed_text(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"date_of_appointment_column_table": date_of_appointment_column_table,
            "term_of_office_time_served_html": term_of_office_time_served_html,
            "bilingual_caption_cells_table": bilingual_caption_cells_table,
            "spaced_underscore_separated_blocks": spaced_underscore_separated_blocks}

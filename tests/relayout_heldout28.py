"""Held-out re-layout families, twenty-eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (05:53-06:00 UTC by `date`) by helper session gather28 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it. They are
held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _citizen_of, _full_stop, _heading, _numbered, _wrap_rows, expected, printed_name


def _caption(heads: list[list[str]], widths: list[int]) -> list[str]:
    """Captions stacked over lines, bottom-aligned, each column underlined by its own dashes."""
    height = max(len(h) for h in heads)
    cells = [[""] * (height - len(h)) + h for h in heads]
    return _wrap_rows(cells, widths) + ["".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()]


# ---- 1. the name and the business address run together in ONE comma-joined string ---------------------------
def name_address_one_string(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Lor Finance's Exhibit 7 (tests/data/rosters_real/dev/text_asterisk_member_nameaddr_lor_finance.txt,
    sec.gov .../888002/000091205700045726/a2028396zex-99_7.txt: a 'NAME, BUSINESS ADDRESS' column, the name with
    the address lines stacked under it) and the 'NAME, ADDRESS AND AGE' column of the Citizens Funds table
    (dev/text_fixed3col_name_address_age_citizens_funds.txt, sec.gov .../711202/000091205700047412/
    a2029632z497.txt). The feature this family adds (ours; both real columns put the name on a line of its own):
    the first column holds the name and the business address as ONE comma-joined string, 'Pei-yuan Chia, c/o 70
    Pine Street, New York, New York 10270', as Item 2 tables of joint filings print 'Name and Address', wrapped
    wherever the column's width falls - so the name shares its line with the start of the address, a line may
    break inside the name or the address, and a name with a comma ('Burton A. Dole, Jr.', 'CHIA, Pei-yuan' in the
    surname-first variant) is followed by the address's commas. Columns: Name and Business Address (34) |
    Position with <Org> (one title a line) | Present Principal Occupation (outside ones, one a line, '--' for
    none) | Citizenship, under a caption stacked over two lines with one dashed underline per column; EDGAR
    <TABLE> and <S>/<C> when options.markers; rows apart by a blank line (a dashed rule in the ruled variant);
    '1.' before the name in the numbered variant; a page break (options.page_break_in) after an entry's first
    line, with the caption again if it repeats."""
    org = roster.organization
    widths = [34, 24, options.width + 2, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    heads = [["Name and", "Business Address"], ["Position with", org if len(org) <= 22 else "the Company"],
             ["Present Principal", "Occupation"], ["", "Citizenship"]]
    caption = _caption([h for h, w in zip(heads, widths) if w], live)
    says = ", present principal occupation and citizenship" if options.citizenship else \
        " and present principal occupation"
    company = "" if len(org) <= 22 else " (the \"Company\")"
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(_full_stop(f"The following table sets forth the name and business address, the present "
                                     f"position with {org}{company}{says} of each director and executive officer "
                                     f"of {org}"), 78)
    lines += ["", *(["<TABLE>"] if options.markers else []), *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        joined = ", ".join([_numbered(index, printed_name(person, options), options), *person["address"]])
        cells = [textwrap.wrap(joined, widths[0] - 2),
                 [piece for title in person["positions"] for piece in
                  textwrap.wrap(title, widths[1] - 2, subsequent_indent=" ")],
                 [piece for other in person["other_positions"] for piece in
                  textwrap.wrap(other, widths[2] - 2, subsequent_indent=" ")] or ["--"],
                 textwrap.wrap(person["citizenship"] or "", widths[3] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. the position with the organisation in parentheses after the name -----------------------------------
def parenthesised_titles_after_name(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Harvard College's Exhibit A (tests/data/rosters_real/dev/text_name_office_harvard_college.txt,
    sec.gov .../919893/000092701602005845/dex99a.txt: each person's name and office side by side on one line)
    and Lor Finance's Exhibit 7 (dev/text_asterisk_member_nameaddr_lor_finance.txt, sec.gov .../888002/
    000091205700045726/a2028396zex-99_7.txt: the address lines under the name, no table tags), in the way
    biographical annexes of the 1990s list people: 'John Smith (Director and Vice Chairman)'. The feature this
    family adds (ours; Harvard prints the office in a column of its own): the titles held in <Org> are printed
    in PARENTHESES right after the name on the name line ('Pei-yuan Chia (Director)', several titles apart by
    '; ', no parentheses for a person without one), and the rest of the entry follows on indented lines without
    labels: each occupation outside <Org> (wrapping with a hanging indent), the business address lines, then
    'Citizen of ...'. The preamble says what the parentheses hold, as such preambles do. Entries apart by a
    blank line (a dashed rule in the ruled variant); '1.' before the name in the numbered variant, 'SURNAME,
    Given (titles)' in the surname-first one; a '<PAGE>' line first when options.markers; a page break
    (options.page_break_in) after the name line of that entry, the page's title '(continued)' after it."""
    org = roster.organization
    says = ", business address and citizenship" if options.citizenship else " and business address"
    lines = ["<PAGE>", ""] if options.markers else []
    lines += [_heading(org, options).rstrip("\n"), ""]
    preamble = [_full_stop(f"Set forth below are the name, present principal occupation or employment{says} of "
                          f"each director and executive officer of {org}"),
                _full_stop(f"The position or positions held with {org} by each such person are set forth in "
                          f"parentheses following his or her name")]
    lines += textwrap.wrap(" ".join(preamble), 78) + [""]
    indent = "      "
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        titles = f" ({'; '.join(person['positions'])})" if person["positions"] else ""
        entry = textwrap.wrap(name + titles, 78, subsequent_indent=indent)
        if options.page_break_in == index:
            entry += ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", "",
                      f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper() + ' (continued)':^78}".rstrip(), ""]
        for other in person["other_positions"]:
            entry += textwrap.wrap(other, options.width + 30, initial_indent=indent, subsequent_indent=indent + "  ")
        entry += [f"{indent}{line}" for line in person["address"]]
        if options.citizenship:
            entry.append(f"{indent}Citizen of {_citizen_of(person['citizenship'])}")
        lines += entry
        lines.append("-" * 60 if options.rules else "")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. an entry broken by a page break, its name printed again with '(continued)' ---------------------------
def continued_name_after_page_break(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After American International Group's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt,
    sec.gov .../909815/000095012306004856/y19970a5exv99wa.txt: an EDGAR <TABLE> of fixed-width columns whose
    cells wrap over several lines) and the Bear Stearns Exhibit 1.1 (dev/text_fixed5col_employer_bsci.txt,
    sec.gov .../1058444/000095013506005955/b62468scexv1w1.txt: Name | Present Principal Occupation | Business
    Address | Citizenship), as a financial printer paginates a long table. The feature this family adds (ours;
    the real tables break between rows): the page ends INSIDE an entry - that of options.page_break_in, else
    the middle one (or the next one of more than one line), after its name - and the next page starts with the
    page number, '<PAGE>' (a form feed without markers), the caption again (unless options.repeat_header is
    off), and the rest of that entry, whose name cell repeats the name followed by '(continued)' ('Pei-yuan Chia
    (continued)', 'CHIA, Pei-yuan (continued)' in the surname-first variant, without the row number), the other
    cells simply going on where they stopped. Columns: Name (28) | Present Principal Occupation or Employment
    ('<title>, <Org>' for each title, then the outside occupations, each wrapping with a hanging indent) |
    Business Address (30, one line each, wrapping) | Citizenship (16); a two-line caption with dashed
    underlines; <S>/<C> when options.markers; rows apart by a blank line (a dashed rule in the ruled variant);
    '1.' numbering in the numbered variant."""
    org = roster.organization
    widths = [28, options.width + 6, 30, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    heads = [["", "Name"], ["Present Principal Occupation", "or Employment"], ["", "Business Address"],
             ["", "Citizenship"]]
    caption = _caption([h for h, w in zip(heads, widths) if w], live)
    says = ", business address and citizenship" if options.citizenship else " and business address"
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(_full_stop(f"The name, present principal occupation or employment{says} of each of the "
                                     f"directors and executive officers of {org} are set forth below"), 78)
    lines += ["", *(["<TABLE>"] if options.markers else []), *caption]
    marks = ["<S>", "<C>", "<C>", "<C>"]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(marks, widths) if w).rstrip())
    entries = []
    for index, person in enumerate(roster.people):
        name = textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2)
        occupation = [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]
        cells = [name, [piece for item in occupation for piece in
                        textwrap.wrap(item, widths[1] - 2, subsequent_indent=" ")],
                 [piece for line in person["address"] for piece in textwrap.wrap(line, widths[2] - 2)],
                 textwrap.wrap(person["citizenship"] or "", widths[3] - 2) if options.citizenship else []]
        entries.append((person, [c for c, w in zip(cells, widths) if w]))
    start = options.page_break_in if options.page_break_in is not None else len(entries) // 2
    broken = next((i for i in range(start, len(entries))
                   if max(len(c) for c in entries[i][1]) > len(entries[i][1][0])), None)
    for index, (person, cells) in enumerate(entries):
        if index != broken:
            lines += _wrap_rows(cells, live)
        else:
            cut = len(cells[0])
            lines += _wrap_rows([c[:cut] for c in cells], live)
            lines += ["", "", f"{'2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""]
            if options.repeat_header:
                lines += caption
                if options.markers:
                    lines.append("".join(f"{m:<{w}}" for m, w in zip(marks, widths) if w).rstrip())
            rest = [[f"{printed_name(person, options)} (continued)"]] + [c[cut:] for c in cells[1:]]
            rest[0] = textwrap.wrap(rest[0][0], widths[0] - 2)
            lines += _wrap_rows(rest, live)
        lines.append("-" * sum(live) if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. each person's particulars in a table NESTED inside the row's second cell --------------------------------
def _lines(values: list[str], options: Options) -> str:
    if options.markers:
        return "".join(f"<p style=\"margin:0\">{html.escape(v)}</p>" for v in values)
    return "<br>".join(html.escape(v) for v in values)


def nested_detail_table_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: an HTML table, one row per person under a header row) and Micron Technology's labelled blocks
    (dev/labelled_blocks_micron.txt, sec.gov .../854460/000091205701506984/a2044032zex-1.txt: 'Business
    Address:', 'Principal Occupation:' labels with their values), as a Word document with a table inside a
    table cell is saved as HTML. The feature this family adds (ours; the real tables are flat): the roster
    table has two columns, Name | Information, and each person's second cell holds a NESTED <table> of its own,
    one row per field - a label cell ('Position with <Org>:', 'Present Principal Occupation:' only where the
    person has an outside occupation, 'Business Address:', 'Citizenship:') and a value cell (several titles,
    occupations or address lines as <p style="margin:0"> lines when options.markers, apart by <br> without).
    The numbered variant puts 'n.' before the name, the surname-first one prints 'SURNAME, Given'; the ruled
    variant draws a bottom border under every outer row. A page break after entry options.page_break_in (not
    the last) ends the outer table; a new one follows, with the header row again if it repeats."""
    org = roster.organization
    header = ("<tr><td valign=\"bottom\" width=\"30%\" style=\"border-bottom:1px solid #000000\"><b>Name</b></td>"
              "<td valign=\"bottom\" style=\"border-bottom:1px solid #000000\"><b>Information</b></td></tr>")
    opening = "<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" style=\"font-size:10pt\">"
    style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    says = ", business address and citizenship" if options.citizenship else " and business address"
    intro = _full_stop(f"The name, position with {org}, present principal occupation or employment{says} of each "
                      f"director and executive officer of {org} are set forth below")
    parts = [f"<html><body><p align=\"center\"><b>SCHEDULE I</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
             f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(intro)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        fields = [(f"Position with {org}:", person["positions"])]
        if person["other_positions"]:
            fields.append(("Present Principal Occupation:", person["other_positions"]))
        fields.append(("Business Address:", person["address"]))
        if options.citizenship:
            fields.append(("Citizenship:", [person["citizenship"] or ""]))
        inner = "".join(f"<tr valign=\"top\"><td width=\"40%\">{html.escape(label)}</td><td>{_lines(values, options)}"
                        f"</td></tr>" for label, values in fields if values)
        name = html.escape(_numbered(index, printed_name(person, options), options))
        parts.append(f"<tr valign=\"top\"><td{style}><b>{name}</b></td><td{style}><table cellspacing=\"0\" "
                     f"cellpadding=\"2\" width=\"100%\">{inner}</table></td></tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


FAMILIES = {"name_address_one_string": name_address_one_string,
            "parenthesised_titles_after_name": parenthesised_titles_after_name,
            "continued_name_after_page_break": continued_name_after_page_break,
            "nested_detail_table_html": nested_detail_table_html}

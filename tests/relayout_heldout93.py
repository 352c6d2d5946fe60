"""Held-out re-layout families, ninety-third set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (11:40-11:42 UTC by `date`) by helper session gather93 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- base_salary_column_table: an EDGAR <TABLE> with a right-aligned 'ANNUAL BASE SALARY ($)' column after the
  position (a figure for officers, '--' for non-employee directors), as going-private Schedule 13E-3 / 13D
  rosters of management buyout groups print; not expected.
- address_note_asterisks_html: an HTML table whose Business Address cells carry a glued '*' or '**' note mark
  after the last address line, explained under the table (the address is the company's; mail c/o); the expected
  address is the value without the mark.
- signature_column_table: an EDGAR <TABLE> of a joint filing agreement / power of attorney exhibit that is also
  the roster, with a 'SIGNATURE' column holding '/s/ <name>' for each person; not expected (the name is the
  NAME column's).
- line_numbered_labelled_blocks: Micron-style labelled blocks ('Name:', 'Business Address:', 'Principal
  Occupation:', 'Citizenship:') typed on numbered pleading paper: every line carries its line number in the left
  margin (1 to 28 a page, restarting after each page break); the numbers are not expected.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, expected, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _seed(text: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def _markers(widths: list[int]) -> str:
    return "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(widths) - 1), widths)).rstrip()


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width - 2, "  ")]


def _edgar_table(roster: Roster, options: Options, columns: list[tuple[int, list[str], object]], folio: str,
                 head: list[str]) -> list[str]:
    """An EDGAR <TABLE>: columns are (width, caption lines, cell(index, person) -> lines); a zero width drops the
    column. Bottom-aligned captions with a dashed underline, '<S>'/'<C>' with options.markers, a dashed rule
    between entries in the ruled variant (else a blank line), a page break after the entry's first line when
    options.page_break_in is this entry."""
    live = [(w, cap, fn) for w, cap, fn in columns if w]
    widths = [w for w, _, _ in live]
    caps = [[line for c in cap for line in _wrap(c, w - 2)] for w, cap, _ in live]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()
    caption = ["<CAPTION>", *_wrap_rows(caps, widths), under] + ([_markers(widths)] if options.markers else [])
    lines = head + ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        rows = _wrap_rows([fn(index, person) for _, _, fn in live], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{folio:^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(widths) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return lines


def _name_cell(options: Options, width: int):
    return lambda index, person: _wrap(_numbered(index, printed_name(person, options), options), width - 2, "  ")


# ---- 1. an annual base salary column ----------------------------------------------------------------------------
def base_salary_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address). The feature this
    family adds (ours; the real file does not have it, rosters of management buyout groups in going-private
    Schedule 13E-3 / 13D filings do): a right-aligned 'ANNUAL BASE SALARY ($)' column after the position, a
    figure such as '650,000' for persons with an officer title and '--' for non-employee directors, with a
    sentence under the table. The salaries are not expected. Columns: NAME | POSITION ('--' where none) | ANNUAL
    BASE SALARY ($) | PRINCIPAL OCCUPATION (outside occupations, wrapping at options.width; '--' where none) |
    BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break (options.page_break_in) after the entry's first
    line: '</TABLE>', '<PAGE>' (a form feed without markers), 'I-2', a new <TABLE> with the caption when
    options.repeat_header."""
    org = roster.organization
    seed = _seed(org)

    def salary(index: int, person: dict) -> list[str]:
        officer = [t for t in person["positions"] if "director" not in t.lower() and "trustee" not in t.lower()]
        if not officer:
            return [f"{'--':>10}"]
        amount = 275_000 + ((seed + index * 37) % 23) * 25_000
        return [f"{amount:>10,}"]

    columns = [(25, ["NAME"], _name_cell(options, 25)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (14, ["ANNUAL BASE", "SALARY ($)"], salary),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (29, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 29) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'SCHEDULE I':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    head += _wrap(_sentence(
        "The following table sets forth the name, position, current annual base salary, present principal "
        "occupation" + (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org}"), 78)
    lines = _edgar_table(roster, options, columns, "I-2", head)
    lines += [""] + _wrap("Directors who are not employees receive no base salary; their annual retainer and "
                          "meeting fees are described in the Proxy Statement under \"Director Compensation.\"", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. note marks glued to addresses ---------------------------------------------------------------------------
def address_note_asterisks_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person, Name | Present Principal Occupation | Business Address | Citizenship). The
    feature this family adds (ours; the real file does not have it, filings whose officers receive mail through
    the company do): some Business Address cells carry an asterisk note mark glued to the last address line
    ('Houston, Texas 77032*' or '...**'), with the notes under the table: '* Mail addressed to such person should
    be sent in care of the Corporate Secretary.' and '** Address of the principal office of the person's
    employer.' The expected address is the value without the mark. Columns: Name | Position with the Company
    (titles one a line; '&#8212;' where none) | Principal Occupation (outside occupations one a line; '&#8212;'
    where none) | Business Address (lines apart by <br>) | Citizenship (when printed). Header cells bold and
    underlined; border="1" in the ruled variant; <font> wrappers with markers; 'n.' before the name in the
    numbered variant; the occupation cell's width is options.width * 3 pixels. A page break (options.page_break_in)
    after the entry's row closes the table, a <p> with page-break-before and 'A-2', and a new table with the header
    row when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Position with the Company", "Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cell(text: str, extra: str = "") -> str:
        body = f"<font size=\"2\" face=\"Arial\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{extra}>{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b><u>{html.escape(h)}</u></b></td>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>EXECUTIVE OFFICERS AND DIRECTORS OF {html.escape(org.upper())}</b></p>",
             opening, header]
    used: set[str] = set()
    for index, person in enumerate(roster.people):
        address = [html.escape(a) for a in person["address"]]
        mark = ["*", "", "", "**", "", "*", ""][(seed + index * 5) % 7] if address else ""
        if mark:
            address[-1] += mark
            used.add(mark)
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;"),
                 cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                      f" width=\"{options.width * 3}\""),
                 cell("<br>".join(address) or "&#8212;")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts.append("</table>")
    if "*" in used:
        parts.append("<p>* Mail addressed to such person should be sent in care of the Corporate Secretary at the "
                     "address shown.</p>")
    if "**" in used:
        parts.append("<p>** Address of the principal office of such person&#8217;s employer.</p>")
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. a signature column --------------------------------------------------------------------------------------
def signature_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; the real file does not have it,
    exhibits that are at once the roster and a joint filing agreement or power of attorney signed by every listed
    person do): a 'SIGNATURE' column after the name holding '/s/ ' and the person's name as typed (given name
    first, whatever the name column prints), over a short line of underscores. The signatures are not expected.
    Columns: NAME | SIGNATURE | POSITION ('--' where none) | PRINCIPAL OCCUPATION (outside occupations, wrapping
    at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break
    (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers),
    'Exhibit 99.2 - Page 2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    columns = [(25, ["NAME"], _name_cell(options, 25)),
               (28, ["SIGNATURE"], lambda i, p: _wrap("/s/ " + p["name"], 26, "    ") + ["_" * 24]),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (29, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 29) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'EXHIBIT 99.2':^78}".rstrip(), "",
            f"{'JOINT FILING AGREEMENT AND POWER OF ATTORNEY':^78}".rstrip(), ""]
    head += _wrap(_sentence(
        "Each of the undersigned directors and executive officers of " + org + " agrees that the Schedule 13D to "
        "which this Exhibit is attached, and any amendment thereto, is filed on his or her behalf, and confirms "
        "that the name, position, present principal occupation, business address" +
        (" and citizenship" if options.citizenship else "") + " set forth opposite his or her signature below "
        "are true and correct"), 78)
    lines = _edgar_table(roster, options, columns, "Exhibit 99.2 - Page 2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. pleading-paper line numbers -----------------------------------------------------------------------------
def line_numbered_labelled_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Name:',
    'Business Address:', 'Principal Occupation:' labels in a left column, values from column 38). The feature this
    family adds (ours; the real file does not have it, exhibits typed on numbered pleading paper by litigation
    firms do): every line of the page, blank ones too, carries its line number right-aligned in a four-column left
    margin ('  1 ', '  2 ', ... up to 28 a page, then a form feed or '<PAGE>' with markers, and numbering starts
    again at 1). The line numbers are not expected. Labels: Name (upper-case surname first with
    options.upper_last_first; '(n)' before 'Name:' in the numbered variant), Position with <org> ('Position' for a
    long name; titles; the label is dropped where there are none), Principal Occupation (outside occupations, wrapping at
    options.width + 10), Business Address (lines), Citizenship (when printed). Entries apart by a blank line, a
    row of dashes in the ruled variant. A page break (options.page_break_in) after the entry's Name line, besides
    the page length, with 'Schedule I (continued)' at the new page's top when options.repeat_header."""
    org = roster.organization
    col = 38
    body: list[str] = [f"{'SCHEDULE I':^70}".rstrip(), "",
                       f"{'DIRECTORS AND EXECUTIVE OFFICERS':^70}".rstrip(), ""]
    body += _wrap(_sentence(f"The following is a list of the directors and executive officers of {org}"), 70) + [""]
    breaks: set[int] = set()

    def field(label: str, values: list[str], width: int) -> list[str]:
        pieces = [piece for value in values for piece in _wrap(value, width, "  ")] or [""]
        return [f"{label:<{col}}{pieces[0]}".rstrip()] + [f"{'':<{col}}{p}" for p in pieces[1:]]

    for index, person in enumerate(roster.people):
        label = f"({index + 1}) Name:" if options.numbered else "Name:"
        body += field(label, [printed_name(person, options)], 70 - col)
        if options.page_break_in == index:
            breaks.add(len(body))
        body.append("")
        if person["positions"]:
            body += field(f"Position with {org}:" if len(org) < 20 else "Position:", person["positions"], 70 - col)
            body.append("")
        if person["other_positions"]:
            body += field("Principal Occupation:", person["other_positions"], options.width + 10 - col + 26)
            body.append("")
        body += field("Business Address:", person["address"] or ["--"], 70 - col)
        if options.citizenship:
            body += ["", *field("Citizenship:", [person["citizenship"] or ""], 70 - col)]
        body += ["", "-" * 70, ""] if options.rules else ["", ""]
    lines: list[str] = []
    number = 0
    for position, line in enumerate(body):
        if number == 28 or position in breaks:
            lines += ["<PAGE>" if options.markers else "\f"]
            number = 0
            if position in breaks and options.repeat_header:
                number += 1
                lines.append(f"{number:>3} {'Schedule I (continued)':^70}".rstrip())
                number += 1
                lines.append(f"{number:>3}")
        number += 1
        lines.append(f"{number:>3} {line}".rstrip())
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"base_salary_column_table": base_salary_column_table,
            "address_note_asterisks_html": address_note_asterisks_html,
            "signature_column_table": signature_column_table,
            "line_numbered_labelled_blocks": line_numbered_labelled_blocks}

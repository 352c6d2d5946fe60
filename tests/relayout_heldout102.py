"""Held-out re-layout families, hundred-and-second set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:31-12:33 UTC by `date`) by helper session gather102 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- lockup_expiration_column_table: an EDGAR <TABLE> with a 'LOCK-UP EXPIRES' column of dates ('March 15, 2027') or
  'Not subject', as 13D rosters filed after an IPO or a PIPE print; a date is no value.
- trading_arrangement_column_html: an HTML table with a 'Rule 10b5-1 Trading Arrangement' column ('Adopted May 12,
  2025', 'None') as rosters lifted from post-2023 Item 408 disclosures print; not expected.
- region_responsibility_column_table: an EDGAR <TABLE> with a 'REGION' column ('Americas', 'EMEA', 'Asia Pacific',
  'Global') as rosters of global banks and asset managers print beside the officers; a region is no citizenship
  and no address.
- board_attendance_line_text: no tags; labelled entries each closing with a '2025 Board and Committee Attendance:
  96%' line as rosters lifted from proxy statements print; not expected.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then).

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
                 head: list[str], separator: str | None = None) -> list[str]:
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
        lines.append(separator if separator is not None else "-" * (sum(widths) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return lines


def _name_cell(options: Options, width: int):
    return lambda index, person: _wrap(_numbered(index, printed_name(person, options), options), width - 2, "  ")



def _is_officer(person: dict) -> bool:
    return any("director" not in t.lower() and "trustee" not in t.lower() for t in person["positions"])


def _html_table(roster: Roster, options: Options, heads: list[str], cells, title: list[str], folio: str,
                notes: list[str]) -> str:
    """An HTML table: heads are the caption cells, cells(index, person) -> the cells' inner HTML (already escaped).
    Header cells bold; border="1" in the ruled variant; <font> wrappers with markers; a page break
    (options.page_break_in) after the entry's row closes the table, a <p> with page-break-before and the folio, and
    a new table with the header row when options.repeat_header."""
    def cell(text: str) -> str:
        body = f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\">{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\" align=\"left\"><b>{html.escape(h)}</b></td>" for h in heads) + \
        "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>"] + [f"<p align=\"center\"><b>{html.escape(t)}</b></p>" for t in title] + [opening, header]
    for index, person in enumerate(roster.people):
        parts.append("<tr>" + "".join(cell(c) for c in cells(index, person)) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", f"<p style=\"page-break-before:always\" align=\"center\">{folio}</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts.append("</table>")
    parts += [f"<p>{n}</p>" for n in notes]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _joined(values: list[str]) -> str:
    return "<br>".join(html.escape(v) for v in values) or "&#8212;"



_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


# ---- 1. a lock-up expiration column -----------------------------------------------------------------------------
def lockup_expiration_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; 13D rosters filed after an IPO
    or a PIPE print when each officer's lock-up ends): a 'LOCK-UP EXPIRES' column after the position holding a date
    ('March 15, 2027', from a seed) or 'Not subject', with a note under the table; not expected. Columns: NAME |
    POSITION ('--' where none) | LOCK-UP EXPIRES | PRINCIPAL OCCUPATION (wrapping at options.width; '--' where none)
    | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with 'Annex A-2'."""
    org = roster.organization
    seed = _seed(org)

    def lockup(index: int, person: dict) -> list[str]:
        k = seed + index * 7
        if k % 5 == 4:
            return ["Not subject"]
        return [f"{_MONTHS[k % 12]} {1 + k % 28},", f"  {2026 + k % 2}"]

    columns = [(26, ["NAME"], _name_cell(options, 26)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (16, ["LOCK-UP", "EXPIRES"], lockup),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (30, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 30) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'ANNEX A':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)]
    lines = _edgar_table(roster, options, columns, "Annex A-2", head)
    lines += [""] + _wrap("'Lock-Up Expires' is the date on which the lock-up agreement entered into by the person "
                          "with the underwriters in connection with the offering expires.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a Rule 10b5-1 trading arrangement column ---------------------------------------------------------------
def trading_arrangement_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; rosters lifted from Item 408 disclosures
    after the SEC's 2023 amendments could print it): a 'Rule 10b5-1 Trading Arrangement' column after the
    occupation ('Adopted May 12, 2025; terminates December 31, 2026' or 'None') from a seed; not expected.
    Columns: Name | Position ('&#8212;' where none) | Present Principal Occupation ('&#8212;' where none) | Rule
    10b5-1 Trading Arrangement | Business Address | Citizenship (when printed); 'n.' before the name in the
    numbered variant; a page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Position", "Present Principal Occupation", "Rule 10b5-1 Trading Arrangement",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def arrangement(index: int) -> str:
        k = seed + index * 3
        if k % 3 == 0:
            return "None"
        return (f"Adopted {_MONTHS[k % 12]} {1 + k % 28}, 2025; terminates {_MONTHS[(k + 5) % 12]} "
                f"{1 + (k * 7) % 28}, 2026")

    def cells(index: int, person: dict) -> list[str]:
        out = [html.escape(_numbered(index, printed_name(person, options), options)),
               _joined(person["positions"]), _joined(person["other_positions"]), html.escape(arrangement(index)),
               _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        return out

    title = ["SCHEDULE A", f"Directors and Executive Officers of {org}"]
    notes = ["'Rule 10b5-1 Trading Arrangement' describes any written plan for the sale of securities of the "
             "Issuer intended to satisfy the affirmative defense of Rule 10b5-1(c) under the Exchange Act."]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. a region of responsibility column -----------------------------------------------------------------------
_REGIONS = ["Americas", "EMEA", "Asia Pacific", "Global", "Europe", "North America"]


def region_responsibility_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Occupation | Address). The feature this family adds (ours;
    rosters of global banks and asset managers print the region each officer covers): a 'REGION' column right
    after the name ('Americas', 'EMEA', 'Asia Pacific', 'Global', ... from a seed; '--' for directors who are no
    officers); a region is no citizenship and no address and is not expected. Columns: NAME | REGION | POSITION
    ('--' where none) | PRESENT PRINCIPAL OCCUPATION (wrapping at options.width; '--' where none) | BUSINESS
    ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with 'Exhibit 7 - Page 2'."""
    org = roster.organization
    seed = _seed(org)

    def region(index: int, person: dict) -> list[str]:
        if not _is_officer(person):
            return ["--"]
        return [_REGIONS[(seed + index * 5) % len(_REGIONS)]]

    columns = [(26, ["NAME"], _name_cell(options, 26)),
               (16, ["REGION"], region),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (29, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 29) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'EXHIBIT 7':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)]
    lines = _edgar_table(roster, options, columns, "Exhibit 7 - Page 2", head)
    lines += [""] + _wrap("'Region' is the geographic region for which the executive officer has management "
                          "responsibility; it does not indicate the officer's residence or business address.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. a board attendance line ---------------------------------------------------------------------------------
def board_attendance_line_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_micron.txt: a name over indented
    labelled lines). The feature this family adds (ours; rosters lifted from proxy statements print it): each entry
    closes with a '2025 Board and Committee Attendance:' line giving a percentage ('96%') for directors and 'Not
    applicable' for officers who are no directors; not expected. Each entry: the name (n. before it when numbered)
    on its own line, then indented 'Position:', 'Principal Occupation:', 'Business Address:' (one line per address
    line), 'Citizenship:' (when printed) and the attendance line; a blank line (a dashed line in the ruled variant)
    between entries. A page break (form feed and 'Schedule I - Page 2', then 'Schedule I (continued)' when
    options.repeat_header) after the entry's name line."""
    org = roster.organization
    seed = _seed(org)
    lines = [f"{'SCHEDULE I':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"Directors and Executive Officers of {org}", 70)] + [""]
    pad = " " * 4
    label_width = 44
    for index, person in enumerate(roster.people):
        entry = [_numbered(index, printed_name(person, options), options)]
        for label, values in (("Position:", person["positions"] or ["None"]),
                              ("Principal Occupation:", person["other_positions"] or ["--"]),
                              ("Business Address:", person["address"] or ["--"])):
            for k, value in enumerate(values):
                pieces = _wrap(value, options.width + 10, " " * 2)
                entry.append(f"{pad}{label if k == 0 else '':<{label_width}}{pieces[0]}")
                entry += [f"{pad}{'':<{label_width}}{piece}" for piece in pieces[1:]]
        if options.citizenship:
            entry.append(f"{pad}{'Citizenship:':<{label_width}}{person['citizenship'] or ''}")
        director = any("director" in t.lower() or "trustee" in t.lower() for t in person["positions"])
        rate = f"{[100, 96, 92, 100, 88, 100, 75][(seed + index) % 7]}%" if director else "Not applicable"
        entry.append(f"{pad}{'2025 Board and Committee Attendance:':<{label_width}}{rate}")
        if options.page_break_in == index:
            entry[1:1] = ["\f", f"{'Schedule I - Page 2':^78}".rstrip(), ""] + \
                ([f"{'Schedule I (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        lines += entry + (["-" * 70] if options.rules else [""])
    lines += _wrap(_sentence("Attendance is the percentage of the aggregate meetings of the board of directors and "
                             "of the committees on which the director served that the director attended during "
                             f"2025, as reported in the most recent proxy statement of {org}"), 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"lockup_expiration_column_table": lockup_expiration_column_table,
            "trading_arrangement_column_html": trading_arrangement_column_html,
            "region_responsibility_column_table": region_responsibility_column_table,
            "board_attendance_line_text": board_attendance_line_text}

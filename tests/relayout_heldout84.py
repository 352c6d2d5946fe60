"""Held-out re-layout families, eighty-fourth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (10:03-10:06 UTC by `date`) by helper session gather84 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- merger_status_column_table: an EDGAR <TABLE> with a 'STATUS AT THE EFFECTIVE TIME' column saying what becomes of
  each person when the merger closes ('Will continue', 'Will resign', 'To become a director of the Surviving
  Corporation'), as Schedule 13D filings made on a merger agreement list the target's people; not expected.
- telephone_column_html: an HTML table with a separate 'Business Telephone' column ('(212) 555-0148', '(312)
  555-0321, ext. 104' for some, '&#8212;' for others); not expected.
- professional_designation_column_table: an EDGAR <TABLE> with a narrow 'DESIGNATIONS' column of professional
  credentials ('CFA', 'CPA', 'CFA, CAIA', 'J.D.', '--'), as investment advisers list their principals; not
  expected (the names are printed without them).
- support_agreement_party_column_table: an EDGAR <TABLE> with a 'PARTY TO VOTING AGREEMENT' column ('Yes' or
  'No') and a note under the table naming the agreement, as 13D filings on support agreements list the
  directors and officers who signed; not expected.

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


def _stop(text: str) -> str:
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


def _caption(captions: list[list[str]], widths: list[int], options: Options) -> list[str]:
    """Bottom-aligned captions, a dashed underline under each, then '<S>'/'<C>' with options.markers."""
    live = [w for w in widths if w]
    caps = [[line for c in cell for line in _wrap(c, w - 2)] for cell, w in zip(captions, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip()
    return ["<CAPTION>", *_wrap_rows(caps, live), under] + ([_markers(live)] if options.markers else [])


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width - 2, "  ")]


def _page(rows: list[str], index: int, options: Options, folio: str, caption: list[str]) -> list[str]:
    """A page break after the entry's first line when options.page_break_in is this entry."""
    if options.page_break_in == index and len(rows) > 1:
        rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{folio:^78}".rstrip(), "",
                     "<TABLE>"] + (caption if options.repeat_header else [])
    return rows


def _table(roster: Roster, options: Options, widths: list[int], captions: list[list[str]], extra, folio: str,
           head: list[str]) -> list[str]:
    """The shared EDGAR <TABLE>: NAME | POSITION | <extra column> | PRINCIPAL OCCUPATION | BUSINESS ADDRESS |
    CITIZENSHIP (when printed); extra(index, person) gives the third column's lines."""
    live = [w for w in widths if w]
    caption = _caption(captions, widths, options)
    lines = head + ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 extra(index, person),
                 _lines(person["other_positions"], widths[3]) or ["--"],
                 _lines(person["address"], widths[4]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[5] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, folio, caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return lines


# ---- 1. the status of each person at the effective time of a merger ----------------------------------------------
_STATUS = ["Will continue", "Will resign", "To become a director of the Surviving Corporation", "Will continue",
           "Will resign", "Will continue as an officer only"]


def merger_status_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address) and AIG's Exhibit A
    (dev/text_fixed4col_aig.txt). The feature this family adds (ours; neither real file has it, Schedule 13D
    filings made on a merger agreement that provides for the target's board after closing do): a 'STATUS AT THE
    EFFECTIVE TIME' column after the position saying what becomes of the person when the merger closes ('Will
    continue', 'Will resign', 'To become a director of the Surviving Corporation', ...), wrapping in its column;
    a preamble says the merger has not closed, so the positions are the present ones. The statuses are not
    expected. Columns: NAME | PRESENT POSITION ('--' where none) | STATUS AT THE EFFECTIVE TIME | PRINCIPAL
    OCCUPATION (outside occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP
    (when printed). Bottom-aligned captions with a dashed underline; '<S>'/'<C>' with options.markers; 'n.' before
    the name in the numbered variant; a dashed rule between entries in the ruled variant, else a blank line. A
    page break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without
    markers), 'B-2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [25, 24, 20, options.width + 2, 29, 15 if options.citizenship else 0]
    captions = [["NAME"], ["PRESENT POSITION"], ["STATUS AT THE EFFECTIVE TIME"], ["PRINCIPAL OCCUPATION"],
                ["BUSINESS ADDRESS"], ["CITIZENSHIP"]]
    head = [f"{'SCHEDULE B':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    head += _wrap(_sentence(
        f"Set forth below are the name, present position with {org}, present principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {_stop(org)} The Merger has not been completed; the third "
        "column states whether, under the Merger Agreement, the person will remain in office at the Effective "
        "Time"), 78)

    def status(index: int, person: dict) -> list[str]:
        return _wrap(_STATUS[(seed + index * 5) % len(_STATUS)], 18, "  ")

    lines = _table(roster, options, widths, captions, status, "B-2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a business telephone column ---------------------------------------------------------------------------
def _telephone(seed: int, index: int) -> str:
    pick = (seed + index * 7) % 9
    if pick == 4:
        return "&#8212;"
    number = (seed * 31 + index * 97) % 10000
    if pick in (2, 6):
        return f"({['212', '312', '415'][index % 3]}) 555-{number:04d}, ext. {100 + index}"
    area = ["212", "312", "415", "617", "203"][(seed + index) % 5]
    return f"({area}) 555-{number:04d}"


def telephone_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person, Name | Present Principal Occupation | Business Address | Citizenship). The
    feature this family adds (ours; the real file does not print it, rosters that double as a contact list of
    the reporting persons do): a separate 'Business Telephone' column after the address ('(212) 555-0148', '(312)
    555-0321, ext. 104' with an extension, '&#8212;' where none is given). The numbers are not expected. Columns:
    Name | Position with <Org> (titles one a line, '&#8212;' where none) | Present Principal Occupation (outside
    occupations one a line, '&#8212;' where none) | Business Address (lines apart by <br>) | Business Telephone |
    Citizenship (when printed). Header cells bold in <font> with markers, <th> with a bottom border without;
    border="1" in the ruled variant; the occupation cell's width is options.width * 2 pixels; 'n.' before the
    name in the numbered variant. A page break (options.page_break_in) after the entry's row closes the table, a
    <p> with page-break-before and 'A-2', and a new table with the header row when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address",
             "Business Telephone"] + (["Citizenship"] if options.citizenship else [])

    def cell(text: str, width: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{width}>{body}</td>"

    if options.markers:
        header = "<tr>" + "".join(f"<td valign=\"bottom\"><font size=\"2\"><b>{html.escape(h)}</b></font></td>"
                                  for h in heads) + "</tr>"
    else:
        header = "<tr>" + "".join(f"<th style=\"text-align:left; border-bottom:1px solid black\">{html.escape(h)}"
                                  "</th>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"{border}>"
    parts = ["<html><head><title>Schedule A</title></head><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 f"The following table sets forth the name, position with {org}, present principal occupation, "
                 "business address, business telephone number" + (" and citizenship" if options.citizenship
                                                                    else "") +
                 f" of each director and executive officer of {org}")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;"),
                 cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                      f" width=\"{options.width * 2}\""),
                 cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;"),
                 cell(_telephone(seed, index), " nowrap")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. a column of professional designations ------------------------------------------------------------------
_DESIGNATIONS = ["CFA", "--", "CPA", "CFA, CAIA", "--", "J.D.", "CPA, CFA", "--", "CFP"]


def professional_designation_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Bear Stearns' fixed-width table (tests/data/rosters_real/dev/text_fixed5col_employer_bsci.txt, a
    broker-dealer's persons) and UCSG's table (dev/text_fixed5col_ownership_ucsg.txt). The feature this family
    adds (ours; neither real file has it, investment advisers and fund managers listing their principals do): a
    narrow 'DESIGNATIONS' column after the name giving each person's professional credentials ('CFA', 'CPA',
    'CFA, CAIA', 'J.D.', 'CFP'), '--' for a person who has none; the names themselves are printed without them.
    The designations are not expected. Columns: NAME | DESIGNATIONS | POSITION ('--' where none) | PRINCIPAL
    OCCUPATION (outside occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP
    (when printed). Bottom-aligned captions with a dashed underline; '<S>'/'<C>' with options.markers; 'n.' before
    the name in the numbered variant; a dashed rule between entries in the ruled variant, else a blank line. A
    page break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without
    markers), 'Page 2 of 3', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [26, 15, 24, options.width + 2, 29, 15 if options.citizenship else 0]
    live = [w for w in widths if w]
    captions = [["NAME"], ["DESIGNATIONS"], ["POSITION"], ["PRINCIPAL OCCUPATION"], ["BUSINESS ADDRESS"],
                ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options)
    lines = [f"{'ANNEX I':^78}".rstrip(), "",
             *[f"{t:^78}".rstrip() for t in _wrap(f"PRINCIPALS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)], ""]
    lines += _wrap(_sentence(
        f"The name, professional designations (if any), position with {org}, present principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org} are set forth below"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _wrap(_DESIGNATIONS[(seed + index * 4) % len(_DESIGNATIONS)], widths[1] - 2),
                 _lines(person["positions"], widths[2]) or ["--"],
                 _lines(person["other_positions"], widths[3]) or ["--"],
                 _lines(person["address"], widths[4]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[5] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "Page 2 of 3", caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. a Yes/No column: party to the voting agreement ---------------------------------------------------------
def support_agreement_party_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address) and Smith Barney's table (dev/table_stacked_name_title_citizenship_
    smith_barney.txt). The feature this family adds (ours; neither real file has it, Schedule 13D filings made on
    voting and support agreements signed by the issuer's directors and officers do): a narrow 'PARTY TO VOTING
    AGREEMENT' column after the position answering 'Yes' or 'No' for each person, and a note under the table
    ('(1) Each person marked "Yes" has entered into a Voting Agreement ...'). The answers are not expected.
    Columns: NAME | POSITION ('--' where none) | PARTY TO VOTING AGREEMENT (1) | PRINCIPAL OCCUPATION (outside
    occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed).
    Bottom-aligned captions with a dashed underline; '<S>'/'<C>' with options.markers; 'n.' before the name in
    the numbered variant; a dashed rule between entries in the ruled variant, else a blank line. A page break
    (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers),
    '- 14 -', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [25, 24, 12, options.width + 2, 29, 15 if options.citizenship else 0]
    captions = [["NAME"], ["POSITION"], ["PARTY TO", "VOTING", "AGREEMENT", "(1)"], ["PRINCIPAL OCCUPATION"],
                ["BUSINESS ADDRESS"], ["CITIZENSHIP"]]
    head = [f"{'EXHIBIT 99.2':>78}", "", *[f"{t:^78}".rstrip() for t in _wrap(
        f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)], ""]
    head += _wrap(_sentence(
        "The following table sets forth the name, position, present principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org}, and whether that person is a party to a Voting "
        "Agreement"), 78)

    def party(index: int, person: dict) -> list[str]:
        return [f"{'Yes' if (seed + index * 3) % 5 else 'No':^10}".rstrip()]

    lines = _table(roster, options, widths, captions, party, "- 14 -", head)
    lines += ["", "-----------"]
    lines += _wrap("(1) Each person marked \"Yes\" has entered into a Voting Agreement with the Reporting Persons "
                   "under which he or she has agreed to vote the Shares owned by him or her in favor of the Merger. "
                   "Persons marked \"No\" own no Shares or have not signed a Voting Agreement.", 78, "    ")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"merger_status_column_table": merger_status_column_table,
            "telephone_column_html": telephone_column_html,
            "professional_designation_column_table": professional_designation_column_table,
            "support_agreement_party_column_table": support_agreement_party_column_table}

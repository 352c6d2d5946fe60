"""Held-out re-layout families, eighty-third set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (10:00-10:03 UTC by `date`) by helper session gather83 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_th_paren_citizenship_under_name_address_second_titles_of_org_items: an HTML table with <th> captions
  (relayout_heldout18.html_th_stacked_titles; <font> header cells with markers as relayout_heldout81.source_of_funds_
  amount_column_html), the citizenship in parentheses on the line under the name in the name cell (relayout_
  heldout30.paren_citizenship_under_name_address_notes; relayout_heldout80.edgar_no_caption_column_order_preamble_
  paren_citizenship_address_second), the business address the SECOND column, its lines apart by <br> (relayout.
  shuffled_columns; Southwestern Energy's address cell), and ONE occupation cell listing '<Title> of <Org>' for each
  title and then each outside occupation, one a line (relayout.two_column; relayout_heldout80.html_th_citizenship_
  second_titles_of_org_items_address_one_string).
- edgar_equals_caption_name_address_stack_titles_lines_citizenship_last: a fixed-width EDGAR <TABLE> whose first
  column stacks the name over the business address lines (ConAgra Foods' Schedule I, relayout_heldout39.edgar_name_
  address_citizenship_titles_wrap), captions underlined with '=' (relayout_heldout81.letter_spaced_captions_table;
  relayout_heldout.edgar_table_equals_underlined_occupation_before_position), the titles one a line (IDT
  Corporation's Present Position column; relayout_heldout18.html_th_stacked_titles), the outside occupations
  wrapping at options.width, and the citizenship LAST (AIG's order with a citizenship added, as relayout_heldout80.
  pipe_rows_number_cell_address_second_citizenship_last).
- underlined_name_dot_leader_labels_default_address_citizenship_exceptions: no table tags; each entry the name
  underlined with '-' and dot-leader labels (relayout_heldout65.surname_underlined_dotleader_labels), with a
  PREAMBLE default business address printed under its label only for those whose address differs and the
  citizenship a PREAMBLE default naming the exceptions (relayout_heldout80.labels_above_values_default_address_
  citizenship_exceptions; Harvard College's 'If no business address is given ...'; IDT Corporation's 'other than
  ..., who is a citizen of Canada').
- saved_text_one_line_cells_address_second_citizenship_last: no table tags; an HTML table saved as text with the
  captions one a line and then every cell on a line of its own (Novo Holdings' Schedule I, dev/html_as_text_cells_
  multi_entity_novo.txt; relayout_heldout77.saved_text_cells_citizenship_second_titles_of_org_default_address_dash),
  each cell ONE line ('; '-joined items, the address comma-joined: relayout.headerless_four_column), in the column
  order Name | Business Address | Position | Principal Occupation | Citizenship (relayout_heldout80.pipe_rows_
  number_cell_address_second_citizenship_last), a 'No.' cell of its own in the numbered variant (relayout_heldout65.
  html_number_column_name_address_occupation_citizenship).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then). Where a default is printed (the business address and the
citizenship in family 3), it is the value most people of the roster share (relayout._default_address,
relayout.default_citizenship), every person it covers has exactly that value, and everyone else's own value is
printed with the person (the citizenship exceptions are named in the preamble).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _default_address, _wrap_rows, default_citizenship, expected, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _citizen_of(citizenship: str) -> str:
    return "the United States" if citizenship == "United States" else citizenship


# ---- 1. HTML <th>, citizenship in parentheses under the name, address second, '<Title> of <Org>' items ----------
def html_th_paren_citizenship_under_name_address_second_titles_of_org_items(roster: Roster, options: Options
                                                                            ) -> tuple[str, str, list[dict]]:
    """'SCHEDULE A', the title, a preamble, then one table: Name (the name, 'n.' before it in the numbered variant,
    and '(<citizenship>)' on the line under it when printed; the caption 'Name (Citizenship)' then) | Business
    Address (lines apart by <br>) | Present Principal Occupation or Employment ('<Title> of <Org>' for each title,
    then each outside occupation, one a line; '&#8212;' where none; the cell's width options.width * 3 pixels).
    Header cells bold in <font> with markers, <th> with a bottom border without; border="1" in the ruled variant.
    A page break (options.page_break_in) after the entry's row closes the table, a <p> with page-break-before and
    'A-2', and a new table with the header row when options.repeat_header."""
    org = roster.organization
    heads = ["Name (Citizenship)" if options.citizenship else "Name", "Business Address",
             "Present Principal Occupation or Employment"]

    def cell(text: str, width: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{width}>{body}</td>"

    if options.markers:
        header = "<tr>" + "".join(f"<td valign=\"bottom\"><font size=\"2\"><b>{html.escape(h)}</b></font></td>"
                                  for h in heads) + "</tr>"
    else:
        header = "<tr>" + "".join(f"<th align=\"left\" style=\"border-bottom:1px solid black\">{html.escape(h)}"
                                  "</th>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><head><title>Schedule A</title></head><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 "The following table sets forth the name" +
                 (" (with the citizenship of each person in parentheses under it)" if options.citizenship else "") +
                 f", business address and present principal occupation or employment of each director and "
                 f"executive officer of {org}")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        name = html.escape(_numbered(index, printed_name(person, options), options))
        if options.citizenship:
            name += f"<br>({html.escape(person['citizenship'])})" if person["citizenship"] else ""
        items = [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]
        cells = [cell(name), cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;"),
                 cell("<br>".join(html.escape(i) for i in items) or "&#8212;", f" width=\"{options.width * 3}\"")]
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. EDGAR <TABLE>, '=' captions, name over address, titles one a line, citizenship last -----------------------
def edgar_equals_caption_name_address_stack_titles_lines_citizenship_last(roster: Roster, options: Options
                                                                          ) -> tuple[str, str, list[dict]]:
    """'SCHEDULE I', the title, a preamble, then an EDGAR <TABLE>: NAME AND BUSINESS ADDRESS (the name, 'n.' before
    it in the numbered variant, and the address lines under it, indented two spaces; a name too long for the column goes on indented four) | PRESENT POSITION WITH <ORG>
    (titles one a line; '--' where none) | PRINCIPAL OCCUPATION OR EMPLOYMENT (outside occupations, wrapping at
    options.width; '--' where none) | CITIZENSHIP (when printed). Bottom-aligned captions underlined with '=';
    '<S>'/'<C>' with options.markers; a dashed rule between entries in the ruled variant, else a blank line. A
    page break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without
    markers), 'I-2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    widths = [38, 26, max(options.width + 2, 24), 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    words = [["NAME AND", "BUSINESS ADDRESS"], ["PRESENT POSITION", f"WITH {org.upper()}"],
             ["PRINCIPAL OCCUPATION", "OR EMPLOYMENT"], ["CITIZENSHIP"]]
    caps = [[line for c in cell for line in _wrap(c, w - 2)] for cell, w in zip(words, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'=' * (w - 2):<{w}}" for w in live).rstrip()
    markers = "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(live) - 1), live)).rstrip()
    caption = ["<CAPTION>", *_wrap_rows(caps, live), under] + ([markers] if options.markers else [])
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "",
             *[f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)], ""]
    lines += _wrap(_sentence(
        "Set forth below are the name, business address, present position with " + org +
        (", present principal occupation or employment and citizenship" if options.citizenship else
         " and present principal occupation or employment") +
        f" of each director and executive officer of {org}"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        stack = _wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "    ") + \
            ["  " + piece for a in person["address"] for piece in _wrap(a, widths[0] - 4, "  ")]
        cells = [stack,
                 [p for t in person["positions"] for p in _wrap(t, widths[1] - 2, "  ")] or ["--"],
                 [p for o in person["other_positions"] for p in _wrap(o, widths[2] - 2, "  ")] or ["--"],
                 _wrap(person["citizenship"] or "", widths[3] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. underlined names, dot-leader labels, a default address and a default citizenship with exceptions --------
def _leader(label: str, values: list[str], column: int, width: int) -> list[str]:
    pieces = [p for v in values for p in _wrap(v, width, "  ")] or ["--"]
    head = f"    {label} "
    head += "." * max(3, column - len(head) - 1) + " "
    return [head + pieces[0]] + [" " * len(head) + p for p in pieces[1:]]


def underlined_name_dot_leader_labels_default_address_citizenship_exceptions(roster: Roster, options: Options
                                                                             ) -> tuple[str, str, list[dict]]:
    """No table tags: 'SCHEDULE II', the title, a preamble giving the business address most persons share ('Unless
    a business address is given below, the business address of each such person is ...') and, when citizenship
    is printed, the citizenship most share with the exceptions named ('Each such person is a citizen of the United
    States, other than X, who is a citizen of Canada'). Then each entry: the name alone on its line (relayout.
    printed_name; 'n.' before it in the numbered variant) underlined with '-' to its length, and indented labels
    followed by dot leaders to a value column (a value's wrapped lines indented two more spaces):
    'Position with <Org>' (titles one a line; left out where none),
    'Principal Occupation' (outside occupations, wrapping at options.width + 10; left out where none) and 'Business
    Address' (address lines) only for a person whose address is not the default. A row of '=' between entries in
    the ruled variant, else a blank line. A page break (options.page_break_in) after the name's underline: '<PAGE>'
    (a form feed without markers), 'II-2' and 'SCHEDULE II (continued)' when options.repeat_header."""
    org = roster.organization
    address = _default_address(roster)
    column = max(36, len(f"    Position with {org} ") + 5)
    lines = [f"{'SCHEDULE II':^78}".rstrip(), "",
             *[f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)], ""]
    preamble = _sentence(f"The name, present position with {org} and present principal occupation of each "
                         f"director and executive officer of {org} are set forth below") + " " + _sentence(
        f"Unless a business address is given below, the business address of each such person is "
        f"{', '.join(address)}")
    if options.citizenship and default_citizenship(roster):
        default = default_citizenship(roster)
        others = [p for p in roster.people if p["citizenship"] != default]
        sentence = f"Each such person is a citizen of {_citizen_of(default)}"
        if others:
            sentence += ", other than " + ", and ".join(
                f"{p['name']}, who is a citizen of {_citizen_of(p['citizenship'])}" if p["citizenship"] else
                f"{p['name']}, whose citizenship is not stated" for p in others)
        preamble += " " + _sentence(sentence)
    lines += _wrap(preamble, 78) + [""]
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        lines += [name, "-" * len(name)]
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", f"{'II-2':^78}".rstrip(), ""] + (
                [f"{'SCHEDULE II (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        if person["positions"]:
            lines += _leader(f"Position with {org}", person["positions"], column, 80 - column)
        if person["other_positions"]:
            lines += _leader("Principal Occupation", person["other_positions"], column, options.width + 10)
        if person["address"] != address:
            lines += _leader("Business Address", person["address"], column, 80 - column)
        lines.append("=" * 70 if options.rules else "")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. HTML saved as text, one line a cell, the address second, the citizenship last ----------------------------
def saved_text_one_line_cells_address_second_citizenship_last(roster: Roster, options: Options
                                                              ) -> tuple[str, str, list[dict]]:
    """No table tags: an HTML table saved as text. 'EXHIBIT 99.1', 'SCHEDULE I', a preamble naming the columns,
    the organisation's name, the captions one a line ('No.' in the numbered variant, 'Name', 'Business Address',
    'Position with <Org>', 'Principal Occupation', 'Citizenship' when printed), then for each person every cell on
    ONE line of its own, in the caption order: 'n.' (numbered variant), the name (relayout.printed_name), the
    business address comma-joined, the titles '; '-joined ('None' where none), the outside occupations '; '-joined
    ('None' where none), the citizenship. Persons apart by a blank line (a line of '_' in the ruled variant). The
    widths of the saved text do not wrap. A page break (options.page_break_in) before the entry (and its separator
    line): a blank line, '<PAGE>' with markers (a form feed without), 'Page 2', a blank line, and the captions again
    when options.repeat_header."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name", "Business Address", f"Position with {org}",
                                                     "Principal Occupation"] + (
        ["Citizenship"] if options.citizenship else [])
    lines = ["EXHIBIT 99.1", "SCHEDULE I"]
    lines.append(_sentence(
        f"Information regarding each director and executive officer of {org} is set forth below: the name, "
        f"business address, position with {org}, principal occupation" +
        (" and citizenship" if options.citizenship else "") + " of each such person"))
    lines += [org, *heads]
    for index, person in enumerate(roster.people):
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", "Page 2", ""] + (heads if options.repeat_header else [])
        lines.append("_" * 40 if options.rules else "")
        lines += ([f"{index + 1}."] if options.numbered else []) + [
            printed_name(person, options), ", ".join(person["address"]), "; ".join(person["positions"]) or "None",
            "; ".join(person["other_positions"]) or "None"] + (
            [person["citizenship"] or "Not stated"] if options.citizenship else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"html_th_paren_citizenship_under_name_address_second_titles_of_org_items":
            html_th_paren_citizenship_under_name_address_second_titles_of_org_items,
            "edgar_equals_caption_name_address_stack_titles_lines_citizenship_last":
            edgar_equals_caption_name_address_stack_titles_lines_citizenship_last,
            "underlined_name_dot_leader_labels_default_address_citizenship_exceptions":
            underlined_name_dot_leader_labels_default_address_citizenship_exceptions,
            "saved_text_one_line_cells_address_second_citizenship_last":
            saved_text_one_line_cells_address_second_citizenship_last}

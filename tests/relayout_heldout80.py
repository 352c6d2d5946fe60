"""Held-out re-layout families, eightieth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (09:41-09:44 UTC by `date`) by helper session gather80 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_th_citizenship_second_titles_of_org_items_address_one_string: an HTML table with <th> captions (relayout_
  heldout18.html_th_stacked_titles), a 'No.' column of its own in the numbered variant (relayout_heldout65.
  html_number_column_name_address_occupation_citizenship), the citizenship the SECOND column, right after the name
  (relayout.wrapped_citizenship_first puts it first; relayout_heldout18.capitals_citizenship_second; Smith Barney's
  citizenship stacked with the name), ONE occupation cell listing '<Title> of <Org>' for each title and then each
  outside occupation, one a line (relayout.two_column's occupation; relayout_heldout77), and the business address
  ONE comma-joined string (relayout.headerless_four_column after AIG's 2007 Exhibit A).
- edgar_no_caption_column_order_preamble_paren_citizenship_address_second: an EDGAR <TABLE> with NO caption at all
  (relayout.headerless_four_column, AIG's 2007 Exhibit A), the column order said instead in the preamble (as AIG's
  and Harvard's preambles name what is set forth), the citizenship in parentheses on the line under the name
  (relayout_heldout30.paren_citizenship_under_name_address_notes), the business address the SECOND column
  (relayout.shuffled_columns), the titles one a line (relayout_heldout18.html_th_stacked_titles; IDT Corporation's
  Present Position column) and the outside occupations one a line wrapping at options.width.
- labels_above_values_default_address_citizenship_exceptions: no table tags; each entry the name, then indented
  labels alone on their line with the values on the following lines (relayout.labels_above_values), a PREAMBLE
  default business address printed under a label only for those whose address differs (relayout_heldout5.
  inline_pipe_rows after the Siguler Guff proxy; relayout_heldout32.name_office_section_default_address; Harvard
  College's 'If no business address is given ...'), and the citizenship a PREAMBLE default naming the exceptions
  (relayout_heldout77.tab_cells_address_before_titles_citizenship_preamble_exceptions; IDT Corporation's 'other than
  ..., who is a citizen of Canada').
- pipe_rows_number_cell_address_second_citizenship_last: no table tags; each row one line of cells separated by
  ' | ' and closed by ' |', 'None' for no position (relayout_heldout5.inline_pipe_rows), a 'No.' cell of its own in
  the numbered variant (relayout_heldout65), the business address one comma-joined cell SECOND, after the name
  (relayout.shuffled_columns; relayout_heldout77.tab_cells_address_before_titles_citizenship_preamble_exceptions),
  the titles then the outside occupations '; '-joined in two cells, and the citizenship LAST (AIG's Exhibit A
  order with the citizenship added after the address, as relayout_heldout78.intentionally_blank_continued_
  schedule_table).

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


def _items(person: dict, org: str) -> list[str]:
    """'<Title> of <Org>' for each title held in the organisation, then each outside occupation."""
    return [f"{title} of {org}" for title in person["positions"]] + person["other_positions"]


# ---- 1. HTML <th>, 'No.' column, citizenship second, '<Title> of <Org>' items, address one string ---------------
def html_th_citizenship_second_titles_of_org_items_address_one_string(roster: Roster, options: Options
                                                                      ) -> tuple[str, str, list[dict]]:
    """'ANNEX I', the title, a preamble, then an HTML table with <th> captions: No. (numbered variant only) | Name |
    Citizenship (when printed) | Present Principal Occupation or Employment ('<Title> of <Org>' for each title,
    then each outside occupation, one a line apart by <br>; '&#8212;' where none; the cell options.width * 3 pixels
    wide) | Business Address (one comma-joined string). Header cells <th> with a bottom border; cells in
    <font size="2"> with options.markers; border="1" in the ruled variant; names as relayout.printed_name gives
    them. A page break (options.page_break_in) after the entry's row closes the table, a <p> with
    page-break-before and 'I-2', and a new table with the header row when options.repeat_header."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name"] + (["Citizenship"] if options.citizenship else []) + \
        ["Present Principal Occupation or Employment", "Business Address"]

    def cell(text: str, width: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{width}>{body}</td>"

    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\" style=\"border-bottom:1px solid #000000\">"
                              f"{html.escape(h)}</th>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ' border="0"'
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><head><title>Annex I</title></head><body>", "<p align=\"center\"><b>ANNEX I</b></p>",
             f"<p align=\"center\"><b>INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 "The following table sets forth the name" + (", citizenship" if options.citizenship else "") +
                 f", present principal occupation or employment and business address of each director and "
                 f"executive officer of {org}")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = ([cell(f"{index + 1}.")] if options.numbered else []) + \
            [cell(html.escape(printed_name(person, options)))]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        cells += [cell("<br>".join(html.escape(i) for i in _items(person, org)) or "&#8212;",
                       f" width=\"{options.width * 3}\""),
                  cell(html.escape(", ".join(person["address"])) or "&#8212;")]
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">I-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. EDGAR <TABLE> without caption, order in the preamble, '(Citizenship)' under the name, address second ----
def edgar_no_caption_column_order_preamble_paren_citizenship_address_second(roster: Roster, options: Options
                                                                            ) -> tuple[str, str, list[dict]]:
    """'EXHIBIT B', the title, a preamble naming the columns in order (name, with the citizenship in parentheses
    under it when printed; business address; present position or positions with <Org>; present principal
    occupation outside <Org>), then an EDGAR <TABLE> with NO caption: name (wrapping, '(<Citizenship>)' on the
    next line when printed; 'n.' before the name in the numbered variant) | business address lines | titles one a
    line ('None' where none) | outside occupations one a line, wrapping at options.width ('None' where none).
    '<S>'/'<C>' with options.markers; a dashed rule between entries in the ruled variant, else a blank line. A page
    break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without
    markers), 'B-2', a new <TABLE> with the '<S>'/'<C>' line again when options.repeat_header and markers."""
    org = roster.organization
    widths = [28, 32, 28, options.width + 2]
    marks = "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip()
    lines = [f"{'EXHIBIT B':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += _wrap(_sentence(
        f"The table below sets forth, for each director and executive officer of {org}, in this order: the name" +
        (" (with the person's citizenship in parentheses under it)" if options.citizenship else "") +
        f", the business address, the present position or positions with {org}, and the present principal "
        f"occupation or employment outside {org}"), 78)
    lines += ["", "<TABLE>"] + ([marks] if options.markers else [])
    for index, person in enumerate(roster.people):
        name = _wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
        if options.citizenship:
            name += _wrap(f"({person['citizenship']})", widths[0] - 2, "  ")
        cells = [name, [piece for a in person["address"] for piece in _wrap(a, widths[1] - 2, "  ")],
                 [piece for t in person["positions"] for piece in _wrap(t, widths[2] - 2, "  ")] or ["None"],
                 [piece for o in person["other_positions"] for piece in _wrap(o, widths[3] - 2, "  ")] or ["None"]]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'B-2':^78}".rstrip(), "",
                         "<TABLE>"] + ([marks] if options.repeat_header and options.markers else [])
        lines += rows
        lines.append("-" * (sum(widths) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. labels above values, a default business address and a default citizenship with exceptions --------------
def labels_above_values_default_address_citizenship_exceptions(roster: Roster, options: Options
                                                               ) -> tuple[str, str, list[dict]]:
    """No table tags: 'SCHEDULE 1', the title, a preamble giving the business address most persons share ('Unless
    otherwise indicated below, the business address of each person is ...') and, when citizenship is printed, the
    citizenship most share with the exceptions named ('Each person is a citizen of the United States, except X,
    who is a citizen of Canada'). Then each entry: the name alone on its line (relayout.printed_name; 'n.' before
    it in the numbered variant), and indented labels each alone on a line with the values under them, indented
    further: 'Position with <Org>:' (titles one a line; the label left out where none), 'Principal Occupation:'
    (outside occupations one a line, wrapping at options.width + 30 with continuation lines indented two more
    spaces; left out where none) and 'Business Address:' (address
    lines) only for a person whose address is not the default. A row of '=' between entries in the ruled variant,
    else a blank line. A page break (options.page_break_in) after the entry's name: '<PAGE>' (a form feed without
    markers), '2' and 'SCHEDULE 1 (continued)' when options.repeat_header."""
    org = roster.organization
    address = _default_address(roster)
    indent, deeper = "    ", "        "
    lines = [f"{'SCHEDULE 1':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    preamble = _sentence(f"Set forth below are the name, present position with {org} and present principal "
                         f"occupation of each director and executive officer of {org}") + " " + _sentence(
        f"Unless otherwise indicated below, the business address of each such person is {', '.join(address)}")
    if options.citizenship:
        default = default_citizenship(roster)
        others = [p for p in roster.people if p["citizenship"] != default]
        sentence = f"Each such person is a citizen of {_citizen_of(default)}"
        if others:
            sentence += ", except " + ", and ".join(
                f"{p['name']}, who is a citizen of {_citizen_of(p['citizenship'])}" for p in others)
        preamble += " " + _sentence(sentence)
    lines += _wrap(preamble, 78) + [""]
    for index, person in enumerate(roster.people):
        lines.append(_numbered(index, printed_name(person, options), options))
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", f"{'2':^78}".rstrip(), ""] + (
                [f"{'SCHEDULE 1 (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        if person["positions"]:
            lines.append(f"{indent}Position with {org}:")
            lines += [f"{deeper}{t}" for t in person["positions"]]
        if person["other_positions"]:
            lines.append(f"{indent}Principal Occupation:")
            for other in person["other_positions"]:
                lines += textwrap.wrap(other, options.width + 30, initial_indent=deeper, subsequent_indent=deeper + "  ",
                                       break_long_words=False, break_on_hyphens=False)
        if person["address"] != address:
            lines.append(f"{indent}Business Address:")
            lines += [f"{deeper}{a}" for a in person["address"]]
        lines.append("=" * 60 if options.rules else "")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. pipe rows, a 'No.' cell, the address second, the citizenship last ----------------------------------------
def pipe_rows_number_cell_address_second_citizenship_last(roster: Roster, options: Options
                                                          ) -> tuple[str, str, list[dict]]:
    """No table tags: 'Annex A', the title, a preamble, then a caption line and one line per person, cells apart by
    ' | ' and closed by ' |': No. (numbered variant only, 'n.') | Name (relayout.printed_name) | Business Address
    (comma-joined) | Position with <Org> (titles '; '-joined, 'None' where none) | Principal Occupation (outside
    occupations '; '-joined, 'None' where none) | Citizenship (when printed). A '|---|' line under the caption in
    the ruled variant. A page break (options.page_break_in) before the entry's line: a blank line, 'Annex A - Page 2
    of 2' ('<PAGE>' before it with options.markers), a blank line, and the caption again when
    options.repeat_header."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name", "Business Address", f"Position with {org}",
                                                     "Principal Occupation"] + (
        ["Citizenship"] if options.citizenship else [])
    header = [" | ".join(heads) + " |"] + (["|".join("---" for _ in heads) + "|"] if options.rules else [])
    lines = ["Annex A", "", f"Directors and Executive Officers of {org}", ""]
    lines += _wrap(_sentence(
        f"The name, business address, position with {org}" +
        (", principal occupation and citizenship" if options.citizenship else " and principal occupation") +
        f" of each director and executive officer of {org} are set forth below"), 80) + [""] + header
    for index, person in enumerate(roster.people):
        if options.page_break_in == index:
            lines += [""] + (["<PAGE>"] if options.markers else []) + ["Annex A - Page 2 of 2", ""] + (
                header if options.repeat_header else [])
        cells = ([f"{index + 1}."] if options.numbered else []) + [
            printed_name(person, options), ", ".join(person["address"]), "; ".join(person["positions"]) or "None",
            "; ".join(person["other_positions"]) or "None"] + (
            [person["citizenship"] or ""] if options.citizenship else [])
        lines.append(" | ".join(cells) + " |")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"html_th_citizenship_second_titles_of_org_items_address_one_string":
            html_th_citizenship_second_titles_of_org_items_address_one_string,
            "edgar_no_caption_column_order_preamble_paren_citizenship_address_second":
            edgar_no_caption_column_order_preamble_paren_citizenship_address_second,
            "labels_above_values_default_address_citizenship_exceptions":
            labels_above_values_default_address_citizenship_exceptions,
            "pipe_rows_number_cell_address_second_citizenship_last":
            pipe_rows_number_cell_address_second_citizenship_last}

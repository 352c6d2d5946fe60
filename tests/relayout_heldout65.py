"""Held-out re-layout families, sixty-fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (06:39-06:41 UTC by `date`) by helper session gather65 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES - each family puts together layout choices that earlier
families and real rosters already have, in a combination no one family has:

- html_number_column_name_address_occupation_citizenship: an HTML table whose entry numbers stand in a cell of
  their own ('No.' column, only in the numbered variant; numbering from the real Scout Capital roster,
  text_numbered_stacked_title_scout_capital.txt), the column order Name | Business Address | Present Principal
  Occupation | Citizenship (the name-then-address order of MetLife's roster, text_twocol_nameaddr_metlife.txt),
  occupation cells '<title> of <Org>' then outside occupations (relayout.html_table / _occupation), header <th>
  with options.markers (heldout63.superscript_linked_name_notes_html).
- edgar_caption_name_citizenship_position_address: an EDGAR <TABLE>/<CAPTION> fixed-width table (Citizens Funds'
  and AIG's, text_fixed3col_name_address_age_citizens_funds.txt, text_fixed4col_aig.txt) whose CITIZENSHIP column
  stands second, after the name (as Citigroup's name/title/citizenship roster puts it near the name,
  text_name_title_citizenship_citigroup.txt; column shuffling from relayout.shuffled_columns), then a combined
  'POSITION AND PRINCIPAL OCCUPATION' column wrapping at options.width, then the business address.
- surname_underlined_dotleader_labels: no table tags: each person's name on its own line underlined with '-'
  (relayout.surname_headings), then indented labelled lines with dot leaders to a value column ('Business
  Address ........ 1 Main Street'; the dot leaders of Danaher's roster, text_dotleader_twocol_history_danaher.txt,
  the labels of Micron's labelled blocks, labelled_blocks_micron.txt), wrapped lines hanging under the value.
- html_bold_name_prose_paragraphs: HTML without a table: one <p> per person, the name bold, then sentences (the
  prose of Chittenden's roster, prose_chittenden_corporation.txt, and relayout.prose_sentences) for the
  position(s), the outside occupation(s), 'Business address: ...' and 'Citizenship: ...' (HTML paragraphs as
  relayout.html_paragraph_cells prints them in cells).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py). tests/test_relayout_families.py only checks that each prints the people it expects;
nothing here says anything about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)); no citizenship where
options.citizenship is False (none is printed then).

Import `relayout`, not this module, first (relayout imports this module at its bottom).
"""
from __future__ import annotations

import html

from relayout import (
    Options,
    Roster,
    _full_stop,
    _wrap_rows,
    expected,
    printed_name,
    printed_text,
    weighted_seed,
    wrap_lines,
)


def _occupations(person: dict, org: str) -> list[str]:
    return [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]


# ---- 1. HTML: a number column, name | address | occupation | citizenship ---------------------------------------
def html_number_column_name_address_occupation_citizenship(roster: Roster, options: Options
                                                           ) -> tuple[str, str, list[dict]]:
    """An HTML table (relayout.html_table's Schedule I) with its own 'No.' column in the numbered variant (numbers
    as Scout Capital's real roster prints them, in a cell apart: '1.'), columns Name | Business Address (a line per
    <br>) | Present Principal Occupation or Employment ('<title> of <Org>' lines, then the outside ones) |
    Citizenship (when printed). <th> header cells with options.markers, bold <td> header cells without; rows ruled
    by a bottom border in the ruled variant; a page break closes the table and opens another (the header again when
    options.repeat_header)."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name", "Business Address",
                                                      "Present Principal Occupation or Employment"] + \
        (["Citizenship"] if options.citizenship else [])
    if options.markers:
        header = "<tr>" + "".join(f"<th align=\"left\">{html.escape(h)}</th>" for h in heads) + "</tr>"
    else:
        header = "<tr>" + "".join(f"<td><b>{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    table = "<table border=\"0\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\">"
    row_style = " style=\"border-bottom:1px solid black\"" if options.rules else ""
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_full_stop(
                 "Set forth below are the name, business address and present principal occupation or employment"
                 + (" and citizenship" if options.citizenship else "") + f" of each director and executive "
                 f"officer of {org}")) + "</p>", table, header]
    for index, person in enumerate(roster.people):
        cells = ([f"{index + 1}."] if options.numbered else []) + \
            [html.escape(printed_name(person, options)),
             "<br>".join(html.escape(a) for a in person["address"]),
             "<br>".join(html.escape(o) for o in _occupations(person, org)) or "&nbsp;"]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append(f"<tr valign=\"top\"{row_style}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index:
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", table] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. EDGAR <TABLE>/<CAPTION>: name | citizenship | position and occupation | address ------------------------
def edgar_caption_name_citizenship_position_address(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """An EDGAR <TABLE> with a <CAPTION> of two-line column heads between dashed rules (Citizens Funds, AIG), the
    columns NAME | CITIZENSHIP (second, when printed) | POSITION AND PRINCIPAL OCCUPATION (wrapping at
    options.width) | BUSINESS ADDRESS. '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered
    variant; a dashed rule between entries in the ruled variant, else a blank line. A page break after the entry's
    first line: '</TABLE>', '<PAGE>' (a form feed without markers), the page number, '<TABLE>' and the caption
    again when options.repeat_header."""
    org = roster.organization
    seed = weighted_seed(org)
    widths = [28, 16 if options.citizenship else 0, options.width + 2, 32]
    live = [w for w in widths if w]
    total = sum(live)
    heads = [["", "NAME"], ["", "CITIZENSHIP"], ["POSITION AND", "PRINCIPAL OCCUPATION"], ["BUSINESS", "ADDRESS"]]
    caption = ["<CAPTION>", *_wrap_rows([h for h, w in zip(heads, widths) if w], live), "-" * total]
    if options.markers:
        caption.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(live) - 1), live)).rstrip())
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += wrap_lines(_full_stop("The following table sets forth the name, " + ("citizenship, " if options.citizenship
                   else "") + f"position and present principal occupation and business address of each director "
                   f"and executive officer of {org}"), 78) + ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        name = f"{index + 1}. " + printed_name(person, options) if options.numbered else printed_name(person, options)
        cells = [wrap_lines(name, widths[0] - 2, "  "),
                 wrap_lines(person["citizenship"] or "", widths[1] - 2) if options.citizenship else [],
                 [p for o in _occupations(person, org) for p in wrap_lines(o, widths[2] - 2, "  ")],
                 [p for a in person["address"] for p in wrap_lines(a, widths[3] - 1, "  ")]]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'I-' + str(2 + seed % 3):^78}"
                         .rstrip(), "", "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", printed_text(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. underlined name headings, dot-leader labelled lines -------------------------------------------------------
def surname_underlined_dotleader_labels(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """No table tags. Each person: the name (with 'n.' in the numbered variant) on its own line, underlined with '-'
    to its length; then indented labels 'Position with <Org>', 'Principal Occupation' (outside occupations; the
    label left out where there are none), 'Business Address', 'Citizenship' (when printed), each followed by dot
    leaders to a value column at options.width + 4, wrapped lines hanging under the value column. A row of '='
    between persons in the ruled variant, else a blank line. A page break after the name's underline: the page
    number, a form feed ('<PAGE>' with options.markers) and 'Schedule I (continued)' when options.repeat_header."""
    org = roster.organization
    seed = weighted_seed(org)
    tab = options.width + 4
    indent = "    "
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += wrap_lines(_full_stop(f"Set forth below is certain information concerning each director and executive "
                             f"officer of {org}"), 78) + [""]

    def field(label: str, values: list[str]) -> list[str]:
        pieces = [p for v in values for p in wrap_lines(v, 78 - tab, "  ")]
        head = f"{indent}{label} "
        head += "." * max(3, tab - len(head) - 1) + " "
        out = [head + pieces[0]]
        out += [" " * len(head) + p for p in pieces[1:]]
        return out

    for index, person in enumerate(roster.people):
        name = f"{index + 1}. {printed_name(person, options)}" if options.numbered else printed_name(person, options)
        block = [name, "-" * len(name)]
        if options.page_break_in == index:
            block += ["", f"{'I-' + str(1 + seed % 4):^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + \
                ([f"{'Schedule I (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        if person["positions"]:
            block += field(f"Position with {org}" if len(org) < tab - 22 else "Position", person["positions"])
        if person["other_positions"]:
            block += field("Principal Occupation", person["other_positions"])
        block += field("Business Address", person["address"])
        if options.citizenship and person["citizenship"]:
            block += field("Citizenship", [person["citizenship"]])
        lines += block
        lines.append("=" * 78 if options.rules else "")
    return ".txt", printed_text(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. HTML paragraphs of prose, the name bold -------------------------------------------------------------------
def html_bold_name_prose_paragraphs(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """HTML without a table: one <p> per person, '<b>Name</b>' ('n.' before it in the numbered variant), then
    sentences: '<Title> of <Org>.' per position (several joined by '; '), 'Present principal occupation: <other>.'
    when there are outside occupations, 'Business address: <lines joined by commas>.' and 'Citizenship: <c>.' when
    printed. A thin top border on each paragraph after the first in the ruled variant; options.markers puts the name in
    <b><u>..</u></b> instead of <b>; a page break is a '<p style="page-break-before:always">' with 'Schedule I
    (continued)' when options.repeat_header."""
    org = roster.organization
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_full_stop(
                 "The name, position, present principal occupation, business address"
                 + (" and citizenship" if options.citizenship else "") + f" of each director and executive "
                 f"officer of {org} are set forth below")) + "</p>"]
    for index, person in enumerate(roster.people):
        name = html.escape(printed_name(person, options))
        name = f"<b><u>{name}</u></b>" if options.markers else f"<b>{name}</b>"
        if options.numbered:
            name = f"{index + 1}.&nbsp;&nbsp;{name}"
        sentences = []
        if person["positions"]:
            sentences.append("; ".join(f"{t} of {org}" for t in person["positions"]))
        if person["other_positions"]:
            sentences.append("Present principal occupation: " + "; ".join(person["other_positions"]))
        sentences.append("Business address: " + ", ".join(person["address"]))
        if options.citizenship and person["citizenship"]:
            sentences.append("Citizenship: " + person["citizenship"])
        body = " ".join(html.escape(_full_stop(s)) for s in sentences)
        stop = "" if printed_name(person, options).endswith(".") else "."
        rule = "; border-top:1px solid #000; padding-top:4pt" if options.rules and index else ""
        parts.append(f"<p style=\"margin-top:6pt; margin-bottom:6pt{rule}\">{name}{stop}&nbsp; {body}</p>")
        if options.page_break_in == index:
            parts.append("<p style=\"page-break-before:always\">&nbsp;</p>")
            if options.repeat_header:
                parts.append("<p align=\"center\"><b>Schedule I (continued)</b></p>")
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"html_number_column_name_address_occupation_citizenship":
            html_number_column_name_address_occupation_citizenship,
            "edgar_caption_name_citizenship_position_address": edgar_caption_name_citizenship_position_address,
            "surname_underlined_dotleader_labels": surname_underlined_dotleader_labels,
            "html_bold_name_prose_paragraphs": html_bold_name_prose_paragraphs}

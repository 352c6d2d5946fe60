"""Held-out re-layout families, seventy-first set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (08:20-08:24 UTC by `date`) by helper session gather71 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_th_name_citizenship_stack_occupation_address_cell: relayout.two_column's two columns ('Name and
  Citizenship' with the citizenship stacked under the name | 'Present Principal Occupation and Business Address'
  holding '<Title> of <Org>', the outside occupations and the address lines; there fixed-width text) set as an
  HTML table with <th> captions (relayout_heldout62.html_citizenship_exception_under_name_preamble_default,
  relayout_heldout66.term_of_office_time_served_html), the cell lines apart by <br> (relayout.html_name_and_title_
  cell, Southwestern Energy's Schedule A), a 'No.' cell in the numbered variant (relayout_heldout62's HTML family)
  and a <font> / <span> wrapper (relayout_heldout69.single_paragraph_br_html).
- edgar_number_column_address_second_citizenship_last: an EDGAR <TABLE> with the number in a column of its own
  (relayout.multi_column), the business address as the SECOND column (relayout.shuffled_columns; relayout_
  heldout56.html_numbered_cell_caps_name_address_second_citizenship_last, there HTML) and the citizenship last
  (heldout56), the titles one a line in their own column and the outside occupations '; '-joined in the next
  (relayout_heldout64.name_address_citizen_stack_positions_held, Citizens Funds' table), under a two-line capitals
  caption between full rows of '=' (heldout64's caption between full rules; relayout_heldout69.years_with_org_
  column_table's '=' row).
- dash_lead_paragraphs_citizenship_preamble_default: no table tags; one paragraph per person (relayout.prose_
  sentences) led by the name (relayout_heldout64.prose_name_lead_honorific_sentences, Chittenden's Exhibit 99.1)
  and ' -- ', then the '<Title>, <Org>' items and the outside occupations '; '-joined (relayout.occupation_items,
  relayout.html_paragraph_cells), 'Business address: ...'; the citizenship a preamble default ('Unless otherwise
  indicated, each person listed below is a citizen of ...', relayout.name_title_list) with a 'Citizen of X.'
  sentence for each exception (heldout64 prose_name_lead_honorific_sentences; Motorola's Appendix I); rows of
  spaced underscores between paragraphs in the ruled variant (relayout_heldout66.spaced_underscore_separated_
  blocks).
- html_paragraph_labelled_lines_one_line_address: HTML without a table, a <p> per person (relayout_heldout65.
  html_bold_name_prose_paragraphs) whose lines are labelled ('Name:', 'Position with <Org>:', 'Principal
  Occupation:', 'Country of Citizenship:', 'Business Address:' as relayout.labelled_alternative and Micron's
  labelled blocks, relayout_heldout68.labelled_blocks_spaced_underscores_citizenship_postamble's 'Position with
  <Org>:'), labels in bold, lines apart by <br> (relayout_heldout69.single_paragraph_br_html), the address on ONE
  comma-joined line (relayout.labelled_alternative), an <hr /> between people in the ruled variant.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then). Where the default citizenship is printed (family 3), it
is the value most people of the roster share (relayout.default_citizenship), every person it covers has exactly that
value and everyone else's own citizenship is printed in their paragraph.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, default_citizenship, expected, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _seed(text: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _citizen_of(citizenship: str) -> str:
    return f"the {citizenship}" if citizenship.startswith(("United ", "Netherlands")) else citizenship


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _wrapper(options: Options) -> tuple[str, str]:
    if options.markers:
        return "<font face=\"Times New Roman\" size=\"2\">", "</font>"
    return "<span style=\"font-family:'Times New Roman',serif; font-size:10pt\">", "</span>"


# ---- 1. two_column's two cells as an HTML table with <th> captions ------------------------------------------------
def html_th_name_citizenship_stack_occupation_address_cell(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After relayout.two_column ('Name and Citizenship' | 'Present Principal Occupation and Business Address', the
    citizenship stacked under the name) and Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/
    html_section_rows_southwestern_energy.htm), as an HTML table: <th> captions; the first cell the name in bold
    with the citizenship on the next line (when printed; the caption is then 'Name and Citizenship', else 'Name');
    the second cell '<Title> of <Org>' one a line, the outside occupations one a line, an empty line, then the
    address lines, all apart by <br>; a 'No.' cell ('1.') in the numbered variant; 'SURNAME, Given' with
    options.upper_last_first; border="1" in the ruled variant; a <font> wrapper with options.markers, a <span>
    without. A page break (options.page_break_in) before that entry's row (after the first row for the first
    entry) closes the table, a page-break <p> with the page number
    'I-2', and a new table with the caption row when options.repeat_header."""
    org = roster.organization
    opening, closing = _wrapper(options)
    table = "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\">" if options.rules else \
        "<table cellpadding=\"2\" cellspacing=\"0\" width=\"100%\">"
    first = "Name and Citizenship" if options.citizenship else "Name"
    caption = "<tr>" + ("<th align=\"left\" valign=\"bottom\">No.</th>" if options.numbered else "") + \
        f"<th align=\"left\" valign=\"bottom\">{opening}{first}{closing}</th>" + \
        f"<th align=\"left\" valign=\"bottom\">{opening}Present Principal Occupation and Business Address{closing}" \
        "</th></tr>"
    parts = ["<html><head><title>Schedule I</title></head><body>",
             f"<p align=\"center\">{opening}<b>SCHEDULE I</b>{closing}</p>",
             f"<p align=\"center\">{opening}<b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b>"
             f"{closing}</p>",
             f"<p>{opening}" + html.escape(_sentence(
                 "The following table sets forth the name" + (", citizenship" if options.citizenship else "") +
                 ", present principal occupation or employment and business address of each director and "
                 f"executive officer of {org}")) + f"{closing}</p>",
             table, caption]
    for index, person in enumerate(roster.people):
        if options.page_break_in == index and index or options.page_break_in == 0 and index == 1:
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">I-2</p>", table] + \
                ([caption] if options.repeat_header else [])
        name = f"<b>{html.escape(printed_name(person, options))}</b>"
        if options.citizenship:
            name += "<br>" + html.escape(person["citizenship"] or "")
        work = [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]
        cell = "<br>".join(html.escape(w) for w in work)
        cell += ("<br><br>" if work else "") + "<br>".join(html.escape(a) for a in person["address"])
        number = f"<td valign=\"top\">{opening}{index + 1}.{closing}</td>" if options.numbered else ""
        parts.append(f"<tr>{number}<td valign=\"top\">{opening}{name}{closing}</td>"
                     f"<td valign=\"top\">{opening}{cell}{closing}</td></tr>")
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 2. number column, address second, citizenship last ------------------------------------------------------
def edgar_number_column_address_second_citizenship_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After relayout.multi_column (the number in a column of its own), relayout.shuffled_columns and relayout_
    heldout56 (the business address second, the citizenship last) and Citizens Funds' trustees table as relayout_
    heldout64.name_address_citizen_stack_positions_held prints it (titles one a line, a two-line capitals caption
    between full rules). An EDGAR <TABLE>: NO. (numbered variant only) | NAME | BUSINESS ADDRESS | POSITION(S) WITH
    <ORG> (one title a line, '--' where none) | PRINCIPAL OCCUPATION ELSEWHERE ('; '-joined, wrapping at
    options.width; '--' where none) | CITIZENSHIP (when printed). The caption sits between two full rows of '=';
    '<S>'/'<C>' under it with options.markers. A dashed rule between entries in the ruled variant, else a blank
    line. A page break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed
    without markers), the page number 'S-2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    widths = [5 if options.numbered else 0, 24, 28, 24, options.width + 2, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    total = sum(live) - 2
    captions = [["", "NO."], ["", "NAME"], ["BUSINESS", "ADDRESS"], ["POSITION(S)", f"WITH {org.upper()}"],
                ["PRINCIPAL OCCUPATION", "ELSEWHERE"], ["", "CITIZENSHIP"]]
    caps = [[line for c in cell for line in _wrap(c, w - 2)] for cell, w in zip(captions, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    caption = ["=" * total, *_wrap_rows(caps, live), "=" * total]
    if options.markers:
        caption.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(live) - 1), live)).rstrip())
    lines = [f"{'SCHEDULE 1':^78}".rstrip(), "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), ""]
    lines += _wrap(_sentence(
        f"Set forth below are the name, business address, present position with {org}, present principal "
        "occupation or employment elsewhere" + (" and citizenship" if options.citizenship else "") +
        f" of each director and executive officer of {org}"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [[f"{index + 1}."] if options.numbered else [],
                 _wrap(printed_name(person, options), widths[1] - 2, "  "),
                 [p for a in person["address"] for p in _wrap(a, widths[2] - 2, "  ")] or ["--"],
                 [p for t in person["positions"] for p in _wrap(t, widths[3] - 2, "  ")] or ["--"],
                 _wrap("; ".join(person["other_positions"]) or "--", widths[4] - 2),
                 _wrap(person["citizenship"] or "", widths[5] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'S-2':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. name-led paragraphs with a preamble default citizenship ------------------------------------------------
def dash_lead_paragraphs_citizenship_preamble_default(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After relayout.prose_sentences (a paragraph per person, wrapped at options.width + 40 under a five-space
    first-line indent), relayout_heldout64.prose_name_lead_honorific_sentences (Chittenden's Exhibit 99.1: the
    paragraph led by the name; the own citizenship a sentence only where not the preamble's) and relayout.name_
    title_list's preamble default citizenship. A paragraph: '<Name> -- <Title>, <Org>; <Title>, <Org>; <outside
    occupation>.  Business address: <address lines comma-joined>.' then 'Citizen of <X>.' where X is not the
    preamble's default (the default sentence only when options.citizenship). 'n.' before the name in the numbered
    variant; rows of spaced underscores ('_ _ _') between paragraphs in the ruled variant (relayout_heldout66.
    spaced_underscore_separated_blocks), else a blank line. A page break (options.page_break_in) after the
    paragraph's first line: '<PAGE>' (a form feed without markers), the page number '- 2 -' and 'Schedule I
    (continued)' when options.repeat_header."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    width = options.width + 40
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "",
             f"{'INFORMATION RELATING TO THE DIRECTORS AND EXECUTIVE OFFICERS OF':^78}".rstrip(),
             f"{org.upper():^78}".rstrip(), ""]
    preamble = "The name, present principal occupation or employment and business address of each director and " \
        f"executive officer of {org} are set forth below."
    if default:
        preamble += " Unless otherwise indicated, each person listed below is a citizen of " \
            f"{_citizen_of(default)}."
    lines += _wrap(preamble, 78) + [""]
    for index, person in enumerate(roster.people):
        items = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
        text = printed_name(person, options)
        text = _numbered(index, text, options)
        text += (" -- " + _sentence("; ".join(items)) if items else ".") + "  " + \
            _sentence("Business address: " + ", ".join(person["address"]))
        if options.citizenship and person["citizenship"] != default:
            text += "  " + _sentence(f"Citizen of {_citizen_of(person['citizenship'] or '')}")
        para = textwrap.wrap(text, width, initial_indent="     ", break_long_words=False, break_on_hyphens=False)
        if options.page_break_in == index and len(para) > 1:
            para[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'- 2 -':^78}".rstrip(), ""] + \
                ([f"{'Schedule I (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        lines += para
        lines += ["", " ".join("_" * 20), ""] if options.rules else [""]
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. labelled lines in one <p> per person, the address on one line ------------------------------------------
def html_paragraph_labelled_lines_one_line_address(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After relayout.labelled_alternative and Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_
    micron.txt), in HTML without a table: a <p> per person, the lines apart by <br>, each label in bold:
    'Name:' (printed_name; 'n.' before it in the numbered variant), 'Position with <Org>:' (titles '; '-joined; the
    line left out where none), 'Principal Occupation:' (outside occupations '; '-joined; only where any),
    'Country of Citizenship:' (when printed), 'Business Address:' (the address lines comma-joined on ONE line). An
    <hr /> between people in the ruled variant; a <font> wrapper with options.markers, a <span> without. A page
    break (options.page_break_in) after the Name line closes the paragraph, a page-break <p> with the page number
    'A-<n>', 'Schedule A (continued)' when options.repeat_header, and a new <p> going on with the entry."""
    org = roster.organization
    opening, closing = _wrapper(options)
    parts = ["<html><head><title>Schedule A</title></head><body>",
             f"<p align=\"center\">{opening}<b>SCHEDULE A</b>{closing}</p>",
             f"<p align=\"center\">{opening}<b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b>"
             f"{closing}</p>",
             f"<p>{opening}" + html.escape(_sentence(
                 f"The following information is given for each director and executive officer of {org}")) +
             f"{closing}</p>"]

    def line(label: str, value: str) -> str:
        return f"<b>{html.escape(label)}</b>&nbsp;&nbsp;{html.escape(value)}"

    for index, person in enumerate(roster.people):
        if index and options.rules:
            parts.append("<hr />")
        lead = f"{index + 1}.&nbsp;&nbsp;" if options.numbered else ""
        head = lead + line("Name:", printed_name(person, options))
        rest = []
        if person["positions"]:
            rest.append(line(f"Position with {org}:", "; ".join(person["positions"])))
        if person["other_positions"]:
            rest.append(line("Principal Occupation:", "; ".join(person["other_positions"])))
        if options.citizenship:
            rest.append(line("Country of Citizenship:", person["citizenship"] or ""))
        rest.append(line("Business Address:", ", ".join(person["address"])))
        if options.page_break_in == index:
            parts.append(f"<p>{opening}{head}{closing}</p>")
            parts.append(f"<p style=\"page-break-before:always\" align=\"center\">A-{2 + _seed(org) % 3}</p>")
            if options.repeat_header:
                parts.append(f"<p align=\"center\">{opening}<b>Schedule A (continued)</b>{closing}</p>")
            parts.append(f"<p>{opening}" + "<br>\n".join(rest) + f"{closing}</p>")
        else:
            parts.append(f"<p>{opening}" + "<br>\n".join([head] + rest) + f"{closing}</p>")
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


FAMILIES = {"html_th_name_citizenship_stack_occupation_address_cell":
            html_th_name_citizenship_stack_occupation_address_cell,
            "edgar_number_column_address_second_citizenship_last":
            edgar_number_column_address_second_citizenship_last,
            "dash_lead_paragraphs_citizenship_preamble_default": dash_lead_paragraphs_citizenship_preamble_default,
            "html_paragraph_labelled_lines_one_line_address": html_paragraph_labelled_lines_one_line_address}

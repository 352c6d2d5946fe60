"""Held-out re-layout families, eighty-sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (10:25-10:40 UTC by `date`) by helper session gather86 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. Each family puts together layout choices that earlier
families and real rosters already have, but no one family has together; the docstring of each says where each
choice comes from:

- html_name_and_address_cell_occupation_citizenship_cell: an HTML table of two columns, 'Name and Business
  Address' (name bold, the address lines under it) and 'Present Principal Occupation or Employment' (titles with
  the organisation, outside occupations, then 'Citizenship: X').
- edgar_citizenship_after_name_caption_underlined_equals: an EDGAR <TABLE> NAME | CITIZENSHIP | POSITION |
  PRINCIPAL OCCUPATION | BUSINESS ADDRESS with two-line captions underlined by '=' and a stacked 'and' in
  positions.
- untagged_fixed_columns_name_title_paren_occupation_address: a fixed-width text table with no <TABLE> tags, captions
  underlined by dashes, columns NAME | TITLE | BUSINESS ADDRESS | CITIZENSHIP, outside occupations under the title
  in parentheses.
- roman_numbered_labelled_blocks_address_first: no table at all; an entry heading (roman numeral when numbered),
  then 'Business Address:', 'Position:', 'Principal Occupation:', 'Citizenship:' labels, the address first.

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


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width - 2, "  ")]


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


# ---- 1. HTML: a name-and-address cell and an occupation cell ending with the citizenship -------------------------
def html_name_and_address_cell_occupation_citizenship_cell(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """Choices from: the name with its address stacked in one cell (real dev/text_indented_nameaddr_conagra_2000.txt
    and dev/text_asterisk_member_nameaddr_lor_finance.txt, 'Name and Business Address'); an HTML table of one <tr>
    a person (real dev/html_section_rows_southwestern_energy.htm); the citizenship printed inside the occupation
    cell as 'Citizenship: X' (the labelled families of relayout.py, labelled_blocks_micron); '<th>' header cells
    with a bottom border (relayout_heldout84.telephone_column_html). Two columns: 'Name and Business Address' (the
    name bold, then the address lines by <br>) | 'Present Principal Occupation or Employment' (each title as
    '<title>, <org>' one a line, the outside occupations one a line, then 'Citizenship: X' when printed). <font>
    header cells with markers, <th> without; border="1" in the ruled variant; 'n.' before the name in the numbered
    variant; a page break after the entry's row closes the table, a <p> with page-break-before and 'I-2', then a
    new table with the header row when options.repeat_header."""
    org = roster.organization
    heads = ["Name and Business Address", "Present Principal Occupation or Employment"]
    if options.markers:
        header = "<tr>" + "".join(f"<td valign=\"bottom\"><font size=\"2\"><b><u>{html.escape(h)}</u></b></font>"
                                  "</td>" for h in heads) + "</tr>"
    else:
        header = "<tr>" + "".join(f"<th style=\"text-align:left; border-bottom:1px solid black\">{html.escape(h)}"
                                  "</th>" for h in heads) + "</tr>"
    opening = "<table width=\"100%\" cellpadding=\"4\" cellspacing=\"0\"" + (' border="1"' if options.rules else "") \
        + ">"
    lead = "The name, business address, present principal occupation or employment" + \
        (" and citizenship" if options.citizenship else "") + f" of each director and executive officer of {org} " \
        "are set forth below. Unless otherwise indicated, each occupation set forth opposite an individual's name " \
        f"refers to employment with {org}"
    parts = ["<html><head><title>Schedule I</title></head><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>{html.escape(_sentence(lead))}</p>", opening, header]
    for index, person in enumerate(roster.people):
        name = f"<b>{html.escape(_numbered(index, printed_name(person, options), options))}</b>"
        left = "<br>".join([name] + [html.escape(a) for a in person["address"]])
        right = [html.escape(f"{t}, {org}") for t in person["positions"]]
        right += [html.escape(o) for o in person["other_positions"]]
        if options.citizenship:
            right.append(f"Citizenship: {html.escape(person['citizenship'] or '')}")
        parts.append(f"<tr><td valign=\"top\" width=\"40%\">{left}</td><td valign=\"top\">"
                     f"{'<br>'.join(right) or '&#8212;'}</td></tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">I-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 2. EDGAR <TABLE>: citizenship right after the name, '=' underlined captions ---------------------------------
def edgar_citizenship_after_name_caption_underlined_equals(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """Choices from: the citizenship as the second column (real dev/text_grid4col_citizenship_castlerigg.txt;
    relayout.capitals_citizenship_second); an EDGAR <TABLE> with separate position and principal-occupation columns
    (real dev/text_fixed4col_position_occupation_idt_corporation.txt); two-line captions ('PRESENT' / 'POSITION')
    bottom-aligned and underlined with '=' (real dev/text_fixed5col_employer_bsci.txt underlines its captions;
    the '=' from the saved-as-text families); several titles joined by ' and ' on one wrapping line (relayout's
    'titles joined' families). Columns: NAME | CITIZENSHIP (when printed) | PRESENT POSITION (titles joined by
    ' and ', '--' where none) | PRINCIPAL OCCUPATION (outside occupations one a line, wrapping at options.width;
    '--' where none) | BUSINESS ADDRESS (one line each). '<S>'/'<C>' with options.markers; 'n.' in the numbered
    variant; a dashed rule between entries in the ruled variant, else a blank line. A page break after the entry's
    first line: '</TABLE>', '<PAGE>' (a form feed without markers), '- 2 -', a new <TABLE> with the captions
    when options.repeat_header."""
    org = roster.organization
    widths = [26, 15 if options.citizenship else 0, 26, options.width + 2, 30]
    live = [w for w in widths if w]
    captions = [["", "NAME"], ["", "CITIZENSHIP"], ["PRESENT", "POSITION"], ["PRINCIPAL", "OCCUPATION"],
                ["BUSINESS", "ADDRESS"]]
    caption = ["<CAPTION>", *_wrap_rows([c for c, w in zip(captions, widths) if w], live),
               "".join(f"{'=' * (w - 2):<{w}}" for w in live).rstrip()]
    if options.markers:
        caption.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * len(live), live)).rstrip())
    lines = [f"{'ANNEX A':^78}".rstrip(), "",
             *[f"{t:^78}".rstrip() for t in _wrap(f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}", 70)], ""]
    lines += _wrap(_sentence(
        "The following sets forth the name, " + ("citizenship, " if options.citizenship else "") +
        f"present position with {org}, present principal occupation and business address of each executive "
        f"officer and director of {org}"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _wrap(person["citizenship"] or "", 13) if options.citizenship else [],
                 _wrap(" and ".join(person["positions"]), widths[2] - 2, "  ") if person["positions"] else ["--"],
                 _lines(person["other_positions"], widths[3]) or ["--"],
                 _lines(person["address"], widths[4]) or ["--"]]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'- 2 -':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. fixed-width columns without any table tags ---------------------------------------------------------------
def untagged_fixed_columns_name_title_paren_occupation_address(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """Choices from: a fixed-width table with no <TABLE> tags at all (real dev/text_name_title_citizenship_
    citigroup.txt and dev/text_name_office_harvard_college.txt); NAME | TITLE | BUSINESS ADDRESS | CITIZENSHIP
    with the citizenship last (real dev/text_fixed3col_name_address_age_citizens_funds.txt); the outside
    occupations in parentheses under the title in the same column (relayout's 'paren occupation' families,
    e.g. edgar_no_blank_rows_citizenship_second_director_paren_occupation); captions underlined by dashes. Columns:
    NAME | TITLE (titles one a line, then '(outside occupation)' lines; wrapping at options.width) | BUSINESS
    ADDRESS (one line each) | CITIZENSHIP (when printed). No markers are printed (the text has no tags): with
    options.markers the captions are upper case, without them in title case; 'n.' in the numbered variant; a
    dashed rule between entries in the ruled variant, else a blank line. A page break after the entry's first
    line: a form feed, 'Page 2', and the captions again when options.repeat_header."""
    org = roster.organization
    widths = [28, options.width + 2, 32, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    names = ["NAME", "TITLE", "BUSINESS ADDRESS", "CITIZENSHIP"]
    if not options.markers:
        names = [n.title() for n in names]
    caption = [_wrap_rows([[n] for n, w in zip(names, widths) if w], live)[0],
               "".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip()]
    lines = [f"{'Exhibit 2':>78}", "", f"{org} - Directors and Executive Officers", ""]
    lines += _wrap(_sentence("Set forth below is the name, title, business address" +
                             (" and citizenship" if options.citizenship else "") +
                             f" of each director and executive officer of {org.rstrip('.')}. Any principal occupation other "
                             f"than with {org} is shown in parentheses under the title"), 78)
    lines += ["", *caption, ""]
    for index, person in enumerate(roster.people):
        title = _lines(person["positions"], widths[1]) + \
            [piece for o in person["other_positions"] for piece in _wrap(f"({o})", widths[1] - 2, " ")]
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 title or ["--"], _lines(person["address"], widths[2]) or ["--"],
                 _wrap(person["citizenship"] or "", 14) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "\f", f"{'Page 2':>78}", ""] + (caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. labelled blocks, roman numbered, the address first -------------------------------------------------------
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
          "XVII", "XVIII", "XIX", "XX"]


def _roman(index: int) -> str:
    return _ROMAN[index] if index < len(_ROMAN) else str(index + 1)


def roman_numbered_labelled_blocks_address_first(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Choices from: labelled blocks, one label a line with the value after it (real dev/labelled_blocks_micron.txt
    and dev/labelled_occupation_canopy.txt); roman numerals before the entries (real dev/labelled_roman_power_
    corp.txt), here only in the numbered variant; the business address as the first label (real dev/labelled_list_
    power_corporation_2005.txt gives the address early); several values of a label one a line under the first,
    aligned with it (relayout.labels_above_values' stacking). Per person: a heading line (the name, upper case
    surname first in the ruled variant; 'IV.' before it in the numbered variant), then 'Business Address:' (lines
    one a line), 'Position:' (titles with the organisation, one a line; 'None' where none), 'Principal
    Occupation:' (outside occupations one a line, wrapping at options.width; 'Same as above' where none, which is
    the position) and 'Citizenship:' when printed. A line of dashes between entries in the ruled variant (a blank
    line otherwise); labels end in a colon with markers, in a period-leader ('Position ....') without. A page
    break after the entry's heading: a form feed, '(continued)', 'C-2', the heading not repeated."""
    org = roster.organization
    pad = 26
    leader = options.markers

    def label(text: str) -> str:
        return f"{text + ':':<{pad}}" if leader else f"{text + ' ':.<{pad - 2}}  "

    lines = [f"{'SCHEDULE C':^78}".rstrip(), "",
             *[f"{t:^78}".rstrip() for t in _wrap(f"INFORMATION WITH RESPECT TO THE DIRECTORS AND EXECUTIVE "
                                                   f"OFFICERS OF {org.upper()}", 70)], ""]
    lines += _wrap(_sentence(f"The business address, position with {org}, principal occupation" +
                             (" and citizenship" if options.citizenship else "") +
                             f" of each director and executive officer of {org} are set forth below"), 78) + [""]
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        lines.append(f"{_roman(index)}. {name}" if options.numbered else name)
        if options.page_break_in == index:
            lines += ["", "\f", f"{'C-2':^78}".rstrip(), "", "(continued)"]
        fields = [("Business Address", person["address"] or ["--"]),
                  ("Position", [f"{t} of {org}" for t in person["positions"]] or ["None"]),
                  ("Principal Occupation", person["other_positions"] or ["Same as above"])]
        if options.citizenship:
            fields.append(("Citizenship", [person["citizenship"] or ""]))
        for text, values in fields:
            pieces = [piece for v in values for piece in _wrap(v, max(options.width, 30), "  ")]
            lines.append("    " + label(text) + pieces[0])
            lines += ["    " + " " * pad + piece for piece in pieces[1:]]
        lines.append("-" * 70 if options.rules else "")
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"html_name_and_address_cell_occupation_citizenship_cell":
            html_name_and_address_cell_occupation_citizenship_cell,
            "edgar_citizenship_after_name_caption_underlined_equals":
            edgar_citizenship_after_name_caption_underlined_equals,
            "untagged_fixed_columns_name_title_paren_occupation_address":
            untagged_fixed_columns_name_title_paren_occupation_address,
            "roman_numbered_labelled_blocks_address_first": roman_numbered_labelled_blocks_address_first}

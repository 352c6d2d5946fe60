"""Held-out re-layout families, thirty-sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (11:58-12:05 UTC by `date`) by helper session gather36 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth, twenty-first, twenty-fifth, twenty-seventh, thirtieth and
thirty-third sets, no family here adds a layout feature that no earlier family has: each is a NEW COMBINATION of
features the earlier families (and the real rosters in tests/data/rosters_real/dev/) already have - column order and
widths, which column wraps, header label words, name order and case, numbering style, entry separators, values
stacked under the name or under a label, page breaks inside an entry with a repeated header, preamble or postamble
defaults worded anew, dot leaders, HTML <br>/<p> cells - the way a real annex could print its roster, so that no
earlier family renders the same text. Each family's docstring names the real roster it is modelled on and the
choices it combines. They measure whether the reader generalises within the features it knows. They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _letter_codes,
    _wrap_rows,
    centred,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered
from relayout_heldout21 import _surname_given


def _hanging(items: list[str], width: int, indent: str = "") -> list[str]:
    """Each item wrapping under itself with a two-space hanging indent."""
    return [piece for item in items
            for piece in textwrap.wrap(item, width, initial_indent=indent, subsequent_indent=indent + "  ")]


# ---- 1. EDGAR <TABLE>: 'Surname, Given' names, citizenship second, the titles in the LAST column ----------------
def surname_citizenship_second_titles_last(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt: a <TABLE> with <CAPTION> and <S>/<C>, four
    columns whose position and occupation cells wrap in parallel, a blank line between rows) and Castlerigg's
    Appendix III (dev/text_grid4col_citizenship_castlerigg.txt, sec.gov .../813781/000089534504000812/
    jsappendix3.txt: two-line captions, a citizenship column), with MetLife's address printed under the name only
    where it is not the preamble's default (dev/text_twocol_nameaddr_metlife.txt, sec.gov .../898174/
    000095012305001628/y05541exv99w1.txt). Choices combined: columns in this order 'Name' (30) | 'Country of /
    Citizenship' (second, 15; absent where the layout prints none) | 'Present Principal / Occupation or Employment'
    (options.width + 2, one occupation outside the organisation an item, empty for a person with none) |
    'Position(s) with / the Reporting Person' (LAST, 24, one title an item), every item wrapping with a two-space
    hanging indent; the captions over two lines, bottom-aligned, each underlined by dashes of its own length; the
    names 'Surname, Given M.' in mixed case ('SURNAME, Given M.' in the upper_last_first variant), '(a)', '(b)'
    before them in the numbered variant; the address lines under the name, indented two spaces, only where the
    address is not the default, worded 'Where no address appears beneath a person's name, that person's business
    address is ...'; a blank line between rows (a full dashed line in the ruled variant); a page break
    (options.page_break_in) after the entry's second line: 'I-2', <PAGE> (a form feed without markers), 'SCHEDULE
    I (continued)' and the captions again if the header repeats."""
    org = roster.organization
    default = _default_address(roster)
    letters = _letter_codes(len(roster.people))
    heads = [["", "Name"]] + ([["Country of", "Citizenship"]] if options.citizenship else []) + [
        ["Present Principal", "Occupation or Employment"], ["Position(s) with", "the Reporting Person"]]
    widths = [30] + ([15] if options.citizenship else []) + [options.width + 2, 24]
    caption = _wrap_rows([list(head) for head in heads], widths)
    caption.append("".join(f"{'-' * len(h[1]):<{w}}" for h, w in zip(heads, widths)).rstrip())
    lines = centred("SCHEDULE I", "", "DIRECTORS AND EXECUTIVE OFFICERS OF", org.upper()) + [""]
    says = "country of citizenship, present principal occupation or employment" if options.citizenship else \
        "present principal occupation or employment"
    preamble = (f"The following table sets forth the name, {says} and position(s) with {org} (the \"Reporting "
                f"Person\") of each director and executive officer of the Reporting Person. Where no address appears "
                f"beneath a person's name, that person's business address is {_full_stop(', '.join(default))}")
    lines += textwrap.wrap(preamble, 78, initial_indent="     ") + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * 3, widths)).rstrip())
    rule = "-" * (sum(widths) - 2)
    for index, person in enumerate(roster.people):
        lead = f"({letters[index].lower()}) " if options.numbered else ""
        indent = " " * len(lead)
        name = textwrap.wrap(lead + _surname_given(person, options), widths[0] - 2, subsequent_indent=indent + "  ")
        if person["address"] != default:
            name += _hanging(person["address"], widths[0] - 2, indent + "  ")
        cells = [name] + ([textwrap.wrap(person["citizenship"], widths[1] - 2)] if options.citizenship else []) + [
            _hanging(person["other_positions"], widths[-2] - 2), _hanging(person["positions"], widths[-1] - 2)]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", f"{'I-2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                centred("SCHEDULE I (continued)") + [""] + caption if options.repeat_header else [])
        lines += rows + [rule if options.rules else ""]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML: caption row of bold <td>s, name/address/'Citizenship:' in one cell, titles and jobs in the other ------
def _cell(lines: list[str], options: Options, bold_first: bool = False) -> str:
    """A cell's lines: each in its own <p> (markers) or apart by <br> (no markers); the first in bold if asked."""
    escaped = [html.escape(line) for line in lines]
    if bold_first and escaped:
        escaped[0] = f"<b>{escaped[0]}</b>"
    if options.markers:
        return "".join(f"<p style=\"margin:0pt;font-size:10pt\">{line}</p>" for line in escaped) or "&nbsp;"
    return "<br>".join(escaped) or "&nbsp;"


def html_name_address_citizenship_label_cell(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Smith Barney Corporate Trust Company's Exhibit 99.A (tests/data/rosters_real/dev/
    table_stacked_name_title_citizenship_smith_barney.txt, sec.gov .../815097/000104746904035070/
    a2146266zex-99_a.txt: two columns, the left stacking the name and more under it, the right stacking the
    occupation and more), Lor Finance's Exhibit 7 (dev/text_asterisk_member_nameaddr_lor_finance.txt, sec.gov
    .../888002/000091205700045726/a2028396zex-99_7.txt: 'NAME, BUSINESS ADDRESS' with the address lines under the
    name) and Canopy's labelled 'Citizenship:' (dev/labelled_occupation_canopy.txt, sec.gov .../1094944/
    000102048801000016/0002.txt), as a modern HTML exhibit prints it. Choices combined: an HTML table whose caption
    row is bold underlined <td>s (no <th>): 'Name, Business Address and Citizenship' ('Name and Business Address'
    where the layout prints no citizenship) | 'Position(s) with <Org> and Present Principal Occupation or
    Employment'; the first cell the bold name ('SURNAME, Given' in the upper_last_first variant), every person's
    own address lines, then a LABELLED line 'Citizenship: Canada' (everyone's; no defaults anywhere); the second
    cell the titles held in the organisation on one line, '; '-joined, then one line per occupation outside it;
    the numbered variant a first column without caption holding 'A.', 'B.'; rows shaded alternately
    (bgcolor, as financial printers' HTML shades them; a bottom border under every row in the ruled variant);
    cell lines in <p> (markers) or apart by <br>; a page break (options.page_break_in) closes the table after that
    person's row, a centred page number and a page-break <div>, and the table goes on, its caption row repeated if
    it repeats."""
    org = roster.organization
    letters = _letter_codes(len(roster.people))
    first = "Name, Business Address and Citizenship" if options.citizenship else "Name and Business Address"
    heads = ([""] if options.numbered else []) + [first, f"Position(s) with {org} and Present Principal Occupation "
                                                         f"or Employment"]
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b><u>{html.escape(h)}</u></b></td>" if h else
                              "<td width=\"5%\">&nbsp;</td>" for h in heads) + "</tr>"
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        left = [printed_name(person, options)] + person["address"] + (
            [f"Citizenship: {person['citizenship']}"] if options.citizenship else [])
        right = (["; ".join(person["positions"])] if person["positions"] else []) + person["other_positions"]
        style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
        shade = " bgcolor=\"#CCEEFF\"" if index % 2 == 0 else ""
        cells = ([f"<td valign=\"top\"{style}>{_cell([letters[index] + '.'], options)}</td>"] if options.numbered
                 else []) + [f"<td valign=\"top\" width=\"45%\"{style}>{_cell(left, options, True)}</td>",
                             f"<td valign=\"top\"{style}>{_cell(right, options)}</td>"]
        rows.append(f"<tr{shade}>{''.join(cells)}</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" cellpadding=\"4\" cellspacing=\"0\" border=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = "<p align=\"center\">2</p><div style=\"page-break-before:always\"></div>".join(parts)
    says = ", present principal occupation or employment and citizenship" if options.citizenship else \
        " and present principal occupation or employment"
    text = (f"<html><body><p align=\"center\"><b>ANNEX A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>The name, business address, position(s) with "
            f"{html.escape(org)}{says} of each director and executive officer of {html.escape(org)} are set forth "
            f"below.</p>{body}</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. labelled blocks: '(1) Name:', citizenship second, titles stacked under the label column ------------------
def _field(label: str, values: list[str], width: int, indent: str, column: int) -> list[str]:
    """'Label:' at the indent, the values from the column, each on its own line and wrapping under itself."""
    pieces = [piece for value in values for piece in textwrap.wrap(value, width, subsequent_indent="  ")] or [""]
    return [(f"{indent}{label:<{column - len(indent)}}" if row == 0 else " " * column) + piece
            for row, piece in enumerate(pieces)]


def numbered_labels_citizenship_second_stacked_offices(roster: Roster,
                                                       options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov
    .../854460/000091205701506984/a2044032zex-1.txt: labelled blocks, values in one fixed column, the address lines
    stacked under the first) and Power Corporation of Canada's Exhibit A (dev/labelled_roman_power_corp.txt, sec.gov
    .../1265430/000120621206000006/m19319scexv99wa.txt: the citizenship right after the name, <PAGE> between the
    blocks, continuation lines indented). Choices combined: labelled blocks in this order - 'Name:' ('SURNAME,
    Given' in the upper_last_first variant), 'Country of Citizenship:' (second; absent where the layout prints
    none), 'Office(s) Held:' (one title a line, stacked in the value column), 'Other Principal Occupation:' (one
    occupation outside the organisation a line, only where there is one), 'Residence or Business Address:'
    (everyone's own lines, stacked); labels indented five spaces, values from column 40 wrapping at options.width
    + 6 with a two-space hanging indent; no blank line between the fields, one between entries (a centred
    '* * *' line between them in the ruled variant); '(1)', '(2)' in the margin before 'Name:' in the numbered variant; no
    defaults anywhere (the preamble only names the fields); a page break (options.page_break_in) after the
    'Office(s) Held:' field: '-2-', <PAGE> (a form feed without markers) and 'ANNEX I (continued)' if the header
    repeats."""
    org = roster.organization
    wrap, column, indent = options.width + 6, 40, " " * 5
    lines = centred("ANNEX I", "", "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS", f"OF {org.upper()}")
    says = "country of citizenship, " if options.citizenship else ""
    preamble = _full_stop(f"Set forth below are the name, {says}office(s) held with {org}, other principal "
                          f"occupation (if any) and residence or business address of each director and executive "
                          f"officer of {org}")
    lines += [""] + textwrap.wrap(preamble, 76, initial_indent="     ") + [""]
    for index, person in enumerate(roster.people):
        block = _field("Name:", [printed_name(person, options)], wrap, indent, column)
        if options.numbered:
            block[0] = f"{f'({index + 1})':<5}" + block[0][5:]
        if options.citizenship:
            block += _field("Country of Citizenship:", [person["citizenship"]], wrap, indent, column)
        if person["positions"]:
            block += _field("Office(s) Held:", person["positions"], wrap, indent, column)
        page_at = len(block)
        if person["other_positions"]:
            block += _field("Other Principal Occupation:", person["other_positions"], wrap, indent, column)
        block += _field("Residence or Business Address:", person["address"], wrap, indent, column)
        if options.page_break_in == index:
            block[page_at:page_at] = ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                centred("ANNEX I (continued)") + [""] if options.repeat_header else [])
        last = index == len(roster.people) - 1
        lines += block + ([""] if last or not options.rules else ["", f"{'* * *':^78}".rstrip(), ""])
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. name ..... title list with outside jobs in parentheses, the defaults and exceptions AFTER the list -------
def dot_leader_name_titles_postamble_defaults(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Harvard College's Exhibit A (tests/data/rosters_real/dev/text_name_office_harvard_college.txt, sec.gov
    .../919893/000092701602005845/dex99a.txt: a 'Name' / 'Office/Position' list, dashed caption underlines, a blank
    line between rows), National Grid USA Service Company's Exhibit A (dev/text_stacked_name_title_lines_postamble_
    address_national_grid.txt, sec.gov .../71339/000007133901000002/0003.txt: the shared business address in a
    POSTAMBLE after the list) and MetLife's parenthesised line under the occupation (dev/text_twocol_nameaddr_
    metlife.txt, sec.gov .../898174/000095012305001628/y05541exv99w1.txt). Choices combined: two columns without
    table tags, 'Name' | 'Position(s) with the Company' (from column 42; the preamble defines 'the Company'), each caption underlined by dashes of its own
    length; the name ('SURNAME, Given' in the upper_last_first variant, 'A.', 'B.' before it in the numbered
    variant) joined to its first title by DOT LEADERS, the other titles one a line under the first, wrapping
    with a two-space hanging indent; under the name, indented four spaces, each occupation outside the
    organisation in parentheses, wrapping within options.width + 8 (40 at most); a blank line between entries (a full dashed line in
    the ruled variant); AFTER the list, the defaults 'Unless otherwise noted below, the business address of each of
    the persons listed above is ..., and each of them is a citizen of ....', then one sentence per person who
    differs, in natural name order: 'The business address of Marshall A. Cohen is ....' and/or 'Marshall A. Cohen
    is a citizen of Canada.'; a page break (options.page_break_in) after the entry's second line: '2', <PAGE> (a
    form feed without markers) and the captions again if the header repeats."""
    org = roster.organization
    default = _default_address(roster)
    citizenship, country = _most_common_citizenship(roster)
    letters = _letter_codes(len(roster.people))
    title_head = "Position(s) with the Company"
    caption = [f"{'Name':<42}{title_head}", f"{'----':<42}{'-' * len(title_head)}"]
    lines = [f"{'Exhibit 99.1':>78}", ""] + centred("DIRECTORS AND EXECUTIVE OFFICERS", "OF", org.upper()) + [""]
    lines += textwrap.wrap(f"Set forth below are the names of the directors and executive officers of {org} (the "
                           f"\"Company\") and the present position(s) each of them holds with the Company.", 78,
                           initial_indent="     ") + [""] + caption + [""]
    for index, person in enumerate(roster.people):
        lead = f"{letters[index]}. " if options.numbered else ""
        name = lead + printed_name(person, options)
        left = [f"{name} {'.' * max(2, 40 - len(name) - 1)}" if person["positions"] else name]
        left += _hanging([f"({other})" for other in person["other_positions"]], min(options.width + 8, 40),
                         " " * (len(lead) + 4))
        right = _hanging(person["positions"], 78 - 42 - 2)
        rows = _wrap_rows([left, right], [max(42, len(left[0]) + 1), 36])
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", f"{'2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows + ["-" * 78 if options.rules else ""]
    lines += [""] if options.rules else []
    after = f"Unless otherwise noted below, the business address of each of the persons listed above is " \
            f"{', '.join(default)}"
    after = _full_stop(after + (f", and each of them is {_is_citizen(citizenship)}" if options.citizenship else ""))
    lines += textwrap.wrap(after, 78, initial_indent="     ") + [""]
    for person in roster.people:
        sentences = [] if person["address"] == default else [
            _full_stop(f"The business address of {person['name']} is {', '.join(person['address'])}")]
        if options.citizenship and not _covered(person, country, citizenship):
            sentences.append(_full_stop(f"{person['name']} is {_is_citizen(person['citizenship'])}"))
        lines += textwrap.wrap(" ".join(sentences), 78, initial_indent="     ") + [""] if sentences else []
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", _by_default(roster, options)


FAMILIES = {"surname_citizenship_second_titles_last": surname_citizenship_second_titles_last,
            "html_name_address_citizenship_label_cell": html_name_address_citizenship_label_cell,
            "numbered_labels_citizenship_second_stacked_offices": numbered_labels_citizenship_second_stacked_offices,
            "dot_leader_name_titles_postamble_defaults": dot_leader_name_titles_postamble_defaults}

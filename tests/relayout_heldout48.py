"""Held-out re-layout families, forty-eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (23:38-23:50 UTC by `date`) by helper session gather48 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth, twenty-first, twenty-fifth, twenty-seventh, thirtieth,
thirty-third, thirty-sixth, thirty-ninth, forty-second and forty-fifth sets, no family here adds a layout feature
that no earlier family has: each is a NEW COMBINATION of choices the earlier families (tests/relayout.py,
tests/relayout_heldout5.py .. 46.py) and the real rosters in tests/data/rosters_real/dev/ already have - column
order, caption wording and placement, rules, numbering, name form, section rows, preamble defaults with named
exceptions, labels in a column of their own, HTML cells, an HTML table saved as text - the way a real annex could
print its roster, so that no earlier family renders the same text. Each family's docstring names the real rosters
and earlier families each choice comes from:

1. segmented_rule_grid_stacked_offices_citizenship_last (fixed-width EDGAR <TABLE>): Castlerigg's segmented dashed
   grid and centred two-line captions, IDT's one-title-a-line offices, the citizenship column last.
2. html_title_paren_citizenship_capital_surnames_default_address (HTML): Citigroup's 'Title (and Citizenship, if not
   United States)' column in an HTML table, names with only the surname in capitals, MetLife's default address
   (the address cell empty where it is the default).
3. long_wrapped_labels_beside_values_citizenship_exceptions (no table tags): Micron's label column with labels
   wrapping over several lines beside their values, names in capitals, the citizenship in the preamble with a
   'Citizenship:' field only for the exceptions.
4. saved_cells_name_title_sections_address_last (HTML saved as text): Novo's one-cell-a-line saved table with a
   'Name, Title' cell, Southwestern's 'Directors' / 'Executive Officers' section rows, the address cell last.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them
once (benchmarks/bench_rosters.py) and they become development families after that measurement.
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
    _numbered,
    _surname_first,
    _wrap_rows,
    centred,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered
from relayout_heldout21 import _lines_cell
from relayout_heldout37 import _capital_surname


def _sections(roster: Roster) -> list[tuple[str, list[dict]]]:
    """'Directors' (everyone on the board) then 'Executive Officers' (those only among the officers), where the
    two bodies hold everyone; one unnamed section otherwise."""
    sections = [("Directors", [p for p in roster.people if "board of directors" in p["bodies"]]),
                ("Executive Officers", [p for p in roster.people if p["bodies"] == ["executive officers"]])]
    if sum(len(people) for _, people in sections) < len(roster.people):
        return [("", roster.people)]
    return [(name, people) for name, people in sections if people]


# ---- 1. fixed-width EDGAR <TABLE>: a segmented dashed grid, centred captions, offices a line each, citizenship last -
def segmented_rule_grid_stacked_offices_citizenship_last(roster: Roster, options: Options) -> tuple[str, str,
                                                                                                    list[dict]]:
    """After Castlerigg Master Investments' Appendix III (tests/data/rosters_real/dev/text_grid4col_citizenship_
    castlerigg.txt: 'Page 21 of 27 Pages' at the top right, a centred 'APPENDIX III' underlined, an EDGAR <TABLE>
    whose every column is underlined by its own run of dashes with one space between runs - over and under the
    two-line captions centred in their columns and between the rows -, the <S>/<C> line right under the first
    rule, Name | Principal Occupation | Address | Citizenship, the citizenship column last) and IDT Corporation's
    Exhibit 7 (dev/text_fixed4col_position_occupation_idt_corporation.txt: each title held in the company on a line
    of its own), with the 'SURNAME, Given' names of relayout.two_column and the 'Page n of m Pages' page furniture
    of running_header_page_furniture. Choices combined: columns Name | 'Position(s) and / Principal Occupation'
    ('<Title>, <Org>' one a line, then each outside occupation, wrapping at options.width + 2 with a hanging
    indent of two) | 'Business / Address' (every person's own lines) | Citizenship (last; left out where the
    layout prints none), captions centred in their columns; segmented dashed rules between the rows in the ruled
    variant (a blank line otherwise), a segmented rule closing the table; '<TABLE>', '<CAPTION>', '<S>'/'<C>' and
    '</TABLE>' only with options.markers; 'n.' before the name in the numbered variant; a page break (options.
    page_break_in) after the entry's second line: <PAGE> (a form feed without markers), 'Page 22 of 27 Pages' at
    the right, and the rule-caption-rule block again if it repeats."""
    org = roster.organization
    widths = [24, options.width + 4, 28] + ([15] if options.citizenship else [])
    heads = [["", "Name"], ["Position(s) and", "Principal Occupation"], ["Business", "Address"],
             ["", "Citizenship"]][:len(widths)]
    rule = " ".join("-" * (w - 1) for w in widths)
    captions = [("".join(f"{h[row]:^{w - 1}} " for h, w in zip(heads, widths))).rstrip() for row in range(2)]
    block = [rule] + ([" ".join(f"{m:<{w - 1}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip()]
                      if options.markers else []) + captions + [rule]
    preamble = textwrap.wrap(
        f"The following table sets forth the name, business address, position(s) with {org}, present principal "
        f"occupation{' and citizenship' if options.citizenship else ''} of each of the directors and executive "
        f"officers of {_full_stop(org)}", 68, initial_indent="          ")
    lines = [f"{'Page 20 of 27 Pages':>78}"] + centred("APPENDIX III", "------------", "",
                                                         "INFORMATION REGARDING THE INSTRUCTION C PERSONS", "",
                                                         f"{org.upper()} DIRECTORS AND EXECUTIVE OFFICERS")
    lines += ["", *preamble, ""] + (["<TABLE>", "<CAPTION>"] if options.markers else []) + block
    for index, person in enumerate(roster.people):
        name = textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2,
                             subsequent_indent="   ")
        offices = [piece for item in [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]
                   for piece in textwrap.wrap(item, widths[1] - 2, subsequent_indent="  ")]
        address = [piece for line in person["address"] for piece in textwrap.wrap(line, widths[2] - 2)]
        cells = [name, offices, address] + ([textwrap.wrap(person["citizenship"], widths[3] - 2)]
                                            if options.citizenship else [])
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", "<PAGE>" if options.markers else "\f", f"{'Page 22 of 27 Pages':>78}", ""] + (
                block if options.repeat_header else [])
        lines += rows
        if index < len(roster.people) - 1:
            lines.append(rule if options.rules else "")
    lines.append(rule)
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML: 'Title (and Citizenship, if not ...)', surnames in capitals, the address cell empty at the default ---
def html_title_paren_citizenship_capital_surnames_default_address(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After Citigroup's Exhibit 99.A (tests/data/rosters_real/dev/text_name_title_citizenship_citigroup.txt: a
    column captioned 'TITLE (AND CITIZENSHIP, IF NOT UNITED STATES)', the citizenship '(Brazil)' after the title of
    those of another country only), MetLife's Exhibit 99.1 (dev/text_twocol_nameaddr_metlife.txt: the preamble's
    default business address, an address printed only where it differs) and Southwestern Energy's Schedule A
    (dev/html_section_rows_southwestern_energy.htm: an HTML table whose captions are bold <td>s over a bottom
    border), with given_names_capital_surname's names (relayout_heldout37: only the surname in capitals, 'Pei-yuan
    CHIA', 'CHIA Pei-yuan' in the upper_last_first variant) and html_name_citizenship_long_caption_address_column's
    cell lines (relayout_heldout45: each in its own <p> with options.markers, apart by <br> without). Choices
    combined: an HTML table Name | 'Title (and Citizenship, if not <the roster's most common citizenship>)' (each
    title held in <Org> on its own line, ' (<citizenship>)' after the last for a person of another citizenship,
    the parenthesis alone where he holds no title; 'Title' and no parenthesis where the layout prints no
    citizenship) | 'Present Principal Occupation (if other than with <Org>)' (outside occupations one a line,
    empty where there is none) | 'Business Address' (the lines only where the address is not the preamble's
    default 'Unless otherwise indicated, the business address of each person listed below is ...', empty
    otherwise); the caption row bold <td>s; '1.' before the name in the numbered variant; the ruled variant a top
    border on every person's cells; a page break (options.page_break_in, not after the last) closes the table, a
    centred 'A-2', and a new table follows with the caption row again if it repeats."""
    org = roster.organization
    default = _default_address(roster)
    citizenship, country = _most_common_citizenship(roster)
    title_head = f"Title (and Citizenship, if not {citizenship})" if options.citizenship else "Title"
    heads = ["Name", title_head, f"Present Principal Occupation (if other than with {org})", "Business Address"]
    bottom = " style=\"border-bottom:1pt solid #000000\""
    header = "<tr>" + "".join(f"<td valign=\"bottom\"{bottom}><b>{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    top = " style=\"border-top:0.5pt solid #000000\"" if options.rules else ""
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        name = _numbered(index, _capital_surname(person["name"], options.upper_last_first), options)
        titles = list(person["positions"])
        if options.citizenship and not _covered(person, country, citizenship):
            own = f"({person['citizenship']})"
            titles = titles[:-1] + [f"{titles[-1]} {own}"] if titles else [own]
        address = [] if person["address"] == default else person["address"]
        cells = [[name], titles, person["other_positions"], address]
        rows.append("<tr>" + "".join(f"<td valign=\"top\"{top}>{_lines_cell(c, options)}</td>" for c in cells)
                    + "</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" border=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = "<p align=\"center\">A-2</p><div style=\"page-break-before:always\"></div>".join(parts)
    says = "name, title, present principal occupation (where other than with " + org + ") and business address"
    preamble = (f"The following table sets forth the {says} of each director and executive officer of "
                f"{_full_stop(org)} Unless otherwise indicated, the business address of each person listed below is "
                f"{_full_stop(', '.join(default))}")
    if options.citizenship:
        preamble += f" Each person listed below is {_is_citizen(citizenship)} unless otherwise indicated."
    text = (f"<html><body><p align=\"center\"><b>ANNEX A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>{body}</body></html>")
    people = _by_default(roster, options) if options.citizenship else [expected(p, org, options)
                                                                       for p in roster.people]
    return ".htm", text, people


# ---- 3. no table tags: labels wrapping in a column of their own beside the values; citizenship exceptions -----------
LABEL_WIDTH = 37


def _field(label: str, values: list[str], width: int) -> list[str]:
    """The label wrapped inside the label column, the values (each wrapping under itself) beside it."""
    labels = textwrap.wrap(label, LABEL_WIDTH - 6)
    lines = [piece for value in values for piece in textwrap.wrap(value, width, subsequent_indent="  ")]
    return _wrap_rows([labels, lines], [LABEL_WIDTH, width])


def long_wrapped_labels_beside_values_citizenship_exceptions(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: '<PAGE>' and
    'EXHIBIT 1' at the right margin, a preamble saying 'All directors are United States citizens.', then per person
    labelled fields in two columns without table tags - the labels in a column 37 wide, a long label ('Name,
    principal business and address of corporation or other organization on which employment is conducted:')
    wrapping over five lines in it, the values beside the labels - a blank line between fields), with
    labelled_alternative's names in capitals (tests/relayout.py), labelled_address_first_exceptions' and
    caps_labels_above_values_citizenship_exceptions' citizenship given once in the preamble with a field only for
    the exceptions, and labels_above_values' one title a line. Choices combined: fields 'Name:' (the name in
    CAPITALS; 'SURNAME, Given' in the upper_last_first variant; '(1)' before it in the numbered variant) |
    'Position(s) with <Org>:' (the label wrapping in its column where the name is long; each title a line; left
    out where there is none) | 'Business Address:' (every person's own lines) | the SEC's long label 'Present
    principal occupation or employment (if other than with <Org>) and the name, principal business and address of
    any corporation or other organization in which such employment is conducted:' wrapping over six or more lines
    (the outside occupations, only where there is one) | 'Citizenship:' only for a person whose citizenship is not
    the preamble's 'Each of the persons listed below is a citizen of ... unless otherwise indicated' (none of it
    where the layout prints no citizenship); values wrap at options.width + 6; a blank line between fields, two
    between persons (a line of '=' in the ruled variant); a page break (options.page_break_in) after the 'Name:'
    field: <PAGE> (a form feed without markers), 'EXHIBIT 1' at the right and 'DIRECTORS AND EXECUTIVE OFFICERS
    (continued)' if the header repeats."""
    org = roster.organization
    width = options.width + 6
    citizenship, country = _most_common_citizenship(roster)
    lines = (["<PAGE>", ""] if options.markers else []) + [f"{'EXHIBIT 1':>78}", ""]
    lines += centred("DIRECTORS AND EXECUTIVE OFFICERS", f"OF {org.upper()}") + [""]
    preamble = f"The following is a list of all of the directors and executive officers of {_full_stop(org)}"
    if options.citizenship:
        preamble += f" Each of the persons listed below is {_is_citizen(citizenship)} unless otherwise indicated."
    lines += textwrap.wrap(preamble, 78, initial_indent="     ") + [""]
    occupation_label = (f"Present principal occupation or employment (if other than with {org}) and the name, "
                        f"principal business and address of any corporation or other organization in which such "
                        f"employment is conducted:")
    for index, person in enumerate(roster.people):
        name = _surname_first(person["name"]) if options.upper_last_first else person["name"].upper()
        fields = [_field("Name:", [f"({index + 1}) {name}" if options.numbered else name], width)]
        if person["positions"]:
            fields.append(_field(f"Position(s) with {org}:", person["positions"], width))
        fields.append(_field("Business Address:", person["address"], width))
        if person["other_positions"]:
            fields.append(_field(occupation_label, person["other_positions"], width))
        if options.citizenship and not _covered(person, country, citizenship):
            fields.append(_field("Citizenship:", [person["citizenship"]], width))
        for number, field_lines in enumerate(fields):
            lines += field_lines + [""]
            if number == 0 and options.page_break_in == index:
                lines += ["<PAGE>" if options.markers else "\f", f"{'EXHIBIT 1':>78}", ""] + (
                    centred("DIRECTORS AND EXECUTIVE OFFICERS (continued)") + [""] if options.repeat_header else [])
        lines += ["=" * 78, ""] if options.rules else [""]
    people = _by_default(roster, options) if options.citizenship else [expected(p, org, options)
                                                                       for p in roster.people]
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", people


# ---- 4. HTML saved as text: 'Name, Title' cells, section rows, the address cell last --------------------------------
def saved_cells_name_title_sections_address_last(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Novo Holdings A/S Schedule I (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1865494/000138832526000003/ex-99-01242026_120118.htm, saved as
    text: 'EXHIBIT 99.1', 'SCHEDULE I', a one-line preamble, the organisation's name, the caption cells one a line,
    then every cell on a line of its own, the first cell 'Name,' with the title on the next line, each address
    line on a line of its own), Southwestern Energy's section rows (dev/html_section_rows_southwestern_energy.htm:
    'Directors' / 'Executive Officers' rows in the table) and html_saved_as_text's blank line between rows and '-'
    for an empty cell (tests/relayout.py). Choices combined: the caption cells 'Name, Title' | 'Citizenship' (left
    out, with every citizenship line, where the layout prints none) | 'Principal Occupation' | 'Business Address'
    (last); each row the name followed by a comma ('SURNAME, Given,' in the upper_last_first variant; '1.' before it
    in the numbered variant, counted in print order), the titles held in <Org> '; '-joined on the next line (the
    name alone, without the comma, where there is none), the citizenship, the outside occupations '; '-joined on
    one line ('-' where there is none with options.markers, 'N/A' without), then every address line; a blank line
    between rows (a saved border line of underscores then a blank line in the ruled variant); section rows
    'Directors' / 'Executive Officers' (one saved cell each, followed by a blank line) where the two bodies hold
    everyone, the persons in section order; a page break (options.page_break_in) after that person's name-and-
    title cell: a blank line, the page number 'I-2', and the caption cells again if they repeat."""
    org = roster.organization
    heads = ["Name, Title"] + (["Citizenship"] if options.citizenship else []) + ["Principal Occupation",
                                                                                 "Business Address"]
    lines = ["EXHIBIT 99.1", "SCHEDULE I",
             f"Information regarding each director and executive officer of {org} is set forth below.", org, *heads, ""]
    number = 0
    for section, people in _sections(roster):
        if section:
            lines += [section, ""]
        for person in people:
            name = _numbered(number, printed_name(person, options), options)
            number += 1
            lines += [f"{name},", "; ".join(person["positions"])] if person["positions"] else [name]
            if options.page_break_in == roster.people.index(person):
                lines += ["", "I-2", ""] + (heads + [""] if options.repeat_header else [])
            lines += [person["citizenship"]] if options.citizenship else []
            lines.append("; ".join(person["other_positions"]) or ("-" if options.markers else "N/A"))
            lines += person["address"]
            lines += ["_" * 40, ""] if options.rules else [""]
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"segmented_rule_grid_stacked_offices_citizenship_last":
                segmented_rule_grid_stacked_offices_citizenship_last,
            "html_title_paren_citizenship_capital_surnames_default_address":
                html_title_paren_citizenship_capital_surnames_default_address,
            "long_wrapped_labels_beside_values_citizenship_exceptions":
                long_wrapped_labels_beside_values_citizenship_exceptions,
            "saved_cells_name_title_sections_address_last": saved_cells_name_title_sections_address_last}

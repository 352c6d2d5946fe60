"""Held-out re-layout families, twenty-fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (04:02-04:10 UTC by `date`) by helper session gather25 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth and twenty-first sets, no family here adds a layout feature that
no earlier family has: each is a NEW COMBINATION of features the earlier families (and the real rosters in
tests/data/rosters_real/dev/) already have - column order and widths, which column wraps, header label words, name
order and case, numbering style, entry separators, values stacked under the name, page breaks inside an entry with
a repeated header, preamble defaults worded anew, HTML <th>/colspan/<br>/<p> cells, HTML saved as text, footnotes
after a table - the way a real annex could print its roster, so that no earlier family (gather18's, gather19's and
gather21's included) renders the same text. Each family's docstring names the real roster it is modelled on and the
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
    _wrap_rows,
    centred,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship, _roman
from relayout_heldout19 import _by_default, _covered


def _letters(index: int) -> str:
    """'A', 'B', ... 'Z', 'AA', 'BB', ... (the lettering of long annexes)."""
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index % 26] * (index // 26 + 1)


# ---- 1. EDGAR <TABLE>: a stacked caption, the address under the name where not the default, citizenship last ----
def stacked_caption_address_under_name(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra Foods' Schedule I (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_foods.txt,
    sec.gov .../802481/000090044003000019/sch1.txt: the name with its address lines stacked under it in the left
    column, the preamble's default address) and the Bear Stearns Exhibit 1.1 (dev/text_fixed5col_employer_bsci.txt,
    sec.gov .../1058444/000095013506005955/b62468scexv1w1.txt: a fixed-width <TABLE> whose captions are stacked
    over several lines, one dashed underline per column, <S>/<C>, cells wrapping independently, '--' for a cell
    with nothing), with Castlerigg's citizenship in the LAST column (dev/text_grid4col_citizenship_castlerigg.txt).
    Choices combined: four columns 'Name and Business Address' (34) | 'Position(s) with the Reporting Person'
    (22, one title a line) | 'Present Principal Occupation or Employment' (options.width + 2, one occupation
    outside the organisation a line; '--' for a person with none) | 'Country of Citizenship' (last, only when
    the layout prints one), every cell's item wrapping under itself with a two-space hanging indent, the
    captions stacked over three lines, bottom-aligned; the address lines under the name only where the address
    is not the preamble's default, worded 'Unless otherwise indicated, each person's business address is ...';
    '(1)' before the name in the numbered variant (the stacked lines indented under the name), 'SURNAME, Given'
    in the upper_last_first variant; a blank line
    between entries (a full-width dashed line in the ruled variant); a page break (options.page_break_in) after
    the entry's first line: page number, <PAGE> (a form feed without markers) and the caption again if it
    repeats."""
    org = roster.organization
    default = _default_address(roster)
    widths = [34, 22, options.width + 2] + ([15] if options.citizenship else [])
    caption = _wrap_rows([["", "", "Name and", "Business Address"],
                          ["", "Position(s) with", "the Reporting", "Person"],
                          ["", "Present Principal", "Occupation or", "Employment"]]
                         + ([["", "", "Country of", "Citizenship"]] if options.citizenship else []), widths)
    caption = [line for line in caption if line]
    underline = "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()
    header = ["<CAPTION>"] + caption + [underline] if options.markers else caption + [underline]
    lines = [f"{'SCHEDULE I':>78}", ""] + centred("DIRECTORS AND EXECUTIVE OFFICERS", f"OF {org.upper()}") + [""]
    says = ", present principal occupation or employment and country of citizenship" if options.citizenship else \
        " and present principal occupation or employment"
    lines += textwrap.wrap(f"The following table sets forth the name, business address, position(s) with {org} (the "
                           f"\"Reporting Person\"){says} of each director and executive officer of the Reporting "
                           f"Person. Unless otherwise indicated, each person's business address is "
                           f"{_full_stop(', '.join(default))}", 78) + [""]
    lines += (["<TABLE>"] if options.markers else []) + header
    lines += ["".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip()] \
        if options.markers else [""]
    for index, person in enumerate(roster.people):
        lead = f"({index + 1}) " if options.numbered else ""
        left = textwrap.wrap(lead + printed_name(person, options), widths[0] - 2, subsequent_indent=" " * len(lead))
        left += [] if person["address"] == default else [
            piece for line in person["address"]
            for piece in textwrap.wrap(line, widths[0] - 2, initial_indent=" " * len(lead),
                                       subsequent_indent=" " * len(lead) + "  ")]
        titles = [piece for title in person["positions"]
                  for piece in textwrap.wrap(title, widths[1] - 2, subsequent_indent="  ")]
        jobs = [piece for job in person["other_positions"]
                for piece in textwrap.wrap(job, widths[2] - 2, subsequent_indent="  ")] or ["--"]
        cells = [left, titles, jobs] + ([textwrap.wrap(person["citizenship"], widths[3] - 2)]
                                        if options.citizenship else [])
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'I-2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                header if options.repeat_header else [])
        lines += rows + (["-" * sum(widths)] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML <th>: a colspan title row, citizenship second, one wide cell with titles, jobs and address -------------
_LONG_OCCUPATION = ("Present Principal Occupation or Employment and the Name, Principal Business and Address of Any "
                    "Corporation or Other Organization in Which Such Employment Is Conducted")


def _cell(lines: list[str], options: Options) -> str:
    """A cell's lines: each in its own <p> (markers) or apart by <br> (no markers)."""
    escaped = [html.escape(line) for line in lines]
    if options.markers:
        return "".join(f"<p style=\"margin:0pt\">{line}</p>" for line in escaped) or "&nbsp;"
    return "<br>".join(escaped) or "&nbsp;"


def html_th_citizenship_second_wide_cell(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Smith Barney Exhibit 99.A (tests/data/rosters_real/dev/table_stacked_name_title_citizenship_smith_
    barney.txt, sec.gov .../815097/000104746904035070/a2146266zex-99_a.txt: the right column stacks the occupation,
    the employer and the address lines, no preamble) and the Trilogy Exhibit 99.1 tables (dev/html_as_text_pipes_
    yes_no_flag_columns_three_tables_trilogy_2009.txt, sec.gov .../945989/000136231009002019/c81090exv99w1.htm: the
    SEC's long 'Present Principal Occupation or Employment' caption), with the 'Country of Citizenship' caption of
    Item 2(f). Choices combined: one HTML table with <th> captions in the order 'Name' | 'Country of Citizenship'
    (second; absent where the layout prints no citizenship) | 'Present Principal Occupation or Employment and the
    Name, Principal Business and Address of Any Corporation or Other Organization in Which Such Employment Is
    Conducted'; above the captions a title row, one <td colspan> in bold capitals naming the organisation; the
    wide cell stacks each title held in the organisation as '<Title>, <Org>', then each occupation outside it, then
    the business address lines (every person's own; no defaults anywhere); cell lines in <p> (markers) or apart by
    <br>; 'A.' before the name in the numbered variant, 'SURNAME, Given' in the upper_last_first variant; a top
    border on every person's cells in the ruled variant; a page break (options.page_break_in) closes the table
    after that person's row, a centred page number, and a new table opens with the <th> captions if they repeat."""
    org = roster.organization
    heads = ["Name"] + (["Country of Citizenship"] if options.citizenship else []) + [_LONG_OCCUPATION]
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\" style=\"border-bottom:1pt solid #000000\">"
                              f"{html.escape(h)}</th>" for h in heads) + "</tr>"
    title = (f"<tr><td colspan=\"{len(heads)}\" align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></td></tr>")
    td = "<td valign=\"top\" style=\"border-top:1pt solid #000000\">" if options.rules else "<td valign=\"top\">"
    rows, tables = [title, header], []
    for index, person in enumerate(roster.people):
        name = (f"{_letters(index)}. " if options.numbered else "") + printed_name(person, options)
        wide = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"] + person["address"]
        cells = [[name]] + ([[person["citizenship"]]] if options.citizenship else []) + [wide]
        rows.append("<tr>" + "".join(f"{td}{_cell(c, options)}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" border=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = "<p align=\"center\">2</p><p style=\"page-break-before:always\">&nbsp;</p>".join(parts)
    says = "name, country of citizenship and" if options.citizenship else "name and"
    text = (f"<html><body><p align=\"right\"><b>Exhibit 2</b></p><p>The following table sets forth the {says} "
            f"present principal occupation or employment, including the name, principal business and address of "
            f"any corporation or other organization in which such employment is conducted, of each director and "
            f"executive officer of {html.escape(_full_stop(org))}</p>{body}</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. HTML saved as text with '|' cells: footnote marks on names, the addresses in notes after the table --------
def _pipe_cell(value: str) -> list[str]:
    """One saved cell: '|value', or, as the rendering does for a long cell, an empty '|' line then the value."""
    return ["|", value] if len(value) > 60 else [f"|{value}"]


def pipe_cells_footnoted_addresses(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Trilogy Exhibit 99.1 of 2008 (tests/data/rosters_real/dev/html_as_text_pipes_yes_no_flag_columns_
    footnotes_trilogy_2008.txt, sec.gov .../909793/000095013408004724/d54941exv99w1.htm: an HTML table saved as
    text, every cell on its own line starting with '|', a long cell after an empty '|' line, footnote marks glued
    to names and a footnote after the table giving a business address) and IDT Corporation's Exhibit 7
    (dev/text_fixed4col_position_occupation_idt_corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt:
    a Name / Position / Principal Occupation table). Choices combined: the saved cells in the order 'Name' |
    'Present Principal Occupation or Employment' | 'Position(s) with <Org>' | 'Citizenship' (only where the layout
    prints one): the occupation BEFORE the position, the occupations outside the organisation '; '-joined ('-'
    for a person with none), the titles '; '-joined; a 'No.' cell '1.' first in the numbered variant; the name
    ('SURNAME, Given' in the upper_last_first variant) followed by a footnote mark ' (1)', ' (2)', ... only where
    the person's address is not the preamble's default, the default worded 'Unless otherwise indicated in the notes
    to the table, the business address of each person listed below is ...'; after the table, one note per mark:
    '(1) The business address of <Name> is ....'; a blank line between rows in the ruled variant; a page break
    (options.page_break_in) after that person's row: the page number 'A-2' and the caption cells again if they
    repeat."""
    org = roster.organization
    default = _default_address(roster)
    heads = (["No."] if options.numbered else []) + ["Name", "Present Principal Occupation or Employment",
                                                     f"Position(s) with {org}"] + (
        ["Citizenship"] if options.citizenship else [])
    header = [f"|{h}" for h in heads]
    lines = centred("ANNEX A", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    says = ", present principal occupation or employment and citizenship" if options.citizenship else \
        " and present principal occupation or employment"
    lines += textwrap.wrap(f"Set forth below are the name, position(s) with {org}{says} of each director and "
                           f"executive officer of {_full_stop(org)} Unless otherwise indicated in the notes to the table, the "
                           f"business address of each person listed below is {_full_stop(', '.join(default))}", 78)
    lines += [""] + header
    notes = []
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        if person["address"] != default:
            notes.append(f"({len(notes) + 1}) " + _full_stop(f"The business address of {person['name']} is "
                                                              f"{', '.join(person['address'])}"))
            name += f" ({len(notes)})"
        cells = ([f"{index + 1}."] if options.numbered else []) + [
            name, "; ".join(person["other_positions"]) or "-", "; ".join(person["positions"]) or "-"] + (
            [person["citizenship"]] if options.citizenship else [])
        lines += [line for cell in cells for line in _pipe_cell(cell)] + ([""] if options.rules else [])
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", "A-2", ""] + (header if options.repeat_header else [])
    lines += [""] + [piece for note in notes for piece in textwrap.wrap(note, 78)]
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. two columns without table tags: titles under the name, override sentences beside, roman numbering ---------
def _sections(roster: Roster) -> list[tuple[str, list[dict]]]:
    """Motorola's 'DIRECTORS OF <ORG>' / 'EXECUTIVE OFFICERS OF <ORG>' by body, or one list where someone is in
    neither body (a general partner, a person the gold gives no body)."""
    directors = [p for p in roster.people if "board of directors" in p["bodies"]]
    officers = [p for p in roster.people if p["bodies"] == ["executive officers"]]
    if len(directors) + len(officers) < len(roster.people):
        return [("", roster.people)]
    return [(body, people) for body, people in (("DIRECTORS", directors), ("EXECUTIVE OFFICERS", officers)) if people]


def hanging_titles_under_name_overrides(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Motorola's Appendix I (tests/data/rosters_real/dev/text_twocol_prose_overrides_motorola.txt, sec.gov
    .../824169/000006850501000015/0002.txt: no table tags, two columns with a hanging indent, 'DIRECTORS OF
    MOTOROLA' section headings, the defaults in the preamble and the exceptions in sentences continuing the
    occupation cell) and Refac's Exhibit 99.2 (dev/text_twocol_nametitle_dashed_refac.txt, sec.gov .../311046/
    000095017205002966/ny5268.txt: the titles wrapped under the name in the left column), with the roman
    numbering of Power Corporation's exhibits. Choices combined: captions 'Name and Position' | 'Principal
    Occupation' underlined by hyphens; the left column (26) holds the name ('SURNAME, Given' in the
    upper_last_first variant, 'i.' before it in the numbered variant) then each title held in the organisation
    on a line of its own; the right column (options.width + 12) wraps the occupations outside the organisation
    ('; '-joined; '<Title>, <Org>' for a person with none), then 'Business address: ....' where the address is
    not the default and '<Name> is a citizen of France.' where the citizenship is not the default; the preamble's
    defaults worded 'Each of the persons named below is a citizen of ..., unless otherwise noted.' and 'In
    addition, unless otherwise noted, each such person's business address is ...'; body section headings 'DIRECTORS
    OF <ORG>' / 'EXECUTIVE OFFICERS OF <ORG>' where every person is in one of the two; a blank line between
    entries (a short dashed line in the ruled variant); a page break (options.page_break_in) after the entry's
    second line: page number, <PAGE> (a form feed without markers), 'APPENDIX A (continued)' and the captions if
    they repeat."""
    org = roster.organization
    default = _default_address(roster)
    citizenship, country = _most_common_citizenship(roster)
    left, right = 26, options.width + 12
    captions = [f"{'Name and Position':<{left}}Principal Occupation", f"{'-' * 17:<{left}}{'-' * 20}"]
    lines = ["APPENDIX A", "", "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS", f"OF {org.upper()}", ""]
    preamble = (f"The following table sets forth the name, position with {org}, principal occupation or employment "
                f"and business address of each director and executive officer of {_full_stop(org)}")
    if options.citizenship:
        preamble += f" Each of the persons named below is {_is_citizen(citizenship)}, unless otherwise noted."
    preamble += (f" In addition, unless otherwise noted, each such person's business address is "
                 f"{_full_stop(', '.join(default))}")
    lines += textwrap.wrap(preamble, 70) + ["", ""]
    number = 0
    for body, people in _sections(roster):
        lines += ([f"{body} OF {org.upper()}", ""] if body else []) + captions + [""]
        for person in people:
            number += 1
            lead = f"{_roman(number)}. " if options.numbered else ""
            stack = textwrap.wrap(lead + printed_name(person, options), left - 2, subsequent_indent=" " * len(lead))
            stack += [piece for title in person["positions"]
                      for piece in textwrap.wrap(title, left - 2, initial_indent=" " * len(lead),
                                                 subsequent_indent=" " * len(lead) + "  ")]
            said = "; ".join(person["other_positions"]) or "; ".join(f"{t}, {org}" for t in person["positions"])
            said = _full_stop(said) if said else ""
            if person["address"] != default:
                said += (" " if said else "") + _full_stop(f"Business address: {', '.join(person['address'])}")
            if options.citizenship and not _covered(person, country, citizenship):
                said += (" " if said else "") + _full_stop(f"{person['name']} is {_is_citizen(person['citizenship'])}")
            rows = _wrap_rows([stack, textwrap.wrap(said, right)], [left, right])
            if options.page_break_in == roster.people.index(person) and len(rows) > 2:
                rows[2:2] = ["", f"{'A-2':^70}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                    ["APPENDIX A (continued)", ""] + captions + [""] if options.repeat_header else [])
            lines += rows + (["-" * 20, ""] if options.rules else [""])
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", _by_default(roster, options)


FAMILIES = {"stacked_caption_address_under_name": stacked_caption_address_under_name,
            "html_th_citizenship_second_wide_cell": html_th_citizenship_second_wide_cell,
            "pipe_cells_footnoted_addresses": pipe_cells_footnoted_addresses,
            "hanging_titles_under_name_overrides": hanging_titles_under_name_overrides}

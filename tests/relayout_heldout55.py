"""Held-out re-layout families, fifty-fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (03:50-03:54 UTC by `date`) by helper session gather55 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close variant of ONE real
development roster (tests/data/rosters_real/dev/, listed in tests/data/rosters_real/SOURCES.md), printing the other
persons the way that filing prints its own, with only the small differences two law firms' filings show. The four
rosters are among those used by one earlier close-variant family only (heldout23 ... heldout51 counted, siblings
included), and each family differs from that earlier family in at least two choices:

- labelled_fields_citizenship_each_block (Micron Technology's Exhibit 1): labelled field blocks, one field a
  blank line apart, values from column 37, a 'Position:' field and a 'Citizenship:' field in every block.
- name_address_title_citizenship_columns (Deutsche Acquisition Corp.'s Exhibit 3): the name over its address
  lines | '<titles> of Purchaser; <occupation>' | a citizenship column; the real 'Name' / 'Title' header words.
- numbered_name_position_stacked_table (Scout Capital's Exhibit I): the real two-line title and no preamble, the
  name with '<titles> of <Org>' stacked under it, a 'CITIZENSHIP' column, segmented rules in the ruled variant.
- name_address_occupation_citizenship_one_table (MetLife's Exhibit 1): one table for everyone, every person's own
  address under the name, '<titles>, <Org>' then the outside occupations, a citizenship column.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import textwrap

from relayout import Options, Roster, _wrap_rows, expected, printed_name


def _wrap(text: str, width: int, indent: str = "", first: str = "") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def _and_titles(positions: list[str]) -> str:
    """'Director and President', 'Director, Vice President and Secretary'; '; ' where a title holds a comma or an
    'and' of its own, so that no joined title reads as two."""
    if any("," in t or " and " in t for t in positions):
        return "; ".join(positions)
    return positions[0] if len(positions) < 2 else ", ".join(positions[:-1]) + " and " + positions[-1]


def _cells(items: list[str], width: int, indent: str = "") -> list[str]:
    return [piece for item in items for piece in _wrap(item, width, indent)]


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


# ---- 1. Micron: labelled field blocks, a position and a citizenship field in each ----------------------------------
def labelled_fields_citizenship_each_block(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/854460/000091205701506984/a2044032zex-1.txt: '<PAGE>', 'EXHIBIT 1' at the
    right margin, a centred section word, an indented preamble, then one block per person of labelled fields a blank
    line apart - 'Name:', 'Business Address:' (lines stacked under the first), 'Principal Occupation:' - the values from
    column 37, wrapping under themselves). Printed the same way here. Differences from the real one (and from gather35's
    `labelled_blocks_employer_field`, after the same roster): 'EXHIBIT 99.3' at the right margin and the centred title
    'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>'; the preamble 'The following is a list of the directors and executive
    officers of <Org>, with the position, business address, principal occupation and citizenship of each.' (it
    names no country); a 'Position:' field after the name ('<titles> of <Org>', the titles joined 'A, B and C'), the
    'Principal Occupation:' field holding the outside occupations one a line (the field left empty where there is none,
    as Micron leaves a retired director's employer field empty), and a 'Citizenship:' field closing each block where the
    layout prints a citizenship; no employer field (the values from column 37 as in the real one; gather35's from 35);
    '1.' before 'Name:' in the numbered variant, 'SURNAME, Given' in the upper_last_first one; a rule of hyphens between
    blocks in the ruled variant; a page break (options.page_break_in) after that person's 'Name:' field: '<PAGE>' (a
    form feed without markers) and 'EXHIBIT 99.3 (continued)' at the right margin if the header repeats. The width of
    the values is options.width + 8."""
    org = roster.organization
    col, width = 37, options.width + 8
    fields = "position, business address" + (", principal occupation and citizenship" if options.citizenship
                                               else " and principal occupation")
    lines = ["<PAGE>" if options.markers else "", "", f"{'EXHIBIT 99.3':>79}", "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^79}".rstrip(), ""]
    lines += _wrap(f"The following is a list of the directors and executive officers of {org}, with the {fields} "
                   f"of each.", 79, first="     ") + [""]

    def field(label: str, values: list[str]) -> list[str]:
        values = values or [""]
        return [(f"{label if i == 0 else '':<{col}}{v}").rstrip() for i, v in enumerate(values)] + [""]

    for index, person in enumerate(roster.people):
        if index and options.rules:
            lines += ["-" * 79, ""]
        label = f"{index + 1}. Name:" if options.numbered else "Name:"
        lines += field(label, [printed_name(person, options)])
        if options.page_break_in == index:
            lines += ["<PAGE>" if options.markers else "\f", ""] + (
                [f"{'EXHIBIT 99.3 (continued)':>79}", ""] if options.repeat_header else [])
        if person["positions"]:
            lines += field("Position:", _wrap(f"{_and_titles(person['positions'])} of {org}", width))
        lines += field("Business Address:", _cells(person["address"], width))
        lines += field("Principal Occupation:", _cells(person["other_positions"], width, "  "))
        if options.citizenship:
            lines += field("Citizenship:", [person["citizenship"] or ""])
    return ".txt", "\n".join(lines).rstrip() + "\n", _people(roster, options)


# ---- 2. Deutsche Acquisition: name over address | title | citizenship --------------------------------------------
def name_address_title_citizenship_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Deutsche Acquisition Corp.'s Exhibit 3 (tests/data/rosters_real/dev/text_twocol_nameaddr_title_deutsche_
    acquisition.txt, sec.gov https://www.sec.gov/Archives/edgar/data/811917/000090342300000439/0004.txt: 'Exhibit 3'
    at the left, the organisation's name and 'Officers and Directors' centred, an indented preamble defining the
    organisation's short name ('("Purchaser")'), an EDGAR <TABLE> without <CAPTION>: 'Name' | 'Title' with dashes
    of the words' length, <S>/<C>, the name with its address lines under it, '<titles> of Purchaser; <occupation>'
    wrapping beside it, a blank line between persons). Printed the same way here, with the real header words and the
    real defined term. Differences from the real one (and from gather26's `edgar_name_address_defined_term`, after
    the same roster, which used '(the "Company")', other header words, two columns and the citizenship in the
    preamble): 'Exhibit 4'; a third column 'Citizenship' (Castlerigg's and Scout's rosters print one) holding each
    person's country, the preamble saying so where the layout prints a citizenship; the left column 36 wide (as the
    real one), the title column options.width + 6, the citizenship column from there; the titles joined 'A, B and
    C' (or '; '); '1.' before the name in the numbered variant, 'SURNAME, Given' in the upper_last_first one; a
    dashed line between persons in the ruled variant; no tags without markers; a page break (options.page_break_in)
    after the entry's first line: '<PAGE>' (a form feed without markers), a centred '-2-', the header again if it
    repeats."""
    org = roster.organization
    widths = [36, options.width + 6, 20]
    heads = ["Name", "Title"] + (["Citizenship"] if options.citizenship else [])
    header = ["".join(f"{h:<{w}}" for h, w in zip(heads, widths)).rstrip(),
              "".join(f"{'-' * len(h):<{w}}" for h, w in zip(heads, widths)).rstrip()]
    says = "name, business address, position with Purchaser, present principal occupation" + (
        " and citizenship" if options.citizenship else "")
    lines = ["Exhibit 4", "", "", f"{org:^80}".rstrip(), "", f"{'Officers and Directors':^80}".rstrip(), "", ""]
    lines += _wrap(f"The following table sets forth the {says} of each director and executive officer of {org} "
                   f"(\"Purchaser\").", 78, first=" " * 18) + ["", ""]
    lines += (["<TABLE>"] if options.markers else []) + header
    if options.markers:
        lines.append(f"{'<S>':<{widths[0]}}{'<C>':<{widths[1]}}<C>" if options.citizenship
                     else f"{'<S>':<{widths[0]}}<C>")
    for index, person in enumerate(roster.people):
        titles = [f"{_and_titles(person['positions'])} of Purchaser"] if person["positions"] else []
        left = _wrap(f"{index + 1}. " * options.numbered + printed_name(person, options), widths[0] - 2)
        left += _cells(person["address"], widths[0] - 2, "  ")
        cells = [left, _wrap("; ".join(titles + person["other_positions"]), widths[1] - 2)]
        if options.citizenship:
            cells.append([person["citizenship"] or ""])
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'-2-':^80}".rstrip(), ""] + (
                header + [""] if options.repeat_header else [])
        lines += [""] + rows
        if options.rules and index + 1 < len(roster.people):
            lines.append("-" * 78)
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip() + "\n", _people(roster, options)


# ---- 3. Scout Capital: numbered rows, the name with its position stacked under it --------------------------------
def numbered_name_position_stacked_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital's Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_capital.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1025863/000091205701544973/a2067023zex-1.txt: '<Page>', a
    centred 'EXHIBIT I' and the two-line title 'INFORMATION CONCERNING THE EXECUTIVE OFFICERS' / 'AND DIRECTORS OF
    <ORG>', no preamble, a <Table><Caption> whose last caption runs over two lines, a rule of one dashed segment per
    column, <S>/<C>, per person the number '1.' in a column of its own, the name with 'Director of <Org>' stacked
    under it, the citizenship, the address lines, the occupation; the segmented rule after every person). Printed
    the same way here. Differences from the real one (and from gather29's `numbered_stacked_title_table`, after the
    same roster, which had 'SCHEDULE A', a one-line title, a preamble, the caption 'COUNTRY OF CITIZENSHIP', a
    number column always and one unbroken rule): 'EXHIBIT II'; the caption 'NAME AND POSITION' (Harvard's
    'Office/Position' word) over the name column; the number column only in the numbered variant; the titles
    joined 'A, B and C' of <Org> under the name, wrapping; the occupation column the outside occupations one a
    line, or for a person without one his titles and the organisation's name (as Scout prints its officer's
    'Chief Financial Officer' / 'Scout Capital Corp.'); column widths 31 | 16 | 29 | options.width; every cell
    left-aligned; the segmented rule after each person only in the ruled variant (a blank line otherwise);
    'SURNAME, Given' in the upper_last_first variant; no citizenship column where the variant prints none; no tags
    without markers; a page break (options.page_break_in) after the entry's first line: '</Table>', '<Page>' (a form
    feed without markers), the page number centred, '<Table>' and the captions again if the header repeats."""
    org = roster.organization
    widths = ([6] if options.numbered else []) + [31] + ([16] if options.citizenship else []) + [29, options.width]
    top = ([""] if options.numbered else []) + [""] + ([""] if options.citizenship else []) + ["", "PRESENT PRINCIPAL"]
    low = (["NO."] if options.numbered else []) + ["NAME AND POSITION"] + (
        ["CITIZENSHIP"] if options.citizenship else []) + ["BUSINESS ADDRESS", "OCCUPATION"]
    rule = " ".join("-" * (w - 1) for w in widths)
    caption = ["".join(f"{c:<{w}}" for c, w in zip(top, widths)).rstrip(),
               "".join(f"{c:<{w}}" for c, w in zip(low, widths)).rstrip(), rule]
    opening = (["<Table>", "<Caption>"] if options.markers else []) + caption + (
        ["".join(f"{'<S>' if i == 0 else '<C>':<{w}}" for i, w in enumerate(widths)).rstrip()]
        if options.markers else [])
    lines = ["<Page>" if options.markers else "", "", f"{'EXHIBIT II':^80}".rstrip(), "",
             f"{'INFORMATION CONCERNING THE EXECUTIVE OFFICERS':^80}".rstrip(),
             f"{'AND DIRECTORS OF ' + org.upper():^80}".rstrip(), ""] + opening
    for index, person in enumerate(roster.people):
        name_cell = _wrap(printed_name(person, options), 29)
        if person["positions"]:
            name_cell += _wrap(f"{_and_titles(person['positions'])} of {org}", 29)
        occupation = _cells(person["other_positions"], widths[-1] - 1, "  ") or (
            _wrap(_and_titles(person["positions"]), widths[-1] - 1) + _wrap(org, widths[-1] - 1)
            if person["positions"] else [])
        cells = ([[f"{index + 1}."]] if options.numbered else []) + [name_cell] + (
            [_wrap(person["citizenship"] or "", 15)] if options.citizenship else []) + [
            _cells(person["address"], 28), occupation]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</Table>", "", "<Page>"] if options.markers else ["", "\f"]) + [
                f"{'II-2':^80}".rstrip(), ""] + (opening if options.repeat_header else (
                    ["<Table>"] if options.markers else []))
        lines += ([""] if index else []) + rows
        lines.append(rule if options.rules else "")
    lines += ["</Table>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip() + "\n", _people(roster, options)


# ---- 4. MetLife: one table, name and address | occupation | citizenship -------------------------------------------
def name_address_occupation_citizenship_one_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MetLife's Exhibit 1 (tests/data/rosters_real/dev/text_twocol_nameaddr_metlife.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/898174/000095012305001628/y05541exv99w1.txt: '<PAGE>' and 'Page 11 of
    24' at the right, 'EXHIBIT 1' at the right, a centred title, a preamble, an EDGAR <TABLE><CAPTION> 'Name And
    Business Address' | 'Principal Occupation or Employment' with dashes under each caption, <S>/<C>, a blank line
    before each row, the name with address lines under it, the occupation beside it wrapping under itself:
    'Chairman of the Board and Chief Executive' / 'Officer, MLINC and MetLife' for a title held in the filer, the
    outside position otherwise). Printed the same way here, with the real captions. Differences from the real one
    (and from gather32's `sections_name_address_occupation`, after the same roster, which split directors and
    officers into two tables under section titles, printed an address only where it was not the preamble's default
    and gave the citizenship in the preamble): 'Page 7 of 19' and 'EXHIBIT 2'; the title 'DIRECTORS AND EXECUTIVE
    OFFICERS OF <ORG>'; the preamble 'Set forth below is the name, business address, present principal occupation
    or employment and citizenship of each director and executive officer of <Org>.' with no default address;
    ONE table for everyone in the roster's order, every person's own address lines under the name; the titles in
    the organisation as one item '<A, B and C>, <Org>' (the real 'Officer, MLINC and MetLife'), then each outside
    occupation on its own lines; a third column 'Citizenship' (Scout's and Castlerigg's rosters print one) where the
    layout prints a citizenship; the left column 43 wide (as the real one), the occupation column options.width + 12;
    '1.' before the name in the numbered variant, 'SURNAME, Given' in the upper_last_first one; a dashed rule
    instead of the blank line before a row in the ruled variant; a page break (options.page_break_in) after that
    person's first line: 'Page 8 of 19' at the right, <PAGE> (a form feed without markers), the caption again if it
    repeats; no <PAGE>/<TABLE>/<S> tags without markers."""
    org = roster.organization
    widths = [43, options.width + 12, 16]
    heads = ["Name And Business Address", "Principal Occupation or Employment"] + (
        ["Citizenship"] if options.citizenship else [])
    caption = ["".join(f"{h:<{w}}" for h, w in zip(heads, widths)).rstrip(),
               "".join(f"{'-' * len(h):<{w}}" for h, w in zip(heads, widths)).rstrip()]
    says = "name, business address, present principal occupation or employment" + (
        " and citizenship" if options.citizenship else "")
    lines = ["<PAGE>" if options.markers else "", f"{'Page 7 of 19':>80}", "", f"{'EXHIBIT 2':>80}", "", "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^80}".rstrip(), ""]
    lines += _wrap(f"Set forth below is the {says} of each director and executive officer of "
                   f"{org}".rstrip(".") + ".", 79)
    lines += ["", ""] + (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + (
        ["<S>" + " " * (widths[0] - 3) + "<C>" + (" " * (widths[1] - 3) + "<C>" if options.citizenship else "")]
        if options.markers else [])
    for index, person in enumerate(roster.people):
        lines.append("-" * 78 if options.rules else "")
        left = _wrap(f"{index + 1}. " * options.numbered + printed_name(person, options), widths[0] - 2)
        left += _cells(person["address"], widths[0] - 2)
        items = ([f"{_and_titles(person['positions'])}, {org}"] if person["positions"] else []) + \
            person["other_positions"]
        cells = [left, _cells(items, widths[1] - 2)]
        if options.citizenship:
            cells.append(_wrap(person["citizenship"] or "", widths[2] - 1))
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = [f"{'Page 8 of 19':>80}", "<PAGE>" if options.markers else "\f", ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip() + "\n", _people(roster, options)


FAMILIES = {
    "labelled_fields_citizenship_each_block": labelled_fields_citizenship_each_block,
    "name_address_title_citizenship_columns": name_address_title_citizenship_columns,
    "numbered_name_position_stacked_table": numbered_name_position_stacked_table,
    "name_address_occupation_citizenship_one_table": name_address_occupation_citizenship_one_table,
}

"""Held-out re-layout families, forty-seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (23:39-23:50 UTC by `date`) by helper session gather47 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third, twenty-fourth, twenty-sixth, twenty-ninth, thirty-second, thirty-fifth,
thirty-eighth, forty-first and forty-fourth sets, each family here is a CLOSE VARIANT OF ONE REAL DEVELOPMENT
ROSTER'S OWN LAYOUT, named in the family's docstring with its sec.gov address: the four rosters the earlier
close-variant sets used least - E.ON's 2002 split matrix (dev/text_split_matrix_centred_cells_eon_2002.txt) and
Power Corporation's 2006 labelled roman list (dev/labelled_roman_power_corp.txt), used by none of them, Ariel
Capital Management's Schedule I (tests/data/rosters/preamble_address_ariel.txt), used by none of them, and AIG's
2006 Exhibit A of the first roster set (tests/data/rosters/fixed_width_aig.txt, a different filing from the dev AIG
roster, which one of them used once). The other persons are printed the way that filing prints its own, with only
the small differences two filings by different law firms show - column widths and which column wraps, the header's
label words (taken from other real rosters), the heading and preamble wording, name order and case, a numbering or
separator style, where the page breaks fall - and no layout feature the real filings do not have. They measure how
the reader does on the kind of annex a user's next filing most likely has. Each docstring lists the choices in
which the family differs from its real model, and each differs in at least two of them from every earlier family
built on the same roster or its sibling (relayout_heldout41.legend_letters_role_columns after E.ON 2003;
relayout_heldout23.roman_keyed_field_lines after Power Corporation 2005; relayout_heldout8.honorific_names after
Ariel; relayout.headerless_four_column after AIG 2007 and relayout_heldout24.edgar_four_column_citizenship_after_
title after AIG 2006). They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the
lead measures them once (benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import textwrap

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _letter_codes,
    _wrap_rows,
    centre,
    expected,
    printed_name,
    wrap_lines,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout38 import _defined_term


def _exceptions(roster: Roster) -> list[dict]:
    default, country = _most_common_citizenship(roster)
    return [p for p in roster.people if not _covered(p, country, default)]


def _citizenship_sentence(roster: Roster, lead: str, joiner: str = ", except ") -> str:
    """'<lead> a citizen of the United States, except A, who is a citizen of Canada.' (IDT's and ConAgra's way)."""
    default, _ = _most_common_citizenship(roster)
    others = _exceptions(roster)
    return f"{lead} {_is_citizen(default)}" + (f"{joiner}{_named_exceptions(others)}." if others else ".")


def _people(roster: Roster, options: Options, **override) -> list[dict]:
    return [expected(p, roster.organization, options, **{**_citizenship_by_default(p, roster, options), **override})
            for p in roster.people]


def _page(markers: bool) -> str:
    return "<PAGE>" if markers else "\f"


# ---- 1. E.ON 2002: the split role matrix, the company's name centred in its tall cell -----------------------------
_ROLE_WORDS = {"executive officers": "Executive Officer", "board of directors": "Member, Board of Directors",
               "general partner": "General Partner", "managers": "Member, Board of Managers",
               "trustees": "Member, Board of Trustees"}
_ROLE_ORDER = ["executive officers", "board of directors"]


def _roles_of(person: dict) -> list[str]:
    if person["bodies"]:
        return [_ROLE_WORDS.get(body) or body.title() for body in person["bodies"]]
    return [person["positions"][0] if person["positions"] else "Member"]


def split_matrix_centred_company_cells(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After E.ON's Form U5S Exhibit F, Schedule 6(a) as of 2002-12-31 (tests/data/rosters_real/dev/text_split_
    matrix_centred_cells_eon_2002.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1136808/000089808003000343/
    ex9921.txt: 'Exhibit F, Schedule  6(a):  E.ON Group
    Officers and Directors as of December 31,' with '2002' alone on the next line, a 'Legend:' whose first letter
    stands on its line ('Legend:  A = Chairman, Board of Management / CEO (Vorstandsvorsitzender)'), a stray '------'
    under it and the further letters indented eighteen; then an EDGAR <TABLE><CAPTION> of the letters' first part
    only - 'Company', 'A', 'B' spaced over a full dashed rule, <S>/<C> - one row per company, every person holding a
    role stacked one name a line in that role's column ('N/A' where none), and the company's name standing in the
    MIDDLE of its tall row, the names above and below it ('CC Metals & Alloys Inc.' on the third of four lines); blank
    lines between rows; no address, citizenship or occupation). The other persons printed that way, one organisation
    so one company row; the choices in which this family differs from it: the title 'Exhibit F, Schedule 6(b):
    <Org> Officers and Directors as of December 31, 2004' wrapped where it reaches 80; the legend's words, one letter
    per body of the roster with E.ON's 'Member, <Board>' wording ('A = Executive Officer', 'B = Member, Board of
    Directors', 'C = General Partner', ...; the officers first, as E.ON's management board comes before its
    supervisory board; a person in no body under a letter for his first title); where there are more than two
    letters the matrix SPLIT into halves of two letters each, each its own <TABLE>, the company row repeated (E.ON
    splits Company / A / B from Company / C / D); the widths 38 | 25 | 25 (E.ON 40 | 21 | 21) with the labels
    centred over their columns; long names wrapped in their cells; 'SURNAME, Given' in the upper_last_first
    variant, '1.' before the name in the numbered one (through the whole matrix in the order the names are first
    listed, column by column); a row of '=' under the caption and after each row in the ruled variant (a blank line
    otherwise); no tags without markers; a page break (options.page_break_in) after that person's first line: the
    table closed, the centred page number, <PAGE> (a form feed without markers), the title with '(continued)' and,
    if the header repeats, the caption again. Expected: the legend words of each column a person is in as his
    positions, nothing else (E.ON's gold)."""
    org = roster.organization
    role_of = [_roles_of(p) for p in roster.people]
    roles: list[str] = []
    order = [_ROLE_WORDS[b] for b in _ROLE_ORDER]
    for own in role_of:
        roles += [r for r in own if r not in roles]
    roles.sort(key=lambda r: order.index(r) if r in order else len(order))
    letters = _letter_codes(len(roles))
    widths = [38, 25, 25]
    title = f"Exhibit F, Schedule 6(b):  {org} Officers and Directors as of December 31, 2004"
    lines = wrap_lines(title, 80) + ["", ""]
    for index, (letter, role) in enumerate(zip(letters, roles)):
        lines.append(f"Legend:  {letter} = {role}" if index == 0 else f"{' ' * 18}{letter} = {role}")
        if index == 0:
            lines.append("------")
    lines += ["", "", ""]
    first: list[int] = [i for role in roles for i, own in enumerate(role_of) if role in own]
    number = {i: rank + 1 for rank, i in enumerate(dict.fromkeys(first))}
    names = [(f"{number[i]}. " if options.numbered else "") + printed_name(p, options)
             for i, p in enumerate(roster.people)]
    for part in range(0, len(roles), 2):
        part_roles = roles[part:part + 2]
        part_letters = letters[part:part + 2]
        part_widths = widths[:1 + len(part_roles)]
        rule = ("=" if options.rules else "-") * (sum(part_widths) + 4)
        caption = ["".join(f"{label:^{w}}" for label, w in zip(["Company", *part_letters], part_widths)).rstrip(),
                   rule]
        marks = "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * len(part_roles), part_widths)).rstrip()
        head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([marks] if options.markers else [])
        columns: list[list[tuple[int, str]]] = []
        for role in part_roles:
            column = [(i, piece) for i, own in enumerate(role_of) if role in own
                      for piece in wrap_lines(names[i], widths[1] - 2, "   ")]
            columns.append(column or [(-1, "N/A")])
        depth = max(len(c) for c in columns)
        company = wrap_lines(org, widths[0] - 2)
        depth = max(depth, len(company))
        top = (depth - len(company) + 1) // 2
        cells = [[""] * top + company] + [[piece for _, piece in column] for column in columns]
        rows = _wrap_rows(cells, part_widths)
        if options.page_break_in is not None:
            at = next((row for column in columns for row, (i, _) in enumerate(column)
                       if i == options.page_break_in), None)
            if at is not None and at + 1 < len(rows):
                cont = (["</TABLE>"] if options.markers else []) + ["", centre("2"), _page(options.markers), ""]
                cont += wrap_lines(title.replace("Officers and Directors", "Officers and Directors (continued)"), 80)
                cont += [""] + (head if options.repeat_header else (["<TABLE>", marks] if options.markers
                                                                              else []))
                rows[at + 1:at + 1] = cont
        lines += head + rows + [rule if options.rules else ""] + (["</TABLE>"] if options.markers else []) + ["", ""]
    people = [expected(p, org, options, positions=own, other_positions=[], citizenship=None, country=None,
                       address=None, address_city=None, address_country=None)
              for p, own in zip(roster.people, role_of)]
    return ".txt", "\n".join(lines).rstrip() + "\n", people


# ---- 2. Power Corporation 2006: (i)-(v) blocks, the capacity in (ii), the offices in (iv) -------------------------
_CAPACITY = {"board of directors": "Director", "executive officers": "Executive Officer",
             "general partner": "General Partner", "managers": "Manager", "trustees": "Trustee"}


def _capacity(person: dict) -> list[str]:
    """The words of the '(ii)' line: one per body ('Director and Executive Officer'), else the titles."""
    if person["bodies"]:
        return [_CAPACITY.get(body) or body.title() for body in person["bodies"]]
    return list(person["positions"]) or ["Officer"]


def roman_keyed_capacity_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's 2006 Exhibit A (tests/data/rosters_real/dev/labelled_roman_power_corp.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1265430/000120621206000006/m19319scexv99wa.txt: '<PAGE>', 'EXHIBIT
    A' at the right margin, the centred 'DIRECTORS AND EXECUTIVE OFFICERS OF POWER CORPORATION OF CANADA', the preamble
    'The (i) name, (ii) title, (iii) country of citizenship, (iv) principal occupation and (v) principal business
    address of each of the directors and executive officers of the Filing Persons are listed below.', then one block
    per person keyed '(i)' to '(v)' at the margin with the values from column 8 and the further lines of a value
    under it: (ii) the capacity - 'Director', 'Executive Officer', 'Director and Executive Officer' - and (iv) the
    offices held as '<Office>, Power Corp' then the outside ones, '; '-joined and wrapping, (v) the employer's name
    over the address lines; a blank line between blocks, <PAGE> between two blocks). The other persons printed that
    way; the choices in which this family differs from it (and from heldout23's roman_keyed_field_lines after the
    2005 sibling, which reorders the keys, sets the values at 9, numbers '1.' before '(i)', separates by '*  *  *'
    and breaks the page inside a block): 'EXHIBIT B' at the right margin; the title 'EXECUTIVE OFFICERS AND DIRECTORS
    OF <ORG>'; the preamble's words ('Set forth below are the (i) name, ... of each of the directors and executive
    officers of <Org> ("<Term>").'), the offices in (iv) as '<Office>, <Term>' (Power Corp's short name); the keys
    renumbered '(i)' to '(iv)' without the citizenship where the layout prints none (the preamble says so); (iv)
    wrapping at options.width + 30; '1.' alone on a line above the block in the numbered variant; 'SURNAME, Given'
    in the upper_last_first variant; a short rule of hyphens under the block, indented eight, in the ruled variant;
    a page break (options.page_break_in) after that person's block: <PAGE> (a form feed without markers) and, if
    the header repeats, 'EXHIBIT B' at the right margin again. Expected (as Power Corp's gold): the capacity words
    as positions, then the titles held in the organisation; the outside occupations as other positions."""
    org = roster.organization
    term = _defined_term(org)
    keys = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]
    fields = ["name", "title", "country of citizenship", "principal occupation", "principal business address"]
    if not options.citizenship:
        del fields[2]
    listed = ", ".join(f"{k} {f}" for k, f in zip(keys, fields[:-1])) + f" and {keys[len(fields) - 1]} {fields[-1]}"
    lines = (["<PAGE>"] if options.markers else []) + [f"{'EXHIBIT B':>80}", "",
                                                       centre(f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}"),
                                                       ""]
    lines += wrap_lines(f"Set forth below are the {listed} of each of the directors and executive officers of {org} "
                   f"(\"{term}\").", 78) + [""]
    people = []
    for index, person in enumerate(roster.people):
        capacity = _capacity(person)
        said = {c.casefold() for c in capacity}
        offices = [f"{t}, {term}" for t in person["positions"] if t.casefold() not in said]
        jobs = offices + person["other_positions"] or [f"{capacity[0]}, {term}"]
        values = [[printed_name(person, options)], [" and ".join(capacity) if person["bodies"] else
                                                     "; ".join(capacity)]]
        if options.citizenship:
            values.append([person["citizenship"]])
        values.append(wrap_lines("; ".join(jobs), options.width + 30))
        values.append([piece for line in person["address"] for piece in wrap_lines(line, 70)])
        block = [f"{index + 1}." if options.numbered else None]
        for key, value in zip(keys, values):
            block += [f"{key:<8}{value[0]}"] + [f"{'':8}{line}" for line in value[1:]]
        lines += [line for line in block if line is not None]
        if options.rules:
            lines.append(" " * 8 + "-" * 24)
        if index < len(roster.people) - 1:
            lines.append("")
            if options.page_break_in == index:
                lines += [_page(options.markers), ""] + ([f"{'EXHIBIT B':>80}", ""] if options.repeat_header
                                                         else [])
        positions = [c for c in capacity if c.casefold() not in {t.casefold() for t in person["positions"]}] \
            if person["bodies"] else []
        people.append(expected(person, org, options, positions=positions + list(person["positions"])))
    return ".txt", "\n".join(lines) + "\n", people


# ---- 3. Ariel Capital: Name | Business Address | occupation, the default employer and address in the preamble ------
def default_employer_blank_address_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Ariel Capital Management, Inc.'s Schedule I (tests/data/rosters/preamble_address_ariel.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/764762/000092735600001800/0004.txt: '<PAGE>', the centred 'SCHEDULE I', a
    centred title over two lines 'Information with Respect to Directors and Executive Officers of Ariel Capital' /
    'Management, Inc.', a preamble indented five on its first line ('The following information is disclosed for
    each of Ariel's directors and executive officers: name; business address; and present principal occupation or
    employment and the name of any corporation or other organization in which such employment is conducted. Unless
    otherwise specified, the principal employer and business address of each such individual is Ariel Capital
    Management, Inc., 307 North Michigan Avenue, Suite 500, Chicago, Illinois 60601.'), then an EDGAR
    <TABLE><CAPTION> between full-width dashed rules: 'Officer / Director' | 'Address' | 'Position', each label
    underlined by its own dashes, <S>/<C>; the address cell EMPTY for a person of the default address and employer,
    his titles alone in the last cell ('Director; President'), an outside director's address lines stacked and his
    cell 'Director; <occupation> at <employer>' wrapping; a row shorter than three lines followed by a blank line; a
    full dashed rule after every row; no citizenship). The other persons printed that way; the choices in which this
    family differs from it (and from heldout8's honorific_names, which prints every address, a citizenship column
    and honorifics): 'SCHEDULE A' and the title 'Information Concerning the Directors and Executive Officers of
    <Org>' wrapped where it falls; the preamble's words ('The following information is given for each of <Term>'s
    directors and executive officers: ...'; the defaults only where two or more share the address, else the
    employer alone) and, where the layout prints a citizenship, a sentence after it naming the exceptions (IDT's
    way: 'Each such individual is a citizen of the United States, except A, who is a citizen of Canada.'); the
    labels 'Name' | 'Business Address' | 'Present Principal Occupation or Employment' (Motorola's and the
    re-layouts' words); the widths 32 | 32 | options.width + 6; the full dashed rules between rows only in the ruled
    variant (the blank line alone otherwise); '1.' before the name in the numbered variant, 'SURNAME, Given' in
    the upper_last_first variant; no tags without markers; a page break (options.page_break_in) after that person's
    row: the table closed, <PAGE> (a form feed without markers), 'SCHEDULE A (continued)' and the table reopened
    with its caption if the header repeats."""
    org = roster.organization
    term = _defined_term(org)
    counts: dict[tuple, int] = {}
    for person in roster.people:
        counts[tuple(person["address"])] = counts.get(tuple(person["address"]), 0) + 1
    default = _default_address(roster)
    shared = counts[tuple(default)] > 1
    widths = [32, 32, options.width + 6]
    full = "-" * (sum(widths) - 2)
    labels = ["Name", "Business Address", "Present Principal Occupation or Employment"]
    caption = [full, "".join(f"{label:<{w}}" for label, w in zip(labels, widths)).rstrip(),
               "".join(f"{'-' * len(label):<{w}}" for label, w in zip(labels, widths)).rstrip(), full]
    marks = "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip()
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([marks] if options.markers else [])
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("SCHEDULE A"), ""]
    lines += [centre(line) for line in wrap_lines(f"Information Concerning the Directors and Executive Officers of {org}",
                                              76)] + [""]
    where = (f"Unless otherwise specified, the principal employer and business address of each such individual is "
             f"{org}, {_full_stop(', '.join(default))}" if shared else
             f"Unless otherwise specified, the principal employer of each such individual is {_full_stop(org)}")
    preamble = (f"The following information is given for each of {term}'s directors and executive officers: name; "
                f"business address; and present principal occupation or employment and the name of any corporation "
                f"or other organization in which such employment is conducted. {where}")
    if options.citizenship:
        preamble += " " + _citizenship_sentence(roster, "Each such individual is")
    lines += textwrap.wrap(preamble, 80, initial_indent=" " * 5, break_on_hyphens=False) + [""] + head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        address = [] if shared and person["address"] == default else \
            [piece for line in person["address"] for piece in wrap_lines(line, widths[1] - 2)]
        occupation = wrap_lines("; ".join(person["positions"] + person["other_positions"]), widths[2] - 2)
        rows = _wrap_rows([wrap_lines(name, widths[0] - 2, "   "), address, occupation], widths)
        lines += rows + ([""] if len(rows) < 3 else [])
        if options.rules:
            lines.append(full)
        elif len(rows) >= 3:
            lines.append("")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", _page(options.markers), "",
                                                                    centre("SCHEDULE A (continued)"), ""]
            lines += head if options.repeat_header else (["<TABLE>", marks] if options.markers else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", _people(roster, options)


# ---- 4. AIG 2006: the headerless four-column table, one title a line, the citizenship in the preamble ------------
def headerless_four_column_title_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's 2006 Exhibit A of the first roster set (tests/data/rosters/fixed_width_aig.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/54502/000095012306011332/y24812exv99wa.txt: '<PAGE>', three lines
    holding only '.' at the right margin, the centred 'EXHIBIT A' and 'DIRECTORS AND EXECUTIVE OFFICERS OF AMERICAN
    INTERNATIONAL GROUP, INC.', then a <TABLE> with bare <S>/<C> markers and no caption: name | title | occupation
    ('<job>, <employer>', ';'-separated, wrapping) | business address as one comma-joined string wrapped wherever
    the column ends; widths 24 | 29 | 34 | 43; a blank line between rows; no preamble, no citizenship). The other
    persons printed that way; the choices in which this family differs from it (and from relayout.headerless_four_
    column after AIG's 2007 roster, which keeps the dots, joins the titles by '; ' and breaks the page inside a
    row, and heldout24's edgar_four_column_citizenship_after_title, which adds a caption and the citizenship in
    parentheses after the title): no dots; 'EXHIBIT 99.1' at the right margin and the centred title over two lines
    'EXECUTIVE OFFICERS AND DIRECTORS' / 'OF <ORG>'; where the layout prints a citizenship, a one-sentence preamble
    naming the exceptions (IDT's: 'Each of the persons listed below is a citizen of the United States, except A, who
    is a citizen of Canada.'); each title held in the organisation on a line of its own in the title column,
    wrapping under itself with a two-space hanging indent; an officer with no outside occupation '--' in the
    occupation cell; the widths 24 | 28 | options.width + 2 | 42; '(1)' before the name in the numbered variant,
    'SURNAME, Given' in the upper_last_first variant; a row of '=' between rows in the ruled variant; a page break
    (options.page_break_in) between that person's row and the next: the table closed, the centred page number,
    <PAGE> (a form feed without markers), and the table reopened with its <S>/<C> line."""
    org = roster.organization
    widths = [24, 28, options.width + 2, 42]
    marks = "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip()
    lines = (["<PAGE>"] if options.markers else []) + [f"{'EXHIBIT 99.1':>80}", "",
                                                       centre("EXECUTIVE OFFICERS AND DIRECTORS"),
                                                       centre(f"OF {org.upper()}"), ""]
    if options.citizenship:
        lines += wrap_lines(_citizenship_sentence(roster, "Each of the persons listed below is"), 80) + [""]
    opening = (["<TABLE>", marks] if options.markers else [])
    lines += opening
    for index, person in enumerate(roster.people):
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        titles = [piece for title in person["positions"] for piece in wrap_lines(title, widths[1] - 2, "  ")]
        occupation = wrap_lines("; ".join(person["other_positions"]), widths[2] - 2) if person["other_positions"] \
            else ["--"]
        address = wrap_lines(", ".join(person["address"]), widths[3] - 1)
        lines += _wrap_rows([wrap_lines(name, widths[0] - 2, "   "), titles, occupation, address], widths)
        if index == len(roster.people) - 1:
            break
        if options.page_break_in == index:
            lines += (["</TABLE>"] if options.markers else []) + ["", centre(f"A-{index + 2}"),
                                                                    _page(options.markers), ""] + opening
        else:
            lines.append("=" * (sum(widths) - 2) if options.rules else "")
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", _people(roster, options)


FAMILIES = {"split_matrix_centred_company_cells": split_matrix_centred_company_cells,
            "roman_keyed_capacity_blocks": roman_keyed_capacity_blocks,
            "default_employer_blank_address_table": default_employer_blank_address_table,
            "headerless_four_column_title_lines": headerless_four_column_title_lines}

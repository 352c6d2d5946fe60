"""Held-out re-layout families, ninety-fourth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:00-12:03 UTC by `date`) by helper session gather94 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring; the real files are listed in tests/data/rosters_real/SOURCES.md),
printing the other persons the way that filing prints its own, with only the small differences two law firms'
filings show (widths, label words, heading and preamble wording, name order and case, numbering, page breaks).
The four rosters are among the six used only twice by the earlier close-variant sets (St. Paul Travelers:
gather29, 70; Forstmann Little: gather38, 70; Ariel: gather47, 70; STMicroelectronics: gather67, 70); each family
differs in at least two choices from every earlier family on its roster:

- pipe_cells_citizenship_cell_as_text: St. Paul Travelers' Exhibit 1 as saved from HTML to text, every cell between
  '|' lines, five cells a row (name, present position, occupation, business address, citizenship), a blank line
  between rows, no preamble default.
- group_preamble_centred_name_lists: Forstmann Little's Schedule I, a centred '<Titles> of' / '<Org>' heading per
  set of titles, then (as the real 'Partners of' part) an indented paragraph with the defaults and that group's
  exceptions, then the group's names centred one a line.
- director_officer_business_address_occupation_rows: Ariel Capital Management's Schedule I table with the labels
  'Director / Officer' | 'Business Address' | 'Principal Occupation', the titles on the first lines of the last cell
  and the outside occupations on lines of their own, the address cell empty for the default address.
- supervisory_managing_tables_html: STMicroelectronics' Annex A as one HTML table per body, each under its own bold
  heading paragraph, labels Name | Function | Principal Occupation | Nationality | Business Address, an em dash
  where a person has no other occupation.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order, the address
whole where a preamble gives it; where a preamble gives the default citizenship, that default as printed on the
persons it covers; no citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
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
    centre,
    expected,
    is_director,
    printed_name,
    wrap_lines,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default


def _people(roster: Roster, options: Options, by_default: bool) -> list[dict]:
    """Every person's expected values in roster order; the preamble's default citizenship where it covers him."""
    return [expected(p, roster.organization, options,
                     **(_citizenship_by_default(p, roster, options) if by_default else {})) for p in roster.people]


def _shared_address(roster: Roster) -> list[str]:
    """The address two or more persons share (the most common), else none."""
    default = _default_address(roster)
    return default if sum(p["address"] == default for p in roster.people) > 1 else []


def _page(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


# ---- 1. St. Paul Travelers: HTML saved as text, five cells, the citizenship in a cell -----------------------------
def pipe_cells_citizenship_cell_as_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The St. Paul Travelers Companies' Exhibit 1 (tests/data/rosters_real/dev/html_as_text_pipes_truncated_
    cells_st_paul_travelers.txt, sec.gov https://www.sec.gov/Archives/edgar/data/896861/000110465904038925/
    a04-14599_1ex1.htm as saved to text): as the real text save, every cell between a '|' line before and a '|'
    line after, its lines one a line, no line between the cells of a row. Here 'SCHEDULE I' and 'EXECUTIVE
    OFFICERS AND DIRECTORS OF' / '<ORG>' at the margin, a shorter preamble on ONE long line with no citizenship
    default ('Set forth below are the name, present position with <Org>, present principal occupation or
    employment, business address and citizenship of each executive officer and director of <Org>.'), then five
    cells a row: Name | Present Position | Principal Occupation or Employment | Business Address | Citizenship (the
    labels wrapped in their cells as the real ones are), the titles '; '-joined, the outside occupations '; '-joined
    ('<titles>, <Org>' for an officer without one, as the real), the address lines whole, the person's own
    citizenship, and a blank line after EVERY row. Differs from gather29 (HTML, shares and transactions columns,
    '-0-', citizenship in the preamble) and gather70 (six cells with shares and transactions, the preamble's default
    citizenship with exceptions, 'EXHIBIT 1' heading, a blank line only when ruled). Variants: '1.' before the
    name; 'SURNAME, Given'; a line of '-' after each row when ruled; the occupation cell wrapped at options.width
    (at least 20); no Citizenship cell without citizenship; a page break (options.page_break_in) after that
    person's row: '<PAGE>' (a form feed without markers), 'I-2', and the label cells again if the header repeats."""
    org = roster.organization
    narrow = max(20, options.width)
    preamble = (f"Set forth below are the name, present position with {org}, present principal occupation or "
                f"employment, business address{' and citizenship' if options.citizenship else ''} of each executive "
                f"officer and director of {_full_stop(org)}")
    labels = [["Name"], ["Present Position"], ["Principal Occupation", "or Employment"], ["Business Address"]] + \
        ([["Citizenship"]] if options.citizenship else [])

    def row(cells: list[list[str]]) -> list[str]:
        return [line for cell in cells for line in ["|", *cell, "|"]]

    lines = ["SCHEDULE I", "", "EXECUTIVE OFFICERS AND DIRECTORS OF", *wrap_lines(org.upper(), 40), "", preamble,
             "", *row(labels), ""]
    for index, person in enumerate(roster.people):
        titles = "; ".join(person["positions"])
        occupation = "; ".join(person["other_positions"]) or (f"{titles}, {org}" if titles else "--")
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        cells = [wrap_lines(name, 36), wrap_lines(titles, 24) if titles else ["--"], wrap_lines(occupation, narrow),
                 person["address"] or ["--"]]
        if options.citizenship:
            cells.append([person["citizenship"] or "--"])
        lines += row(cells) + (["-" * 40] if options.rules else []) + [""]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += [_page(options), "I-2", ""]
            if options.repeat_header:
                lines += [*row(labels), ""]
    return ".txt", _done(lines), _people(roster, options, by_default=False)


# ---- 2. Forstmann Little: per group a centred heading, an indented preamble, then the centred names ------------------
def group_preamble_centred_name_lists(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Forstmann Little & Co.'s Schedule I (tests/data/rosters_real/dev/text_centered_names_gp_preamble_
    forstmann_little.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1084242/000089534503000340/exh-99_1.txt):
    the real 'Partners of' / 'FLC XXX' part is a centred heading, THEN an indented paragraph ('The following are
    the general partners of FLC XXX ... The business address of each of the following persons is ... and each is a
    citizen of the United States.'), THEN the names centred one a line. Printed the same way here for each set of
    titles the persons hold (in the roster's order of first use): the centred heading '<titles one a line>' with '
    of' after the last, '<Org>' ('Other Persons of' / '<Org>' for persons without a title); the indented paragraph
    'The following persons hold the positions named above with <Org>.' ('... are associated with <Org>.'),
    the shared business address and the roster's default citizenship ('... and each is a citizen of <default>'),
    then, in the same paragraph, each member's own facts the defaults do not give: 'The present principal
    occupation of <Name> is <A>; <B>.', 'The business address of <Name> is <address>.', '<Name> is a citizen of
    <Country>.'; then the members' names centred. Differs from gather38 (one centred block per person, the titles
    in the block, 'Schedule A') and gather70 (one preamble before all lists, the exceptions in paragraphs AFTER
    each list): the paragraph between each heading and its names (the real order), the defaults repeated for each
    group, the '(continued)' heading. Variants: '1.' before each centred name (numbered in printed order);
    'SURNAME, Given' in the lists; a centred line of '*' between groups when ruled; a page break
    (options.page_break_in) after that person's name: '<PAGE>' (a form feed without markers), '-2-' centred and
    the group's heading with '(continued)' if the header repeats."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    shared = _shared_address(roster)
    lines = ["Schedule I", ""]
    groups: dict[tuple, list[int]] = {}
    for index, person in enumerate(roster.people):
        groups.setdefault(tuple(person["positions"]), []).append(index)
    printed = 0
    for number, (titles, members) in enumerate(groups.items()):
        if number and options.rules:
            lines += [centre("*     *     *", 78), ""]
        heading = [*titles[:-1], f"{titles[-1]} of", org] if titles else ["Other Persons of", org]
        lines += [centre(line, 78) for line in heading] + [""]
        text = (f"The following persons hold the positions named above with {_full_stop(org)}" if titles else
                f"The following persons are associated with {_full_stop(org)}")
        clauses = ([f"the business address of each of the following persons is {', '.join(shared)}"]
                   if shared else []) + ([f"each is {_is_citizen(default)}"] if options.citizenship else [])
        if clauses:
            sentence = " and ".join(clauses)
            text += f" {sentence[0].upper()}{sentence[1:]}, except as set forth below."
        for index in members:
            person = roster.people[index]
            if person["other_positions"]:
                text += (f" The present principal occupation of {person['name']} is "
                         f"{_full_stop('; '.join(person['other_positions']))}")
            if person["address"] and person["address"] != shared:
                text += f" The business address of {person['name']} is {_full_stop(', '.join(person['address']))}"
            if options.citizenship and not _covered(person, country, default):
                text += f" {person['name']} is {_is_citizen(person['citizenship'])}."
        lines += textwrap.wrap(text, 76, initial_indent=" " * 5, break_on_hyphens=False) + [""]
        for index in members:
            person = roster.people[index]
            printed += 1
            lines.append(centre((f"{printed}. " if options.numbered else "") + printed_name(person, options), 78))
            if options.page_break_in == index and index < len(roster.people) - 1:
                lines += ["", _page(options), centre("-2-", 78), ""]
                if options.repeat_header:
                    lines += [centre(line, 78) for line in heading[:-1]] + \
                        [centre(f"{org} (continued)", 78), ""]
        lines.append("")
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 3. Ariel: 'Director / Officer' | 'Business Address' | 'Principal Occupation', titles then occupations ---------
def director_officer_business_address_occupation_rows(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Ariel Capital Management, Inc.'s Schedule I (tests/data/rosters/preamble_address_ariel.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/764762/000092735600001800/0004.txt): '<PAGE>', a centred schedule
    heading, a centred title, the real preamble ('The following information is disclosed for each of the directors
    and executive officers of <Org>: name; business address; and present principal occupation ... Unless otherwise
    specified, the principal employer and business address of each such individual is <Org>, <address>.', the
    address only where two or more share it) and a citizenship sentence, then an EDGAR <TABLE><CAPTION> of three
    columns with each label underlined by its own dashes, <S>/<C>; each row: the name, the address lines (the cell
    EMPTY for a person of the default address, the real way), the titles '; '-joined on the first lines of the last
    cell and each outside occupation starting a line of its own under them, a blank line after every row. Here
    'SCHEDULE II' and 'Directors and Executive Officers of <Org>' (two centred lines), the labels 'Director /
    Officer' | 'Business Address' | 'Principal Occupation', widths 32 | 32 | options.width + 6, NO full dashed
    rules (only the label underlines). Differs from gather47 ('SCHEDULE A', 'Name' | 'Business Address' | 'Present
    Principal Occupation or Employment') and gather70 (the real title, labels and full rules after every row, the
    titles and occupations '; '-joined in one run, widths 36 | 34 | width + 8, '(1)'). Variants: '1.' before the
    name; 'SURNAME, Given'; a full rule of '-' after each row when ruled; no tags without markers; a page break
    (options.page_break_in) after that person's row: the table closed, '<PAGE>' (a form feed without markers), 'II-2'
    centred and the table reopened with its caption if the header repeats."""
    org = roster.organization
    shared = _shared_address(roster)
    default, country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, country, default)]
    widths = [32, 32, options.width + 6]
    labels = ["Director / Officer", "Business Address", "Principal Occupation"]
    marks = "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip()
    caption = ["".join(f"{label:<{w}}" for label, w in zip(labels, widths)).rstrip(),
               "".join(f"{'-' * len(label):<{w}}" for label, w in zip(labels, widths)).rstrip()]
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + \
        (["</CAPTION>", marks] if options.markers else [""])
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("SCHEDULE II"), ""]
    lines += [centre("Directors and Executive Officers of")] + [centre(line) for line in wrap_lines(org, 76)] + [""]
    where = (f"Unless otherwise specified, the principal employer and business address of each such individual is "
             f"{org}, {_full_stop(', '.join(shared))}" if shared else
             f"Unless otherwise specified, the principal employer of each such individual is {_full_stop(org)}")
    preamble = (f"The following information is disclosed for each of the directors and executive officers of {org}: "
                f"name; business address; and present principal occupation or employment and the name of any "
                f"corporation or other organization in which such employment is conducted. {where}")
    if options.citizenship:
        preamble += f" Each of the individuals named below is {_is_citizen(default)}" + \
            (f", except {_named_exceptions(others)}." if others else ".")
    lines += textwrap.wrap(preamble, 80, initial_indent=" " * 5, break_on_hyphens=False) + [""] + head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        address = [] if shared and person["address"] == shared else \
            [piece for line in person["address"] for piece in wrap_lines(line, widths[1] - 2)]
        position = (wrap_lines("; ".join(person["positions"]), widths[2] - 2, "  ") if person["positions"] else []) \
            + [piece for item in person["other_positions"] for piece in wrap_lines(item, widths[2] - 2, "  ")]
        rows = _wrap_rows([wrap_lines(name, widths[0] - 2, "  "), address, position or ["--"]], widths)
        lines += rows + (["-" * (sum(widths) - 2)] if options.rules else [""])
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", _page(options), centre("II-2"), ""]
            lines += head if options.repeat_header else (["<TABLE>", marks] if options.markers else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 4. STMicroelectronics: one HTML table per body under a bold heading paragraph --------------------------------
def supervisory_managing_tables_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After STMicroelectronics N.V.'s Annex A (tests/data/rosters/html_boards_stmicro_relayout.htm, a faithful
    re-layout of the project seed's annex): the centred bold annex heading and title, the real preamble ('The
    following table sets forth the name and present principal occupation or employment, and the name, principal
    business and address of any corporation or other organization in which such occupation or employment is
    conducted of each director and executive officer of <Org>.'), the persons in two groups (those with a
    director's title or seat, then the others) with the titles as the real ('<Title> of <Org>'), the other
    positions '; '-joined, the address lines apart by <BR>. Here 'SCHEDULE A' and 'DIRECTORS AND EXECUTIVE
    OFFICERS OF <ORG>', the groups as TWO tables, each under its own bold paragraph 'Board of Directors' /
    'Executive Officers' instead of section rows, the header row repeated in each table, the labels Name | Function
    | Principal Occupation | Nationality | Business Address (words of other real rosters), the titles '; '-joined
    each with ' of <Org>', an em dash (&#8212;) where a person has no other occupation. Differs from gather67
    (section rows, 'ANNEX B', 'Present Position' | 'Other Principal Positions', 'None') and gather70 (section rows,
    the titles without the organisation, the empty cell, the real labels). Variants: BORDER="1" when ruled, else
    BORDER="0"; '1.' before the name (in printed order); 'SURNAME, Given'; the Principal Occupation column
    options.width percent wide; the cell lines apart by <BR> with markers, each in a <P STYLE="margin:0"> without;
    no Nationality column without citizenship; a page break (options.page_break_in) after that person's row: the
    table closed, <P STYLE="page-break-before:always">, the table reopened with the header row if it repeats."""
    org = roster.organization
    border = "1" if options.rules else "0"
    labels = ["Name", "Function", "Principal Occupation"] + (["Nationality"] if options.citizenship else []) + \
        ["Business Address"]
    opening = f'<TABLE BORDER="{border}" CELLPADDING="2" CELLSPACING="0" WIDTH="100%">'
    header = "<TR>" + "".join((f'<TH WIDTH="{options.width}%">' if label == "Principal Occupation" else "<TH>") +
                              f"{label}</TH>" for label in labels) + "</TR>"

    def cell(values: list[str]) -> str:
        if not values:
            return "<TD>&#8212;</TD>"
        if options.markers:
            return '<TD VALIGN="top">' + "<BR>".join(html.escape(v) for v in values) + "</TD>"
        return '<TD VALIGN="top">' + "".join(f'<P STYLE="margin:0">{html.escape(v)}</P>' for v in values) + "</TD>"

    parts = ["<HTML><HEAD><TITLE>SC 13D</TITLE></HEAD>", "<BODY>", '<P ALIGN="center"><B>SCHEDULE A</B></P>',
             f'<P ALIGN="center"><B>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</B></P>',
             "<P>" + html.escape(
                 "The following table sets forth the name and present principal occupation or employment, and the "
                 "name, principal business and address of any corporation or other organization in which such "
                 "occupation or employment is conducted of each director and executive officer of " +
                 _full_stop(org)) + "</P>"]
    sections = [("Board of Directors", [i for i, p in enumerate(roster.people) if is_director(p)]),
                ("Executive Officers", [i for i, p in enumerate(roster.people) if not is_director(p)])]
    printed = 0
    for title, members in sections:
        if not members:
            continue
        parts += [f"<P><B>{title}</B></P>", opening, header]
        for index in members:
            person = roster.people[index]
            printed += 1
            name = (f"{printed}. " if options.numbered else "") + printed_name(person, options)
            cells = [cell([name]), cell(["; ".join(f"{t} of {org}" for t in person["positions"])]
                                        if person["positions"] else []),
                     cell(["; ".join(person["other_positions"])] if person["other_positions"] else [])]
            if options.citizenship:
                cells.append(cell([person["citizenship"]] if person["citizenship"] else []))
            cells.append(cell(person["address"]))
            parts.append("<TR>" + "".join(cells) + "</TR>")
            if options.page_break_in == index and printed < len(roster.people):
                parts += ["</TABLE>", '<P STYLE="page-break-before:always">&nbsp;</P>', opening]
                if options.repeat_header:
                    parts.append(header)
        parts.append("</TABLE>")
    parts += ["</BODY></HTML>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options, by_default=False)


FAMILIES = {"pipe_cells_citizenship_cell_as_text": pipe_cells_citizenship_cell_as_text,
            "group_preamble_centred_name_lists": group_preamble_centred_name_lists,
            "director_officer_business_address_occupation_rows": director_officer_business_address_occupation_rows,
            "supervisory_managing_tables_html": supervisory_managing_tables_html}

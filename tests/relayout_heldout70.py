"""Held-out re-layout families, seventieth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (08:20-08:25 UTC by `date`) by helper session gather70 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring; the real files are listed in tests/data/rosters_real/SOURCES.md),
printing the other persons the way that filing prints its own, with only the small differences two law firms'
filings show (widths, label words, heading and preamble wording, name order and case, numbering, page breaks):

- pipe_cells_shares_columns_as_text: The St. Paul Travelers Companies' Exhibit 1 as saved from HTML to text, every
  cell between '|' lines, six cells a row (name, position, occupation, address, shares, transactions), the cells
  whole (the real file's cells are cut to their first line), the citizenship in the preamble.
- centred_name_lists_by_title: Forstmann Little's Schedule I, the persons' names centred one a line under a centred
  '<Title> of' / '<Org>' heading (one list per set of titles), defaults in the preamble, each person's own
  occupation, address or citizenship in a short indented paragraph under the list.
- officer_director_address_position_rows: Ariel Capital Management's Schedule I, an EDGAR table 'Officer /
  Director' | 'Address' | 'Position' between full dashed rules, the address cell empty for the default address.
- board_officer_section_rows_html: STMicroelectronics' Annex A, one HTML table 'Name' | 'Position' | 'Other
  Positions' | 'Citizenship' | 'Business Address' with bold italic section rows, an empty cell where a person has no
  other position, the titles without the organisation.

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
from relayout_heldout38 import _defined_term


def _people(roster: Roster, options: Options, by_default: bool) -> list[dict]:
    """Every person's expected values in roster order; the preamble's default citizenship where it covers him."""
    return [expected(p, roster.organization, options,
                     **(_citizenship_by_default(p, roster, options) if by_default else {})) for p in roster.people]


def _exceptions(roster: Roster) -> list[dict]:
    default, country = _most_common_citizenship(roster)
    return [p for p in roster.people if not _covered(p, country, default)]


def _citizens_of(citizenship: str) -> str:
    """'citizens of the United States', 'Canadian citizens' (the plural of _is_citizen)."""
    single = _is_citizen(citizenship)
    return single.replace("a citizen of", "citizens of", 1) if single.startswith("a citizen of") else \
        single[2:] + "s"


def _shared_address(roster: Roster) -> list[str]:
    """The address two or more persons share (the most common), else none."""
    default = _default_address(roster)
    return default if sum(p["address"] == default for p in roster.people) > 1 else []


def _page(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


# ---- 1. St. Paul Travelers: HTML saved as text, every cell between '|' lines -------------------------------------
def pipe_cells_shares_columns_as_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The St. Paul Travelers Companies' Exhibit 1 (tests/data/rosters_real/dev/html_as_text_pipes_truncated_
    cells_st_paul_travelers.txt, sec.gov https://www.sec.gov/Archives/edgar/data/896861/000110465904038925/
    a04-14599_1ex1.htm as saved to text): 'EXHIBIT 1' and 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>' at the
    margin, the preamble on ONE long line (the real words: 'The names and present principal occupations of the
    directors and executive officers of <Org> are set forth below. During the last five years, ...'; 'All of the
    individuals listed below are citizens of <default>' with the exceptions named), the organisation's name, then
    the table as the text save prints it: every cell between a '|' line before and a '|' line after, its lines one a
    line, six cells a row and no line between rows: Name | Position | Present Principal Occupation | Business
    Address | Shares of Common Stock Beneficially Owned | Description of any Transactions in the Past Sixty Days
    (each label wrapped in its cell), the titles '; '-joined, the outside occupations '; '-joined and wrapped at
    spaces (an officer
    without one: '<titles>, <Org>' as the real 'Chief Executive ... The St. Paul Travelers'), the address lines whole, '0',
    'None'. The real file cuts every cell to its first line; here the cells are whole. Varies from gather29's
    HTML rendering (`html_position_shares_transactions`): the text save itself, the real heading and the real
    label words (shortened there to 'Position with <Org>' etc.), '; ' between titles ('A, B and C' there), '0' for
    the shares ('-0-' there). Variants: '1.' before the name; 'SURNAME, Given'; a blank line after each row when
    ruled; the occupation cell wrapped at options.width - 8 (at least 18); a page break (options.page_break_in)
    after that person's row: '<PAGE>' (a form feed without markers), '2', the organisation with '(continued)'
    and the label cells again if the header repeats."""
    org = roster.organization
    default, _ = _most_common_citizenship(roster)
    others = _exceptions(roster)
    narrow = max(18, options.width - 8)
    preamble = (f"The names and present principal occupations of the directors and executive officers of {org} are "
                "set forth below. During the last five years, none of the individuals has been convicted in any "
                "criminal proceeding (excluding traffic violations and similar misdemeanors) or has been a party to "
                "any civil proceeding of a judicial or administrative body as a result of which such person was or "
                "is subject to a judgment, decree or final order enjoining future violations of, or prohibiting or "
                "mandating activities subject to, federal or state securities laws or finding violations with "
                "respect to such laws.")
    if options.citizenship:
        preamble += f" All of the individuals listed below are {_citizens_of(default)}" + \
            (f", except {_named_exceptions(others)}." if others else ".")
    labels = [["Name"], ["Position"], ["Present Principal", "Occupation"], ["Business Address"],
              ["Shares of Common", "Stock Beneficially", "Owned"], ["Description of any", "Transactions in the",
                                                                  "Past Sixty Days"]]

    def row(cells: list[list[str]]) -> list[str]:
        return [line for cell in cells for line in ["|", *cell, "|"]]

    lines = ["EXHIBIT 1", "DIRECTORS AND EXECUTIVE OFFICERS OF", *wrap_lines(org.upper(), 36), preamble, org,
             *row(labels)]
    for index, person in enumerate(roster.people):
        titles = "; ".join(person["positions"])
        occupation = "; ".join(person["other_positions"]) or (f"{titles}, {org}" if titles else "--")
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        lines += row([wrap_lines(name, 40), wrap_lines(titles, 20) if titles else ["--"], wrap_lines(occupation, narrow),
                      person["address"] or ["--"], ["0"],
                      ["None"]])
        if options.rules:
            lines.append("")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", _page(options), "2", ""]
            if options.repeat_header:
                lines += [f"{org} (continued)", *row(labels)]
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 2. Forstmann Little: centred name lists under centred '<Title> of' / '<Org>' headings ---------------------
def centred_name_lists_by_title(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Forstmann Little & Co.'s Schedule I (tests/data/rosters_real/dev/text_centered_names_gp_preamble_
    forstmann_little.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1084242/000089534503000340/exh-99_1.txt):
    'Schedule I' at the margin, then, as the real 'Partners of' / 'FLC XXX' part, centred headings over the names:
    one list per set of titles the persons hold (in the roster's order of first use), its heading the titles one a
    line with ' of' after the last and the organisation ('Director' / 'President of' / '<Org>', as the real
    'General Partner of' / 'Equity-V'), then the persons' names centred one a line. Before the lists an indented
    preamble in the real words ('The following are the directors and executive officers of <Org>. The business
    address of each of the following persons is <default> and each is a citizen of <default>, except as set forth
    below.', the address only where two or more share it). Under each list, for every person of it whose
    occupation, address or citizenship the preamble does not give, an indented paragraph: 'The present principal
    occupation of <Name> is <A>; <B>.', 'The business address of <Name> is <address>.', '<Name> is a citizen of
    <Country>.'. Varies from gather38's `centred_name_blocks_preamble_defaults` (one centred block per person under
    'Schedule A' with the titles in the block): the real name lists under title headings, the real 'Schedule I',
    the exceptions as sentences after the list. Variants: '1.' before each centred name (numbered in printed order);
    'SURNAME, Given' in the lists; each heading's last line underlined by hyphens when ruled; a page break
    (options.page_break_in) after that person's name: '<PAGE>' (a form feed without markers), 'I-2' centred and
    'Schedule I (continued)' if the header repeats."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    shared = _shared_address(roster)
    preamble = f"The following are the directors and executive officers of {_full_stop(org)}"
    clauses = ([f"the business address of each of the following persons is {', '.join(shared)}"] if shared else []) \
        + ([f"each is {_is_citizen(default)}"] if options.citizenship else [])
    if clauses:
        sentence = " and ".join(clauses)
        preamble += f" {sentence[0].upper()}{sentence[1:]}, except as set forth below."
    lines = ["Schedule I", ""] + textwrap.wrap(preamble, 76, initial_indent=" " * 5, break_on_hyphens=False) + [""]
    groups: dict[tuple, list[int]] = {}
    for index, person in enumerate(roster.people):
        groups.setdefault(tuple(person["positions"]), []).append(index)
    printed = 0
    for titles, members in groups.items():
        heading = [*titles[:-1], f"{titles[-1]} of", org] if titles else ["Other Persons"]
        lines += [centre(line, 78) for line in heading]
        if options.rules:
            lines.append(centre("-" * len(heading[-1]), 78))
        lines.append("")
        notes: list[str] = []
        for index in members:
            person = roster.people[index]
            printed += 1
            lines.append(centre((f"{printed}. " if options.numbered else "") + printed_name(person, options), 78))
            if options.page_break_in == index and index < len(roster.people) - 1:
                lines += ["", _page(options), centre("I-2", 78), ""] + \
                    (["Schedule I (continued)", ""] if options.repeat_header else [])
            note = []
            if person["other_positions"]:
                note.append(f"The present principal occupation of {person['name']} is "
                            f"{_full_stop('; '.join(person['other_positions']))}")
            if person["address"] and person["address"] != shared:
                note.append(f"The business address of {person['name']} is {_full_stop(', '.join(person['address']))}")
            if options.citizenship and not _covered(person, country, default):
                note.append(f"{person['name']} is {_is_citizen(person['citizenship'])}.")
            if note:
                notes += textwrap.wrap(" ".join(note), 76, initial_indent=" " * 5, break_on_hyphens=False) + [""]
        lines += [""] + notes
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 3. Ariel: 'Officer / Director' | 'Address' | 'Position' between full dashed rules ------------------------------
def officer_director_address_position_rows(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Ariel Capital Management, Inc.'s Schedule I (tests/data/rosters/preamble_address_ariel.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/764762/000092735600001800/0004.txt): '<PAGE>', the centred 'SCHEDULE I',
    the real centred title 'Information with Respect to Directors and Executive Officers of <Org>' (wrapped where
    it falls), the real preamble ('The following information is disclosed for each of <Term>'s directors and
    executive officers: name; business address; and present principal occupation ... Unless otherwise specified,
    the principal employer and business address of each such individual is <Org>, <address>.', the address only
    where two or more share it) and a citizenship sentence ('Each of the individuals named below is a citizen of
    <default>, except A, who is a citizen of <Country>.'), then the real EDGAR <TABLE><CAPTION>: a full dashed rule,
    'Officer / Director' | 'Address' | 'Position' each underlined by its own dashes, a full dashed rule, <S>/<C>;
    each row: the name, the address lines (the cell EMPTY for a person of the default address), the titles and
    outside occupations '; '-joined ('Director; Professor Emeritus ...'), a blank line after a row shorter than
    three lines, then a full dashed rule after EVERY row (the real way). Varies from gather47's
    `default_employer_blank_address_table` ('SCHEDULE A', 'Information Concerning ...', labels 'Name' | 'Business
    Address' | 'Present Principal Occupation or Employment', rules only when ruled): the real title, labels and
    rules, the widths (36 | 34 | options.width + 8 here), '(1)' numbering. Variants: '(1)' before the name;
    'SURNAME, Given'; a full rule of '=' instead of dashes between rows when ruled; no tags without markers; a
    page break (options.page_break_in) after that person's row: the table closed, '<PAGE>' (a form feed without
    markers), '-2-' centred and the table reopened with its caption if the header repeats."""
    org = roster.organization
    shared = _shared_address(roster)
    default, _ = _most_common_citizenship(roster)
    others = _exceptions(roster)
    widths = [36, 34, options.width + 8]
    full = "-" * (sum(widths) - 2)
    between = ("=" if options.rules else "-") * (sum(widths) - 2)
    labels = ["Officer / Director", "Address", "Position"]
    marks = "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip()
    caption = [full, "".join(f"{label:<{w}}" for label, w in zip(labels, widths)).rstrip(),
               "".join(f"{'-' * len(label):<{w}}" for label, w in zip(labels, widths)).rstrip(), full]
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([marks] if options.markers else [])
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("SCHEDULE I"), ""]
    lines += [centre(line) for line in wrap_lines(
        f"Information with Respect to Directors and Executive Officers of {org}", 76)] + [""]
    where = (f"Unless otherwise specified, the principal employer and business address of each such individual is "
             f"{org}, {_full_stop(', '.join(shared))}" if shared else
             f"Unless otherwise specified, the principal employer of each such individual is {_full_stop(org)}")
    preamble = (f"The following information is disclosed for each of {_defined_term(org)}'s directors and executive "
                f"officers: name; business address; and present principal occupation or employment and the name of "
                f"any corporation or other organization in which such employment is conducted. {where}")
    if options.citizenship:
        preamble += f" Each of the individuals named below is {_is_citizen(default)}" + \
            (f", except {_named_exceptions(others)}." if others else ".")
    lines += textwrap.wrap(preamble, 80, initial_indent=" " * 5, break_on_hyphens=False) + [""] + head
    for index, person in enumerate(roster.people):
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        address = [] if shared and person["address"] == shared else \
            [piece for line in person["address"] for piece in wrap_lines(line, widths[1] - 2)]
        position = wrap_lines("; ".join(person["positions"] + person["other_positions"]) or "--", widths[2] - 2)
        rows = _wrap_rows([wrap_lines(name, widths[0] - 2, "    "), address, position], widths)
        lines += rows + ([""] if len(rows) < 3 else []) + [between]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", _page(options), centre("-2-"), ""]
            lines += head if options.repeat_header else (["<TABLE>", marks] if options.markers else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 4. STMicroelectronics: one HTML table with section rows, an empty other-positions cell ---------------------
def board_officer_section_rows_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After STMicroelectronics N.V.'s Annex A (tests/data/rosters/html_boards_stmicro_relayout.htm, a faithful
    re-layout of the project seed's annex): the centred bold 'ANNEX A' and 'MEMBERS OF THE BOARD OF DIRECTORS AND
    EXECUTIVE OFFICERS OF <ORG>', the real preamble ('The following table sets forth the name and present principal
    occupation or employment, and the name, principal business and address of any corporation or other
    organization in which such occupation or employment is conducted of each director and executive officer of
    <Org>.'), ONE table with the real labels Name | Position | Other Positions | Citizenship | Business Address and
    bold italic colspan section rows 'Board of Directors' (the persons with a director's title or seat) and
    'Executive Officers' (the others), each group in roster order; the titles '; '-joined WITHOUT the organisation
    (as the real officers' 'Corporate Vice President, Memory Products Group'), the other positions '; '-joined, an
    EMPTY cell (&nbsp;) where a person has none (the real way), the address lines apart. Varies from gather67's
    `board_section_rows_five_cell_html` ('ANNEX B', 'Present Position' | 'Other Principal Positions' labels,
    '<Title> of <Org>', 'None'): the real labels, 'ANNEX A', the titles without the organisation, the empty cell,
    the page break. Variants: BORDER="1" when ruled, else BORDER="0"; '(1)' before the name (in printed order);
    'SURNAME, Given'; the Other Positions column options.width percent wide; the cell lines apart by <BR> with
    markers, each in a <DIV> without; no Citizenship column without citizenship; a page break
    (options.page_break_in) after that person's row: the table closed, <HR ... STYLE="page-break-after:always"/>, the
    table reopened with the header row if it repeats."""
    org = roster.organization
    border = "1" if options.rules else "0"
    labels = ["Name", "Position", "Other Positions"] + (["Citizenship"] if options.citizenship else []) + \
        ["Business Address"]
    span = len(labels)
    opening = f'<TABLE BORDER="{border}" CELLPADDING="3" CELLSPACING="0" WIDTH="100%">'
    header = "<TR>" + "".join((f'<TH WIDTH="{options.width}%">' if label == "Other Positions" else "<TH>") +
                              f"{label}</TH>" for label in labels) + "</TR>"

    def cell(values: list[str]) -> str:
        if not values:
            return "<TD>&nbsp;</TD>"
        if options.markers:
            return "<TD>" + "<BR>".join(html.escape(v) for v in values) + "</TD>"
        return "<TD>" + "".join(f"<DIV>{html.escape(v)}</DIV>" for v in values) + "</TD>"

    parts = ["<HTML><HEAD><TITLE>SC 13D</TITLE></HEAD>", "<BODY>", '<P ALIGN="center"><B>ANNEX A</B></P>',
             f'<P ALIGN="center"><B>MEMBERS OF THE BOARD OF DIRECTORS AND EXECUTIVE OFFICERS OF '
             f"{html.escape(org.upper())}</B></P>",
             "<P>" + html.escape(
                 "The following table sets forth the name and present principal occupation or employment, and the "
                 "name, principal business and address of any corporation or other organization in which such "
                 "occupation or employment is conducted of each director and executive officer of " +
                 _full_stop(org)) + "</P>", opening, header]
    sections = [("Board of Directors", [i for i, p in enumerate(roster.people) if is_director(p)]),
                ("Executive Officers", [i for i, p in enumerate(roster.people) if not is_director(p)])]
    printed = 0
    for title, members in sections:
        if not members:
            continue
        parts.append(f'<TR><TD COLSPAN="{span}"><B><I>{title}</I></B></TD></TR>')
        for index in members:
            person = roster.people[index]
            printed += 1
            name = (f"({printed}) " if options.numbered else "") + printed_name(person, options)
            cells = [cell([name]), cell(["; ".join(person["positions"])] if person["positions"] else []),
                     cell(["; ".join(person["other_positions"])] if person["other_positions"] else [])]
            if options.citizenship:
                cells.append(cell([person["citizenship"]] if person["citizenship"] else []))
            cells.append(cell(person["address"]))
            parts.append("<TR>" + "".join(cells) + "</TR>")
            if options.page_break_in == index and printed < len(roster.people):
                parts += ["</TABLE>", '<HR SIZE="2" NOSHADE STYLE="page-break-after:always"/>', opening]
                if options.repeat_header:
                    parts.append(header)
    parts += ["</TABLE>", "</BODY></HTML>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options, by_default=False)


FAMILIES = {"pipe_cells_shares_columns_as_text": pipe_cells_shares_columns_as_text,
            "centred_name_lists_by_title": centred_name_lists_by_title,
            "officer_director_address_position_rows": officer_director_address_position_rows,
            "board_officer_section_rows_html": board_officer_section_rows_html}

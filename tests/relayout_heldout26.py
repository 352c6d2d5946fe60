"""Held-out re-layout families, twenty-sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (05:53-06:05 UTC by `date`) by helper session gather26 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third and twenty-fourth sets, each family here is a CLOSE VARIANT OF ONE REAL
DEVELOPMENT ROSTER'S OWN LAYOUT (a file in tests/data/rosters_real/dev/, named in the family's docstring with its
sec.gov address), four real rosters neither of those sets used (Deutsche Acquisition Corp. 2000, Novo Holdings A/S
2026, SBC Communications 2002, Castlerigg Master Investments 2004): the other persons printed the way that filing
prints its own, with only the small differences two filings by different law firms show - column widths and which
column wraps, the header's label words (taken from other real rosters), the heading and preamble wording, name order
and case, a numbering or separator style, where the page breaks fall - and no layout feature the real filings do
not have. They measure how the reader does on the kind of annex a user's next filing most likely has. Each
docstring lists the choices in which the family differs from its real model; each family differs from every
earlier family (tests/relayout.py, tests/relayout_heldout5..25.py) in at least two of those choices. They are held
out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap
from functools import partial

from relayout import Options, Roster, _full_stop, _wrap_rows, expected, printed_name
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _named_exceptions
from relayout_heldout23 import _others_by_default

# Typed tables wrap at spaces, never inside a hyphenated word ('Co-Chief', 'Vice-President').
_wrap = partial(textwrap.wrap, break_on_hyphens=False)


def _and_titles(positions: list[str]) -> str:
    """'Director and President', 'Director, Vice President and Secretary' as the real rosters join titles; '; '
    where a title holds a comma or an 'and' of its own, so that no joined title reads as two."""
    if any("," in t or " and " in t for t in positions):
        return "; ".join(positions)
    return positions[0] if len(positions) < 2 else ", ".join(positions[:-1]) + " and " + positions[-1]


def _numbered(index: int, name: str, options: Options) -> str:
    return f"{index + 1}. {name}" if options.numbered else name


def _right_page(number: str, options: Options) -> list[str]:
    """A page end as the EDGAR text filings print it: the page line at the right margin, then <PAGE> (a form feed
    in the variant without markers)."""
    return ["", f"{number:>80}", "<PAGE>" if options.markers else "\f", ""]


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width)]


_SEAT = ("Director", "Directors")


def _is_director(person: dict) -> bool:
    """A board member: 'Director' among the titles, or the board among the bodies ('Chair of the Board')."""
    return any(title in _SEAT for title in person["positions"]) or "board of directors" in person["bodies"]


def _seat_by_heading(person: dict, organization: str, options: Options, **override) -> dict:
    """The expected person where the board seat is given by a heading, not printed in the entry: 'Director' (one
    real gold writes 'Directors')."""
    positions = ["Director" if title in _SEAT else title for title in person["positions"]]
    return expected(person, organization, options, positions=list(dict.fromkeys(positions)), **override)


# ---- 1. Deutsche Acquisition: EDGAR <TABLE>, the address under the name, '<titles> of the Company; occupation' ------
def edgar_name_address_defined_term(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Deutsche Acquisition Corp.'s Exhibit 3 (tests/data/rosters_real/dev/text_twocol_nameaddr_title_deutsche_
    acquisition.txt, sec.gov https://www.sec.gov/Archives/edgar/data/811917/000090342300000439/0004.txt): the
    organisation's name and 'Officers and Directors' centred over a preamble that defines a short name for the
    organisation ('Deutsche Acquisition Corp. ("Purchaser")') and gives everyone's citizenship once; an EDGAR <TABLE>
    without <CAPTION>, a two-word header underlined by dashes of the words' length, the <S>/<C> row, then two columns:
    the name with its address lines under it on the left, '<titles> of Purchaser; <occupation>, <employer>' wrapping
    on the right beside the address; a blank line between persons. As in the real one, every person prints his own
    address. Differs from the real one in: the heading ('SCHEDULE I' over the organisation's name in capitals and
    'DIRECTORS AND EXECUTIVE OFFICERS'); the preamble's wording and its defined term ('<Org> (the "Company")', the
    titles 'of the Company'); the citizenship sentence naming the exceptions in IDT's words ('..., other than
    Marshall A. Cohen, who is a citizen of Canada'), where the real roster has none; the header's label words
    ('Name and Business Address' | 'Position and Present Principal Occupation', from Lor Finance's and IDT's
    rosters); the column widths (left 40, right options.width + 18); the titles joined 'A, B and C' (or '; ' where
    a title holds a comma or an 'and'); the numbered variant's '1.' and the upper_last_first variant's 'SURNAME,
    Given'; a dashed line between persons in the ruled variant; no <TABLE>/<S>/<C> tags without markers; a page
    break (options.page_break_in) after the entry's second line, the header repeated if it repeats."""
    org = roster.organization
    left, right = 40, options.width + 18
    header = [f"{'Name and Business Address':<{left}}Position and Present Principal Occupation",
              f"{'-' * 25:<{left}}{'-' * 42}"]
    lines = [f"{'SCHEDULE I':^80}".rstrip(), "", "", f"{org.upper():^80}".rstrip(), "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS':^80}".rstrip(), "", ""]
    preamble = (f"The following table sets forth the name, business address, position with {org} (the \"Company\") "
                f"and present principal occupation of each director and executive officer of the Company.")
    if options.citizenship:
        default, _country = _most_common_citizenship(roster)
        others = _others_by_default(roster)
        preamble += (f" Each individual listed below is {_is_citizen(default)}"
                     + (f", other than {_named_exceptions(others)}." if others else "."))
    lines += _wrap(preamble, 78, initial_indent=" " * 16) + ["", ""]
    lines += (["<TABLE>"] if options.markers else []) + header
    lines += [f"{'<S>':<{left}}<C>"] if options.markers else []
    for index, person in enumerate(roster.people):
        titles = [f"{_and_titles(person['positions'])} of the Company"] if person["positions"] else []
        occupation = "; ".join(titles + person["other_positions"])
        cells = [_wrap(_numbered(index, printed_name(person, options), options), left - 2)
                 + _lines(person["address"], left - 2), _wrap(occupation, right)]
        rows = _wrap_rows(cells, [left, right])
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = _right_page("- 2 -", options) + (header + [""] if options.repeat_header else [])
        lines += rows + ["-" * (left + right) if options.rules else ""]
    lines[-1:] = ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


# ---- 2. Novo Holdings: an HTML table Name and title | Address | Principal Occupation | Citizenship ---------------
def _cell(lines: list[str], options: Options, style: str) -> str:
    escaped = [html.escape(line) for line in lines]
    if options.markers:
        body = "".join(f"<p style=\"margin:0pt\">{line}</p>" for line in escaped)
    else:
        body = "<br>".join(escaped)
    return f"<td valign=\"top\"{style}>{body or '&nbsp;'}</td>"


def html_name_title_country_cells(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Novo Holdings A/S Schedule I (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1865494/000138832526000003/ex-99-01242026_120118.htm, an HTML
    exhibit stored as text): a one-sentence preamble, the organisation's name above its table, a header row of four
    cells ('Name, Title' | 'Address' | 'Principal Occupation' | 'Citizenship'); per person one row, the name with the
    title on the line under it in the first cell, the address lines in the second, the occupation in the third
    ('Professional Board Director'; for an officer without other employment his title and the organisation,
    'Chief Executive Officer,' / 'Novo Holdings A/S'), the citizenship in the fourth (a second one on a line of
    its own); nothing between rows. Printed here as the HTML table it was filed as. Differs from the real one in:
    one organisation (the real exhibit has two); the heading ('SCHEDULE A' and 'DIRECTORS AND EXECUTIVE OFFICERS OF
    <ORG>') and the preamble's wording; the header's label words in bold ('Name and Title' | 'Business Address' |
    'Present Principal Occupation' | 'Country of Citizenship', from Refac's, IDT's and Power Corporation's rosters);
    every title held in the organisation on a line of its own under the name; the occupation cell one line per
    occupation outside the organisation, or the titles other than the board seat and the organisation ('<titles>,'
    / '<Org>') for a person with none; every line of a cell in its own <p> (markers) or apart by <br>; a 'No.' column of '1.', '2.' in the
    numbered variant; 'SURNAME, Given' in the upper_last_first variant; a rule under every row in the ruled variant;
    no citizenship column where the variant prints none; a page break (options.page_break_in) closing the table
    after that person's row, a page number, and the table going on, its header row repeated if it repeats."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name and Title", "Business Address",
                                                     "Present Principal Occupation"]
    heads += ["Country of Citizenship"] if options.citizenship else []
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{h}</b></td>" for h in heads) + "</tr>"
    style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        titles = [title for title in person["positions"] if title not in _SEAT] or person["positions"]
        occupation = person["other_positions"] or ([f"{_and_titles(titles)},", org] if titles else [])
        cells = ([[f"{index + 1}."]] if options.numbered else []) + [
            [printed_name(person, options)] + person["positions"], person["address"], occupation]
        cells += [person["citizenship"].split(", ")] if options.citizenship else []
        rows.append("<tr>" + "".join(_cell(cell, options, style) for cell in cells) + "</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\">{''.join(t)}</table>"
             for t in tables]
    body = ("<p align=\"center\">2</p><p style=\"page-break-before:always\">&nbsp;</p>").join(parts)
    text = (f"<html><body><p align=\"center\"><b>SCHEDULE A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>The following sets forth information regarding each "
            f"director and executive officer of {html.escape(org)}.</p><p><b>{html.escape(org)}</b></p>{body}"
            f"</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. SBC: Name | Present Principal Occupation under 'Directors' and 'Executive Officers', no blank lines -----
def _sbc_occupation(person: dict) -> str:
    """A director's cell: his other titles in the organisation, or 'Director'; an outside occupation in parentheses
    after it ('Director (Chairman of the Board, Anheuser-Busch Companies, Inc.)')."""
    titles = [t for t in person["positions"] if t not in _SEAT]
    titles = titles or (["Director"] if _is_director(person) else [])
    outside = f"({'; '.join(person['other_positions'])})" if person["other_positions"] else ""
    return " ".join(part for part in (_and_titles(titles) if titles else "", outside) if part)


def director_sections_parenthetical(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After SBC Communications' Exhibit I (tests/data/rosters_real/dev/text_twocol_director_paren_sbc.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/889949/000073271702000036/exhibit1hug.txt): 'Exhibit I' and the page
    line, a rule, a centred title underlined by dashes, a 'Directors' sub-heading and a one-sentence preamble, then
    two columns without table tags or blank lines, Name | 'Present Principal Occupation or Employment', the right
    column wrapping under itself; a director who is also an officer prints his officer titles ('Chairman of the
    Board and Chief Executive Officer'), an outside director 'Director (<occupation>; <occupation>)'; the board seat
    is given by the sub-heading; no address and no citizenship printed. Differs from the real one in: the title's
    wording ('Executive Officers and Directors of <Org>'); the sub-headings' preambles worded anew; a second
    sub-heading 'Executive Officers' (those who are not directors, their titles and any outside occupation in
    parentheses) with the column header printed again, where the stored real copy stops inside the directors; a
    section with nobody in it left out; the header's label words ('Name' | 'Principal Occupation or Employment',
    underlined by dashes, as in Castlerigg's and IDT's rosters); the left column 32 wide and the right wrapping at
    options.width + 10; '1.' numbering running through both sections in the numbered variant; 'SURNAME, Given' in
    the upper_last_first variant; a dashed line between persons in the ruled variant; a page break
    (options.page_break_in) after that person's first line, 'Page 12 of 13 Pages' at the right margin and <PAGE> (a
    form feed without markers), the header repeated if it repeats."""
    org = roster.organization
    left, width = 32, options.width + 10
    header = [f"{'Name':<{left}}Principal Occupation or Employment", f"{'----':<{left}}{'-' * 34}"]
    title = f"Executive Officers and Directors of {org}"
    lines = ["Schedule I", f"{'Page 11 of 13 Pages':>80}", "-" * 80, "", "", f"{'':10}{title}",
             f"{'':10}{'-' * len(title)}", "", ""]
    sections = [("Directors", f"The name and present principal occupation or employment of each director of {org} "
                              f"are set forth below.", [p for p in roster.people if _is_director(p)]),
                ("Executive Officers", f"The executive officers of {org} who are not directors and the present "
                                       f"principal occupation or employment of each of them are set forth below.",
                 [p for p in roster.people if not _is_director(p)])]
    number = {person["name"]: index for index, person in enumerate(
        [p for _heading, _text, people in sections for p in people])}
    for heading, preamble, people in sections:
        if not people:
            continue
        lines += [heading, ""] + _wrap(preamble, 71, initial_indent=" " * 9) + [""] + header + [""]
        for person in people:
            name = _numbered(number[person["name"]], printed_name(person, options), options)
            rows = _wrap_rows([_wrap(name, left - 2), _wrap(_sbc_occupation(person), width)], [left, width])
            if options.page_break_in == roster.people.index(person) and len(rows) > 1:
                rows[1:1] = _right_page("Page 12 of 13 Pages", options) + (header + [""] if options.repeat_header
                                                                           else [])
            lines += rows + (["-" * (left + width)] if options.rules else [])
        lines.append("")
    people = [_seat_by_heading(p, org, options, citizenship=None, country=None, address=None, address_city=None,
                               address_country=None) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 4. Castlerigg: two grid tables, executive officers then directors, dashed rules, header inside <S>/<C> -------
_GRID = [26, 0, 30, 16]          # Name | Title or Principal Occupation (options.width - 4) | Address | Citizenship


def _grid_widths(options: Options) -> list[int]:
    widths = list(_GRID)
    widths[1] = options.width - 4
    return widths if options.citizenship else widths[:3]


def _grid_rule(widths: list[int], options: Options) -> str:
    """Castlerigg's rule of one dashed segment per column; one unbroken dashed line in the ruled variant."""
    if options.rules:
        return "-" * (sum(widths) - 1)
    return " ".join("-" * (w - 1) for w in widths)


def _grid_caption(second: list[str], widths: list[int], options: Options) -> list[str]:
    """The header cells centred in their columns, the second column's label over two lines."""
    heads = [["Name"], second, ["Business Address"], ["Citizenship"]][:len(widths)]
    rows = _wrap_rows([[h.center(w - 1) for h in head] for head, w in zip(heads, widths)], widths)
    return [_grid_rule(widths, options)] + rows + [_grid_rule(widths, options)]


def _grid_row(index: int, person: dict, middle: list[str], widths: list[int], options: Options) -> list[str]:
    cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
             _lines(middle, widths[1] - 2), _lines(person["address"], widths[2] - 2)]
    cells += [_wrap(person["citizenship"], widths[3] - 2)] if options.citizenship else []
    return _wrap_rows(cells, widths)


def _director_occupation(person: dict, org: str) -> list[str]:
    titles = [t for t in person["positions"] if t not in _SEAT]
    return ([f"{_and_titles(titles)}, {org}"] if titles else []) + person["other_positions"] or ["--"]


def officer_director_grid_tables(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Castlerigg Master Investments' Appendix III (tests/data/rosters_real/dev/text_grid4col_citizenship_
    castlerigg.txt, sec.gov https://www.sec.gov/Archives/edgar/data/813781/000089534504000812/jsappendix3.txt): the
    page line, a centred title underlined by dashes, then an '<ORG> EXECUTIVE OFFICERS' grid (a row 'NONE' when there
    is nobody), <PAGE> and the next page line, an '<ORG> DIRECTORS' heading and a preamble sentence, then a <TABLE>
    whose <CAPTION> is a row of dashes, the <S>/<C> row and the header cells inside it between dashed rules: Name |
    Principal Occupation | Address | Citizenship, cells wrapping under themselves (the occupation 'Portfolio' /
    'Manager'), a row of dashed segments, one per column, after every person; the board seat given by the heading.
    Differs from the real one in: the title ('SCHEDULE A' / 'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE
    OFFICERS'); the executive officers' grid (those who are not directors) with the same address and citizenship
    columns as the directors' (the real one, empty, has Name | Title only) inside <TABLE> tags like the directors';
    the header's label words ('Business Address', from IDT's roster); the preamble's wording; the column
    widths (26 | options.width - 4 | 30 | 16); a director's other titles in the organisation first in the occupation
    cell ('President, <Org>'), '--' where there is nothing to print, as BSCI's roster prints an empty cell; '1.'
    numbering running through both grids in the numbered variant; 'SURNAME, Given' in the upper_last_first variant;
    one unbroken dashed line instead of the segments in the ruled variant; no table tags without markers; no
    citizenship column where the variant prints none; a page break (options.page_break_in) after that person's
    first line, the page line and <PAGE> (a form feed without markers), the header repeated between its rules if it
    repeats."""
    org = roster.organization
    widths = _grid_widths(options)
    officers = [p for p in roster.people if not _is_director(p)]
    directors = [p for p in roster.people if _is_director(p)]
    number = {person["name"]: index for index, person in enumerate(officers + directors)}
    pages = iter(range(21, 99))
    lines = [f"{'Page 20 of 27 Pages':>80}", f"{'SCHEDULE A':^80}".rstrip(), f"{'----------':^80}".rstrip(), "",
             f"{'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS':^80}".rstrip(), ""]
    says = "business address, principal occupation and citizenship" if options.citizenship else \
        "business address and principal occupation"
    tables = [(f"{org.upper()} EXECUTIVE OFFICERS", None, ["Title"], officers,
               lambda p: [_and_titles(p["positions"])] if p["positions"] else ["--"]),
              (f"{org.upper()} DIRECTORS", _full_stop(f"The following table sets forth the name, {says} of each "
                                                      f"director of {org}"),
               ["Principal", "Occupation"], directors, lambda p: _director_occupation(p, org))]
    for heading, preamble, second, people, middle in tables:
        if preamble:
            lines += ["", "", "<PAGE>" if options.markers else "\f", f"{f'Page {next(pages)} of 27 Pages':>80}", ""]
        lines += [f"{heading:^80}".rstrip(), ""]
        lines += _wrap(preamble, 72, initial_indent=" " * 10) + [""] if preamble else []
        caption = _grid_caption(second, widths, options)
        if options.markers:
            lines += ["<TABLE>", "<CAPTION>", caption[0], "".join(f"{m:<{w}}" for m, w in zip(
                ["<S>", "<C>", "<C>", "<C>"], widths)).rstrip()] + caption[1:]
        else:
            lines += caption
        for person in people:
            rows = _grid_row(number[person["name"]], person, middle(person), widths, options)
            if options.page_break_in == roster.people.index(person) and len(rows) > 1:
                rows[1:1] = _right_page(f"Page {next(pages)} of 27 Pages", options) + (
                    caption if options.repeat_header else [])
            lines += rows + [_grid_rule(widths, options)]
        if not people:
            lines += [f"{'':8}NONE", _grid_rule(widths, options)]
        lines += ["</TABLE>"] if options.markers else []
    people = [_seat_by_heading(p, org, options) if _is_director(p) else expected(p, org, options, other_positions=[])
              for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


FAMILIES = {"edgar_name_address_defined_term": edgar_name_address_defined_term,
            "html_name_title_country_cells": html_name_title_country_cells,
            "director_sections_parenthetical": director_sections_parenthetical,
            "officer_director_grid_tables": officer_director_grid_tables}

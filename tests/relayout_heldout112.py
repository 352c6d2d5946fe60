"""Held-out re-layout families, hundred-and-twelfth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (15:08-15:13 UTC by `date`) by helper session gather112 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring), printing the other persons the way that filing prints its own,
with only the small differences two law firms' filings show (widths, label words, heading and preamble wording,
name order and case, numbering, page breaks).

The rosters: after gather109's count (heldout23 ... heldout106, siblings together) and its own four (E.ON, Canopy,
Deutsche Acquisition, Scout Capital, now at four), every roster not at four or five stands at three; of those, the
ones last used longest ago: MetLife (heldout32, 55, 82), Citigroup (32, 58, 85), Security Capital (29, 61, 85) and
UCSG (38, 61, 88; Bollore also stands at 38, 61, 88: a tie, broken by choice).

- metlife_real_captions_titles_one_line_citizens_except_preamble: MetLife's Exhibit 1, 'Page N of M' and 'EXHIBIT 1'
  at the right, the real caption words 'Name And Business Address' | 'Principal Occupation or Employment' at the
  real 43, every person's address under the name, the titles joined on one '<titles>, <Org>' line, the outside
  occupations under it, the citizenship with its exceptions in the preamble.
- citigroup_real_title_caption_33_rows_no_blank: Citigroup's Exhibit 99.A, '<Page>', the centred exhibit number and
  title, the real preamble, NAME | 'TITLE (AND CITIZENSHIP, IF NOT <DEFAULT>)' at the real 33, one row per person,
  nothing between rows, no address, no occupation (the real's).
- security_capital_real_caption_slash_titles_citizenship_column: Security Capital's Exhibit 1, the <CAPTION> with the
  organisation in capitals and 'DIRECTORS AND OFFICERS INFORMATION', the real captions after the <S>/<C> row with a
  CITIZENSHIP column added, the titles '/'-joined, a blank line and a full dashed rule after every person.
- ucsg_information_concerning_term_four_columns_citizens_preamble: UCSG's Exhibit 1, the real title and preamble
  defining the initials, the five-year sentence and the citizenship with its exceptions, an EDGAR table Name |
  Position with <TERM> | Present Principal Occupation or Employment | Address (no ownership column), the term as the
  occupation of a person with none outside (the real's).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order, the address
whole; where a preamble or caption gives the default citizenship, that default on the persons it covers, an
exception's own; Citigroup prints no address and no occupation, so none is expected there; no citizenship where
options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import re

from relayout import (
    Options,
    Roster,
    _full_stop,
    _wrap_rows,
    centre,
    edgar_marks,
    expected,
    printed_name,
    wrap_lines,
    wrap_words,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout38 import _defined_term
from relayout_heldout55 import _and_titles


def _page(options: Options, tag: str = "<PAGE>") -> str:
    return tag if options.markers else "\f"


def _done(lines: list[str]) -> str:
    """The lines as one text, trailing blanks dropped (a form feed kept: it is the page break)."""
    return "\n".join(line.rstrip(" ") for line in lines).rstrip(" \n") + "\n"


def _by_default(roster: Roster, options: Options, **override) -> list[dict]:
    return [expected(p, roster.organization, options, **{**_citizenship_by_default(p, roster, options), **override})
            for p in roster.people]


def _citizens(roster: Roster, lead: str, each: bool = False) -> str:
    """'<lead> citizens of the United States, except A, who is a citizen of Canada.' ('a citizen of' where `each`)."""
    default, country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, country, default)]
    said = _is_citizen(default)
    if not each:
        said = said.replace("a citizen of", "citizens of") if said.startswith("a citizen of") else said[2:] + "s"
    return f"{lead} {said}" + (f", except {_named_exceptions(others)}." if others else ".")


# ---- 1. MetLife 2005: the real captions at 43, titles on one line, the citizenship exceptions in the preamble ----
def metlife_real_captions_titles_one_line_citizens_except_preamble(roster: Roster,
                                                                   options: Options) -> tuple[str, str, list[dict]]:
    """After MetLife's Exhibit 1 (tests/data/rosters_real/dev/text_twocol_nameaddr_metlife.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/898174/000095012305001628/y05541exv99w1.txt): '<PAGE>', 'Page 9 of 21'
    and 'EXHIBIT 1' at the right, the centred 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', a preamble in another
    firm's words ending in the citizenship sentence with its exceptions ('Each person listed below is a citizen of
    the United States, except A, who is a citizen of Canada.'), an EDGAR <TABLE><CAPTION> with the real captions
    'Name And Business Address' | 'Principal Occupation or Employment' dashed to their length, <S>/<C>, a blank
    line; the name with every person's own address lines under it in the real left column of 43; the titles joined
    'A and B' on ONE '<titles>, <Org>' line (the real's 'Chairman of the Board and Chief Executive Officer, MLINC and
    MetLife') wrapping under itself at options.width + 16, then each outside occupation; a blank line between
    persons (the real's). Differs from heldout32's `sections_name_address_occupation` (DIRECTORS section, the
    address only where not the default, the default citizenship alone), heldout55's
    `name_address_occupation_citizenship_one_table` ('Page 7 of 19', 'EXHIBIT 2', a Citizenship column, a
    one-sentence preamble) and heldout82's `metlife_name_address_occupation_one_list` ('EXHIBIT 99.1', 'Name and Present Business
    Address' caption, one office a line, a Citizenship column where citizenships differ) in: the exhibit number and
    page numbers, the preamble's words with the exceptions named (no column), the caption words (against 32 and 82),
    the titles on one line (against 82), the numbering and the rules. Variants:
    '1. ' before the name; 'SURNAME, Given'; a dashed rule of 78 between persons when ruled; no tags without
    markers; a page break (options.page_break_in) after that person's first line: '</TABLE>', '<PAGE>' (a form feed
    without markers), 'Page 10 of 21' at the right and the table reopened (with the captions if the header
    repeats)."""
    org = roster.organization
    left = 43
    width = options.width + 16
    caption = [f"{'Name And Business Address':<{left}}Principal Occupation or Employment",
               f"{'-' * 25:<{left}}{'-' * 34}"]
    marks = [f"{'<S>':<{left}}<C>"] if options.markers else []
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + marks
    lines = (["<PAGE>"] if options.markers else []) + [f"{'Page 9 of 21':>80}", "", f"{'EXHIBIT 1':>76}", "", ""]
    lines += [centre(line) for line in wrap_lines(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    preamble = _full_stop(f"Set forth below are the name, business address and present principal occupation or "
                          f"employment of each director and executive officer of {org}")
    if options.citizenship:
        preamble += " " + _citizens(roster, "Each person listed below is", each=True)
    lines += wrap_words(preamble, 80) + ["", ""] + head + [""]
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        cell = wrap_lines(name, left - 2, "  ")
        cell += [piece for line in person["address"] for piece in wrap_lines(line, left - 2, "  ")]
        right = wrap_words(f"{_and_titles(person['positions'])}, {org}", width) if person["positions"] else []
        right += [piece for other in person["other_positions"] for piece in wrap_lines(other, width)]
        rows = _wrap_rows([cell, right or ["--"]], [left, width])
        if options.page_break_in == index and len(rows) > 1:
            reopen = head if options.repeat_header else (["<TABLE>"] + marks if options.markers else [])
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [
                _page(options), f"{'Page 10 of 21':>80}", ""] + reopen
        lines += rows
        if index < count - 1:
            lines.append("-" * 78 if options.rules else "")
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 2. Citigroup 2004: the real NAME | TITLE (AND CITIZENSHIP, IF NOT ...) at 33, nothing between rows --------
def citigroup_real_title_caption_33_rows_no_blank(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citigroup's Exhibit 99.A (tests/data/rosters_real/dev/text_name_title_citizenship_citigroup.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1116616/000104746904034282/a2146269zex-99_a.txt): '<Page>', the
    centred 'EXHIBIT 99.A' and 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', the real preamble ('Set forth below are
    the names and titles of the Directors and Executive Officers of <Org>.'), a <Table><Caption> with a blank line,
    the real captions 'NAME' | 'TITLE (AND CITIZENSHIP, IF NOT <DEFAULT IN CAPITALS>)' (just 'TITLE' where no
    citizenship is printed) with dashes as long as the words, <S>/<C>, the name column 33 wide (the real's); one row
    per person, the titles joined 'A and B' (the real's 'Director and Executive Officer') with a citizenship other
    than the most common in parentheses after them (the real's 'Director (Brazil)'), wrapping under itself at
    options.width + 13; nothing between rows; no address and no occupation (the real prints none). Differs from
    heldout32's `name_position_paren_citizenship_table` ('ANNEX B', 'POSITION', a name column of 36, '(continued)'
    after a break), heldout58's `edgar_name_address_title_paren_country` (the address under the name) and heldout85's
    `citigroup_title_paren_country_occupation_table` ('EXHIBIT 99.1', an occupation column, the caption wrapped) in:
    the real exhibit number and preamble, the caption on one line, no occupation, no address, the numbering and the
    page break. Variants: '(1) ' before the name; 'SURNAME, Given'; a dashed line of 78 between rows when ruled; no
    tags without markers; a page break (options.page_break_in) after that person's row: '</Table>', '<Page>' (a form
    feed without markers), the centred title again and the table reopened (with the captions if the header
    repeats)."""
    org = roster.organization
    left = 33
    default, _ = _most_common_citizenship(roster)
    label = f"TITLE (AND CITIZENSHIP, IF NOT {default.upper()})" if options.citizenship else "TITLE"
    caption = [f"{'NAME':<{left}}{label}", f"{'----':<{left}}{'-' * len(label)}"]
    marks = [f"{'<S>':<{left}}<C>"] if options.markers else []
    head = (["<Table>", "<Caption>", ""] if options.markers else []) + caption + marks
    title = [centre(line) for line in wrap_lines(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)]
    lines = (["<Page>", ""] if options.markers else []) + [centre("EXHIBIT 99.A"), ""] + title + [""]
    lines += wrap_words(_full_stop(f"Set forth below are the names and titles of the Directors and Executive Officers "
                                   f"of {org}"), 80) + [""] + head
    _, country = _most_common_citizenship(roster)
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        text = _and_titles(person["positions"]) or "--"
        if options.citizenship and not _covered(person, country, default):
            text += f" ({person['citizenship']})"
        lines += _wrap_rows([wrap_lines(name, left - 2, "  "), wrap_lines(text, options.width + 13, "  ")],
                            [left, options.width + 13])
        if options.page_break_in == index and index < count - 1:
            reopen = head if options.repeat_header else (["<Table>"] + marks if options.markers else [])
            lines += (["</Table>"] if options.markers else []) + ["", _page(options, "<Page>"), ""] + title + [
                ""] + reopen
        elif options.rules and index < count - 1:
            lines.append("-" * 78)
    lines += ["</Table>"] if options.markers else []
    return ".txt", _done(lines), _by_default(roster, options, other_positions=[], address=None, address_city=None,
                                              address_country=None)


def _slash_wrap(titles: list[str], width: int, indent: str = "   ") -> list[str]:
    """The titles joined by '/' (the real's 'Director/Managing Director'), broken after a '/' or between words,
    the further lines indented."""
    tokens = re.findall(r"[^ /]+/?| ", "/".join(titles))
    lines = [""]
    for token in tokens:
        if token == " ":
            lines[-1] += " "
        elif len((lines[-1] + token).rstrip()) <= width or not lines[-1].strip():
            lines[-1] += token
        else:
            lines[-1] = lines[-1].rstrip()
            lines.append(indent + token)
    return [line.rstrip() for line in lines]


# ---- 3. Security Capital 2000: the real caption block, '/'-joined titles, a citizenship column, full rules -----
def security_capital_real_caption_slash_titles_citizenship_column(roster: Roster,
                                                                  options: Options) -> tuple[str, str, list[dict]]:
    """After Security Capital U.S. Realty's Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_multi_entity_
    security_capital.txt, sec.gov https://www.sec.gov/Archives/edgar/data/893577/000089882200000676/0002.txt):
    'Exhibit 1', an EDGAR <TABLE><CAPTION> holding the organisation's name in capitals and the real 'DIRECTORS AND
    OFFICERS INFORMATION' centred, a full dashed rule, the <S>/<C> row and only then the real captions bottom-aligned
    NAME | COMPANY | POSITION | CITIZENSHIP (another firm's added column, printed only with a citizenship) |
    BUSINESS ADDRESS | 'PRINCIPAL' / 'OCCUPATION', a full rule, a blank line; per person the name, the organisation
    (wrapping), the titles joined by '/' (the real's 'Director/Managing Director', the continuation indented three),
    the citizenship, the address lines, the occupation (the outside ones, one a line, or the titles again as the real
    prints its managing director's); a blank line and a full dashed rule after every person (the real's). Widths
    20 | 31 | 20 | 16 | 30 | options.width. Differs from heldout29's `company_position_five_columns` ('Exhibit 2',
    'DIRECTORS AND EXECUTIVE OFFICERS', two-line 'POSITION WITH' / 'COMPANY' captions, no citizenship), heldout61's
    `five_column_company_position_citizenship` ('Exhibit 99.1', a CITIZENSHIP column LAST at 14, widths 24 | 26 | 20 | 28,
    '--' for a director with nothing else, '(1)', 'Page 2' at the break) and heldout85's
    `security_capital_company_column_titles_stacked` ('Exhibit 3', the citizenship in a sentence above, the titles
    stacked, no rule between persons) in: the real 'Exhibit 1', the citizenship column's place (after POSITION), the
    widths, the insider's occupation (all his titles again), the rule after every person, the numbering and the page
    break. Variants: '1. ' before the name; 'SURNAME, Given'; '=' for the rule after each
    person when ruled; no tags without markers; a page break (options.page_break_in) after that person's first line:
    '</TABLE>', '<PAGE>' (a form feed without markers), 'Exhibit 1 (continued)' and the table reopened with the
    captions if the header repeats."""
    org = roster.organization
    cit = options.citizenship
    widths = [20, 31, 20] + ([16] if cit else []) + [30, max(options.width, 24)]
    labels = [["NAME"], ["COMPANY"], ["POSITION"]] + ([["CITIZENSHIP"]] if cit else []) + [
        ["BUSINESS ADDRESS"], ["PRINCIPAL", "OCCUPATION"]]
    caption = ["".join(f"{([''] * (2 - len(lab)) + lab)[row]:^{w - 1}} " for lab, w in zip(labels, widths)).rstrip()
               for row in range(2)]
    total = sum(widths)
    rule = "-" * total
    marks = [edgar_marks(widths)] if options.markers else []
    title = [centre(line, total) for line in wrap_lines(org.upper(), 70)] + [
        "", centre("DIRECTORS AND OFFICERS INFORMATION", total), ""]
    head = (["<TABLE>", "<CAPTION>", ""] if options.markers else [""]) + title + [rule] + marks + caption + [rule, ""]
    lines = ["Exhibit 1", "", ""] + head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        titles = "/".join(person["positions"])
        occupation = ([piece for other in person["other_positions"] for piece in wrap_lines(other, widths[-1] - 2,
                                                                                            "  ")]
                      or wrap_lines(titles or "--", widths[-1] - 2, "  "))
        cells = [wrap_lines(name, widths[0] - 2, "  "), wrap_lines(org, widths[1] - 2, "  "),
                 _slash_wrap(person["positions"], widths[2] - 2) if titles else ["--"]]
        cells += [wrap_lines(person["citizenship"], widths[3] - 2, "  ")] if cit else []
        cells += [[piece for line in person["address"] for piece in wrap_lines(line, widths[-2] - 2, "  ")],
                  occupation]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            reopen = (["<TABLE>"] + marks if options.markers else []) + (caption + [rule] if options.repeat_header
                                                                         else [])
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [_page(options), "", "Exhibit 1 (continued)",
                                                                     ""] + reopen
        lines += rows + ["", "=" * total if options.rules else rule]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. UCSG 2001: the real title and preamble with the term, four columns, the citizenship in the preamble ----
def ucsg_information_concerning_term_four_columns_citizens_preamble(roster: Roster,
                                                                    options: Options) -> tuple[str, str, list[dict]]:
    """After University Capital Strategies Group's Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_ownership_
    ucsg.txt, sec.gov https://www.sec.gov/Archives/edgar/data/935503/000091205701007385/a2040818zex-1.txt): '<PAGE>',
    the centred 'EXHIBIT 1', the real two-line title 'Information Concerning the Directors and Officers of' /
    '<Org>', the real preamble ('The names and present principal occupations of the directors and executive officers
    of <Org> ("<TERM>") are set forth below.', the five-year legal sentence, and the citizenship sentence 'All of the
    individuals listed below are citizens of ..., except A, who is ....'), an EDGAR <TABLE><CAPTION> with a blank
    line and the captions centred and bottom-aligned over dashes as long as their last words (the real's): Name |
    Position with <TERM> | 'Present Principal' / 'Occupation or' / 'Employment' | Address; no ownership column (the
    other filer's table has none); <S>/<C>; per person the name, the titles one a line with 'of <TERM>' under the
    last (the real's 'Director,' / 'President and CEO' / 'of UCSG' kept as lines), the outside occupations (or the
    term alone, as the real prints 'UCSG' for its officers), the address lines; a blank line between persons.
    Widths 24 | 23 | options.width - 12 (at least 22) | 30. Differs from heldout38's `position_with_defined_term_table` ('EXHIBIT
    3', the title's words reordered, 'Business Address', '<titles> of <Term>' joined, widths 24 | 22 | width - 8 |
    30, '1.', '=' rows, a break after the second line), heldout61's `five_column_ownership_none_table` ('SCHEDULE I',
    the ownership column with 'None', '(a)') and heldout88's `ucsg_position_lines_citizenship_column_table` ('EXHIBIT
    2', a Citizenship column, no citizenship sentence, '1.', 'Page 2' at the break) in: the real 'EXHIBIT 1' and
    title, the real 'Address' caption, the titles one a line with 'of <TERM>' under them, the widths, the '(1)'
    numbering, the rules and the page break. Variants: '(1) ' before the name; 'SURNAME, Given'; a row of '-' under each person when ruled; no tags
    without markers; a page break (options.page_break_in) after that person's first line: '</TABLE>', a centred '2',
    '<PAGE>' (a form feed without markers) and the table reopened with the captions if the header repeats."""
    org = roster.organization
    term = _defined_term(org)
    widths = [24, 23, max(options.width - 12, 22), 30]
    labels = [["Name"], [f"Position with {term}"], ["Present Principal", "Occupation or", "Employment"], ["Address"]]
    depth = 3
    caption = ["".join(f"{([''] * (depth - len(lab)) + lab)[row]:^{w - 1}} " for lab, w in zip(labels, widths))
               .rstrip() for row in range(depth)]
    caption.append("".join(f"{'-' * len(lab[-1]):^{w - 1}} " for lab, w in zip(labels, widths)).rstrip())
    marks = [edgar_marks(widths)] if options.markers else []
    head = (["<TABLE>", "<CAPTION>", ""] if options.markers else [""]) + caption + marks
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("EXHIBIT 1"), ""]
    lines += [centre("Information Concerning the Directors and Officers of")]
    lines += [centre(line) for line in wrap_lines(org, 60)] + [""]
    preamble = (f"The names and present principal occupations of the directors and executive officers of {org} "
                f"(\"{term}\") are set forth below. During the last five years, none of these individuals has been "
                f"convicted in any criminal proceeding (excluding traffic violations and similar misdemeanors) or has "
                f"been a party to any civil proceeding of a judicial or administrative body as a result of which such "
                f"person was or is subject to a judgment, decree or final order enjoining future violations of, or "
                f"prohibiting or mandating activities subject to, federal or state securities laws or finding "
                f"violations with respect to such laws.")
    if options.citizenship:
        preamble += " " + _citizens(roster, "All of the individuals listed below are")
    lines += wrap_words(preamble, 80) + [""] + head
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        titles = [piece for t in person["positions"] for piece in wrap_lines(t, widths[1] - 2, "  ")]
        titles += [f"of {term}"] if titles else ["--"]
        occupation = [piece for other in person["other_positions"] for piece in wrap_lines(other, widths[2] - 2,
                                                                                           "  ")] or [term]
        address = [piece for line in person["address"] for piece in wrap_lines(line, widths[3] - 2, "  ")]
        rows = _wrap_rows([wrap_lines(name, widths[0] - 2, "  "), titles, occupation, address], widths)
        if options.page_break_in == index and len(rows) > 1:
            reopen = (["<TABLE>"] if options.markers else []) + (caption if options.repeat_header else []) + marks
            rows[1:1] = (["</TABLE>"] if options.markers else []) + ["", centre("2"), _page(options), ""] + reopen
        lines += rows
        if index < count - 1:
            lines.append("-" * sum(widths) if options.rules else "")
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _by_default(roster, options)


FAMILIES = {"metlife_real_captions_titles_one_line_citizens_except_preamble":
                metlife_real_captions_titles_one_line_citizens_except_preamble,
            "citigroup_real_title_caption_33_rows_no_blank": citigroup_real_title_caption_33_rows_no_blank,
            "security_capital_real_caption_slash_titles_citizenship_column":
                security_capital_real_caption_slash_titles_citizenship_column,
            "ucsg_information_concerning_term_four_columns_citizens_preamble":
                ucsg_information_concerning_term_four_columns_citizens_preamble}

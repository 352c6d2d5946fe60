"""Held-out re-layout families, hundred-and-thirty-ninth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (20:59-21:13 UTC by `date`) by helper session gather139 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family follows ONE real development
roster's layout closely (headings, preamble, column order, wrapping, indentation, rules, what is said once) and
changes ONE thing a filer of that era could have done differently. The rosters: the real development rosters named
least often in the docstrings of tests/relayout_heldout*.py (siblings together, company name or file stem) among
those that print names with at least two of position / occupation / address / citizenship: UCSG (4 sets), Security
Capital (5), Deutsche Acquisition (6) and Motorola (6; of those at six, with Refac, BSCI, E.ON and Bollore, the
one whose change here is plainest; Refac and BSCI were used by heldout127 and 133). None of them is used by
heldout121, 124, 127, 130 or 133; the changes differ from heldout136's on UCSG, Security Capital and Motorola.

- ucsg_four_columns_without_ownership_titles_stacked_of_term: after UCSG's Exhibit 1
  (dev/text_fixed5col_ownership_ucsg.txt); the ONE change: no fifth 'Direct or Indirect Beneficial Ownership in
  <TERM>' column (a filer whose officers hold no interest leaves it out); the titles stacked in the narrow
  'Position with <TERM>' column as the real's ('Director,' / 'President and CEO' / 'of UCSG').
- security_capital_position_column_before_company_column: after Security Capital's Exhibit 1
  (dev/text_fixed5col_multi_entity_security_capital.txt); the ONE change: the column order NAME | POSITION |
  COMPANY | BUSINESS ADDRESS | PRINCIPAL OCCUPATION (the real puts COMPANY before POSITION).
- deutsche_narrow_name_address_column_addresses_wrap: after Deutsche Acquisition's Exhibit 3
  (dev/text_twocol_nameaddr_title_deutsche_acquisition.txt); the ONE change: the left 'Name' column 26 wide (the
  real 36), so that the name and the address lines under it wrap inside it.
- motorola_twocol_every_address_in_prose_no_common_address: after Motorola's Appendix I
  (dev/text_twocol_prose_overrides_motorola.txt); the ONE change: the preamble gives no common business address,
  so every entry says its own in prose ('<Name>'s business address is: ...'; the real says the common one once).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end. Not yet measured.
Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; where a
preamble gives the default citizenship, that default on the persons it covers; Security Capital prints no
citizenship, so none is expected there; no citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import (
    Options,
    Roster,
    _wrap_rows,
    centre,
    edgar_marks,
    expected,
    is_director,
    printed_name,
    wrap_lines,
    wrap_words,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered
from relayout_heldout38 import _defined_term
from relayout_heldout55 import _and_titles
from relayout_heldout112 import _by_default, _citizens, _done, _slash_wrap


def _break(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


# ---- 1. UCSG: the real columns less the ownership one, titles stacked ----------------------------------------------
def ucsg_four_columns_without_ownership_titles_stacked_of_term(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_fixed5col_ownership_ucsg.txt: '<PAGE>', the centred 'EXHIBIT 1', the
    real two-line title 'Information Concerning the Directors and Officers of' / '<Org>', the real preamble ('The
    names and present principal occupations of the directors and executive officers of <Org> ("<TERM>") are set
    forth below.', the five-year sentence, 'All of the individuals listed below are citizens of X, except ...'), an
    EDGAR <TABLE><CAPTION> with captions stacked and bottom-aligned over dashes as long as their last words (the
    real's): Name | Position with <TERM> | 'Present Principal' / 'Occupation or' / 'Employment' | Address, <S>/<C>;
    per person the name at the margin, the titles ', '-joined with ' of <TERM>' wrapping in the real's narrow column
    (23: 'Director,' / 'President and CEO' / 'of UCSG'), the outside occupations one a line (or the term alone, as
    the real prints 'UCSG' for its officers), the address lines one a line; a blank line between persons. Widths
    24 | 23 | 22 | options.width - 6 (at least 24), the real's. The ONE change: no fifth ownership column. Variants:
    '1. ' before the name; 'SURNAME, Given'; a row of '-' between persons when ruled; no tags without markers; a
    page break after that person's first line: '</TABLE>', '<PAGE>' (a form feed without markers), a centred '-2-'
    and the table reopened with the captions if the header repeats."""
    org = roster.organization
    term = _defined_term(org)
    widths = [24, 23, 22, max(options.width - 6, 24)]
    labels = [["Name"], [f"Position with {term}"], ["Present Principal", "Occupation or", "Employment"],
              ["Address"]]
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
                "convicted in any criminal proceeding (excluding traffic violations and similar misdemeanors) or has "
                "been a party to any civil proceeding of a judicial or administrative body as a result of which such "
                "person was or is subject to a judgment, decree or final order enjoining future violations of, or "
                "prohibiting or mandating activities subject to, federal or state securities laws or finding "
                "violations with respect to such laws.")
    if options.citizenship:
        preamble += " " + _citizens(roster, "All of the individuals listed below are")
    lines += wrap_lines(preamble, 79) + [""] + head
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        titles = (wrap_lines(", ".join(person["positions"]) + f" of {term}", widths[1] - 3)
                  if person["positions"] else ["--"])
        occupation = [piece for other in person["other_positions"] for piece in wrap_lines(other, widths[2] - 2,
                                                                                           "  ")] or [term]
        address = [piece for line in person["address"] for piece in wrap_lines(line, widths[3] - 2, "  ")]
        rows = _wrap_rows([wrap_lines(name, widths[0] - 2, "  "), titles, occupation, address or ["--"]], widths)
        if options.page_break_in == index:
            reopen = (["<TABLE>"] if options.markers else []) + (caption if options.repeat_header else []) + marks
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [_break(options), "", centre("-2-"), ""] \
                + reopen
        lines += rows
        if index < count - 1:
            lines.append("-" * sum(widths) if options.rules else "")
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 2. Security Capital: the real five columns, POSITION before COMPANY --------------------------------------------
def security_capital_position_column_before_company_column(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_fixed5col_multi_entity_security_capital.txt: 'Exhibit 1', an EDGAR
    <TABLE><CAPTION> holding the organisation's name in capitals and 'DIRECTORS AND OFFICERS INFORMATION' centred
    over the table, a full dashed rule, the <S>/<C> row, the real captions bottom-aligned, a full rule, a blank line;
    per person the name, the titles '/'-joined (continuation indented three, the real's 'Director/Managing' /
    '   Director'), the organisation, the address one line a line (the real's), the outside occupations one a line
    (or the titles again, as the real prints its managing director's); a blank line and a full dashed rule after
    every person (the real's). No citizenship (the real prints none). The ONE change: the column order NAME |
    POSITION | COMPANY | BUSINESS ADDRESS | 'PRINCIPAL' / 'OCCUPATION' (the real's COMPANY before POSITION); widths
    20 | 20 | 35 | 30 | options.width - 12 (at least 18), the real's for each column. Variants: '1. ' before the
    name; 'SURNAME, Given'; '=' for the rule after each person when ruled; no tags without markers; a page break
    after that person's first line: '</TABLE>', '<PAGE>' (a form feed without markers), a centred 'Page 2' and the
    table reopened with the captions if the header repeats."""
    org = roster.organization
    widths = [20, 20, 35, 30, max(options.width - 12, 18)]
    total = 124
    labels = [["NAME"], ["POSITION"], ["COMPANY"], ["BUSINESS ADDRESS"], ["PRINCIPAL", "OCCUPATION"]]
    caption = ["".join(f"{([''] * (2 - len(lab)) + lab)[row]:^{w - 1}} " for lab, w in zip(labels, widths)).rstrip()
               for row in range(2)]
    rule = "-" * total
    marks = [edgar_marks(widths)] if options.markers else []
    title = [centre(line, total) for line in wrap_lines(org.upper(), 70)] + [
        "", centre("DIRECTORS AND OFFICERS INFORMATION", total), ""]
    lines = ["Exhibit 1", "", ""] + (["<TABLE>", "<CAPTION>", ""] if options.markers else [""]) + title + [rule]
    lines += marks + caption + [rule, ""]
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        occupation = [piece for other in person["other_positions"] for piece in wrap_lines(other, widths[4] - 1,
                                                                                            "  ")]
        occupation = occupation or wrap_lines("/".join(person["positions"]) or "--", widths[4] - 1, "  ")
        address = [piece for line in person["address"] for piece in wrap_lines(line, widths[3] - 2, "  ")]
        cells = [wrap_lines(name, widths[0] - 2, "  "),
                 _slash_wrap(person["positions"], widths[1] - 2) if person["positions"] else ["--"],
                 wrap_lines(org, widths[2] - 4, "  "), address or ["--"], occupation]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index:
            reopen = (["<TABLE>"] + marks if options.markers else []) + (caption + [rule] if options.repeat_header
                                                                         else [])
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [_break(options), "", centre("Page 2", total),
                                                                     ""] + reopen
        lines += rows + ["", "=" * total if options.rules else rule]
    lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, citizenship=None, country=None) for p in roster.people]
    return ".txt", _done(lines), people


# ---- 3. Deutsche Acquisition: name over address | title; occupation, a narrower left column -------------------------
def deutsche_narrow_name_address_column_addresses_wrap(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_twocol_nameaddr_title_deutsche_acquisition.txt: 'Exhibit 3', two
    blank lines, the organisation's name and 'Officers and Directors' centred, the real preamble indented 18 ('The
    following table sets forth the name, position with <Org> ("Purchaser") and present principal occupation of each
    Director and Executive Officer of Purchaser. Each individual listed below is a citizen of X[, except ...]'), an
    EDGAR <TABLE> 'Name' | 'Title' with '----' / '-----' under them and the <S>/<C> row (the real's); per person the
    name over the address lines at the left, at the right '<titles joined by and> of Purchaser' then '; ' and the
    outside occupations, wrapping at options.width + 18 (the real 52); a blank line between persons. The ONE change:
    the left column 26 wide (the real 36), the name and each address line wrapping inside it at 24 with the further
    pieces indented two. Variants: '1. ' before the name; 'SURNAME, Given'; a hyphen line between persons when
    ruled; no tags without markers; a page break after the entry's first line: '</TABLE>', '<PAGE>' (a form feed
    without markers), and the table reopened with 'Name' / 'Title' if the header repeats."""
    org = roster.organization
    left = 26
    width = options.width + 18
    header = [f"{'Name':<{left}}Title", f"{'----':<{left}}-----"] + (
        ["<S>" + " " * (left - 3) + "<C>"] if options.markers else [])
    lines = ["Exhibit 3", "", ""] + [centre(line) for line in wrap_lines(org, 60)] + [
        "", centre("Officers and Directors"), "", "", ""]
    text = (f"The following table sets forth the name, position with {org} (\"Purchaser\") and present principal "
            "occupation of each Director and Executive Officer of Purchaser.")
    if options.citizenship:
        text += " " + _citizens(roster, "Each individual listed below is", each=True)
    lines += wrap_words(text, 78, first=" " * 18)
    lines += ["", "", "<TABLE>" if options.markers else ""] + header
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        cell = wrap_lines(name, left - 2, "  ") + [piece for line in person["address"]
                                                   for piece in wrap_lines(line, left - 2, "  ")]
        items = ([f"{_and_titles(person['positions'])} of Purchaser"] if person["positions"] else []) \
            + person["other_positions"]
        rows = _wrap_rows([cell, wrap_lines("; ".join(items) or "--", width)], [left, width])
        if options.page_break_in == index:
            rows[1:1] = (["</TABLE>"] if options.markers else []) + ["", _break(options), ""] + (
                (["<TABLE>"] if options.markers else []) + (header if options.repeat_header else []))
        lines += rows + (["-" * 70] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 4. Motorola: name | occupation, every address in prose ----------------------------------------------------------
def motorola_twocol_every_address_in_prose_no_common_address(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_twocol_prose_overrides_motorola.txt: 'APPENDIX I', the title
    'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', the real preamble ('The following table
    sets forth the name, business address, and principal occupation or employment at the present time for each
    director and executive officer of <Org>. Unless otherwise noted, each such person is a citizen of X.') wrapped
    at 70, then 'DIRECTORS OF <ORG>' over each run of persons holding a director's title and 'EXECUTIVE OFFICERS OF
    <ORG>' over each run of the others (the roster's order kept), each entry the name at the margin and at column
    23 the occupation ('<titles joined by and>, <Org>', then the outside occupations; '; '-joined, wrapping at
    options.width + 13, the real 47), the citizenship override in prose ('<Name> is a citizen of Y.', the real's).
    The ONE change: no common business address in the preamble, so every entry says its own in prose ('<Name>'s
    business address is: <lines ', '-joined>.'; the real says this only where it differs). Variants: 'SURNAME,
    Given'; '1. ' before the name; a dashed line between entries when ruled; a page break after the entry's first
    line: '<PAGE>' (a form feed without markers) and the section heading again with '(continued)' if the header
    repeats."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    text = ("The following table sets forth the name, business address, and principal occupation or employment at "
            f"the present time for each director and executive officer of {org.rstrip('.')}.")
    if options.citizenship:
        text += f" Unless otherwise noted, each such person is {_is_citizen(default)}."
    lines = ["APPENDIX I", ""] + wrap_lines(
        f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 78) + [""]
    lines += wrap_lines(text, 70) + ["", ""]
    runs: list[tuple[str, list[dict]]] = []
    for person in roster.people:
        heading = f"{'DIRECTORS' if is_director(person) else 'EXECUTIVE OFFICERS'} OF {org.upper()}"
        if not runs or runs[-1][0] != heading:
            runs.append((heading, []))
        runs[-1][1].append(person)
    width = options.width + 13
    index = 0
    for heading, group in runs:
        lines += wrap_lines(heading, 78) + [""]
        for person in group:
            name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
            items = []
            joined = _and_titles(person["positions"]) if person["positions"] else ""
            if "; " in joined:
                items += [f"{title}, {org}" for title in person["positions"]]
            elif joined:
                items.append(f"{joined}, {org}")
            items += person["other_positions"]
            prose = ("; ".join(items).rstrip(".") + ".") if items else ""
            if person["address"]:
                prose += (f" {person['name']}'s business address is: "
                          + ", ".join(person["address"]).rstrip(".") + ".")
            if options.citizenship and not _covered(person, country, default):
                prose += f" {person['name']} is {_is_citizen(person['citizenship'])}."
            rows = _wrap_rows([wrap_lines(name, 21, "  "), wrap_lines(prose.strip(), width)], [23, width])
            if options.page_break_in == index:
                rows[1:1] = ["", _break(options), ""] + (
                    wrap_lines(heading + " (continued)", 78) + [""] if options.repeat_header else [])
            lines += rows + (["-" * 70] if options.rules else [""])
            index += 1
    people = []
    for person in roster.people:
        override = {}
        if options.citizenship and _covered(person, country, default):
            override = {"citizenship": default, "country": country}
        people.append(expected(person, org, options, **override))
    return ".txt", _done(lines), people


FAMILIES = {
    "ucsg_four_columns_without_ownership_titles_stacked_of_term":
        ucsg_four_columns_without_ownership_titles_stacked_of_term,
    "security_capital_position_column_before_company_column": security_capital_position_column_before_company_column,
    "deutsche_narrow_name_address_column_addresses_wrap": deutsche_narrow_name_address_column_addresses_wrap,
    "motorola_twocol_every_address_in_prose_no_common_address":
        motorola_twocol_every_address_in_prose_no_common_address,
}

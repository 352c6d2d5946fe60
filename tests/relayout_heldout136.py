"""Held-out re-layout families, hundred-and-thirty-sixth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (20:06-20:10 UTC by `date`) by helper session gather136 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family follows ONE real development
roster's layout closely (headings, preamble, column order, wrapping, indentation, rules, what is said once) and
changes ONE thing a filer of that era could have done differently. The rosters: the real development rosters named
least often in the docstrings of tests/relayout_heldout*.py (siblings together) among those that print names with
at least two of position / occupation / address / citizenship: Security Capital (heldout29, 52, 61, 85, 112),
Bollore (5, 33, 38, 56, 61, 88, 112, 115), Motorola (15, 22, 23, 25, 35, 47, 67, 71, 91, 118) and UCSG (named in
the module docstrings of 88 and 112 only; 23, 38, 57, 61, 72, 76, 78, 81, 84, 85, 111, 113 in family docstrings).
None of them is used by heldout121, 124, 127, 130 or 133.

- security_capital_address_lines_joined_wrapping_in_column: after Security Capital's Exhibit 1
  (dev/text_fixed5col_multi_entity_security_capital.txt); the ONE change: the business address is printed as one
  comma-joined run wrapping inside its column (the real prints one address line a line).
- bollore_numbered_entries_citizenship_line_each_person: after Bollore's Exhibit 1 (dev/numbered_entities_bollore.txt);
  the ONE change: each entry has its own 'Citizenship:' line, and no preamble says the citizenship once (the real's
  'Except as otherwise indicated below, all persons ... are French citizens').
- motorola_twocol_names_in_capitals_prose_overrides: after Motorola's Appendix I
  (dev/text_twocol_prose_overrides_motorola.txt); the ONE change: the names in the left column are in capitals (the
  real prints them as written).
- ucsg_wider_position_column_titles_joined_of_term: after UCSG's Exhibit 1 (dev/text_fixed5col_ownership_ucsg.txt);
  the ONE change: a wider 'Position with <TERM>' column (32, the real 23) holding the titles joined on a run with
  ' of <TERM>' (the real stacks 'Director,' / 'President and CEO' / 'of UCSG' in a narrow column).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end. Not yet measured.
Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; where a
preamble gives the default citizenship or address, that default on the persons it covers; Security Capital prints
no citizenship, so none is expected there; no citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from collections import Counter

from relayout import Options, Roster, _wrap_rows, centre, edgar_marks, expected, is_director, printed_name, wrap_lines
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered
from relayout_heldout38 import _defined_term
from relayout_heldout55 import _and_titles
from relayout_heldout112 import _by_default, _citizens, _done, _slash_wrap


def _break(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


# ---- 1. Security Capital: the real five columns, the address one comma-joined run ---------------------------------
def security_capital_address_lines_joined_wrapping_in_column(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_fixed5col_multi_entity_security_capital.txt: 'Exhibit 1', an EDGAR
    <TABLE><CAPTION> holding the organisation's name in capitals and 'DIRECTORS AND OFFICERS INFORMATION' centred
    over the table, a full dashed rule, the <S>/<C> row, the real captions bottom-aligned NAME | COMPANY | POSITION |
    BUSINESS ADDRESS | 'PRINCIPAL' / 'OCCUPATION', a full rule, a blank line; per person the name, the organisation,
    the titles '/'-joined (continuation indented three, the real's), the address, the outside occupations one a line
    (or the titles again, as the real prints its managing director's); a blank line and a full dashed rule after every
    person (the real's). Widths 20 | 35 | 20 | 30 | options.width - 12 (at least 18), the real's. No citizenship
    (the real prints none). The ONE change: the address lines joined by ', ' into one run that wraps at 28 inside
    its column (the real prints each address line on its own line). Variants: '1. ' before the name; 'SURNAME,
    Given'; '=' for the rule after each person when ruled; no tags without markers; a page break after that
    person's first line: '</TABLE>', '<PAGE>' (a form feed without markers), a centred '2' and the table reopened
    with the captions if the header repeats."""
    org = roster.organization
    widths = [20, 35, 20, 30, max(options.width - 12, 18)]
    total = 124
    labels = [["NAME"], ["COMPANY"], ["POSITION"], ["BUSINESS ADDRESS"], ["PRINCIPAL", "OCCUPATION"]]
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
        cells = [wrap_lines(name, widths[0] - 2, "  "), wrap_lines(org, widths[1] - 4, "  "),
                 _slash_wrap(person["positions"], widths[2] - 2) if person["positions"] else ["--"],
                 wrap_lines(", ".join(person["address"]) or "--", widths[3] - 2), occupation]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index:
            reopen = (["<TABLE>"] + marks if options.markers else []) + (caption + [rule] if options.repeat_header
                                                                         else [])
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [_break(options), "", centre("2", total), ""] \
                + reopen
        lines += rows + ["", "=" * total if options.rules else rule]
    lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, citizenship=None, country=None) for p in roster.people]
    return ".txt", _done(lines), people


# ---- 2. Bollore: numbered entries with labelled values, a citizenship line in each ---------------------------------
def bollore_numbered_entries_citizenship_line_each_person(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/numbered_entities_bollore.txt: 'EXHIBIT 1' at the margin, three blank lines,
    a centred two-line title ('INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND' / 'DIRECTORS OF <ORG>', the real's
    words for reporting persons), then numbered entries: '1.' at the margin and the name in capitals at column 9
    (the real's 'MR. VINCENT BOLLORE', without the 'MR.'), 'Principal Business Address:' at column 9 over the
    address lines (the last one ending in a full stop, the real's), a blank line, 'Principal Occupation:  ' and the
    '<title> of <Org>' items and the outside occupations '; '-joined, wrapping under the value's first column (the
    real's Vice Chairman entry). The ONE change: a 'Citizenship:  <country>.' line after the occupation in every
    entry, and no preamble (the real's only preamble sentence says the citizenship once, with exceptions 'indicated
    below'). Variants: '(1)' for '1.'; 'SURNAME, Given'; a dashed line between entries when ruled (two blank lines
    otherwise); a page break after the name line: '<PAGE>' (a form feed without markers)."""
    org = roster.organization
    lines = ["EXHIBIT 1", "", "", ""]
    lines += [centre(t, 78) for t in ["INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND"]
              + wrap_lines(f"DIRECTORS OF {org.upper()}", 60)] + ["", ""]
    pad = " " * 9
    for index, person in enumerate(roster.people):
        key = f"({index + 1})" if options.numbered else f"{index + 1}."
        name = printed_name(person, options) if options.upper_last_first else person["name"].upper()
        entry = [f"{key:<9}{name}"]
        if options.page_break_in == index:
            entry += ["", _break(options), ""]
        address = list(person["address"])
        if address:
            address[-1] = address[-1].rstrip(".") + "."
            entry += [pad + "Principal Business Address:"] + [pad + line for line in address] + [""]
        items = [f"{title} of {org}" for title in person["positions"]] + person["other_positions"]
        label = "Principal Occupation:  "
        value = wrap_lines("; ".join(items).rstrip(".") + ".", options.width + 10)
        entry += [pad + label + value[0]] + [pad + " " * len(label) + piece for piece in value[1:]]
        if options.citizenship and person["citizenship"]:
            entry += ["", pad + f"Citizenship:  {person['citizenship']}."]
        lines += entry + (["", "-" * 60, ""] if options.rules else ["", ""])
    people = [expected(p, org, options) for p in roster.people]
    return ".txt", _done(lines), people


# ---- 3. Motorola: name | occupation, overrides in prose, names in capitals -----------------------------------------
def _common_address(roster: Roster) -> list[str]:
    counts = Counter(tuple(p["address"]) for p in roster.people if p["address"])
    if not counts:
        return []
    address, count = counts.most_common(1)[0]
    return list(address) if count > 1 else []


def motorola_twocol_names_in_capitals_prose_overrides(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_twocol_prose_overrides_motorola.txt: 'APPENDIX I', the title
    'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', the real preamble ('The following table
    sets forth the name, business address, and principal occupation or employment ... Unless otherwise noted, each
    such person is a citizen of X.  In addition, unless otherwise noted, each such person's business address is
    <common address>.'), then 'DIRECTORS OF <ORG>' over each run of persons holding a director's title and
    'EXECUTIVE OFFICERS OF <ORG>' over each run of the others (the roster's order kept), each entry the name at
    the margin and at column 23 the occupation ('<titles joined by and>, <Org>', or '<title>, <Org>' for each title
    where one holds an 'and'; then the outside occupations; '; '-joined, wrapping at options.width + 13, the real
    47), the overrides after it in prose ('The business address of <Name> is: ....', '<Name> is a citizen of
    Y.'). The ONE change: the names in the left column in capitals (the real prints 'Christopher B. Galvin').
    Variants: 'SURNAME, Given' (capitals too); '1. ' before the name; a dashed line between entries when ruled; a page
    break after the entry's first line: '<PAGE>' (a form feed without markers) and the section heading again with
    '(continued)' if the header repeats."""
    org = roster.organization
    common = _common_address(roster)
    default, country = _most_common_citizenship(roster)
    text = ("The following table sets forth the name, business address, and principal occupation or employment at "
            f"the present time for each director and executive officer of {org.rstrip('.')}.")
    if options.citizenship:
        text += f" Unless otherwise noted, each such person is {_is_citizen(default)}."
    if common:
        text += (" In addition, unless otherwise noted, each such person's business address is "
                 + ", ".join(common).rstrip(".") + ".")
    lines = ["APPENDIX I", ""] + wrap_lines(
        f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 78) + [""]
    lines += wrap_lines(text, 62) + ["", ""]
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
            name = printed_name(person, options).upper()
            name = (f"{index + 1}. " if options.numbered else "") + name
            items = []
            joined = _and_titles(person["positions"]) if person["positions"] else ""
            if "; " in joined:
                items += [f"{title}, {org}" for title in person["positions"]]
            elif joined:
                items.append(f"{joined}, {org}")
            items += person["other_positions"]
            prose = "; ".join(items).rstrip(".") + "."
            if person["address"] and list(person["address"]) != common:
                prose += (f" The business address of {person['name']} is: "
                          + ", ".join(person["address"]).rstrip(".") + ".")
            if options.citizenship and not _covered(person, country, default):
                prose += f" {person['name']} is {_is_citizen(person['citizenship'])}."
            rows = _wrap_rows([wrap_lines(name, 21, "  "), wrap_lines(prose, width)], [23, width])
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


# ---- 4. UCSG: the real five columns, a wider position column with the titles joined --------------------------------
def ucsg_wider_position_column_titles_joined_of_term(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_fixed5col_ownership_ucsg.txt: '<PAGE>', the centred 'EXHIBIT 1', the
    real two-line title 'Information Concerning the Directors and Officers of' / '<Org>', the real preamble ('The
    names and present principal occupations of the directors and executive officers of <Org> ("<TERM>") are set
    forth below.', the five-year sentence, 'All of the individuals listed below are citizens of X, except ...'), an
    EDGAR <TABLE><CAPTION> with captions stacked and bottom-aligned over dashes as long as their last words (the
    real's): Name | Position with <TERM> | 'Present Principal' / 'Occupation or' / 'Employment' | Address | 'Direct
    or' / 'Indirect' / 'Beneficial' / 'Ownership in' / '<TERM>' (the real's fifth column, here '-0-' for every
    person), <S>/<C>; per person the name, the titles, the outside occupations one a line (or the term alone, as the
    real prints 'UCSG' for its officers), the address lines; a blank line between persons. Widths 24 | 32 |
    options.width - 12 (at least 20) | 28 | 14. The ONE change: the position column 32 wide (the real 23) holding the
    titles joined 'Director, President and CEO of <TERM>' on a run wrapping inside it (the real stacks 'Director,' /
    'President and CEO' / 'of UCSG'). Variants: '1. ' before the name; 'SURNAME, Given'; a row of '-' between
    persons when ruled; no tags without markers; a page break after that person's first line: '</TABLE>', '<PAGE>'
    (a form feed without markers), 'EXHIBIT 1 (continued)' and the table reopened with the captions if the header
    repeats."""
    org = roster.organization
    term = _defined_term(org)
    widths = [24, 32, max(options.width - 12, 20), 28, 14]
    labels = [["Name"], [f"Position with {term}"], ["Present Principal", "Occupation or", "Employment"],
              ["Address"], ["Direct or", "Indirect", "Beneficial", "Ownership in", term]]
    depth = 5
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
        titles = (wrap_lines(", ".join(person["positions"]) + f" of {term}", widths[1] - 2, "  ")
                  if person["positions"] else ["--"])
        occupation = [piece for other in person["other_positions"] for piece in wrap_lines(other, widths[2] - 2,
                                                                                           "  ")] or [term]
        address = [piece for line in person["address"] for piece in wrap_lines(line, widths[3] - 2, "  ")]
        rows = _wrap_rows([wrap_lines(name, widths[0] - 2, "  "), titles, occupation, address or ["--"],
                           [f"{'-0-':^{widths[4] - 1}}"]], widths)
        if options.page_break_in == index:
            reopen = (["<TABLE>"] if options.markers else []) + (caption if options.repeat_header else []) + marks
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [_break(options), "", centre(
                "EXHIBIT 1 (continued)"), ""] + reopen
        lines += rows
        if index < count - 1:
            lines.append("-" * sum(widths) if options.rules else "")
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _by_default(roster, options)


FAMILIES = {
    "security_capital_address_lines_joined_wrapping_in_column":
        security_capital_address_lines_joined_wrapping_in_column,
    "bollore_numbered_entries_citizenship_line_each_person": bollore_numbered_entries_citizenship_line_each_person,
    "motorola_twocol_names_in_capitals_prose_overrides": motorola_twocol_names_in_capitals_prose_overrides,
    "ucsg_wider_position_column_titles_joined_of_term": ucsg_wider_position_column_titles_joined_of_term,
}

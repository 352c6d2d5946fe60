"""Held-out re-layout families, thirty-second set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (10:10-10:14 UTC by `date`) by helper session gather32 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third, twenty-fourth, twenty-sixth and twenty-ninth sets, each family here is a
CLOSE VARIANT OF ONE REAL DEVELOPMENT ROSTER'S OWN LAYOUT (a file in tests/data/rosters_real/dev/, named in the
family's docstring with its sec.gov address), four real rosters none of those sets used (Citigroup 2004, Harvard
College 2002, MetLife 2005, Lor Finance 2000): the other persons printed the way that filing prints its own, with
only the small differences two filings by different law firms show - column widths and which column wraps, the
header's label words (taken from other real rosters), the heading and preamble wording, name order and case, a
numbering or separator style, where the page breaks fall - and no layout feature the real filings do not have.
They measure how the reader does on the kind of annex a user's next filing most likely has. Each docstring lists
the choices in which the family differs from its real model; each family differs from every earlier family
(tests/relayout.py, tests/relayout_heldout5..31.py) in at least two of those choices. They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import textwrap

from relayout import Options, Roster, _default_address, _full_stop, _wrap_rows, centre, expected, printed_name
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout23 import _others_by_default
from relayout_heldout26 import _and_titles
from relayout_heldout29 import _citizenship_by_default


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False) or [""]


def _citizenship_sentence(roster: Roster, opening: str) -> str:
    """'<opening> a citizen of the United States[, except A, who is a citizen of Canada].'"""
    default, _country = _most_common_citizenship(roster)
    others = _others_by_default(roster)
    return f"{opening} {_is_citizen(default)}" + (f", except {_named_exceptions(others)}." if others else ".")


def _page_end(footer: str, options: Options, marker: str = "<PAGE>") -> list[str]:
    """A page ends: the footer centred, then <PAGE> (a form feed in the variant without markers)."""
    return ["", "", centre(footer), marker if options.markers else "\f", ""]


# ---- 1. Citigroup: an EDGAR <Table> NAME | TITLE, a citizenship other than the default in parentheses -------------
def name_position_paren_citizenship_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citigroup's Exhibit 99.A (tests/data/rosters_real/dev/text_name_title_citizenship_citigroup.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1116616/000104746904034282/a2146269zex-99_a.txt: '<Page>', a
    centred exhibit number and 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', a one-sentence preamble, then a
    <Table><Caption> of two columns 'NAME' | 'TITLE (AND CITIZENSHIP, IF NOT UNITED STATES)' with '----' under each
    caption, <S>/<C>, one line per person, the titles joined by 'and', a citizenship other than the United States
    in parentheses after the title ('Director (Brazil)'), nothing between rows, no address, no occupation).
    Differences from the real one: ONE organisation's table, not two; the heading 'ANNEX B' / 'EXECUTIVE
    OFFICERS AND DIRECTORS OF <ORG>' and the preamble 'The following are the names and present positions of ...';
    the caption's label words 'NAME' | 'POSITION (AND CITIZENSHIP, IF NOT <DEFAULT>)' ('POSITION' as MSDW's
    caption; the default the citizenship most of the roster holds, in capitals; 'POSITION' alone without a
    citizenship), the dashes as long as each caption; the name column 36 wide (33 in the real one); a title line
    longer than options.width + 8 wraps under itself; titles joined as real rosters join them (_and_titles:
    '; ' where a title holds a comma or an 'and'); the numbered variant '1.' before the name; 'SURNAME, Given' in
    the upper_last_first variant; a dashed rule between rows in the ruled variant; a page break
    (options.page_break_in) after that person's row closes the table, a centred page number, <Page> and the
    heading '(continued)' with the caption again if it repeats; plain text without <Page>/<Table>/<S> tags in
    the variant without markers. Expected: the titles, the default citizenship on everyone not in parentheses;
    no address, no outside occupation (none printed)."""
    org = roster.organization
    default, _country = _most_common_citizenship(roster)
    left, wrap = 36, options.width + 8
    label = f"POSITION (AND CITIZENSHIP, IF NOT {default.upper()})" if options.citizenship else "POSITION"
    caption = (["<Table>", "<Caption>"] if options.markers else []) + [
        f"{'NAME':<{left}}{label}", f"{'-' * 4:<{left}}{'-' * len(label)}"]
    caption += [f"{'<S>':<{left}}<C>"] if options.markers else []
    heading = f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}"
    lines = (["<Page>", ""] if options.markers else []) + [centre("ANNEX B"), "", centre(heading), ""]
    lines += textwrap.wrap(_full_stop(f"The following are the names and present positions of the executive officers "
                                      f"and directors of {org}"), 80) + [""] + caption
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        title = _and_titles(person["positions"]) if person["positions"] else ""
        if options.citizenship and not _covered(person, _country, default):
            title += f" ({person['citizenship']})"
        lines += _wrap_rows([_wrap(name, left - 2), _wrap(title, wrap)], [left, wrap])
        if options.rules:
            lines.append("-" * (left + wrap))
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</Table>"] if options.markers else []) + _page_end("A-1", options, "<Page>")
            lines += ([centre(f"{heading} (continued)"), ""] + caption) if options.repeat_header else (
                ["<Table>", f"{'<S>':<{left}}<C>"] if options.markers else [])
    lines += ["</Table>"] if options.markers else []
    people = [expected(p, org, options, other_positions=[], address=None, address_city=None, address_country=None,
                       **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 2. Harvard: Name | Office/Position under an underlined section title, the default address in the preamble ----
def name_office_section_default_address(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Harvard College's Exhibit A (tests/data/rosters_real/dev/text_name_office_harvard_college.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/919893/000092701602005845/dex99a.txt: '<PAGE>', a centred 'EXHIBIT A'
    and 'Directors and Executive Officers', an indented preamble giving the default ('If no business address is
    given, the business address of such director or executive officer is ...'), a section title underlined by
    dashes, a header 'Name' | 'Office/Position' with '----' under each word, one line per person, a blank line
    between rows, the page footer 'Page 7 of 8 Pages'; no citizenship, no occupation). Differences from the real
    one: the heading 'EXHIBIT B' / 'Executive Officers and Directors'; the preamble worded 'The names, offices and
    business addresses of the directors and executive officers of <Org> are set forth below. Where no business
    address is given, the business address of the person is <default>.' and, where the layout prints a
    citizenship, 'Each of the persons named below is a citizen of ..., except A, who is ...' (the exceptions
    named, as IDT's preamble names them); the section title 'Directors and Executive Officers of <Org>'; the
    left caption 'Name and Business Address' (MetLife's words) with the address lines under the name where they
    are not the default; the office column from column 38 (36 in the real one), one title a line, wrapping at
    options.width; '1.' before the name in the numbered variant, 'SURNAME, Given' in the upper_last_first one; a
    dashed rule between rows in the ruled variant; a page break (options.page_break_in) after that person's row:
    the footer 'Page 7 of 8 Pages', <PAGE> (a form feed without markers), the header again if it repeats.
    Expected: the titles, the address printed or the default, the preamble's citizenship; no outside occupation
    (none printed)."""
    org = roster.organization
    default = _default_address(roster)
    left = 38
    header = [f"{'Name and Business Address':<{left}}Office/Position", f"{'-' * 25:<{left}}{'-' * 15}"]
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("EXHIBIT B"), "",
                                                            centre("Executive Officers and Directors"), ""]
    preamble = (f"The names, offices and business addresses of the directors and executive officers of {org} are set "
                f"forth below. Where no business address is given, the business address of the person is "
                f"{_full_stop(', '.join(default))}")
    if options.citizenship:
        preamble += " " + _citizenship_sentence(roster, "Each of the persons named below is")
    section = f"Directors and Executive Officers of {org}"
    lines += textwrap.wrap(preamble, 80, initial_indent="     ") + ["", section, "-" * len(section), ""]
    lines += header + [""]
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        stack = _wrap(name, left - 2) + ([] if person["address"] == default else
                                         [piece for line in person["address"] for piece in _wrap(line, left - 2)])
        titles = [piece for title in person["positions"] for piece in _wrap(title, options.width)]
        lines += _wrap_rows([stack, titles], [left, options.width])
        lines.append("-" * (left + options.width) if options.rules else "")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += _page_end("Page 7 of 8 Pages", options) + (header + [""] if options.repeat_header else [])
    lines += ["", centre("Page 8 of 8 Pages")]
    people = [expected(p, org, options, other_positions=[], **_citizenship_by_default(p, roster, options))
              for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 3. MetLife: DIRECTORS / EXECUTIVE OFFICERS tables, Name And Business Address | Principal Occupation ----------
def _is_board(person: dict) -> bool:
    return "board of directors" in person["bodies"] or any(t.startswith("Director") for t in person["positions"])


def sections_name_address_occupation(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MetLife's Exhibit 1 (tests/data/rosters_real/dev/text_twocol_nameaddr_metlife.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/898174/000095012305001628/y05541exv99w1.txt: '<PAGE>' and a right-hand
    'Page 11 of 24', 'EXHIBIT 1', a centred title, a preamble with the default business address ('Unless otherwise
    noted, the business address for each of the directors and executive officers is ...') and the citizenship
    ('Each person listed below is a citizen of the United States.'), a centred section title 'DIRECTORS', then a
    <TABLE><CAPTION> 'Name And Business Address' | 'Principal Occupation or Employment' with dashes under each
    caption, <S>/<C>, a blank line before each row, the name with the address lines under it only where they are
    not the default, the occupation beside it wrapping under itself: 'Chairman of the Board and Chief Executive' /
    'Officer, MLINC and MetLife' for a title held in the filer, the outside position otherwise). Differences
    from the real one: the heading 'SCHEDULE II' / 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>' and a right-hand
    'Page 9 of 15'; the preamble worded 'Set forth below are the name and present principal occupation or
    employment of each director and executive officer of <Org>. Unless otherwise noted, the business address of
    each such person is <default>.' and the citizenship sentence naming the exceptions ('Each person listed below
    is a citizen of ..., except A, who is ...', IDT's way); the right caption 'Present Principal Occupation or
    Employment' (IDT's words); the left column 42 wide (43 in the real one), the right one wrapping at
    options.width + 12; a board member (the board among the bodies or a 'Director' title) under 'DIRECTORS', the
    others in a second table under 'EXECUTIVE OFFICERS', each person once; each title held in the organisation as
    '<Title>, <Org>' (a director's seat too), then each outside occupation; '1.' before the name in the numbered
    variant, 'SURNAME, Given' in the upper_last_first one; a dashed rule instead of the blank line before a row
    in the ruled variant; a page break (options.page_break_in) after that person's first line: 'Page 10 of 15'
    at the right, <PAGE> (a form feed without markers), the caption again if it repeats; plain text without
    <PAGE>/<TABLE>/<S> tags in the variant without markers. Expected in roster order: the titles, the outside
    occupations, the address printed or the default, the preamble's citizenship."""
    org = roster.organization
    default = _default_address(roster)
    left, wrap = 42, options.width + 12
    labels = [f"{'Name and Business Address':<{left}}Present Principal Occupation or Employment",
              f"{'-' * 25:<{left}}{'-' * 42}"] + ([f"{'<S>':<{left}}<C>"] if options.markers else [])
    caption = (["<TABLE>", "<CAPTION>"] if options.markers else []) + labels
    lines = (["<PAGE>"] if options.markers else []) + [f"{'Page 9 of 15':>80}", "", f"{'SCHEDULE II':>80}", "", "",
                                                       centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"), ""]
    preamble = (f"Set forth below are the name and present principal occupation or employment of each director and "
                f"executive officer of {_full_stop(org)} Unless otherwise noted, the business address of each such "
                f"person is {_full_stop(', '.join(default))}")
    if options.citizenship:
        preamble += " " + _citizenship_sentence(roster, "Each person listed below is")
    lines += textwrap.wrap(preamble, 80)
    number = {id(p): i for i, p in enumerate(roster.people)}
    groups = [("DIRECTORS", [p for p in roster.people if _is_board(p)]),
              ("EXECUTIVE OFFICERS", [p for p in roster.people if not _is_board(p)])]
    for title, members in groups:
        if not members:
            continue
        lines += ["", "", centre(title, 90), ""] + caption
        for person in members:
            index = number[id(person)]
            name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
            stack = _wrap(name, left - 2) + ([] if person["address"] == default else
                                             [piece for line in person["address"] for piece in _wrap(line, left - 2)])
            right = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
            rows = _wrap_rows([stack, [piece for item in right for piece in _wrap(item, wrap)]], [left, wrap])
            if options.page_break_in == index and len(rows) > 1:
                rows[1:1] = ["", f"{'Page 10 of 15':>80}", "<PAGE>" if options.markers else "\f", ""] + (
                    labels + [""] if options.repeat_header else [])
            lines += ["-" * (left + wrap) if options.rules else ""] + rows
        lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 4. Lor Finance: '*' board mark before the name, address lines under it, occupation beside, no table tags -----
def marked_members_name_address_occupation(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Lor Finance's Exhibit 7 (tests/data/rosters_real/dev/text_asterisk_member_nameaddr_lor_finance.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/888002/000091205700045726/a2028396zex-99_7.txt: '<PAGE>', a
    right-hand 'EXHIBIT 7', a centred three-line title '... of' / '<ORG>', a preamble with the default citizenship
    ('Unless otherwise indicated, each individual is a citizen of the Republic of France.'), a header line
    'NAME, BUSINESS ADDRESS' | 'PRESENT PRINCIPAL OCCUPATION' without underlines or table tags, each entry the
    name after a '*' in the margin with its address lines under it and the occupation beside it wrapping under
    itself ('Head of Central Legal Department,' / 'AXA'), a blank line between entries, and after a short rule
    the note '* Member, Conseil d'Administration'). Differences from the real one: a right-hand 'EXHIBIT 2' and
    the title 'Executive Officers and Members of the Board of Directors' / 'of' / '<ORG>'; the preamble worded
    'The names of the members of the Board of Directors and the names and titles of the executive officers of
    <Org>, their business addresses and their present principal occupations are set forth below.' and 'Unless
    otherwise indicated, each individual is ...' (the citizenship most of the roster holds), a person of another
    citizenship indicated by a line '(a citizen of Canada)' under the address; the header words 'NAME AND
    BUSINESS ADDRESS' | 'PRINCIPAL OCCUPATION OR EMPLOYMENT' (Harvard's and MetLife's words) from column 40
    (38 in the real one); the '*' marks a 'Director' title, explained by the note '* Director of <Org>'; the
    occupation column each other title held in the organisation as '<Title>, <Org>' then each outside occupation,
    wrapping at options.width; '1.' after the mark in the numbered variant; 'SURNAME, Given' in the
    upper_last_first one; a dashed rule between entries in the ruled variant; a page break (options.page_break_in)
    after that person's name line: a centred '- 2 -', <PAGE> (a form feed without markers), the header line again
    if it repeats. Expected: the titles (the marked seat included), outside occupations, the address printed, the
    citizenship the preamble or the indication gives."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    left = 40
    header = f"  {'NAME AND BUSINESS ADDRESS':<{left - 2}}PRINCIPAL OCCUPATION OR EMPLOYMENT"
    lines = (["<PAGE>", "", ""] if options.markers else []) + [f"{'EXHIBIT 2':>80}", ""]
    lines += [centre("Executive Officers and Members of the Board of Directors"), centre("of"),
              centre(org.upper()), ""]
    preamble = (f"The names of the members of the Board of Directors and the names and titles of the executive "
                f"officers of {org}, their business addresses and their present principal occupations are set forth "
                f"below.")
    if options.citizenship:
        preamble += f" Unless otherwise indicated, each individual is {_is_citizen(default)}."
    lines += textwrap.wrap(preamble, 78, initial_indent="      ") + ["", header, ""]
    marked = False
    for index, person in enumerate(roster.people):
        seat = "Director" in person["positions"]
        marked = marked or seat
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        stack = _wrap(name, left - 5) + [piece for line in person["address"] for piece in _wrap(line, left - 5)]
        if options.citizenship and not _covered(person, country, default):
            stack.append(f"({_is_citizen(person['citizenship'])})")
        right = [f"{t}, {org}" for t in person["positions"] if t != "Director"] + person["other_positions"]
        rows = _wrap_rows([stack, [piece for item in right for piece in _wrap(item, options.width)]],
                          [left - 3, options.width], indent="   ")
        rows[0] = ("*" if seat else " ") + rows[0][1:]
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", centre("- 2 -"), "<PAGE>" if options.markers else "\f", ""] + (
                [header, ""] if options.repeat_header else [])
        lines += rows + (["-" * (left + options.width)] if options.rules else [""])
    if marked:
        lines += ["", "-" * 11, f"* Director of {org}"]
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


FAMILIES = {"name_position_paren_citizenship_table": name_position_paren_citizenship_table,
            "name_office_section_default_address": name_office_section_default_address,
            "sections_name_address_occupation": sections_name_address_occupation,
            "marked_members_name_address_occupation": marked_members_name_address_occupation}

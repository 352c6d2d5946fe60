"""Held-out re-layout families, hundred-and-third set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:34-12:39 UTC by `date`) by helper session gather103 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring), printing the other persons the way that filing prints its own,
with only the small differences two law firms' filings show (widths, label words, heading and preamble wording, name
order and case, numbering, page breaks). Rosters: four of those used least (three families each, siblings included)
by the earlier close-variant sets: Harvard College, National Grid, MSDW OIP Investors and Refac.

- name_position_underlined_harvard: Harvard's Exhibit A, a 2-column Name / Position list with dashed label
  underlines and a blank line between rows under an underlined section title, the default address (and here the
  default citizenship) in the preamble.
- stacked_name_titles_postamble_addresses_national_grid: National Grid's Exhibit A, blank-line-separated blocks of a
  name line and title lines, the shared business address (with the others' own, by name) in a postamble.
- directors_officers_title_sections_msdw: MSDW OIP's Exhibit 3, a DIRECTORS / TITLE section and an OFFICERS / TITLE
  section (a person in both where he holds both), the occupation, address and citizenship defaults in the preamble.
- name_title_dashed_rows_refac: Refac's Exhibit 99.2, an EDGAR <TABLE> 'Name and Title' | 'Principal Occupation and
  Business Address' between dashed lines, the name ending in a comma with the titles under it.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Expected everywhere: every person's own values (relayout.expected()) in roster order; where a preamble or postamble
gives the default citizenship, that default as printed on the persons it covers; no citizenship where
options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import (
    Options,
    Roster,
    _default_address,
    centre,
    expected,
    is_director,
    printed_name,
    wrap_lines,
    wrap_words,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout97 import _citizens, _short


def _people(roster: Roster, options: Options, **override) -> list[dict]:
    return [expected(p, roster.organization, options, **{**_citizenship_by_default(p, roster, options), **override})
            for p in roster.people]


def _shared_address(roster: Roster) -> list[str]:
    default = _default_address(roster)
    return default if sum(p["address"] == default for p in roster.people) > 1 else []


def _exceptions(roster: Roster) -> list[dict]:
    default, country = _most_common_citizenship(roster)
    return [p for p in roster.people if not _covered(p, country, default)]


def _page(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _name(index: int, person: dict, options: Options) -> str:
    return (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)


def _citizenship_sentence(roster: Roster, subject: str) -> str:
    default, _country = _most_common_citizenship(roster)
    others = _exceptions(roster)
    return f"{subject} {_citizens(default)}" + (f", except {_named_exceptions(others)}." if others else ".")


# ---- 1. Harvard: Name / Position with dashed underlines ----------------------------------------------------------
def name_position_underlined_harvard(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Harvard College's Exhibit A (tests/data/rosters_real/dev/text_name_office_harvard_college.txt): 'EXHIBIT
    A' and 'Directors and Executive Officers' centred as the real, the real preamble reworded ('The names of the directors and
    executive officers of <Org> and their business addresses and present principal occupation or employment are set
    forth below. If no business address is given, the business address of such director or executive officer is
    <shared>.' and, here, 'All of the persons listed below are citizens of X, except ...'), a section title
    '<Directors and Executive Officers of Org>' underlined with dashes, then 'Name' | 'Office/Position and Principal
    Occupation' (the real label with words of other real rosters) with dashed underlines the length of the words,
    one row per person with a blank line between rows: the name at the left (column 36 as the real) with an address
    other than the shared one on lines under it, the titles ', '-joined at the right, each outside occupation on a
    line of its own under them. Variants: '1.' before
    the name; 'SURNAME, Given'; a dashed line between rows when ruled; the right column wraps at options.width + 8;
    no citizenship sentence without citizenship; a page break after that person: 'Page N of M Pages' centred,
    '<PAGE>' (form feed without markers) and the labels again if the header repeats. Differs from gather32 ('EXHIBIT
    B', 'Name and Business Address' | 'Office/Position', one title a line, no occupation), gather58 (four columns,
    a Citizenship column) and gather82 (three columns, the address in the third) in the two columns' label words,
    the outside occupations under the titles, the titles ', '-joined and the real heading kept."""
    org = roster.organization
    shared = _shared_address(roster)
    pre = (f"The names of the directors and executive officers of {org} and their business addresses and present "
           "principal occupation or employment are set forth below.")
    if shared:
        pre += (" If no business address is given, the business address of such director or executive officer is "
                f"{', '.join(shared)}.")
    if options.citizenship:
        pre += " " + _citizenship_sentence(roster, "All of the persons listed below are")
    section = f"Directors and Executive Officers of {org}"
    labels = [f"{'Name':<36}Office/Position and Principal Occupation",
              f"{'----':<36}-----------------------------------------"]
    lines = ["<PAGE>" if options.markers else "", "", centre("EXHIBIT A", 79), "",
             centre("Directors and Executive Officers", 79), "",
             *wrap_words(pre, 79, "", "     "), "", section, "-" * len(section), "", *labels, ""]
    width = options.width + 8
    for index, person in enumerate(roster.people):
        right = wrap_lines(", ".join(person["positions"]), width) if person["positions"] else []
        for other in person["other_positions"]:
            right += wrap_lines(other, width)
        left = [_name(index, person, options)]
        if len(left[0]) > 34:
            left = wrap_lines(left[0], 34)
        if person["address"] and person["address"] != shared:
            left += [piece for line in person["address"] for piece in wrap_lines(line, 34)]
        for row in range(max(len(left), len(right))):
            a = left[row] if row < len(left) else ""
            b = right[row] if row < len(right) else ""
            lines.append(f"{a:<36}{b}")
        lines.append("-" * 70 if options.rules else "")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", centre("Page 7 of 9 Pages", 79), _page(options), ""]
            if options.repeat_header:
                lines += [*labels, ""]
    lines += ["", centre("Page 8 of 9 Pages", 79)]
    return ".txt", _done(lines), _people(roster, options)


# ---- 2. National Grid: stacked blocks, addresses in a postamble ------------------------------------------------
def stacked_name_titles_postamble_addresses_national_grid(roster: Roster,
                                                          options: Options) -> tuple[str, str, list[dict]]:
    """After National Grid USA Service Company's Exhibit A
    (tests/data/rosters_real/dev/text_stacked_name_title_lines_postamble_address_national_grid.txt): 'EXHIBIT A' at
    the right, the preamble 'Names, titles, principal occupations and business addresses of the officers and
    directors of <Org>:' (reworded), the organisation's name on a line of its own, then blank-line-separated blocks: the
    name line, the titles in the organisation as one line ', '- and 'and'-joined (wrapped at options.width + 40), each
    outside occupation on a line of its own ('<Title>, <Company>' as the real). After the list the real postamble
    'The business address of the above listed persons is:' with the shared address indented 3, here followed by
    'except:' and each other person's name with his own address indented under it, and, with citizenship, 'All of
    the above listed persons are citizens of X, except ...'. Variants: '1.' before the name; 'SURNAME, Given'; a line
    of dashes between blocks when ruled; a page break after that person: '<PAGE>' (form feed without markers) and
    'A-2' (no header to repeat). Differs from gather27 (one title a line, 'Business Address:' lines, citizenship in
    parentheses), gather35 (the others' addresses under their titles, '; ' joins, '<Org> (continued)' after a page
    break), gather58 (address and 'Citizenship:' in each block) and gather85 ('Address:' lines, one title a line,
    citizenship in the introduction) in the others' addresses given BY NAME in the postamble, the 'and'-joined
    title line, the preamble words and the bare 'A-2' page break."""
    org = roster.organization
    shared = _shared_address(roster)
    lines = ["<PAGE>" if options.markers else "", " " * 55 + "EXHIBIT A", "", "",
             *wrap_lines("Names, titles, principal occupations and business addresses of the officers and "
                         f"directors of {org}:", 79), "", org, ""]
    width = options.width + 40
    for index, person in enumerate(roster.people):
        lines.append(_name(index, person, options))
        titles = person["positions"]
        if titles:
            joined = ", ".join(titles[:-1]) + " and " + titles[-1] if len(titles) > 1 else titles[0]
            lines += wrap_lines(joined, width)
        for other in person["other_positions"]:
            lines += wrap_lines(other, width)
        lines.append("-" * 40 if options.rules else "")
        if options.rules:
            lines.append("")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += [_page(options), " " * 55 + "A-2", ""]
    others = [p for p in roster.people if p["address"] and p["address"] != shared]
    if shared:
        lines += ["The business address of the above listed persons is:", "", *["   " + a for a in shared], ""]
        if others:
            lines += ["except:", ""]
    else:
        lines += ["The business addresses of the above listed persons are:", ""]
    for person in others:
        lines += ["   " + person["name"], *["      " + a for a in person["address"]], ""]
    if options.citizenship:
        lines += [*wrap_lines(_citizenship_sentence(roster, "All of the above listed persons are"), 79), ""]
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. MSDW OIP: DIRECTORS / TITLE and OFFICERS / TITLE sections ------------------------------------------------
def directors_officers_title_sections_msdw(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MSDW OIP Investors' Exhibit 3 (tests/data/rosters_real/dev/text_sections_directors_officers_msdw_oip_2004.txt
    and its 2001 sibling): 'EXHIBIT 3' centred, 'EXECUTIVE OFFICERS AND DIRECTORS OF <ORG>', the real preamble
    reworded ('The names of the Directors and the names and titles of the Executive Officers of <Org> ("<Short>") are
    set forth below. If no address is given, the Director's or Executive Officer's business address is <shared>.
    Unless otherwise indicated, each title set forth opposite an individual's name refers to <Short> and each
    individual is a citizen of X' with the exceptions named), then a 'DIRECTORS  TITLE AND OCCUPATION' section
    (persons with a board seat, the board titles, 'Director' for a seat without one) and an 'OFFICERS  TITLE AND
    OCCUPATION' section (the other
    titles), a person in both where he holds both, as the real; the name indented 9, the title at column 44 (here
    a wider name column, up to 46, where a name or address line is longer). Here the principal occupation outside <Short>, where a person has
    one, is printed under his title in the first section he appears in, and an address other than the shared one
    under his name there; persons with no title in <Short> in a third section 'OTHER PERSONS  PRINCIPAL OCCUPATION'.
    Variants: '1.' numbering within each section; 'SURNAME, Given'; a dashed line between rows when ruled; no
    citizenship clause without citizenship; a page break after that person's row: '<PAGE>' (form feed without
    markers), '-2-' and the section's caption again if the header repeats. Differs from gather29 ('SCHEDULE B',
    'POSITION', numbering through both sections, no occupation), gather44 ('EXHIBIT 99.4', 'EXECUTIVE OFFICERS',
    no occupation) and gather73 ('SCHEDULE 1', the exceptions in paragraphs after the lists) in the caption 'TITLE
    AND OCCUPATION' with the outside occupations under the title, the OTHER PERSONS section, the numbering within
    each section and the real 'EXHIBIT 3' kept."""
    org = roster.organization
    short = _short(org)
    shared = _shared_address(roster)
    default, _country = _most_common_citizenship(roster)
    pre = (f"The names of the Directors and the names and titles of the Executive Officers of {org} (\"{short}\") are "
           "set forth below.")
    if shared:
        pre += (" If no address is given, the Director's or Executive Officer's business address is "
                f"{', '.join(shared)}.")
    pre += f" Unless otherwise indicated, each title set forth opposite an individual's name refers to {short}"
    if options.citizenship:
        others = _exceptions(roster)
        pre += f" and each individual is {_is_citizen(default)}"
        pre += f", except {_named_exceptions(others)}." if others else "."
    else:
        pre += "."

    def board(title: str) -> bool:
        low = title.lower()
        return "director" in low or "board" in low or "trustee" in low

    directors = [(i, [t for t in p["positions"] if board(t)] or ["Director"])
                 for i, p in enumerate(roster.people) if is_director(p)]
    officers = [(i, [t for t in p["positions"] if not board(t)]) for i, p in enumerate(roster.people)]
    officers = [(i, titles) for i, titles in officers if titles]
    rest = [(i, []) for i, p in enumerate(roster.people) if not p["positions"]]
    names = [len(_name(0, p, options)) + (4 if options.numbered else 0) for p in roster.people]
    addresses = [len(line) for p in roster.people if p["address"] != shared for line in p["address"]]
    col = min(46, max(35, max(names) + 3, max(addresses, default=0) + 3))
    lines = ["<PAGE>" if options.markers else "", "", centre("EXHIBIT 3", 80), "",
             centre(f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}", 80), "", *wrap_lines(pre, 80), ""]
    seen: set[int] = set()
    broke = False
    for caption, second, members in (("DIRECTORS", "TITLE AND OCCUPATION", directors),
                                     ("OFFICERS", "TITLE AND OCCUPATION", officers),
                                     ("OTHER PERSONS", "PRINCIPAL OCCUPATION", rest)):
        if not members:
            continue
        head = f"{'':<13}{caption:<{col - 4}}{second}"
        lines += [head, ""]
        for number, (index, titles) in enumerate(members):
            person = roster.people[index]
            name = (f"{number + 1}. " if options.numbered else "") + printed_name(person, options)
            right = [", ".join(titles)] if titles else []
            left = [name]
            if index not in seen:
                right += [piece for other in person["other_positions"] for piece in wrap_lines(other, options.width + 6)]
                if person["address"] and person["address"] != shared:
                    left += [piece for line in person["address"] for piece in wrap_lines(line, col - 3)]
                seen.add(index)
            for row in range(max(len(left), len(right))):
                a = left[row] if row < len(left) else ""
                b = right[row] if row < len(right) else ""
                lines.append(f"{'':<9}{a:<{col}}{b}")
            if options.rules:
                lines.append(f"{'':<9}" + "-" * 60)
            elif len(left) > 1 or len(right) > 1:
                lines.append("")
            if options.page_break_in == index and (index, titles) != members[-1] and not broke:
                broke = True
                lines += ["", _page(options), centre("-2-", 80), ""]
                if options.repeat_header:
                    lines += [head, ""]
        lines.append("")
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. Refac: 'Name and Title' | 'Occupation and Business Address' between dashed lines --------------------------
def name_title_dashed_rows_refac(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Refac's Exhibit 99.2 (tests/data/rosters_real/dev/text_twocol_nametitle_dashed_refac.txt): 'Exhibit 99.3',
    'Identity and Background of <Short> Directors and Officers' centred, the real preamble opened by 'The persons set
    forth below are the directors and officers of <Org> ("<Short>").' ('During the last five
    years, no person set forth below: (i) has been convicted in a criminal proceeding (excluding traffic violations
    or similar misdemeanors) or (ii) was party to a civil proceeding described in Item 2 of Schedule 13D. Unless
    otherwise specified, the business address of each person is <shared>.' and, here, 'Each person set forth below
    is a citizen of X, except ...', IDT's way), then an EDGAR <TABLE> whose caption 'Name and Title' | 'Principal Occupation and
    Business Address' stands between two 100-dash lines, '<CAPTION>', the <S>/<C> line at columns 0 and 50; each
    row the name (with a comma after it where titles follow) and the titles ', '- and 'and'-joined ' of <Short>'
    under it at the left (wrapped at 40), at the right the outside occupation or, for a person without one, the
    titles again with ' of <Short>' as the real prints them, then an address other than the shared one; a dashed line
    under every row. Variants: '1.' before the name; 'SURNAME, Given'; '=' lines under the rows when ruled; the right
    column wraps at options.width + 14; no <S>/<C> line without markers; no citizenship sentence without
    citizenship; a page break after that person: '</TABLE>', '<PAGE>' (form feed without markers), '-2-' and a new
    '<TABLE>' with the caption again if the header repeats. Differs from gather21 (a citizenship column, the
    titles '; '-joined), gather24 ('Schedule A', relabelled columns, no comma after the name) and gather51 (the
    exceptions '(citizen of X)' in the cell, titles '; '-joined without the organisation, the page break inside a
    row) in the heading words, the label words, the ' of <Short>' titles at the left and where the page breaks."""
    org = roster.organization
    short = _short(org)
    shared = _shared_address(roster)
    pre = (f"The persons set forth below are the directors and officers of {org} (\"{short}\"). "
           "During the last five years, no person set forth below: (i) has been convicted in a criminal proceeding "
           "(excluding traffic violations or similar misdemeanors) or (ii) was party to a civil proceeding described "
           "in Item 2 of Schedule 13D.")
    if shared:
        pre += f" Unless otherwise specified, the business address of each person is {', '.join(shared)}."
    if options.citizenship:
        default, _country = _most_common_citizenship(roster)
        others = _exceptions(roster)
        pre += f" Each person set forth below is {_is_citizen(default)}"
        pre += f", except {_named_exceptions(others)}." if others else "."
    dashes = "-" * 100
    caption = [dashes, f"{'Name and Title':<56}Principal Occupation and Business Address", dashes, "<CAPTION>", ""]
    lines = ["Exhibit 99.3", "", "", centre(f"Identity and Background of {short} Directors and Officers", 88), "", "",
             *wrap_lines(pre, 79), "", "<TABLE>", "", *caption]
    if options.markers:
        lines.append(f"{'<S>':<50}<C>")
    width = options.width + 14
    for index, person in enumerate(roster.people):
        titles = person["positions"]
        joined = (", ".join(titles[:-1]) + " and " + titles[-1] if len(titles) > 1 else "".join(titles))
        name = _name(index, person, options)
        left = [name + ("," if titles else "")] + (wrap_lines(f"{joined} of {short}", 40) if titles else [])
        right = [piece for other in person["other_positions"] for piece in wrap_lines(other, width)]
        if not right and titles:
            right = wrap_lines(f"{joined} of {short}", width)
        if person["address"] and person["address"] != shared:
            right += person["address"]
        for row in range(max(len(left), len(right))):
            a = left[row] if row < len(left) else ""
            b = right[row] if row < len(right) else ""
            lines.append(f"{a:<50}{b}")
        lines.append(("=" if options.rules else "-") * 100)
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["</TABLE>", _page(options), centre("-2-", 88), "", "<TABLE>"]
            if options.repeat_header:
                lines += caption
                if options.markers:
                    lines.append(f"{'<S>':<50}<C>")
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {
    "name_position_underlined_harvard": name_position_underlined_harvard,
    "stacked_name_titles_postamble_addresses_national_grid": stacked_name_titles_postamble_addresses_national_grid,
    "directors_officers_title_sections_msdw": directors_officers_title_sections_msdw,
    "name_title_dashed_rows_refac": name_title_dashed_rows_refac,
}

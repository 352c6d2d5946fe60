"""Held-out re-layout families, eighty-eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (11:16-11:19 UTC by `date`) by helper session gather88 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real development roster's own layout (named in its docstring; the real files are listed in tests/data/rosters_real/
SOURCES.md), printing the other persons the way that filing prints its own, with only the small differences two law
firms' filings show (widths, header words taken from other real rosters, heading and preamble wording, name order
and case, numbering and separators, page breaks):

- danaher_dotleader_joined_titles_citizen_sentence: Danaher's Exhibit 8 dot-leader list, one list, the titles
  joined by 'and' before ', <Org>', each person's own address and a 'Citizen of <X>.' sentence in the paragraph.
- ucsg_position_lines_citizenship_column_table: UCSG's Exhibit 1 EDGAR table with its real captions, the
  ownership column replaced by a 'Country of / Citizenship' column, the titles one a line.
- bollore_entries_mixed_case_occupation_field: the Bollore group's Exhibit 1 numbered entries, one per person,
  the name in mixed case, 'Principal Business Address:' lines under the label, 'Principal Occupation:' and
  'Citizenship:' fields for everyone.
- castlerigg_directors_then_officers_grids: Castlerigg's Appendix III dashed grids, the directors' grid first
  (Name | Principal Occupation | Address | Citizenship) and then the executive officers' grid (Name | Title |
  Address | Citizenship, the real officers' grid widened).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then). No family prints a default address or citizenship in a
preamble: every person's own address and citizenship is printed with that person.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import textwrap

from relayout import Options, Roster, _wrap_rows, expected, printed_name


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _stop(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _joined(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    if any("," in t or " and " in t for t in items):
        return "; ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _is_director(person: dict) -> bool:
    return any("director" in t.lower() or "trustee" in t.lower() for t in person["positions"])


def _term(org: str) -> str:
    """The short name a preamble defines: the initials of the organisation's words ('University Capital Strategies
    Group, LLC' -> 'UCSG')."""
    skip = {"inc", "inc.", "corp", "corp.", "corporation", "llc", "l.p.", "lp", "ltd", "ltd.", "co", "co.", "the",
            "of", "and", "&", "plc", "n.v.", "s.a.", "ag", "limited", "company"}
    words = [w.strip(",.") for w in org.split()]
    initials = "".join(w[0].upper() for w in words if w and w.lower() not in skip and w[0].isalpha())
    return initials if len(initials) >= 2 else org


# ---- 1. Danaher -------------------------------------------------------------------------------------------------
def danaher_dotleader_joined_titles_citizen_sentence(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Danaher's Exhibit 8 (tests/data/rosters_real/dev/text_dotleader_twocol_history_danaher.txt): '<PAGE>',
    a centred exhibit line and title, an indented preamble, the real two-line caption 'Present Principal Occupation
    and' / 'Five-Year Employment History' over the right column with dashes under the caption words only, no table
    tags, each name indented one and run by a dot leader into the second column at 29 (the real place), a paragraph
    cell, a blank line between persons. Varies: 'Exhibit 9', 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>' alone, ONE
    list (no part headings), a preamble without a default address or citizenship, the cell '<titles joined by
    "and">, <Org>.' (one '<title>, <Org>.' sentence per title where a title holds a comma or 'and') then each outside occupation as its own sentence, then the person's own address (comma-joined,
    no label, as the real prints it), then 'Citizen of <X>.' when citizenship is printed; the cell wraps at
    options.width + 16. Variants: '1.' before the name, 'SURNAME, Given', a row of '=' between persons when ruled;
    a page break after an entry's first line: '<PAGE>', a centred '9-2', and the caption when repeated."""
    org = roster.organization
    left = 29
    width = options.width + 16
    caption = [f"{'':<{left}}Present Principal Occupation and", f"{'Name':<{left}}Five-Year Employment History",
               f"{'----':<{left}}{'-' * 28}"]
    lines = ["<PAGE>", "", f"{'Exhibit 9':^80}".rstrip(), ""]
    lines += [f"{t:^80}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    lines += _wrap(" " * 10 + "The following table sets forth the name and present principal occupation or "
                   "employment, and material occupations, positions, offices or employments for the past five "
                   f"years, of each director and executive officer of {org}, together with the business address"
                   + (" and citizenship" if options.citizenship else "") + " of each such person.", 80)
    lines += [""] + caption + [""]
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        if options.numbered:
            name = f"{index + 1}. {name}"
        text = []
        if person["positions"]:
            joined = _joined(person["positions"])
            text += [_stop(f"{joined}, {org}")] if ";" not in joined else [_stop(f"{t}, {org}") for t in person["positions"]]
        text += [_stop(o) for o in person["other_positions"]]
        if person["address"]:
            text.append(_stop(", ".join(person["address"])))
        if options.citizenship and person["citizenship"]:
            text.append(_stop(f"Citizen of {person['citizenship']}"))
        cell = _wrap(" ".join(text), width)
        heads = _wrap(name, left - 5)
        first = " " + heads[-1]
        first = first + "." * max(2, left - 2 - len(first)) + "  "
        rows = [" " + h for h in heads[:-1]]
        rows.append(first + cell[0])
        rows += [" " * left + c for c in cell[1:]]
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>", f"{'9-2':^80}".rstrip(), ""] + (caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("=" * 78 if options.rules else "")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. UCSG ----------------------------------------------------------------------------------------------------
def _bottom(captions: list[list[str]], widths: list[int]) -> list[str]:
    depth = max(len(c) for c in captions)
    caps = [[""] * (depth - len(c)) + c for c in captions]
    out = []
    for r in range(depth):
        out.append("".join(f"{caps[i][r]:^{widths[i] - 1}} " for i in range(len(widths))).rstrip())
    under = "".join(f"{'-' * len(caps[i][-1]):^{widths[i] - 1}} " for i in range(len(widths))).rstrip()
    return out + [under]


def ucsg_position_lines_citizenship_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After University Capital Strategies Group's Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_ownership_
    ucsg.txt): '<PAGE>', the centred exhibit line, the real two-line title 'Information Concerning the Directors and
    Officers of' / '<Org>', the real preamble defining the initials ('("<Term>")'), the five-year legal sentence,
    then an EDGAR <TABLE><CAPTION> with a blank line, bottom-aligned centred captions each underlined by dashes as
    long as its last line, the real captions Name | Position with <Term> | Present Principal / Occupation or /
    Employment | Address, '<S>'/'<C>' with markers, cells wrapping under themselves, an insider's occupation the
    term alone (as the real 'UCSG'). Varies: 'EXHIBIT 2'; the ownership column replaced by 'Country of' /
    'Citizenship' (Castlerigg's and Scout's word; dropped with citizenship=False, as is the preamble's mention);
    no citizenship sentence in the preamble; the titles one a line (not '<titles> of <Term>'); the outside
    occupations one a line; widths 24 | 24 | options.width - 4 | 30 | 14. Variants: '1.' before the name,
    'SURNAME, Given', a hyphen rule between rows when ruled, else a blank line; a page break after an entry's
    second line closing the table, 'Page 2', <PAGE> (a form feed without markers) and the caption again when
    repeated."""
    org = roster.organization
    term = _term(org)
    widths = [24, 24, max(options.width - 4, 20), 30] + ([14] if options.citizenship else [])
    captions = [["Name"], [f"Position with {term}"], ["Present Principal", "Occupation or", "Employment"],
                ["Address"]] + ([["Country of", "Citizenship"]] if options.citizenship else [])
    caption = ["<CAPTION>", ""] + _bottom(captions, widths) + \
        (["".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(widths) - 1), widths)).rstrip()]
         if options.markers else [])
    lines = ["<PAGE>", "", f"{'EXHIBIT 2':^80}".rstrip(), ""]
    lines += [f"{'Information Concerning the Directors and Officers of':^80}".rstrip()]
    lines += [f"{t:^80}".rstrip() for t in _wrap(org, 70)] + [""]
    lines += _wrap("The names, positions, present principal occupations and addresses"
                   + (" and the citizenship" if options.citizenship else "")
                   + f" of the directors and executive officers of {org} (\"{term}\") are set forth below. During "
                   "the last five years, none of these individuals has been convicted in any criminal proceeding "
                   "(excluding traffic violations and similar misdemeanors) or has been a party to any civil "
                   "proceeding of a judicial or administrative body as a result of which such person was or is "
                   "subject to a judgment, decree or final order enjoining future violations of, or prohibiting or "
                   "mandating activities subject to, federal or state securities laws or finding violations with "
                   "respect to such laws.", 80)
    lines += ["", "<TABLE>"] + caption
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        if options.numbered:
            name = f"{index + 1}. {name}"
        cells = [_wrap(name, widths[0] - 2, "  "),
                 [p for t in person["positions"] for p in _wrap(t, widths[1] - 2, " ")] or ["--"],
                 [p for o in person["other_positions"] for p in _wrap(o, widths[2] - 2, " ")] or [term],
                 [p for a in person["address"] for p in _wrap(a, widths[3] - 2, " ")] or ["--"]]
        if options.citizenship:
            cells.append(_wrap(person["citizenship"] or "", widths[4] - 1))
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["</TABLE>", "", f"{'Page 2':^80}".rstrip(), "<PAGE>" if options.markers else "\f", "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(widths) - 1) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. Bollore -------------------------------------------------------------------------------------------------
def bollore_entries_mixed_case_occupation_field(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Bollore group's Exhibit 1 (tests/data/rosters_real/dev/numbered_entities_bollore.txt): the exhibit
    name at the margin, two blank lines, a two-line centred title, a one-sentence preamble, entries numbered at the
    margin with the name nine columns in ('1.       <Name>'), the fields indented nine under it: 'Principal
    Business Address:' with the lines stacked UNDER the label, 'Principal Occupation:  <value>' on the label's line
    wrapping under the value (as the real 'Vice President of Bollore / Investissement'). Varies: 'EXHIBIT 3' and
    the title 'INFORMATION CONCERNING THE DIRECTORS AND' / 'EXECUTIVE OFFICERS OF <ORG>'; one organisation's natural
    persons only, one entry per person; the name in mixed case, natural order, without honorific; no default
    citizenship in the preamble and a 'Citizenship:  <country>' field for everyone (when printed); the occupation
    field '<titles joined by "and"> of <Org>' (each title '<title> of <Org>', '; '-joined, where a title holds a comma or
    'and') then the outside occupations, '; '-joined. Without options.numbered
    the name stands at the margin with the fields still indented nine; 'SURNAME, Given'; a row of hyphens between
    entries when ruled, else two blank lines; a page break after the address lines with 'EXHIBIT 3 (continued)'."""
    org = roster.organization
    pad = " " * 9
    lines = ["EXHIBIT 3", "", ""]
    lines += [f"{t:^78}".rstrip() for t in ["INFORMATION CONCERNING THE DIRECTORS AND",
                                           *_wrap(f"EXECUTIVE OFFICERS OF {org.upper()}", 60)]]
    lines += [""]
    lines += _wrap("Set forth below are the name, principal business address, principal occupation"
                   + (" and citizenship" if options.citizenship else "")
                   + _stop(f" of each director and executive officer of {org}"), 78) + [""]
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        lines.append(f"{f'{index + 1}.':<9}{name}" if options.numbered else name)
        block = [pad + "Principal Business Address:"] + [pad + a for a in person["address"]]
        if options.page_break_in == index:
            block += ["", "\f" if not options.markers else "<PAGE>", "EXHIBIT 3 (continued)"]
        occupation = []
        if person["positions"]:
            joined = _joined(person["positions"])
            occupation += [f"{joined} of {org}"] if ";" not in joined else [f"{t} of {org}" for t in person["positions"]]
        occupation += person["other_positions"]
        label = "Principal Occupation:  "
        body = _wrap("; ".join(occupation) or "None", 78 - 9 - len(label))
        block += [""] + [pad + (label if i == 0 else " " * len(label)) + b for i, b in enumerate(body)]
        if options.citizenship:
            block += ["", pad + f"Citizenship:  {person['citizenship'] or ''}"]
        lines += block
        lines += ["", "-" * 20, ""] if options.rules else ["", ""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. Castlerigg ----------------------------------------------------------------------------------------------
def castlerigg_directors_then_officers_grids(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Castlerigg Master Investments' Appendix III (tests/data/rosters_real/dev/text_grid4col_citizenship_
    castlerigg.txt): 'Page 20 of 27 Pages' at the top, a centred title underlined by dashes, a centred sub-title,
    an '<ORG> <BODY>' heading and grids of dashed segments, one per column, over and under the centred captions
    and after every person, cells wrapping under themselves, 'NONE' in a grid nobody is in (as the real executive
    officers' grid). Varies: 'APPENDIX II' and 'INFORMATION REGARDING THE DIRECTORS AND EXECUTIVE OFFICERS'; the
    DIRECTORS grid FIRST (those with a director's or trustee's title): the real Name | Principal / Occupation |
    Address | Citizenship, the occupation cell every title as '<Title>, <Org>' then the outside occupations, one a
    line; then the EXECUTIVE OFFICERS grid for the others: Name | Title | Address | Citizenship (the real officers'
    grid's Name | Title with the other two columns added), the titles one a line then the outside occupations;
    one <TABLE><CAPTION> per grid with '<S>'/'<C>' under the top rule (markers) and no tags without; widths 23 |
    options.width - 8 | 27 | 16. Variants: '1.' numbering through both grids, 'SURNAME, Given', a rule of '='
    segments after each person when ruled; a page break after an entry's second line closing the table, <PAGE>
    (a form feed without markers), 'Page 21 of 27 Pages' and the header between its rules when repeated."""
    org = roster.organization
    widths = [23, max(options.width - 8, 20), 27] + ([16] if options.citizenship else [])

    def seg(ch: str) -> str:
        return " ".join(ch * (w - 1) for w in widths)

    def header(second: str) -> list[str]:
        caps = [["", "Name"], ["Principal", "Occupation"] if second == "occ" else ["", "Title"], ["", "Address"]]
        if options.citizenship:
            caps.append(["", "Citizenship"])
        rows = [" ".join(f"{c[r]:^{w - 1}}" for c, w in zip(caps, widths)).rstrip() for r in range(2)]
        rows = [r for r in rows if r.strip()]
        return [seg("-")] + ([" ".join(f"{m:<{w - 1}}" for m, w in zip(["<S>"] + ["<C>"] * 3, widths)).rstrip()]
                             if options.markers else []) + rows + [seg("-")]

    directors = [i for i, p in enumerate(roster.people) if _is_director(p)]
    officers = [i for i, p in enumerate(roster.people) if not _is_director(p)]
    lines = [f"{'Page 20 of 27 Pages':>79}", f"{'APPENDIX II':^78}".rstrip(), f"{'-' * 11:^78}".rstrip(), "",
             f"{'INFORMATION REGARDING THE DIRECTORS AND EXECUTIVE OFFICERS':^78}".rstrip(), ""]
    order = {i: n for n, i in enumerate(directors + officers)}
    for body, members, second in (("DIRECTORS", directors, "occ"), ("EXECUTIVE OFFICERS", officers, "title")):
        lines += [""] + [f"{t:^78}".rstrip() for t in _wrap(f"{org.upper()} {body}", 70)] + [""]
        head = header(second)
        lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + head
        if not members:
            lines += [" " * 8 + "NONE", seg("-")]
        for index in members:
            person = roster.people[index]
            name = printed_name(person, options)
            if options.numbered:
                name = f"{order[index] + 1}. {name}"
            if second == "occ":
                middle = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
            else:
                middle = person["positions"] + person["other_positions"]
            cells = [_wrap(name, widths[0] - 2, "  "),
                     [p for m in middle for p in _wrap(m, widths[1] - 2, " ")] or ["None"],
                     [p for a in person["address"] for p in _wrap(a, widths[2] - 2, " ")] or ["--"]]
            if options.citizenship:
                cells.append(_wrap(person["citizenship"] or "", widths[3] - 2))
            rows = _wrap_rows(cells, widths)
            if options.page_break_in == index and len(rows) > 2:
                rows[2:2] = (["</TABLE>"] if options.markers else []) + \
                    ["", "<PAGE>" if options.markers else "\f", f"{'Page 21 of 27 Pages':>79}", ""] + \
                    (["<TABLE>", "<CAPTION>"] if options.markers else []) + (head if options.repeat_header else [])
            lines += rows
            lines.append(seg("=" if options.rules else "-"))
        if options.markers:
            lines.append("</TABLE>")
        lines.append("")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"danaher_dotleader_joined_titles_citizen_sentence": danaher_dotleader_joined_titles_citizen_sentence,
            "ucsg_position_lines_citizenship_column_table": ucsg_position_lines_citizenship_column_table,
            "bollore_entries_mixed_case_occupation_field": bollore_entries_mixed_case_occupation_field,
            "castlerigg_directors_then_officers_grids": castlerigg_directors_then_officers_grids}

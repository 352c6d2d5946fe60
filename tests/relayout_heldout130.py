"""Held-out re-layout families, hundred-and-thirtieth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (18:36-18:41 UTC by `date`) by helper session gather130 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family prints the people the way ONE
real development roster prints its own, with only the small differences two law firms' filings show:

- national_grid_name_over_title_lines_postamble_address: after National Grid's Exhibit A (name line, then one
  'Title, Org' line a title), the common address in a postamble, other addresses under the entry.
- sbc_name_occupation_director_paren_twocol: after SBC's Exhibit I (Name | Present Principal Occupation or
  Employment; 'Director (outside occupation)').
- micron_labelled_blocks_name_address_occupation: after Micron's Exhibit 1 ('Name:', 'Business Address:',
  'Principal Occupation:' labels at the margin, values at column 37).
- smith_barney_stacked_name_title_citizenship_table: after Smith Barney's Exhibit 99.A (an EDGAR <Table>: name,
  title and citizenship stacked in the left cell, occupation and address stacked in the right).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end. Not yet measured.
Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from collections import Counter

from relayout import Options, Roster, _wrap_rows, expected, printed_name
from relayout_heldout99 import _done, _numbered, _wrap


def _common(roster: Roster) -> list[str]:
    counts = Counter(tuple(p["address"]) for p in roster.people if p["address"])
    return list(counts.most_common(1)[0][0]) if counts else []


def _titles(person: dict, org: str) -> list[str]:
    return [f"{t}, {org}" for t in person["positions"]] + list(person["other_positions"])


# ---- 1. National Grid: name over title lines, address postamble ----------------------------------------------------
def national_grid_name_over_title_lines_postamble_address(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_stacked_name_title_lines_postamble_address_national_grid.txt: the
    name on a line, each title 'Title, <Org>' on its own line under it (the real's), outside positions each a
    line; a blank line between entries. Differences: 'SCHEDULE A' centred (the real 'EXHIBIT A' at the right),
    the preamble reworded for a Schedule 13D, 'Business Address:' and 'Citizenship:' lines under the entry where
    the address is not the common one / always when citizenship is printed, the common address in the postamble
    ('Unless otherwise indicated, the business address of each person listed above is:'). Variants: '1.';
    a 30-hyphen line between entries when ruled; a page break after the name: a form feed before a centred 'A-2', and
    '<Org> (continued)' if the header repeats."""
    org = roster.organization
    common = _common(roster)
    lines = ["<PAGE>" if options.markers else "", f"{'SCHEDULE A':^78}".rstrip(), ""]
    lines += _wrap(f"Names, positions, corporate affiliations and business addresses of the directors and "
                   f"executive officers of {org}:", 78)
    lines += ["", org, ""]
    for index, person in enumerate(roster.people):
        entry = [_numbered(index, printed_name(person, options), options)]
        for value in _titles(person, org):
            entry += _wrap(value, options.width + 40, "    ")
        if person["address"] and person["address"] != common:
            entry += _wrap("Business Address: " + ", ".join(person["address"]), 78, "    ")
        if options.citizenship and person["citizenship"]:
            entry.append(f"Citizenship: {person['citizenship']}")
        if options.page_break_in == index:
            entry[1:1] = ["", "\f" + f"{'A-2':^78}".rstrip(), ""] + ([f"{org} (continued)", ""]
                                                                 if options.repeat_header else [])
        lines += entry + (["-" * 30] if options.rules else [""])
    if common:
        lines += ["Unless otherwise indicated, the business address of each person listed above is:", ""]
        lines += ["   " + a for a in common]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. SBC: two columns, outside occupation in parentheses -------------------------------------------------------
def sbc_name_occupation_director_paren_twocol(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_twocol_director_paren_sbc.txt: 'Name' at the margin and 'Present
    Principal Occupation or Employment' at column 35; the titles joined ' and ', the outside occupations in
    parentheses after them ('Director (Chairman, X)', the real's), wrapping at width + 10 under column 35.
    Differences: column 37 (the real 35), 'Schedule I' and a page line at the top, labels underlined, and the
    business address and citizenship as lines after the occupation ('Business Address: ...', 'Citizenship: ...').
    Variants: '1.'; a hyphen line between rows when ruled (the real prints none); a page break after the first
    line: form feed, 'Page 2 of 3 Pages' at the right, the labels again if the header repeats."""
    org = roster.organization
    left = 37
    header = [f"{'Name':<{left}}Present Principal Occupation or Employment",
              f"{'----':<{left}}{'-' * 42}"]
    lines = ["Schedule I", f"{'Page 1 of 3 Pages':>78}", "-" * 80, "", ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"Directors and Executive Officers of {org}", 70)]
    lines += [""] + _wrap(f"         The directors and executive officers of {org} and their principal occupations "
                          "as of the date hereof are set forth in the following table.", 79) + [""] + header
    for index, person in enumerate(roster.people):
        text = " and ".join(person["positions"])
        if person["other_positions"]:
            outside = "; ".join(person["other_positions"])
            text = f"{text} ({outside})" if text else outside
        text = text or "None"
        right = _wrap(text, options.width + 10)
        if person["address"]:
            right += _wrap("Business Address: " + ", ".join(person["address"]), options.width + 10)
        if options.citizenship and person["citizenship"]:
            right.append(f"Citizenship: {person['citizenship']}")
        rows = _wrap_rows([_wrap(_numbered(index, printed_name(person, options), options), left - 2, "  "), right],
                          [left, options.width + 12])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "\f" + f"{'Page 2 of 3 Pages':>78}", ""] + (header if options.repeat_header else [])
        lines += rows + (["-" * 70] if options.rules else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. Micron: labelled blocks -------------------------------------------------------------------------------------
def micron_labelled_blocks_name_address_occupation(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Name:', 'Business Address:' (one line an
    address line) and 'Principal Occupation:' at the margin, values at column 37 (the real's), a blank line
    between labels, a long label wrapping in the 37-wide label column (the real's). Differences: one list of
    directors and officers (the real has a 'DIRECTORS' list), 'EXHIBIT 99.2' at the right, 'Position with <Org>:'
    (the titles joined ', '; 'None' where none) after the address and before the occupation, the occupation the
    outside positions '; '-joined, or '<titles> of <Org>' where none (as the real prints its chairman's), no 'Name, principal business and address of corporation' block, and
    'Citizenship:' per person (the real says it once in the preamble). Variants: '1.' before the name; a hyphen
    line between blocks when ruled; a page break after the 'Name:' line: '<PAGE>' (a form feed and centred '-2-' without markers),
    'EXHIBIT 99.2 (continued)' if the header repeats."""
    org = roster.organization
    pad = 37
    lines = ["<PAGE>" if options.markers else "", "", f"{'EXHIBIT 99.2':>79}", "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS':^78}".rstrip(), ""]
    lines += _wrap(f"     The following is a list of all directors and executive officers of {org.rstrip('.')}.", 78)
    lines += [""]

    def block(label: str, values: list[str]) -> list[str]:
        out = []
        for value in values or ["None"]:
            out += _wrap(value, options.width + 10)
        labels = _wrap(label, pad - 2)
        return [f"{labels[k] if k < len(labels) else '':<{pad}}{out[k] if k < len(out) else ''}".rstrip()
                for k in range(max(len(out), len(labels)))] + [""]

    for index, person in enumerate(roster.people):
        entry = block("Name:", [_numbered(index, printed_name(person, options), options)])
        entry += block("Business Address:", person["address"])
        entry += block(f"Position with {org}:", [", ".join(person["positions"])] if person["positions"] else [])
        occupation = "; ".join(person["other_positions"]) or (
            f"{', '.join(person['positions'])} of {org}" if person["positions"] else "")
        entry += block("Principal Occupation:", [occupation] if occupation else [])
        if options.citizenship:
            entry += block("Citizenship:", [person["citizenship"] or "Unknown"])
        if options.page_break_in == index:
            entry[1:1] = ["<PAGE>" if options.markers else "\f" + f"{'-2-':^78}".rstrip(), ""] + (
                [f"{'EXHIBIT 99.2 (continued)':>79}", ""] if options.repeat_header else [])
        lines += entry + (["-" * 40, ""] if options.rules else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. Smith Barney: stacked cells in an EDGAR table ---------------------------------------------------------------
def smith_barney_stacked_name_title_citizenship_table(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/table_stacked_name_title_citizenship_smith_barney.txt: '<Table>',
    '<Caption>', 'NAME, TITLE, AND CITIZENSHIP' | 'PRINCIPAL OCCUPATION AND BUSINESS ADDRESS' underlined by
    hyphens of their length, '<S>'/'<C>'; left cell the name, the titles joined ' and ' wrapped at 20, the
    citizenship; right cell the outside occupations (or the titles joined ' and ') then <Org> where the titles
    stand in for the occupation, then the address lines.
    Differences: right column at 46 (the real 38), titles wrapped at 18 (the real 20), 'ANNEX II' and the title
    'OFFICERS AND DIRECTORS OF' / '<ORG>', the caption words 'NAME, OFFICE AND COUNTRY OF CITIZENSHIP' ('NAME AND
    OFFICE' when no citizenship is printed) | 'PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT AND BUSINESS ADDRESS'
    (the SEC's words, as other real rosters caption them), each wrapped over two lines and underlined by hyphens
    as long as its longest line.
    Variants: '1.'; an 80-hyphen line between rows when ruled; no <S>/<C> without markers; a page break after the
    row's first line: '</Table>', '<Page>', centred 'II-2', the caption again if the header repeats."""
    org = roster.organization
    left = 46
    label = "NAME, OFFICE AND COUNTRY OF CITIZENSHIP" if options.citizenship else "NAME AND OFFICE"
    right_label = "PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT AND BUSINESS ADDRESS"
    caps = [_wrap(label, 22), _wrap(right_label, 33)]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = f"{'-' * max(len(x) for x in caps[0]):<{left}}{'-' * max(len(x) for x in caps[1])}"
    caption = ["<Caption>", *_wrap_rows(caps, [left, 40]), under]
    caption += [f"{'<S>':<{left}}<C>"] if options.markers else []
    lines = ["<Page>", "", f"{'ANNEX II':^78}".rstrip(), "",
             f"{'OFFICERS AND DIRECTORS OF':^78}".rstrip(), f"{org.upper():^78}".rstrip(), "", "",
             "<Table>", *caption]
    for index, person in enumerate(roster.people):
        cell = _wrap(_numbered(index, printed_name(person, options), options), left - 2, "  ")
        cell += _wrap(" and ".join(person["positions"]), 18) if person["positions"] else []
        if options.citizenship and person["citizenship"]:
            cell.append(person["citizenship"])
        right = []
        for value in person["other_positions"] or [" and ".join(person["positions"])]:
            right += _wrap(value, options.width + 6, "  ") if value else []
        right += ([] if person["other_positions"] else [org]) + list(person["address"])
        rows = _wrap_rows([cell, right], [left, options.width + 8])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</Table>", "", "<Page>", f"{'II-2':^78}".rstrip(), "", "<Table>"] + (
                caption if options.repeat_header else [])
        lines += rows + (["-" * 80] if options.rules else [""])
    lines.append("</Table>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "national_grid_name_over_title_lines_postamble_address": national_grid_name_over_title_lines_postamble_address,
    "sbc_name_occupation_director_paren_twocol": sbc_name_occupation_director_paren_twocol,
    "micron_labelled_blocks_name_address_occupation": micron_labelled_blocks_name_address_occupation,
    "smith_barney_stacked_name_title_citizenship_table": smith_barney_stacked_name_title_citizenship_table,
}

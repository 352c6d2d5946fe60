"""Held-out re-layout families, hundred-and-forty-fifth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (22:13-22:16 UTC by `date`) by helper session gather145 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family follows ONE real development
roster's layout closely and changes ONE thing a filer of that era could have done differently. The rosters: the
least named in the docstrings of tests/relayout_heldout*.py (siblings together) among those printing names with at
least two of position / occupation / address / citizenship, leaving out those heldout133, 136, 139 and 142 used:
Trilogy (8 sets), Citizens Funds (10), St. Paul Travelers (12) and Castlerigg (13).

- trilogy_pipes_position_column_instead_of_yes_no_flags: after Trilogy's 2008 annex
  (dev/html_as_text_pipes_yes_no_flag_columns_footnotes_trilogy_2008.txt); the ONE change: one 'Position' cell
  holding the person's titles instead of the real's 'Director' / 'Executive Officer' Yes/No columns.
- citizens_funds_fixed3col_name_address_no_age_line: after Citizens Funds' trustee and officer table
  (dev/text_fixed3col_name_address_age_citizens_funds.txt); the ONE change: no age is printed (heading
  'NAME AND ADDRESS', no 'NN years' line under the address).
- st_paul_pipes_without_share_columns: after St. Paul Travelers' Exhibit 1
  (dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt); the ONE change: the two share-ownership columns
  are left out (Name | Position | Present Principal Occupation | Business Address only).
- castlerigg_grid4col_wide_address_column_one_line: after Castlerigg's Appendix III directors' table
  (dev/text_grid4col_citizenship_castlerigg.txt); the ONE change: the Address column is wide enough that every
  address is printed on one line, its parts joined by commas (the real wraps them over three lines).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end. Not yet measured.
Expected everywhere: every person's own values in printed order; where a preamble gives the citizenship of all,
that citizenship on everyone; Trilogy prints no address and Citizens Funds no citizenship, so none is expected;
no citizenship where options.citizenship is False.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import (
    Options,
    Roster,
    _wrap_rows,
    centre,
    expected,
    printed_name,
    wrap_words,
)


def _page(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip(" ") for line in lines).rstrip(" \n") + "\n"


def _name(index: int, person: dict, options: Options) -> str:
    return (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)


def _common_citizenship(roster: Roster) -> str | None:
    values = {p["citizenship"] for p in roster.people}
    return values.pop() if len(values) == 1 and None not in values else None


def _titles(person: dict, org: str) -> str:
    return " and ".join(person["positions"]) + (f" of {org}" if person["positions"] else "")


# ---- 1. Trilogy: pipes, one Position cell instead of Yes/No flags ---------------------------------------------------
def trilogy_pipes_position_column_instead_of_yes_no_flags(roster: Roster,
                                                          options: Options) -> tuple[str, str, list[dict]]:
    """After Trilogy's 2008 annex (an HTML table saved as text: every cell on a line starting with '|', a lone '|'
    closing a row): the header '|Name' '|Position' '|Present Principal Occupation or Employment' (the real's last
    caption), per row the name on a line of its own, then '|<titles> of <Org>' and '|<occupations joined by '; '>'
    ('|None' where none), then '|'. The ONE change: the Position cell (the real's Director / Executive Officer
    Yes/No columns). Citizenship, where printed, in one sentence after the table when all share it, else a '|'
    cell of its own per row. No address (the real gives one only in a footnote for outsiders). Page break: a
    form feed (or '<PAGE>') and the header again if it repeats."""
    org = roster.organization
    common = _common_citizenship(roster) if options.citizenship else None
    per_row = options.citizenship and common is None
    head = ["|Name", "|Position", "|Present Principal Occupation or Employment"] + (["|Citizenship"] if per_row
                                                                                    else []) + ["|"]
    lines = [f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", ""] + head
    people = []
    for index, person in enumerate(roster.people):
        lines += [_name(index, person, options), "|" + _titles(person, org),
                  "|" + ("; ".join(person["other_positions"]) or "None")]
        lines += ["|" + (person["citizenship"] or "")] if per_row else []
        lines += ["|"]
        if options.rules:
            lines += ["|" + "-" * 20]
        people.append(expected(person, org, options, address="", address_city=None, address_country=None))
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += [_page(options)] + (head if options.repeat_header else [])
    if common:
        lines += ["", f"Each of the individuals listed above is a citizen of {common}."]
    return ".txt", _done(lines), people


# ---- 2. Citizens Funds: fixed three columns, no age line ------------------------------------------------------------
def citizens_funds_fixed3col_name_address_no_age_line(roster: Roster,
                                                      options: Options) -> tuple[str, str, list[dict]]:
    """After Citizens Funds' table: '<PAGE>', the centred 'TRUSTEES AND OFFICERS OF <ORG>', '<TABLE>' '<CAPTION>', a 109-hyphen rule, the two-line caption
    'NAME AND ADDRESS' | 'POSITION(S) HELD WITH' / 'TRUST' | 'PRINCIPAL OCCUPATION(S)' / 'DURING PAST 5 YEARS', the
    rule, '<S>' '<C>' '<C>'; per person the name and address lines at the margin (41 wide), the titles at 41 (28
    wide), the occupations at 69 wrapping at width + 4. The ONE change: no age (the real's 'AND AGE' and 'NN years').
    No citizenship (the real prints none). Rows apart by a blank line (a rule when ruled)."""
    org = roster.organization
    rule = "-" * 109
    head = [rule, f"  {'NAME AND ADDRESS':<40}{'POSITION(S) HELD WITH':<30}PRINCIPAL OCCUPATION(S)",
            f"  {'':<40}{'       TRUST':<30}  DURING PAST 5 YEARS", rule]
    marks = [f"{'<S>':<41}{'<C>':<28}<C>"] if options.markers else []
    lines = ["<PAGE>", ""] if options.markers else []
    lines += [centre(f"TRUSTEES AND OFFICERS OF {org.upper()}"), ""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + head + marks
    for index, person in enumerate(roster.people):
        left = [_name(index, person, options)] + person["address"]
        middle = wrap_words(", ".join(person["positions"]), 26) if person["positions"] else []
        right = wrap_words("; ".join(person["other_positions"]), options.width + 4) if person["other_positions"] \
            else []
        lines += _wrap_rows([left, middle, right], [41, 28, options.width + 6])
        lines += [rule if options.rules else ""]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += [_page(options), ""] + (head + marks if options.repeat_header else [])
    lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, citizenship=None, country=None) for p in roster.people]
    return ".txt", _done(lines), people


# ---- 3. St. Paul Travelers: pipes, the share columns left out -------------------------------------------------------
def st_paul_pipes_without_share_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After St. Paul Travelers' Exhibit 1: 'EXHIBIT 1', the title 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>',
    the preamble (no conviction or civil proceeding; 'All of the individuals listed below are citizens of X.' when
    all share one), the organisation's name, then the header cells each between '|' lines ('|' 'Name' '|' '|'
    'Position' ...) with the real's truncated captions; per row each cell's text a few words a line (the real's
    narrow cells), cells apart by '|' / '|'. The ONE change: no 'Shares of' / 'Description of any' columns.
    Citizenship per row in a last cell where the people differ."""
    org = roster.organization
    common = _common_citizenship(roster) if options.citizenship else None
    per_row = options.citizenship and common is None
    text = ("The names and present principal occupations of the directors and executive officers of " + org
            + " are set forth below. During the last five years, none of the individuals has been convicted in any "
            "criminal proceeding (excluding traffic violations and similar misdemeanors).")
    if common:
        text += f" All of the individuals listed below are citizens of {common}."
    head = ["|", "Name", "|", "|", "Position", "|", "|", "Present", "|", "|", "Business Address", "|"]
    head += ["|", "Citizenship", "|"] if per_row else []
    lines = ["EXHIBIT 1", "DIRECTORS AND EXECUTIVE OFFICERS OF", org.upper(), text, org] + head
    for index, person in enumerate(roster.people):
        cells = [[_name(index, person, options)], wrap_words(", ".join(person["positions"]) or "None", 16),
                 wrap_words("; ".join(person["other_positions"]) or "None", max(options.width // 2, 12)),
                 list(person["address"]) or ["None"]]
        cells += [[person["citizenship"] or "None"]] if per_row else []
        for cell in cells:
            lines += ["|"] + cell + ["|"]
        lines += ["|" + "-" * 10] if options.rules else []
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += [_page(options)] + (head if options.repeat_header else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. Castlerigg: four-column grid, the address on one line -------------------------------------------------------
def castlerigg_grid4col_wide_address_column_one_line(roster: Roster,
                                                     options: Options) -> tuple[str, str, list[dict]]:
    """After Castlerigg's Appendix III: 'Page 21 of 27 Pages' right, the centred '<ORG> DIRECTORS', the real's
    preamble (name, mailing address, principal occupation and citizenship), '<TABLE>' '<CAPTION>', a rule of
    hyphen segments, '<S>' '<C>' marks, the caption 'Name' | 'Principal' / 'Occupation' | 'Address' | 'Citizenship',
    the rule; per row the name (23), the titles of the organisation and outside occupations wrapping at 18, the
    address and the citizenship; the segmented rule after every row (the real's). The ONE change: the address
    column is wide (56, or the longest address) and every address printed on one line, its parts joined by ', '. Variants: no Citizenship
    column without a citizenship; '=' segments when ruled; a page break: '<PAGE>', 'Page 22 of 27 Pages' and the
    caption again if it repeats."""
    org = roster.organization
    cit = options.citizenship
    wide = max([56] + [len(", ".join(p["address"])) for p in roster.people]) + 2
    widths = [24, 20, wide] + ([26] if cit else [])
    rule = " ".join(("=" if options.rules else "-") * (w - 1) for w in widths)
    head = [rule, f"{'Name':^24}{'Principal':^20}{'Address':^58}" + (f"{'Citizenship':^26}" if cit else ""),
            f"{'':24}{'Occupation':^20}", rule]
    marks = ["<TABLE>", "<CAPTION>"] if options.markers else []
    text = (f"The following table sets forth the name, and mailing address (business or residence), of each of the "
            f"directors of {org}, and the principal occupation" + (" and citizenship" if cit else "")
            + " of each of those directors who are natural persons.")
    lines = [" " * 60 + "Page 21 of 27 Pages", "", centre(f"{org.upper()} DIRECTORS"), ""]
    lines += wrap_words(text, 70, first=" " * 10) + [""] + marks + head
    for index, person in enumerate(roster.people):
        occ = [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]
        middle = [piece for item in occ for piece in wrap_words(item, 18)]
        cells = [[_name(index, person, options)], middle, [", ".join(person["address"])]]
        cells += [[person["citizenship"] or ""]] if cit else []
        lines += _wrap_rows(cells, widths) + [rule]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", _page(options), " " * 60 + "Page 22 of 27 Pages", ""] + (head if options.repeat_header
                                                                                   else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "trilogy_pipes_position_column_instead_of_yes_no_flags": trilogy_pipes_position_column_instead_of_yes_no_flags,
    "citizens_funds_fixed3col_name_address_no_age_line": citizens_funds_fixed3col_name_address_no_age_line,
    "st_paul_pipes_without_share_columns": st_paul_pipes_without_share_columns,
    "castlerigg_grid4col_wide_address_column_one_line": castlerigg_grid4col_wide_address_column_one_line,
}

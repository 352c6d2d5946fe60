"""Held-out re-layout families, hundred-and-eighteenth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (16:29-16:34 UTC by `date`) by helper session gather118 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS, each printing the other persons the way one
real development roster (tests/data/rosters_real/dev/) prints its own, with only the small differences two law
firms' filings show:

- citizens_funds_name_address_citizenship_caption_real_columns: the Citizens Funds trustees table with 'NAME, ADDRESS'
  / 'AND CITIZENSHIP' where the real has 'AND AGE', the bare citizenship as the stack's last line where the real
  prints the age, the real columns 41 and 69, the titles one a line, '(1)' numbering.
- lor_finance_star_members_citizen_line_under_address: Lor Finance's Exhibit 7 with '*' marking the board members
  (a note explains it), the address under the name, '<Title>, <Org>' and the occupations at 39, and 'Citizen of <X>'
  under the address for those the preamble's default does not cover.
- motorola_appendix_two_sections_column_23_prose_overrides: Motorola's Appendix I with the real occupation column 23,
  'DIRECTORS OF <ORG>' and 'EXECUTIVE OFFICERS OF <ORG>' sections, the real two-sentence preamble defaults, and
  'His/Her business address is ...' and '<Hon> <Surname> is a citizen of ...' sentences for the others.
- st_paul_pipe_cells_four_columns_citizens_except: St. Paul Travelers' Exhibit 1 as saved to text (every cell between
  '|' lines) with four cells a row (no shares columns), the titles 'A, B and C' ('; ' where a title holds a comma
  or 'and'), the real preamble's 'All of the
  individuals listed below are citizens of ...' with the exceptions named.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Not yet measured.
"""
from __future__ import annotations

from relayout import Options, Roster, centre, expected, printed_name, wrap_words
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered
from relayout_heldout55 import _and_titles
from relayout_heldout64 import _honorific
from relayout_heldout91 import _surname
from relayout_heldout115 import _by_default, _done, _page


def _pad(left: str, width: int) -> str:
    return left.ljust(width) if len(left) < width else left + "  "


def _grid(cells: list[list[str]], widths: list[int]) -> list[str]:
    """Side-by-side cells, each column padded to its width (the last one not)."""
    rows = max(len(c) for c in cells)
    out = []
    for r in range(rows):
        parts = [(c[r] if r < len(c) else "") for c in cells]
        out.append("".join(_pad(p, w) for p, w in zip(parts[:-1], widths[:-1])) + parts[-1])
    return out


def _default_address(roster: Roster) -> list[str]:
    """The business address at least two persons share (the most common), or none."""
    counts: dict[tuple, int] = {}
    for person in roster.people:
        if person["address"]:
            counts[tuple(person["address"])] = counts.get(tuple(person["address"]), 0) + 1
    if not counts:
        return []
    best = max(counts, key=lambda key: counts[key])
    return list(best) if counts[best] >= 2 else []


# ---- 1. Citizens Funds 2000: name / address / citizenship stack, the real columns ---------------------------------
def citizens_funds_name_address_citizenship_caption_real_columns(roster: Roster,
                                                                 options: Options) -> tuple[str, str, list[dict]]:
    """After the Citizens Funds trustees and officers table (dev/text_fixed3col_name_address_age_citizens_funds.txt):
    '<PAGE>', a centred 'EXHIBIT 3' and 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', a one-sentence preamble defining
    ("Reporting Person"), <TABLE><CAPTION>, a full dashed rule, the real two-line caption with 'CITIZENSHIP' for the
    real's 'AGE': '  NAME, ADDRESS' / '  AND CITIZENSHIP' | 'POSITION(S) HELD WITH' / 'REPORTING PERSON' |
    'PRINCIPAL OCCUPATION(S)' / 'DURING PAST 5 YEARS', a full rule, <S>/<C> at the real columns 0, 41 and 69; the
    name over its address lines and the citizenship as the bare last line where the real prints '35 years'; the
    titles one a line (wrapped at 26); the outside occupations '; '-joined wrapping at width + 12 (an officer
    without one: '<titles>, <Org>', as the real's officers give their own post); a full dashed rule after every row
    (the real's). Differs from heldout41 (citizenship in the preamble, no age line's place, columns 38/64), heldout64
    ('Citizen of' line, 'THE COMPANY', '=' rules, columns 41/69 with '1.') and heldout91 ('Citizenship:' label,
    comma-joined titles, 'ANNEX A') in the bare citizenship line with the caption's 'AND CITIZENSHIP', the term
    'REPORTING PERSON', '(1)' numbering and a blank line after the rule when ruled. Page break after an entry's first
    line: '</TABLE>', '<PAGE>' (a form feed without markers), and the caption between its rules if it repeats."""
    org = roster.organization
    rule = "-" * 109
    second = "AND CITIZENSHIP" if options.citizenship else "AND BUSINESS ADDRESS"
    caption = [rule, "  NAME, ADDRESS".ljust(34) + "POSITION(S) HELD WITH".ljust(38) + "PRINCIPAL OCCUPATION(S)",
               ("    " + second).ljust(37) + "REPORTING PERSON".ljust(36) + "DURING PAST 5 YEARS", rule]
    lines = [_page(options), "", centre("EXHIBIT 3", 109), "",
             centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 109), ""]
    lines += wrap_words(f'Set forth below are the name, business address, position(s) held with {org} (the '
                        f'"Reporting Person") and principal occupation of each director and executive officer of '
                        f"the Reporting Person.", 100) + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption
    lines += ["<S>".ljust(41) + "<C>".ljust(28) + "<C>"] if options.markers else []
    for index, person in enumerate(roster.people):
        first = f"({index + 1}) " if options.numbered else ""
        stack = [first + printed_name(person, options)]
        for line in person["address"]:
            stack += wrap_words(line, 39 - len(first), first=" " * len(first), indent=" " * (len(first) + 1))
        if options.citizenship and person["citizenship"]:
            stack += [" " * len(first) + person["citizenship"]]
        titles = []
        for title in person["positions"]:
            titles += wrap_words(title, 26, indent=" ")
        items = person["other_positions"] or ([f"{_and_titles(person['positions'])}, {org}"]
                                              if person["positions"] else [])
        occupation = wrap_words("; ".join(items), max(options.width + 12, 36))
        rows = _grid([stack, titles, occupation], [41, 28, 0])
        if options.page_break_in == index and len(rows) > 1:
            rows = rows[:1] + (["</TABLE>"] if options.markers else []) + [_page(options), ""] + (
                (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption if options.repeat_header else
                (["<TABLE>"] if options.markers else [])) + rows[1:]
        lines += rows + [rule] + ([""] if options.rules else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. Lor Finance 2000: '*' members, address under the name, occupation at 39 -----------------------------------
def _seat(title: str) -> bool:
    return title.casefold() == "director"


def lor_finance_star_members_citizen_line_under_address(roster: Roster,
                                                        options: Options) -> tuple[str, str, list[dict]]:
    """After Lor Finance's Exhibit 7 (dev/text_asterisk_member_nameaddr_lor_finance.txt): '<PAGE>', 'EXHIBIT 4' at
    the right, the centred 'Executive Officers and Members of the Board of Directors' / 'of' / '<ORG>' (the real's
    three lines), the real preamble ('The names of the Members of the Board of Directors and the names and titles
    of the Executive Officers of <Org> and their business addresses and principal occupations are set forth below.
    Unless otherwise indicated, each individual is <a citizen of X>.'), the captions 'NAME AND BUSINESS ADDRESS' |
    'PRINCIPAL OCCUPATION' at 39 without underlines (the real has none); '*  <Name>' for a board member ('Director'
    among the titles; three spaces for the others) over the address lines indented three, 'Citizen of <X>' under
    the address where the preamble does not cover the person; at 39 the other titles '<Title>, <Org>' one a line
    (the real's 'Executive Manager, AXA') then the outside occupations, wrapped at width + 8 (at least 34) under
    themselves; a blank line between persons; the real short rule and '* Director of <Org>'.
    Differs from heldout32 ('(a citizen of ...)' in parentheses, 'EXHIBIT 2', column 40, '1.'), heldout64 (the
    citizenship at the right, 'Directors and Executive Officers', '(1)', column 41) and heldout91 ('Citizenship:'
    for everyone, no default, '<Title> of <Org>') in the heading and caption words, the column 39, the citizenship
    line under the address and '(a)' lettering after the star when numbered. Variants:
    'SURNAME, Given', 11 hyphens between persons when ruled; page break after the address: '<PAGE>', a centred
    '-2-' and the captions again if the header repeats."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    lines = [_page(options), "", "", " " * 71 + "EXHIBIT 4", ""]
    lines += [centre("Executive Officers and Members of the Board of Directors", 84), centre("of", 84),
              centre(org.upper(), 84), ""]
    preamble = (f"The names of the Members of the Board of Directors and the names and titles of the Executive "
                f"Officers of {org} and their business addresses and principal occupations are set forth below.")
    if options.citizenship and default:
        preamble += f" Unless otherwise indicated, each individual is {_is_citizen(default)}."
    lines += wrap_words(preamble, 78, first="      ") + [""]
    caption = ["  NAME AND BUSINESS ADDRESS".ljust(39) + "PRINCIPAL OCCUPATION", ""]
    lines += caption
    letters = "abcdefghijklmnopqrstuvwxyz"
    for index, person in enumerate(roster.people):
        mark = "*" if any(_seat(t) for t in person["positions"]) else " "
        letter = f"({letters[index % 26]}) " if options.numbered else ""
        left = [f"{mark}  {letter}{printed_name(person, options)}"]
        for line in person["address"]:
            left += wrap_words(line, 37, first="   ", indent="    ")
        if options.citizenship and person["citizenship"] and not _covered(person, country, default):
            left += [f"   Citizen of {person['citizenship']}"]
        right = []
        for item in [f"{t}, {org}" for t in person["positions"] if not _seat(t)] + person["other_positions"]:
            right += wrap_words(item, max(options.width + 8, 34), indent=" ")
        rows = _grid([left, right], [39, 0])
        if options.page_break_in == index:
            at = len(left) - (1 if left[-1].startswith("   Citizen of ") else 0)
            rows = rows[:at] + ["", _page(options), centre("-2-", 78), ""] + (
                caption if options.repeat_header else []) + rows[at:]
        lines += rows + [""]
        if options.rules and index < len(roster.people) - 1:
            lines += ["-" * 11, ""]
    lines += ["", "-" * 11, f"* Director of {org}"]
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 3. Motorola 2001: name at the margin, occupation at 23, prose overrides --------------------------------------
def motorola_appendix_two_sections_column_23_prose_overrides(roster: Roster,
                                                             options: Options) -> tuple[str, str, list[dict]]:
    """After Motorola's Appendix I (dev/text_twocol_prose_overrides_motorola.txt): 'APPENDIX II' and 'INFORMATION
    CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>' flush left, the real preamble's sentences ('The
    following table sets forth the name, business address, and principal occupation or employment at the present
    time for each director and executive officer of <Org>. Unless otherwise noted, each such person is <a citizen
    of X>. In addition, unless otherwise noted, each such person's business address is <address>.'; the address
    sentence only where two or more share one); the real sub-heading 'DIRECTORS OF <ORG>' for those with 'Director'
    among their titles (the seat given by the sub-heading, as the real), then 'EXECUTIVE OFFICERS OF <ORG>' for the
    others; the name at the margin and the occupation at the REAL column 23 wrapping at width + 16 (at least 40):
    '<other titles joined "and">, <Org>.' then each outside occupation as a sentence, 'His/Her business address is:
    <address>.' and '<Mr./Ms.> <Surname> is a citizen of <X>.' where not the preamble's (the real's); a blank line
    between persons. Differs from heldout35 ('APPENDIX A', column 25, one defaults sentence, '1.'), heldout67 (one
    list, column 27, '(1)', 20 '*' when ruled) and heldout91 ('SCHEDULE A', captions, column 30, possessive
    sentences) in the exhibit numeral, column 23, '(a)' numbering and a row of '=' under the entry when ruled.
    Page break after an entry's first line: '<PAGE>' (a form feed without markers), '-2-' and 'APPENDIX II
    (continued)' if the header repeats."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    shared = _default_address(roster)
    lines = ["APPENDIX II", "", f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", ""]
    preamble = (f"The following table sets forth the name, business address, and principal occupation or "
                f"employment at the present time for each director and executive officer of {org}.")
    if options.citizenship and default:
        preamble += f" Unless otherwise noted, each such person is {_is_citizen(default)}."
    if shared:
        preamble += (f" In addition, unless otherwise noted, each such person's business address is "
                     f"{', '.join(shared)}.")
    lines += wrap_words(preamble, 70) + ["", ""]
    directors = [p for p in roster.people if any(_seat(t) for t in p["positions"])]
    officers = [p for p in roster.people if p not in directors]
    order = directors + officers
    width = max(options.width + 16, 40)
    letters = "abcdefghijklmnopqrstuvwxyz"
    for section, people in ((f"DIRECTORS OF {org.upper()}", directors),
                            (f"EXECUTIVE OFFICERS OF {org.upper()}", officers)):
        if not people:
            continue
        lines += wrap_words(section, 78) + [""]
        for person in people:
            index = order.index(person)
            name = (f"({letters[index % 26]}) " if options.numbered else "") + printed_name(person, options)
            others = [t for t in person["positions"] if not _seat(t)]
            text = []
            if others:
                text += [f"{_and_titles(others)}, {org}."]
            text += [other if other.endswith(".") else other + "." for other in person["other_positions"]]
            his = "Her" if _honorific(person) == "Ms." else "His"
            if person["address"] and list(person["address"]) != shared:
                text += [f"{his} business address is: {', '.join(person['address'])}."]
            if options.citizenship and person["citizenship"] and not _covered(person, country, default):
                text += [f"{_honorific(person)} {_surname(person)} is a citizen of {person['citizenship']}."]
            body = wrap_words("  ".join(text), width) or [""]
            rows = _grid([[name], body], [23, 0])
            if options.page_break_in == index:
                rows = rows[:1] + ["", _page(options), " " * 36 + "-2-", ""] + (
                    ["APPENDIX II (continued)", ""] if options.repeat_header else []) + [" " * 23 + r for r in body[1:]]
            lines += rows + [""]
            if options.rules:
                lines += ["=" * 23, ""]
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 4. St. Paul Travelers 2004: the HTML table saved as text, every cell between '|' lines -------------------------
def st_paul_pipe_cells_four_columns_citizens_except(roster: Roster,
                                                    options: Options) -> tuple[str, str, list[dict]]:
    """After St. Paul Travelers' Exhibit 1 as saved to text (dev/html_as_text_pipes_truncated_cells_st_paul_
    travelers.txt): 'EXHIBIT A', 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>' at the margin, the real preamble on
    one long line ('The names and present principal occupations of the directors and executive officers of <Org>
    are set forth below.' the real five-year sentence, then 'All of the individuals listed below are citizens of
    <X>, except <Name>, who is a citizen of <Y>.'), the organisation's name, then every cell between a '|' line
    before and after, its lines one a line (the real save), FOUR cells a row Name | Position | Present Principal
    Occupation | Business Address (the real's first four; no share columns), the titles 'A, B and C', the outside
    occupations '; '-joined and wrapped at options.width + 20 ('<titles>, <Org>' for a person without one, the
    real's), the address lines whole, nothing between rows. Differs from heldout29 (HTML, six columns, 'SCHEDULE
    I'), heldout70 (six cells with shares and transactions, '; '-joined titles, 'EXHIBIT 1') and heldout94 (a
    Citizenship cell, no default, a blank line after every row) in the four cells, the 'A, B and C' titles and the
    exhibit letter. Variants: '1.' before the name, 'SURNAME, Given', a blank line after each row when ruled; a
    page break after an entry's first cell: '<PAGE>' (a form feed without markers), 'A-2' and the label cells
    again if the header repeats."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    lines = ["EXHIBIT A", "DIRECTORS AND EXECUTIVE OFFICERS OF", org.upper()]
    preamble = (f"The names and present principal occupations of the directors and executive officers of {org} are "
                f"set forth below. During the last five years, none of the individuals has been convicted in any "
                f"criminal proceeding (excluding traffic violations and similar misdemeanors) or has been a party "
                f"to any civil proceeding of a judicial or administrative body as a result of which such person was "
                f"or is subject to a judgment, decree or final order enjoining future violations of, or prohibiting "
                f"or mandating activities subject to, federal or state securities laws or finding violations with "
                f"respect to such laws.")
    if options.citizenship and default:
        said = _is_citizen(default)
        said = said.replace("a citizen of", "citizens of") if said.startswith("a citizen of") else said[2:] + "s"
        others = [f"{p['name']}, who is {_is_citizen(p['citizenship'])}" for p in roster.people
                  if p["citizenship"] and not _covered(p, country, default)]
        preamble += f" All of the individuals listed below are {said}"
        preamble += (", except " + "; ".join(others) + "." if others else ".")
    lines += [preamble, org]

    def cell(values: list[str]) -> list[str]:
        return ["|"] + values + ["|"]

    header = cell(["Name"]) + cell(["Position"]) + cell(["Present Principal Occupation"]) + cell(["Business Address"])
    lines += header
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        items = person["other_positions"] or ([f"{_and_titles(person['positions'])}, {org}"]
                                              if person["positions"] else [])
        occupation = wrap_words("; ".join(items), options.width + 20)
        row = cell([name])
        if options.page_break_in == index:
            row += [_page(options), "A-2"] + (header if options.repeat_header else [])
        row += cell([_and_titles(person["positions"])] if person["positions"] else [])
        row += cell(occupation) + cell(list(person["address"]))
        lines += row + ([""] if options.rules else [])
    return ".txt", _done(lines), _by_default(roster, options)


FAMILIES = {
    "citizens_funds_name_address_citizenship_caption_real_columns":
        citizens_funds_name_address_citizenship_caption_real_columns,
    "lor_finance_star_members_citizen_line_under_address": lor_finance_star_members_citizen_line_under_address,
    "motorola_appendix_two_sections_column_23_prose_overrides":
        motorola_appendix_two_sections_column_23_prose_overrides,
    "st_paul_pipe_cells_four_columns_citizens_except": st_paul_pipe_cells_four_columns_citizens_except,
}

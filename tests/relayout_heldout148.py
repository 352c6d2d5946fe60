"""Held-out re-layout families, hundred-and-forty-eighth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (23:22-23:32 UTC by `date`) by helper session gather148 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family follows ONE real development
roster's layout closely and changes ONE thing a filer of that era could have done differently. The rosters: the
least named in the docstrings of tests/relayout_heldout*.py (siblings together) among those printing names with at
least two of position / occupation / address / citizenship, leaving out those heldout136, 139, 142 and 145 used
(UCSG, Security Capital, Deutsche, Refac, Motorola, Scout, Trilogy, Forstmann, Bollore ...) and E.ON (its matrix
prints positions only): BSCI (8 sets), SBC (9), Citigroup (11) and MetLife (11).

- bsci_fixed5col_narrow_occupation_column_titles_wrap: after BSCI's Exhibit 1.1
  (dev/text_fixed5col_employer_bsci.txt); the ONE change: the 'Present Principal Occupation or Employment' column
  is 17 wide (the real 27), so every title wraps over two to four lines.
- sbc_twocol_narrow_name_column_long_names_wrap: after SBC's Exhibit I (dev/text_twocol_director_paren_sbc.txt);
  the ONE change: the occupation column starts at column 22 (the real 35), so a name longer than 19 characters
  wraps onto a second line of the name column, beside the occupation's second line.
- citigroup_position_caption_country_if_other_than_us_two_lines: after Citigroup's Exhibit 99.A
  (dev/text_name_title_citizenship_citigroup.txt); the ONE change: the second caption reads 'POSITION (AND
  COUNTRY OF CITIZENSHIP, IF OTHER THAN THE UNITED STATES)' over two caption lines (the real 'TITLE (AND
  CITIZENSHIP, IF NOT UNITED STATES)' on one).
- metlife_twocol_nameaddr_citizenship_sentence_after_table: after MetLife's Exhibit 1
  (dev/text_twocol_nameaddr_metlife.txt); the ONE change: the citizenship is said once in a sentence after the
  table ('Each person listed above is a citizen of X[, except ...]'), not in the preamble.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end. Not yet measured.
Expected everywhere: every person's own values in printed order; BSCI and SBC print no citizenship, SBC and
Citigroup no address, Citigroup no outside occupation, so none is expected; a value said once (Citigroup's caption
'if not United States', MetLife's common business address and citizenship sentence) is that person's value; no
citizenship where options.citizenship is False.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from collections import Counter

from relayout import Options, Roster, _wrap_rows, centre, expected, printed_name, wrap_words
from relayout_heldout99 import _wrap


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip(" ") for line in lines).rstrip(" \n") + "\n"


def _name(index: int, person: dict, options: Options) -> str:
    return (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)


def _page(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


def _broken(rows: list[str], block: list[str]) -> list[str]:
    """The page-break lines inside the entry (after its first line), or after it when it has only one line."""
    return rows[:1] + block + rows[1:]


# ---- 1. BSCI: five fixed columns, a narrow occupation column --------------------------------------------------------
def bsci_fixed5col_narrow_occupation_column_titles_wrap(roster: Roster,
                                                        options: Options) -> tuple[str, str, list[dict]]:
    """After BSCI's Exhibit 1.1: 'EXHIBIT 1.1' at the right, the centred 'IDENTITY AND BACKGROUND OF <ORG>'S
    DIRECTORS AND OFFICERS', the real's preamble (names, occupations, names, businesses and addresses of the
    employers), the heading '<Org>'s Directors and Officers', an EDGAR table with the real's two-line caption Name |
    Present Principal / Occupation or Employment | Name of Employer | Principal Business / of Employer | Address of
    Employer, hyphen underlines, '<S>' '<C>' marks; per row the titles with the org as employer, '--' where a cell
    has nothing (the real's), the address wrapping at 21; each outside occupation a row of its own below with '--'
    cells. The ONE change: the occupation column 17 wide (the real 27). No citizenship (the real prints none).
    Variants: '1.'; a hyphen line between rows when ruled; a page break: '</TABLE>', page mark, the caption again."""
    org = roster.organization
    widths = [22, 19, 23, 23, 24]
    caps = [["", "Name"], ["Present Principal", "Occupation or", "Employment"], ["", "", "Name of Employer"],
            ["", "Principal Business", "of Employer"], ["", "", "Address of Employer"]]
    header = ["<TABLE>", "<CAPTION>"] if options.markers else []
    header += _wrap_rows(caps, widths) + ["".join(f"{'-' * (w - 4):<{w}}" for w in widths).rstrip()]
    header += ["<S>" + " " * (widths[0] - 3) + "".join(f"{'<C>':<{w}}" for w in widths[1:]).rstrip()] \
        if options.markers else []
    lines = [f"{'EXHIBIT 1.1':>80}", "", centre(f"IDENTITY AND BACKGROUND OF {org.upper()}'S DIRECTORS AND OFFICERS"),
             ""]
    lines += _wrap("To the knowledge of the Reporting Persons, the following represents the names, present principal "
                   "occupations or employment, and the names, principal businesses and addresses of the employers, "
                   f"of {org}'s directors and officers.", 79) + ["", f"{org}'s Directors and Officers", ""] + header
    for index, person in enumerate(roster.people):
        address = _wrap(", ".join(person["address"]), 21)
        cells = [_wrap(_name(index, person, options), 20), _wrap(" and ".join(person["positions"]), 16),
                 _wrap(org, 20), ["--"], address]
        rows = _wrap_rows(cells, widths)
        for outside in person["other_positions"]:
            rows += [""] + _wrap_rows([[""], _wrap(outside, 16), ["--"], ["--"], ["--"]], widths)
        if options.page_break_in == index and index < len(roster.people) - 1:
            rows = _broken(rows, (["</TABLE>"] if options.markers else []) + [_page(options), f"{'2':>40}", ""]
                           + (header if options.repeat_header else (["<TABLE>"] if options.markers else [])))
        lines += rows + (["-" * 100] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, citizenship=None, country=None) for p in roster.people]
    return ".txt", _done(lines), people


# ---- 2. SBC: two columns, a narrow name column ----------------------------------------------------------------------
def _sbc_rows(index: int, person: dict, options: Options, left: int) -> list[str]:
    text = " and ".join(person["positions"])
    if person["other_positions"]:
        outside = "; ".join(person["other_positions"])
        text = f"{text} ({outside})" if text else outside
    return _wrap_rows([_wrap(_name(index, person, options), left - 3), _wrap(text, options.width + 9)],
                      [left, options.width + 12])


def sbc_twocol_narrow_name_column_long_names_wrap(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After SBC's Exhibit I: 'Exhibit I', 'Page 11 of 12 Pages' at the right, a hyphen rule, the centred title
    'Directors and Executive Officers of <Org>' underlined with hyphens, the heading 'Directors', the real's
    sentence ('Our directors and their principal occupations as of the date hereof are set forth in the following
    table.', here 'Directors and Executive Officers' for all in roster order), the caption 'Name' | 'Present
    Principal Occupation or Employment'; per row the titles joined ' and ', the outside occupations in parentheses
    after them ('Director (Chairman, X)', the real's), wrapping at width + 9. The ONE change: the occupation column at
    22 (the real 35): a name longer than 19 wraps in the name column. No address, no citizenship (the real prints
    neither). Variants: '1.'; hyphens between rows when ruled; a page break: form feed or '<PAGE>', 'Page 12 of 12
    Pages', the caption again if it repeats."""
    org = roster.organization
    left = 22
    title = f"Directors and Executive Officers of {org}"
    caption = [f"{'Name':<{left}}Present Principal Occupation or Employment"]
    lines = ["Exhibit I", f"{'Page 11 of 12 Pages':>80}", "-" * 80, "", "", centre(title, 78),
             centre("-" * len(title), 78), "", ""]
    lines += ["Directors and Executive Officers", ""]
    lines += _wrap("         Our directors and executive officers and their principal occupations as of the date "
                   "hereof are set forth in the following table.", 79) + [""] + caption + [""]
    for index, person in enumerate(roster.people):
        rows = _sbc_rows(index, person, options, left)
        if options.page_break_in == index and index < len(roster.people) - 1:
            rows = _broken(rows, ["", _page(options), f"{'Page 12 of 12 Pages':>80}", "-" * 80, ""]
                           + (caption + [""] if options.repeat_header else []))
        lines += rows + (["-" * 60] if options.rules else [])
    printed = roster.people
    people = [expected(p, org, options, citizenship=None, country=None, address="", address_city=None,
                       address_country=None) for p in printed]
    return ".txt", _done(lines), people


# ---- 3. Citigroup: name | position (country if not US) --------------------------------------------------------------
def citigroup_position_caption_country_if_other_than_us_two_lines(roster: Roster,
                                                                  options: Options) -> tuple[str, str, list[dict]]:
    """After Citigroup's Exhibit 99.A: '<Page>', the centred 'EXHIBIT 99.A' and 'DIRECTORS AND EXECUTIVE OFFICERS OF
    <ORG>', the real's sentence ('Set forth below are the names and titles of ...'), '<Table>' '<Caption>', 'NAME'
    at the margin and the second caption at column 33, '----' underlines, '<S>' '<C>'; per row the name and its
    titles joined ' and ', a country in parentheses after them where the person is not a United States citizen (the
    real's 'Director (Brazil)'). The ONE change: the caption 'POSITION (AND COUNTRY OF CITIZENSHIP, IF' / 'OTHER THAN
    THE UNITED STATES)' on two lines (the real 'TITLE (AND CITIZENSHIP, IF NOT UNITED STATES)'). Only titles (the
    real prints no occupation, no address). Without a citizenship the caption is 'POSITION'. Variants: '1.'; a
    hyphen line between rows when ruled; a page break: '<Page>' (form feed), the caption again if it repeats."""
    org = roster.organization
    cit = options.citizenship
    caps = ["POSITION (AND COUNTRY OF CITIZENSHIP, IF", "OTHER THAN THE UNITED STATES)"] if cit else ["POSITION"]
    header = (["<Table>", "<Caption>"] if options.markers else []) + [f"{'NAME':<33}{caps[0]}"]
    header += [f"{'':<33}{c}" for c in caps[1:]] + [f"{'----':<33}{'-' * max(len(c) for c in caps)}"]
    header += [f"{'<S>':<33}<C>"] if options.markers else []
    lines = ["<Page>" if options.markers else "", "", centre("EXHIBIT 99.A"), "",
             centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"), ""]
    lines += _wrap(f"Set forth below are the names and titles of the Directors and Executive Officers of {org.rstrip('.')}.", 79)
    lines += [""] + header
    people = []
    for index, person in enumerate(roster.people):
        us = person["country"] == "US" or person["citizenship"] is None
        title = " and ".join(person["positions"])
        if cit and not us:
            title += f" ({person['citizenship']})"
        rows = _wrap_rows([_wrap(_name(index, person, options), 31), _wrap(title, options.width + 12)],
                          [33, options.width + 14])
        if options.page_break_in == index and index < len(roster.people) - 1:
            rows = _broken(rows, (["</Table>"] if options.markers else []) + ["", _page(options).replace("PAGE", "Page"),
                                                                               ""]
                           + (header if options.repeat_header else (["<Table>"] if options.markers else [])))
        lines += rows + (["-" * 70] if options.rules else [])
        override = {"other_positions": [], "address": "", "address_city": None, "address_country": None}
        if cit and us:
            override.update(citizenship="United States", country="US")
        people.append(expected(person, org, options, **override))
    lines += ["</Table>"] if options.markers else []
    return ".txt", _done(lines), people


# ---- 4. MetLife: name and address | occupation, the citizenship after the table ------------------------------------
def _the(country: str) -> str:
    return f"the {country}" if country.startswith("United") else country


def _metlife_sentence(people: list[dict]) -> tuple[str, dict[str, str]]:
    """'Each person listed above is a citizen of X[, except A, who is a citizen of Y, ...].' and each name's value."""
    counts = Counter(p["country"] for p in people)
    country = counts.most_common(1)[0][0]
    common = Counter(p["citizenship"] for p in people if p["country"] == country).most_common(1)[0][0]
    values = {p["name"]: (common if p["country"] == country else p["citizenship"]) for p in people}
    others = [p for p in people if p["country"] != country and p["citizenship"]]
    text = f"Each person listed above is a citizen of {_the(common)}"
    if others:
        text += ", except " + "; ".join(f"{p['name']}, who is a citizen of {_the(p['citizenship'])}" for p in others)
    return text + ".", values


def metlife_twocol_nameaddr_citizenship_sentence_after_table(roster: Roster,
                                                             options: Options) -> tuple[str, str, list[dict]]:
    """After MetLife's Exhibit 1: 'Page 11 of 24' and 'EXHIBIT 1' at the right, the centred 'DIRECTORS AND
    EXECUTIVE OFFICERS OF THE FILING PARTIES', the real's preamble ('Set forth below is the name and present
    principal occupation ...'; 'Unless otherwise noted, the business address for each of the directors and
    executive officers is <the address most share>'), the centred 'DIRECTORS AND EXECUTIVE OFFICERS' (the real
    'DIRECTORS', all in roster order here), an EDGAR table 'Name And Business Address' | 'Principal Occupation or Employment' at column 43 with hyphen
    underlines; per row the name and, unless it is the common one, the address lines under it (a line longer than 41 wraps, indented two); the titles joined
    ' and ' then ', <Org>', each outside occupation on lines of its own, wrapping at width + 16. The ONE change: the
    citizenship said once in a sentence after the table (the real's preamble sentence). Variants: '1.'; a hyphen
    line between rows when ruled; a page break: '<PAGE>' (form feed), 'Page 12 of 24', the caption again."""
    org = roster.organization
    addresses = Counter(tuple(p["address"]) for p in roster.people).most_common(1)[0]
    common = addresses[0] if addresses[1] > 1 else None
    text = (f"Set forth below is the name and present principal occupation or employment of each director and "
            f"executive officer of {org.rstrip('.')}.")
    if common:
        text += (" Unless otherwise noted, the business address for each of the directors and executive officers "
                 f"is {', '.join(common)}.")
    caption = ["<TABLE>", "<CAPTION>"] if options.markers else []
    caption += [f"{'Name And Business Address':<43}Principal Occupation or Employment",
                f"{'-' * 25:<43}{'-' * 34}"] + ([f"{'<S>':<43}<C>"] if options.markers else [])
    lines = [f"{'Page 11 of 24':>79}", "", f"{'EXHIBIT 1':>79}", "", "",
             centre("DIRECTORS AND EXECUTIVE OFFICERS OF THE FILING PARTIES", 78), ""] + _wrap(text, 79)
    lines += ["", "", centre("DIRECTORS AND EXECUTIVE OFFICERS", 90), ""] + caption + [""]
    for index, person in enumerate(roster.people):
        left = _wrap(_name(index, person, options), 41)
        own = [] if tuple(person["address"]) == common else person["address"]
        left += [piece for line in own for piece in _wrap(line, 41, "  ")]
        right = _wrap(" and ".join(person["positions"]) + f", {org}", options.width + 16)
        right += [piece for other in person["other_positions"] for piece in _wrap(other, options.width + 16)]
        rows = _wrap_rows([left, right], [43, options.width + 18])
        if options.page_break_in == index and index < len(roster.people) - 1:
            rows = _broken(rows, (["</TABLE>"] if options.markers else []) + [_page(options), f"{'Page 12 of 24':>79}", ""]
                           + (caption if options.repeat_header else (["<TABLE>"] if options.markers else [])))
        lines += rows + (["-" * 79] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    printed = roster.people
    values: dict[str, str] = {}
    if options.citizenship:
        sentence, values = _metlife_sentence(printed)
        lines += [""] + wrap_words(sentence, 79)
    people = [expected(p, org, options, **({"citizenship": values[p["name"]]} if values else {})) for p in printed]
    return ".txt", _done(lines), people


FAMILIES = {
    "bsci_fixed5col_narrow_occupation_column_titles_wrap": bsci_fixed5col_narrow_occupation_column_titles_wrap,
    "sbc_twocol_narrow_name_column_long_names_wrap": sbc_twocol_narrow_name_column_long_names_wrap,
    "citigroup_position_caption_country_if_other_than_us_two_lines":
        citigroup_position_caption_country_if_other_than_us_two_lines,
    "metlife_twocol_nameaddr_citizenship_sentence_after_table": metlife_twocol_nameaddr_citizenship_sentence_after_table,
}

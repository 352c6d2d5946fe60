"""Held-out re-layout families, eighty-fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (10:25-10:28 UTC by `date`) by helper session gather85 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family prints the people of the
development rosters the way ONE real development roster prints its own, with only the small differences two law
firms' filings show (widths, label words taken from other real rosters, heading and preamble wording, name order
and case, numbering and separators, page breaks):

- citigroup_title_paren_country_occupation_table: Citigroup's Exhibit 99.A <Table> NAME | TITLE (AND CITIZENSHIP,
  IF NOT <DEFAULT>), with a third column PRESENT PRINCIPAL OCCUPATION (IDT's caption words) for outside occupations.
- sbc_director_paren_occupation_address_column: SBC's Exhibit I Name | Present Principal Occupation or Employment
  without table tags ('Director (<occupation>)'), one list for everyone, a Business Address column, and the
  citizenship in a closing sentence naming the exceptions.
- national_grid_stacked_title_lines_address_label: National Grid's Exhibit A blocks (a name line, one line per
  title, one per outside occupation), each with an 'Address:' label and its lines stacked, the citizenship in the
  introduction with the exceptions named.
- security_capital_company_column_titles_stacked: Security Capital's Exhibit 1 five-column <TABLE> (caption title,
  full dashed rule, <S>/<C> row, captions), titles stacked one a line, no rule between persons, the citizenship in a
  sentence above the table.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py). tests/test_relayout_families.py only checks that each prints the people it expects;
nothing here says anything about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import textwrap

from relayout import Options, Roster, _full_stop, _wrap_rows, centre, expected, printed_name
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout23 import _others_by_default
from relayout_heldout26 import _and_titles
from relayout_heldout29 import _citizenship_by_default


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [""]


def _name(index: int, person: dict, options: Options) -> str:
    return (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _citizens_sentence(roster: Roster, opening: str) -> str:
    """'<opening> citizens of the United States[, except A, who is a citizen of Canada].' (plural opening)"""
    default, _country = _most_common_citizenship(roster)
    others = _others_by_default(roster)
    single = _is_citizen(default)
    plural = ("citizens of" + single[len("a citizen of"):] if single.startswith("a citizen of")
              else single[len("a "):] + "s")
    return f"{opening} {plural}" + (f", except {_named_exceptions(others)}." if others else ".")


def _by_default(roster: Roster, options: Options) -> list[dict]:
    org = roster.organization
    return [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]


# ---- 1. Citigroup: <Table> NAME | TITLE (AND CITIZENSHIP, IF NOT ...) | PRESENT PRINCIPAL OCCUPATION ----------------
def citigroup_title_paren_country_occupation_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citigroup's Exhibit 99.A (tests/data/rosters_real/dev/text_name_title_citizenship_citigroup.txt,
    https://www.sec.gov/Archives/edgar/data/1116616/000104746904034282/a2146269zex-99_a.txt): '<Page>', the
    centred exhibit number, 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', the real one-sentence preamble's kind,
    a <Table><Caption> with '----' under each caption word, <S>/<C>, the name column 33 wide, the titles joined by
    'and', a citizenship other than the default in parentheses after the titles, nothing between rows. Differs:
    'EXHIBIT 99.1', one organisation, the preamble's words ('names, titles and present principal occupations'),
    a third column 'PRESENT PRINCIPAL OCCUPATION' (IDT's and UCSG's caption words; outside occupations '; '-joined,
    wrapping at options.width; '--' where none), the title column 34 wide wrapping under itself; variants '1.'
    numbering, 'SURNAME, Given', a dashed rule between rows, no tags without markers; a page break
    (options.page_break_in) after that person's row closes the table, a centred '2', <Page>, and the caption again
    when options.repeat_header. No address is printed (none expected)."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    widths = [33, 36, options.width + 4]
    label = f"TITLE (AND CITIZENSHIP, IF NOT {default.upper()})" if options.citizenship else "TITLE"
    cells = [["NAME", "----"], _wrap(label, 34) + ["-" * min(len(label), 34)],
             ["PRESENT PRINCIPAL", "OCCUPATION", "-" * 17]]
    depth = max(len(c) for c in cells)
    caps = _wrap_rows([[""] * (depth - len(c)) + c for c in cells], widths)
    caption = (["<Table>", "<Caption>"] if options.markers else []) + caps
    caption += [f"{'<S>':<33}{'<C>':<36}<C>"] if options.markers else []
    lines = (["<Page>", ""] if options.markers else []) + [centre("EXHIBIT 99.1"), "",
                                                           centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"),
                                                           ""]
    lines += textwrap.wrap(_full_stop(f"Set forth below are the names, titles and present principal occupations of "
                                      f"the Directors and Executive Officers of {org}"), 80) + [""] + caption
    for index, person in enumerate(roster.people):
        title = _and_titles(person["positions"]) if person["positions"] else ""
        if options.citizenship and not _covered(person, country, default):
            title = f"{title} ({person['citizenship']})".strip()
        work = "; ".join(person["other_positions"]) or "--"
        lines += _wrap_rows([_wrap(_name(index, person, options), 31, "  "), _wrap(title or "--", 34, "  "),
                             _wrap(work, options.width + 2, "  ")], widths)
        if options.rules:
            lines.append("-" * (sum(widths) - 2))
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</Table>"] if options.markers else []) + ["", centre("2"), "<Page>" if options.markers
                                                                   else "\f", ""]
            lines += caption if options.repeat_header else (["<Table>"] if options.markers else [])
    lines += ["</Table>"] if options.markers else []
    people = [expected(p, org, options, address=None, address_city=None, address_country=None,
                       **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", _done(lines), people


# ---- 2. SBC: Name | 'Director (<occupation>)' | Business Address, no table tags, citizenship after the list -------
def sbc_director_paren_occupation_address_column(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After SBC Communications' Exhibit I (tests/data/rosters_real/dev/text_twocol_director_paren_sbc.txt,
    https://www.sec.gov/Archives/edgar/data/889949/000073271702000036/exhibit1hug.txt): 'Exhibit I' and a page
    line at the right over an 80-dash rule, a centred title underlined by dashes, an indented one-sentence
    preamble, then columns without table tags and without blank lines between persons, the second column
    '<titles> (<outside occupations>)' as the real 'Director (Chairman ..., Beneventure Capital)', wrapping under
    itself. Differs: 'Exhibit A', one list for everyone (no 'Directors' sub-heading), a third column 'Business
    Address' (IDT's word) with the address lines stacked, the column widths (33 | options.width + 10 | 32), the
    preamble's words, and a closing sentence giving the citizenship with the exceptions named (the real one prints
    none); variants '1.' numbering, 'SURNAME, Given', a dashed rule between persons; a page break
    (options.page_break_in) after the person ends the page ('Page 12 of 13 Pages' header on the next) and repeats
    the column labels when options.repeat_header."""
    org = roster.organization
    widths = [33, options.width + 10, 32]
    labels = _wrap_rows([["Name"], ["Present Principal Occupation or", "Employment"], ["Business Address"]],
                        widths)

    def page_head(number: int) -> list[str]:
        return [f"Exhibit A{f'Page {number} of 13 Pages':>70}", "-" * 80, ""]

    title = f"Directors and Executive Officers of {org}"
    lines = page_head(11) + ["", centre(title), centre("-" * len(title)), "", ""]
    lines += _wrap(f"         The directors and executive officers of {org}, their present principal occupations "
                   "or employment and their business addresses as of the date hereof are set forth in the following "
                   "table.", 80) + [""] + labels + [""]
    for index, person in enumerate(roster.people):
        titles, work = _and_titles(person["positions"]), "; ".join(person["other_positions"])
        text = f"{titles} ({work})" if titles and work else (titles or work or "--")
        lines += _wrap_rows([_wrap(_name(index, person, options), 31, "  "), _wrap(text, options.width + 8, " "),
                             person["address"] or ["--"]], widths)
        if options.rules:
            lines.append("-" * 80)
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", "\f"] + page_head(12) + ((labels + [""]) if options.repeat_header else [])
    if options.citizenship:
        lines += [""] + _wrap(_citizens_sentence(roster, "         All of the persons named above are"), 80)
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 3. National Grid: name line, title lines, occupation lines, 'Address:' with stacked lines -------------------
def national_grid_stacked_title_lines_address_label(roster: Roster,
                                                    options: Options) -> tuple[str, str, list[dict]]:
    """After National Grid USA Service Company's Exhibit A (tests/data/rosters_real/dev/text_stacked_name_title_
    lines_postamble_address_national_grid.txt, https://www.sec.gov/Archives/edgar/data/71339/000007133901000002/
    0003.txt): '<PAGE>', 'EXHIBIT A' towards the right, an introduction ending in a colon, the organisation's name
    on its own line, then blank-line-separated blocks of a name line, one line per title held ('Vice President,
    <Org>' as the real prints it) and one line per outside occupation, flush left, long lines wrapping flush left.
    Differs: the introduction's words, which give the citizenship with the exceptions named (the real one prints
    none), and an 'Address:' line (Canopy's and Micron's labelled address kind) in each block, its further lines
    indented under the first (the real gives the shared address after the list); the block indented four spaces
    in the numbered variant under '1.'; variants 'SURNAME, Given', a short dashed rule between blocks; a page break
    (options.page_break_in) after the person's name line, '<PAGE>' (a form feed without markers) and
    'EXHIBIT A (continued)' when options.repeat_header."""
    org = roster.organization
    pad = "    " if options.numbered else ""
    intro = ("Names, positions, corporate affiliations and business addresses of the directors and officers of "
             f"{org}")
    if options.citizenship:
        intro = _full_stop(intro) + " " + _citizens_sentence(roster, "All of them are")[:-1]
    intro += ":"
    lines = (["<PAGE>"] if options.markers else []) + [f"{'EXHIBIT A':>64}", "", ""] + _wrap(intro, 78)
    lines += ["", org, ""]
    for index, person in enumerate(roster.people):
        block = [_name(index, person, options)]
        if options.page_break_in == index:
            block += ["", "<PAGE>" if options.markers else "\f"]
            block += [f"{'EXHIBIT A (continued)':>64}", ""] if options.repeat_header else [""]
        rows = [f"{title}, {org}" for title in person["positions"]] + list(person["other_positions"])
        rows = [piece for row in rows for piece in _wrap(row, 78 - len(pad))]
        address = person["address"] or ["--"]
        rows += [f"Address: {address[0]}"] + [f"         {line}" for line in address[1:]]
        lines += block + [pad + row for row in rows] + (["-" * 10] if options.rules else []) + [""]
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 4. Security Capital: five-column <TABLE>, caption title, titles stacked, no rule between persons ------------
def security_capital_company_column_titles_stacked(roster: Roster,
                                                   options: Options) -> tuple[str, str, list[dict]]:
    """After Security Capital U.S. Realty's Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_multi_entity_
    security_capital.txt, https://www.sec.gov/Archives/edgar/data/893577/000089882200000676/0002.txt): 'Exhibit 1',
    a <TABLE> whose <CAPTION> holds the organisation's name in capitals and 'DIRECTORS AND OFFICERS INFORMATION'
    centred, a full dashed rule, the <S>/<C> row and only then the captions NAME | COMPANY | POSITION | BUSINESS
    ADDRESS | PRINCIPAL OCCUPATION (the last on two lines, bottom-aligned), a full rule, each cell wrapping under
    itself, the address lines stacked. Differs: 'Exhibit 3', a sentence above the table giving the citizenship with
    the exceptions named, the titles stacked one a line (not '/'-joined), the widths (20 | 28 | 24 | 30 |
    options.width + 2), the occupation the outside ones ('--' where none), a blank line between persons and no
    rule after each (a dashed rule after each in the ruled variant); variants '1.' numbering, 'SURNAME, Given',
    no tags without markers; a page break (options.page_break_in) after the person's first line closes the
    table, '<PAGE>' (a form feed without markers), 'Exhibit 3 (continued)' and a new table with the caption again
    when options.repeat_header."""
    org = roster.organization
    widths = [20, 28, 24, 30, options.width + 2]
    full = sum(widths)
    tags = options.markers
    markers = "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths)).rstrip()
    caption = ["", centre(org.upper(), full), "", centre("DIRECTORS AND OFFICERS INFORMATION", full), "", "-" * full]
    caption += ([markers] if tags else []) + _wrap_rows(
        [["", "     NAME"], ["", "       COMPANY"], ["", "   POSITION"], ["", "  BUSINESS ADDRESS"],
         ["PRINCIPAL", "OCCUPATION"]], widths) + ["-" * full]
    head = (["<TABLE>", "<CAPTION>"] if tags else []) + caption
    lines = ["Exhibit 3", ""]
    if options.citizenship:
        lines += _wrap(_citizens_sentence(roster, "All of the persons listed below are"), 78) + [""]
    lines += head + [""]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_name(index, person, options), widths[0] - 2, "  "), _wrap(org, widths[1] - 2, "  "),
                 [piece for t in person["positions"] for piece in _wrap(t, widths[2] - 2, "  ")] or ["--"],
                 [piece for a in person["address"] for piece in _wrap(a, widths[3] - 2, "  ")] or ["--"],
                 [piece for o in person["other_positions"] for piece in _wrap(o, widths[4] - 2, "  ")] or ["--"]]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</TABLE>"] if tags else []) + ["", "<PAGE>" if tags else "\f", "Exhibit 3 (continued)",
                                                          ""] + (["<TABLE>"] if tags else []) + (
                ((["<CAPTION>"] if tags else []) + caption) if options.repeat_header else [])
        lines += rows + (["-" * full] if options.rules else [""])
    lines += ["</TABLE>"] if tags else []
    return ".txt", _done(lines), _by_default(roster, options)


FAMILIES = {"citigroup_title_paren_country_occupation_table": citigroup_title_paren_country_occupation_table,
            "sbc_director_paren_occupation_address_column": sbc_director_paren_occupation_address_column,
            "national_grid_stacked_title_lines_address_label": national_grid_stacked_title_lines_address_label,
            "security_capital_company_column_titles_stacked": security_capital_company_column_titles_stacked}

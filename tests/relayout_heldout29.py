"""Held-out re-layout families, twenty-ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (09:03-09:10 UTC by `date`) by helper session gather29 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third, twenty-fourth and twenty-sixth sets, each family here is a CLOSE VARIANT
OF ONE REAL DEVELOPMENT ROSTER'S OWN LAYOUT (a file in tests/data/rosters_real/dev/, named in the family's
docstring with its sec.gov address), four real rosters none of those sets used (MSDW OIP Investors 2004, Security
Capital U.S. Realty 2000, Scout Capital 2001, The St. Paul Travelers Companies 2004): the other persons printed the
way that filing prints its own, with only the small differences two filings by different law firms show - column
widths and which column wraps, the header's label words (taken from other real rosters), the heading and preamble
wording, name order and case, a numbering or separator style, where the page breaks fall - and no layout feature
the real filings do not have. They measure how the reader does on the kind of annex a user's next filing most
likely has. Each docstring lists the choices in which the family differs from its real model; each family differs
from every earlier family (tests/relayout.py, tests/relayout_heldout5..28.py) in at least two of those choices.
They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them
once (benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, _full_stop, _wrap_rows, centre, expected, printed_name
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout23 import _others_by_default, _shared_address
from relayout_heldout26 import _SEAT, _and_titles, _lines, _numbered, _seat_by_heading, _wrap


def _citizenship_sentence(roster: Roster, opening: str) -> str:
    """'<opening> a citizen of the United States[, except A, who is a citizen of Canada].' - the default the most
    people hold, the others named."""
    default, _country = _most_common_citizenship(roster)
    others = _others_by_default(roster)
    return f"{opening} {_is_citizen(default)}" + (f", except {_named_exceptions(others)}." if others else ".")


def _citizenship_by_default(person: dict, roster: Roster, options: Options) -> dict:
    """The expected citizenship where a preamble gives the default and names the exceptions: the default as printed
    on those it covers, an exception's own (what the sentence naming him prints); none where nothing is printed."""
    if not options.citizenship:
        return {"citizenship": None, "country": None}
    default, country = _most_common_citizenship(roster)
    return {"citizenship": default, "country": country} if _covered(person, country, default) else {}


def _non_seat(person: dict) -> list[str]:
    return [title for title in person["positions"] if title not in _SEAT]


# ---- 1. MSDW OIP Investors: DIRECTORS / POSITION and OFFICERS / POSITION sections, defaults in the preamble -------
def _board_only(person: dict) -> bool:
    """A board member whose titles are board titles ('Chair of the Board'), listed with the directors."""
    return (not any(t in _SEAT for t in person["positions"]) and "board of directors" in person["bodies"]
            and "executive officers" not in person["bodies"])


def _sections(roster: Roster) -> list[tuple[str, list[tuple[dict, str]]]]:
    """('DIRECTORS', [(person, 'Director'), ...]), ('OFFICERS', [(person, 'Vice President and Secretary'), ...]); a
    person who is both is listed in both, as MSDW lists its own."""
    directors, officers = [], []
    for person in roster.people:
        if any(t in _SEAT for t in person["positions"]):
            directors.append((person, "Director"))
        elif _board_only(person):
            directors.append((person, _and_titles(person["positions"])))
        if _non_seat(person) and not _board_only(person):
            officers.append((person, _and_titles(_non_seat(person))))
    return [(label, rows) for label, rows in (("DIRECTORS", directors), ("OFFICERS", officers)) if rows]


def _shared_occupation(roster: Roster) -> str | None:
    """The one outside occupation every person of the roster has (MSDW: 'officer of Morgan Stanley & Co.
    Incorporated'), else None: the layout prints an occupation only where the preamble can give it for all."""
    first = roster.people[0]["other_positions"]
    if len(first) == 1 and all(p["other_positions"] == first for p in roster.people):
        return first[0]
    return None


def _with_article(occupation: str) -> str:
    if occupation[:1].islower():
        return ("an " if occupation[0] in "aeiou" else "a ") + occupation
    return occupation


def _section_header(label: str, width: int, indent: int, options: Options) -> list[str]:
    """'DIRECTORS     POSITION', the labels underlined by dashes in the ruled variant."""
    lines = [f"{'':{indent}}{label:<{width}}POSITION"]
    return lines + ([f"{'':{indent}}{'-' * len(label):<{width}}--------"] if options.rules else [])


def title_sections_preamble_defaults(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MSDW OIP Investors' Exhibit 3 (tests/data/rosters_real/dev/text_sections_directors_officers_msdw_oip_
    2004.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1065860/000095012304000402/y93268a1exv99w3.txt):
    '<PAGE>', a centred exhibit line and title, a preamble that defines a short name for the organisation and gives
    the principal occupation everyone shares, the default business address ('If no address is given, ...') and the
    citizenship; then two sections without table tags, 'DIRECTORS' / 'TITLE' and 'OFFICERS' / 'TITLE', each a list
    of indented name | title pairs without blank lines, a person who is both director and officer listed in both.
    Differs from the real one in: 'SCHEDULE B' and the title's word order ('DIRECTORS AND EXECUTIVE OFFICERS OF
    <ORG>'); the preamble's wording (the defined term '(the "Company")'; the shared occupation given only where
    every person of the roster has the same one, otherwise no occupation printed; the default address only where
    two or more share it; the exceptions to the citizenship named, IDT's way, where the real one has none); the
    column label 'POSITION' (IDT's word) for 'TITLE'; an address other than the default printed on the lines under
    the name, indented, where the person first appears (MetLife's way; the real one has none to print); a board
    member without the title 'Director' listed with the directors by his board title ('Chair of the Board'); the
    officers' titles joined 'A, B and C' and wrapping at options.width + 6 under themselves; the columns (names
    from column 6, positions from column 44); '1.' numbering running through both sections in the numbered
    variant; 'SURNAME, Given' in the upper_last_first variant; the labels underlined by dashes and a dashed line
    closing each section in the ruled variant; no citizenship sentence where the variant prints none; a page
    break (options.page_break_in) after that person's last line, the page number centred, <PAGE> (a form feed
    without markers) and the section's labels again with '(continued)' if the header repeats."""
    org = roster.organization
    default = _shared_address(roster)
    occupation = _shared_occupation(roster)
    indent, column, width = 6, 44, options.width + 6
    lines = ["<PAGE>", "", centre("SCHEDULE B"), "", centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"),
             ""]
    preamble = (f"The names of the directors and the names and positions of the executive officers of {org} (the "
                f"\"Company\") are set forth below.")
    if occupation:
        preamble += (" The present principal occupation of each of the persons listed below is "
                     + _full_stop(_with_article(occupation)))
    if default:
        preamble += (" If no business address is given, the business address of the director or executive officer "
                     "is " + _full_stop(", ".join(default)))
    preamble += " Unless otherwise indicated, each position set forth opposite a name refers to the Company"
    preamble += " and " + _citizenship_sentence(roster, "each individual is") if options.citizenship else "."
    lines += _wrap(preamble, 79) + [""]
    sections = _sections(roster)
    order = list(dict.fromkeys(p["name"] for _label, rows in sections for p, _title in rows))
    last_row = {p["name"]: (label, i) for label, rows in sections for i, (p, _title) in enumerate(rows)}
    shown: set[str] = set()
    for label, rows in sections:
        header = _section_header(label, column - indent - 7, indent + 7, options)
        lines += header + [""]
        for row, (person, title) in enumerate(rows):
            left = _wrap(_numbered(order.index(person["name"]), printed_name(person, options), options),
                         column - indent - 2)
            if person["name"] not in shown and person["address"] != default:
                left += ["  " + line for line in _lines(person["address"], column - indent - 4)]
            shown.add(person["name"])
            lines += _wrap_rows([left, _wrap(title, width)], [column - indent, width], " " * indent)
            if (options.page_break_in == roster.people.index(person) and last_row[person["name"]] == (label, row)
                    and row < len(rows) - 1):
                lines += ["", centre("B-2"), "<PAGE>" if options.markers else "\f", ""]
                lines += _section_header(f"{label} (continued)", column - indent - 7, indent + 7, options) + [
                    ""] if options.repeat_header else []
        lines += ([f"{'':{indent}}{'-' * (column - indent + width)}"] if options.rules else []) + [""]
    people = [_seat_by_heading(p, org, options, other_positions=[occupation] if occupation else [],
                               **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 2. Security Capital: EDGAR <TABLE> NAME | COMPANY | POSITION | BUSINESS ADDRESS | PRINCIPAL OCCUPATION -------
_SC_WIDTHS = [22, 30, 21, 31]     # + the occupation column, options.width - 6


def _slashed(titles: list[str]) -> str:
    """'Director/Managing Director' as Security Capital joins a person's titles; '; ' where a title holds a '/'."""
    return ("; " if any("/" in t for t in titles) else "/").join(titles)


def _sc_caption(widths: list[int]) -> list[str]:
    heads = [["", "NAME"], ["", "COMPANY"], ["POSITION WITH", "COMPANY"], ["", "BUSINESS ADDRESS"],
             ["PRESENT PRINCIPAL", "OCCUPATION"]]
    return _wrap_rows([[h.center(w - 2) for h in head] for head, w in zip(heads, widths)], widths)


def company_position_five_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Security Capital U.S. Realty's Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_multi_entity_
    security_capital.txt, sec.gov https://www.sec.gov/Archives/edgar/data/893577/000089882200000676/0002.txt):
    'Exhibit 1', then an EDGAR <TABLE> whose <CAPTION> holds the organisation's name and a title centred, a dashed
    rule across the page, the <S>/<C> row and only then the column captions (the last over two lines) and another
    rule; five columns NAME | COMPANY | POSITION | BUSINESS ADDRESS | PRINCIPAL OCCUPATION, every cell wrapping under
    itself (the titles joined by '/', 'Director/Managing' / '   Director'), the address lines one under another, the
    occupation the person's outside one or, for an officer without one, his title again; a blank line and a dashed
    rule across the page after every person. No citizenship and no preamble. Differs from the real one in: one
    organisation (the real one lists two, a person serving both on two lines); 'Exhibit 2' and the title
    'DIRECTORS AND EXECUTIVE OFFICERS' for 'DIRECTORS AND OFFICERS INFORMATION'; the captions 'POSITION WITH' /
    'COMPANY' and 'PRESENT PRINCIPAL' / 'OCCUPATION' (Scout Capital's words) over two lines; the column widths (22 |
    30 | 21 | 31 | options.width - 6) and every caption centred; a director without an outside occupation or other
    title 'Director' in the occupation column (the real one prints 'Retired' for such a man); '1.' before the name
    in the numbered variant; 'SURNAME, Given' in the upper_last_first variant; a rule of one dashed segment per
    column, without the blank line, in the ruled variant; no tags without markers; a page break
    (options.page_break_in) after the entry's second line, the page number centred, <PAGE> (a form feed without
    markers) and the captions between their rules again if the header repeats."""
    org = roster.organization
    widths = _SC_WIDTHS + [options.width - 6]
    total = sum(widths)
    rule = " ".join("-" * (w - 1) for w in widths) if options.rules else "-" * total
    caption = _sc_caption(widths)
    lines = ["Exhibit 2", "", ""] + (["<TABLE>", "<CAPTION>"] if options.markers else []) + [
        "", centre(org.upper(), total), "", centre("DIRECTORS AND EXECUTIVE OFFICERS", total), "", "-" * total]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths)).rstrip())
    lines += caption + ["-" * total, ""]
    for index, person in enumerate(roster.people):
        occupation = person["other_positions"] or [_and_titles(_non_seat(person) or person["positions"])]
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 _wrap(org, widths[1] - 2),
                 _wrap(_slashed(person["positions"]), widths[2] - 2, subsequent_indent="   "),
                 _lines(person["address"], widths[3] - 2), _lines(occupation, widths[4])]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", centre("2", total), "<PAGE>" if options.markers else "\f", ""] + (
                ["-" * total] + caption + ["-" * total, ""] if options.repeat_header else [])
        lines += rows + ([rule] if options.rules else ["", rule])
    lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, citizenship=None, country=None) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 3. Scout Capital: <Table> No. | NAME (title under it) | CITIZENSHIP | BUSINESS ADDRESS | OCCUPATION ---------
def _scout_widths(options: Options) -> list[int]:
    return [6, 34, 16 if options.citizenship else 0, 30, options.width - 4]


def _scout_header(widths: list[int], options: Options) -> list[str]:
    heads = [["", ""], ["", "NAME"], ["COUNTRY OF", "CITIZENSHIP"], ["", "BUSINESS ADDRESS"],
             ["PRESENT PRINCIPAL", "OCCUPATION"]]
    used = [(h, w) for h, w in zip(heads, widths) if w]
    rows = _wrap_rows([head for head, _w in used], [w for _h, w in used])
    return rows + [_scout_rule(widths, options)]


def _scout_rule(widths: list[int], options: Options) -> str:
    """Scout's rule of one dashed segment per column; one unbroken dashed line in the ruled variant."""
    if options.rules:
        return "-" * (sum(widths) - 1)
    return " ".join("-" * (w - 1) for w in widths if w)


def numbered_stacked_title_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital's Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_capital.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1025863/000091205701544973/a2067023zex-1.txt): '<Page>', a
    centred 'EXHIBIT I' and a two-line title, then a <Table> whose <Caption> holds the column captions ('PRESENT
    PRINCIPAL' / 'OCCUPATION' over two lines) over a rule of one dashed segment per column, the <S>/<C> row, and per
    person: the row number '1.' in a column of its own, the name with '<titles> of <Org>' stacked under it
    (wrapping, 'Director and Officer' / 'of Scout Capital Corp.'), the citizenship, the address lines, the
    occupation (wrapping; for an officer without an outside occupation his title, the organisation and its
    address under it); the segmented rule and a blank line after every person. Differs from the real one in:
    'SCHEDULE A' and the title 'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>'; a preamble
    sentence (the real one has none); the caption 'COUNTRY OF' / 'CITIZENSHIP' (Novo's words); the column widths (6
    | 34 | 16 | 30 | options.width - 4) and every cell left-aligned (the real one centres some); the citizenship as
    the country's name where the roster gives one; '(1)' for '1.' in the numbered variant; 'SURNAME, Given' in the
    upper_last_first variant; one unbroken dashed line for the segments in the ruled variant; no tags without
    markers; no citizenship column where the variant prints none; a page break (options.page_break_in) after the
    entry's first line, the page number centred, <Page> (a form feed without markers) and the captions again if
    the header repeats."""
    org = roster.organization
    widths = _scout_widths(options)
    header = _scout_header(widths, options)
    title = "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS"
    lines = ["<Page>", "", centre("SCHEDULE A"), "", centre(title), centre(f"OF {org.upper()}"), ""]
    says = "citizenship, business address" if options.citizenship else "business address"
    lines += _wrap(_full_stop(f"The following table sets forth the name, position, {says} and present principal "
                              f"occupation of each director and executive officer of {org}"), 78,
                   initial_indent=" " * 5) + [""]
    lines += (["<Table>", "<Caption>"] if options.markers else []) + header
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        mark = f"({index + 1})" if options.numbered else f"{index + 1}."
        name = [printed_name(person, options)] + _wrap(f"{_and_titles(person['positions'])} of {org}", widths[1] - 2)
        occupation = _lines(person["other_positions"], widths[4] - 1) or (
            _lines([_and_titles(_non_seat(person) or person["positions"]), org], widths[4] - 1)
            + _lines(person["address"], widths[4] - 1))
        cells = [[mark], name, _wrap(person["citizenship"], widths[2] - 2) if options.citizenship else [],
                 _lines(person["address"], widths[3] - 2), occupation]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], [w for w in widths if w])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", centre("A-2"), "<Page>" if options.markers else "\f", ""] + (
                header if options.repeat_header else [])
        lines += rows + [_scout_rule(widths, options), ""]
    lines += ["</Table>"] if options.markers else []
    people = [expected(p, org, options) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 4. St. Paul Travelers: HTML Name | Position | Occupation | Address | Shares | Transactions -------------------
_LEGAL = ("During the last five years, none of the individuals listed below has been convicted in a criminal "
          "proceeding (excluding traffic violations or similar misdemeanors) or has been a party to a civil proceeding "
          "of a judicial or administrative body of competent jurisdiction as a result of which such person was or is "
          "subject to a judgment, decree or final order enjoining future violations of, or prohibiting or mandating "
          "activities subject to, federal or state securities laws or finding any violation with respect to such "
          "laws.")


def _travelers_cell(lines: list[str], options: Options, style: str) -> str:
    escaped = [html.escape(line) for line in lines]
    body = "".join(f"<p style=\"margin:0pt\">{line}</p>" for line in escaped) if options.markers else \
        "<br>".join(escaped)
    return f"<td valign=\"top\"{style}>{body or '&nbsp;'}</td>"


def html_position_shares_transactions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The St. Paul Travelers Companies' Exhibit 1 (tests/data/rosters_real/dev/html_as_text_pipes_truncated_
    cells_st_paul_travelers.txt, sec.gov https://www.sec.gov/Archives/edgar/data/896861/000110465904038925/
    a04-14599_1ex1.htm, an HTML exhibit stored as text), printed as the HTML table it was filed as: 'EXHIBIT 1' and
    'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>' centred, a preamble (the names and occupations are set forth below;
    the five-year legal sentence; 'All of the individuals listed below are citizens of the United States.'), the
    organisation's name above its table, a header row of six cells Name | Position | Present Principal Occupation |
    Business Address | Shares of Common Stock Beneficially Owned | Description of any Transactions, and per person
    one row: the name, the titles held in the organisation in one cell, the outside occupation (for an officer
    without one his titles and the organisation), the address lines, '0' shares and 'None'. Differs from the real
    one in: one organisation (the real exhibit names four); 'SCHEDULE I' for 'EXHIBIT 1'; the preamble's wording
    and the citizenship sentence naming the exceptions, IDT's way ('..., except A, who is a citizen of Canada');
    the header's label words in bold ('Name' | 'Position with <Org>' | 'Present Principal Occupation or
    Employment' | 'Business Address' | 'Number of Shares Beneficially Owned' | 'Transactions in the Past Sixty
    Days'); the titles joined 'A, B and C'; each occupation on a line of its own, an officer's as '<titles>,' /
    '<Org>'; '-0-' for '0'; every line of a cell in its own <p> (markers) or apart by <br>; '1.' before the name
    in the numbered variant; 'SURNAME, Given' in the upper_last_first variant; a rule under every row in the ruled
    variant; no citizenship sentence where the variant prints none; a page break (options.page_break_in) closing
    the table after that person's row, a page number, and the table going on, its header row repeated if it
    repeats."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation or Employment", "Business Address",
             "Number of Shares Beneficially Owned", "Transactions in the Past Sixty Days"]
    header = "<tr>" + "".join(f"<td valign=\"bottom\" style=\"border-bottom:1px solid #000000\"><b>"
                              f"{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        titles = _non_seat(person) or person["positions"]
        occupation = person["other_positions"] or [f"{_and_titles(titles)},", org]
        cells = [[_numbered(index, printed_name(person, options), options)], [_and_titles(person["positions"])],
                 occupation, person["address"], ["-0-"], ["None"]]
        rows.append("<tr>" + "".join(_travelers_cell(cell, options, style) for cell in cells) + "</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\">{''.join(t)}</table>"
             for t in tables]
    body = "<p align=\"center\">I-2</p><p style=\"page-break-before:always\">&nbsp;</p>".join(parts)
    preamble = (f"The names and present principal occupations of the directors and executive officers of {org} are "
                f"set forth below. {_LEGAL}")
    if options.citizenship:
        preamble += " " + _citizenship_sentence(roster, "Each of the individuals listed below is")
    text = (f"<html><body><p align=\"center\"><b>SCHEDULE I</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF<br>{html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>"
            f"<p><b>{html.escape(org)}</b></p>{body}</body></html>")
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".htm", text, people


FAMILIES = {"title_sections_preamble_defaults": title_sections_preamble_defaults,
            "company_position_five_columns": company_position_five_columns,
            "numbered_stacked_title_table": numbered_stacked_title_table,
            "html_position_shares_transactions": html_position_shares_transactions}

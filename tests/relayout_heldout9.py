"""Held-out re-layout families, ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 by helper session gather9 (issue 13), BLIND: without reading the roster reader's code,
without running kg, the benchmark or any reader on these layouts, and without seeing any extraction output.
Each family renders the people of the development rosters the way a real roster named in its docstring could
have printed them (the real files are listed in tests/data/rosters_real/SOURCES.md); the one layout feature
each family adds, which no earlier family has, is said plainly. They are held out: tests/relayout.py adds
FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once (benchmarks/bench_rosters.py) and
they become development families after that measurement. tests/test_relayout_families.py only checks that
each prints the people it expects; nothing here says anything about the reader's quality on them.

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import (
    Options,
    Roster,
    _citizen_of,
    _default_address,
    _full_stop,
    _heading,
    _numbered,
    _occupation,
    _wrap_rows,
    default_citizenship,
    expected,
    printed_name,
)


def _listed(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'; items holding commas of their own are separated by ';' ('A; B; and C')."""
    if len(items) < 2:
        return "".join(items)
    if any("," in item for item in items):
        return f"{'; '.join(items[:-1])}; and {items[-1]}"
    return f"{', '.join(items[:-1])} and {items[-1]}"


# ---- 1. one paragraph per BODY, not per person ----------------------------------------------------------
def _body_sentences(roster: Roster) -> list[str]:
    """'The Board of Directors of X consists of A, B and C, each of whom is a Director of X.', a sentence for
    board members with other board titles, and 'The executive officers of X are C, President; and D,
    Vice-President.' (the titles other than Director); anybody in neither body is named with his titles last."""
    org = roster.organization
    board = [p for p in roster.people if "board of directors" in p["bodies"]]
    directors = [p for p in board if "Director" in p["positions"]]
    sentences, stated = [], {id(p): ["Director"] for p in directors}
    if directors:
        sentences.append(f"The Board of Directors of {org} consists of {_listed([p['name'] for p in directors])}, "
                         f"{'each of whom' if len(directors) > 1 else 'who'} is a Director of {_full_stop(org)}")
    groups = [("the other members of the Board of Directors", [p for p in board if p not in directors]),
              ("the executive officers", [p for p in roster.people if "executive officers" in p["bodies"]]),
              ("the other persons named in this Schedule", [p for p in roster.people if p not in board
                                                            and "executive officers" not in p["bodies"]])]
    for what, people in groups:
        entries = []
        for person in people:
            titles = [t for t in person["positions"] if t not in stated.get(id(person), [])]
            stated[id(person)] = stated.get(id(person), []) + titles
            if titles:
                entries.append(f"{person['name']}, {' and '.join(titles)}")
        if entries:
            joined = f"{'; '.join(entries[:-1])}; and {entries[-1]}" if len(entries) > 1 else entries[0]
            sentences.append(_full_stop(f"{what[0].upper()}{what[1:]} of {org} are {joined}"))
    return sentences


def body_paragraphs(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the preambles of Forstmann Little's Schedule I (tests/data/rosters_real/dev/text_centered_names_gp_
    preamble_forstmann_little.txt: one prose paragraph giving role, occupation, address and citizenship for
    everyone) and the two body sections of MSDW OIP Investors (dev/text_sections_directors_officers_msdw_oip_
    2004.txt: a 'DIRECTORS' and an 'OFFICERS' list of the same people). The feature added: the whole roster
    is plain sentences, one paragraph per BODY and not per person: 'The Board of Directors of X consists of A,
    B and C, each of whom is a Director of X. The executive officers of X are C, President; and D,
    Vice-President.', then a paragraph of the occupations of the directors who are not officers ('A,
    <occupation>; B, <occupation>, and <occupation>'), then the citizenship ('Each of the persons named above
    is a citizen of Canada, except A, who is a citizen of France.') and the business address ('... is <the
    common one>, except that the business address of A is <his own>'). A person in two bodies is named in
    both sentences; nobody is a paragraph of their own."""
    org = roster.organization
    width = options.width + 40
    paragraphs = [" ".join(_body_sentences(roster))]
    others = [f"{p['name']}, {', and '.join(p['other_positions'])}" for p in roster.people if p["other_positions"]]
    if others:
        paragraphs.append(_full_stop(f"The present principal occupation or employment of each of the following "
                                     f"persons, other than the positions with {org} stated above, is: "
                                     f"{'; '.join(others[:-1])}{'; and ' if len(others) > 1 else ''}{others[-1]}"))
    # the citizenship sentence covers everyone, so it is printed only where everyone's is known
    citizenship = options.citizenship and all(p["citizenship"] for p in roster.people)
    if citizenship:
        default = default_citizenship(roster)
        odd = [f"{p['name']}, who is a citizen of {_citizen_of(p['citizenship'])}" for p in roster.people
               if p["citizenship"] != default]
        paragraphs.append(_full_stop(f"Each of the persons named above is a citizen of {_citizen_of(default)}"
                                     + (f", except {' and '.join(odd)}" if odd else "")))
    address = _default_address(roster)
    own = [f"the business address of {p['name']} is {', '.join(p['address'])}" for p in roster.people
           if p["address"] != address]
    paragraphs.append(_full_stop(f"The business address of each of the persons named above is {', '.join(address)}"
                                 + (f", except that {_listed(own)}" if own else "")))
    lines = [_heading(org, options).rstrip("\n"), ""]
    for index, paragraph in enumerate(paragraphs):
        lines += textwrap.wrap(paragraph, width, initial_indent="     ", break_on_hyphens=False) + [""]
        if options.page_break_in is not None and index == 1 and len(paragraphs) > 2:
            lines += ["<PAGE>", "", f"{'-2-':>42}", ""]
    people = [expected(p, org, options) if citizenship else expected(p, org, options, citizenship=None, country=None)
              for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 2. address before name, and the column header repeated on every page ----------------------------
def address_first_repeated_header(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the fixed-width annexes of Scout Capital (tests/data/rosters_real/dev/text_numbered_stacked_title_
    scout_capital.txt: no. | name | citizenship | address | occupation, dashed rows) and the multi-page tables
    of Castlerigg (dev/text_grid4col_citizenship_castlerigg.txt: a <PAGE> between two captioned tables). The
    features added: the columns are in an unusual order, BUSINESS ADDRESS | NAME | CITIZENSHIP | PRESENT
    PRINCIPAL OCCUPATION, so every row starts with the first address line and the name is the second
    column; and every page holds two entries, the table closed, a page number and <PAGE>, then the title
    '(continued)' and the two-line column caption printed again, as typesetters repeat a table header on
    every page. A page break inside an entry (options.page_break_in) continues the entry's wrapped cells
    under the repeated caption, without its name."""
    org = roster.organization
    widths = [6 if options.numbered else 0, 34, 26, 16 if options.citizenship else 0, max(options.width, 24) + 2]
    heads = [["", "", "", "", "Present Principal"],
             ["", "Business Address", "Name", "Citizenship", "Occupation or Employment"]]
    caption = [_wrap_rows([[h] for h, w in zip(head, widths) if w], [w for w in widths if w])[0] for head in heads]
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in widths if w).rstrip())
    markers = ["<S>", "<C>", "<C>", "<C>", "<C>"] if options.numbered else ["", "<S>", "<C>", "<C>", "<C>"]
    opening = ["<TABLE>", "<CAPTION>", *caption, "</CAPTION>"]
    if options.markers:
        opening.append("".join(f"{m:<{w}}" for m, w in zip(markers, widths) if w).rstrip())
    page = 1

    def new_page(continued: bool) -> list[str]:
        nonlocal page
        page += 1
        title = f"     DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()} (continued)"
        return ["</TABLE>", "", f"{page - 1:>40}", "", "<PAGE>", "", title, ""] + (
            opening if (options.repeat_header or not continued) else ["<TABLE>"])

    lines = [_heading(org, options).rstrip("\n"), "", *opening]
    for index, person in enumerate(roster.people):
        if index and index % 2 == 0:
            lines += new_page(False)
        cells = [[f"{index + 1}."] if options.numbered else [],
                 [piece for line in person["address"] for piece in textwrap.wrap(line, widths[1] - 2)],
                 textwrap.wrap(printed_name(person, options), widths[2] - 2),
                 textwrap.wrap(person["citizenship"] or "", widths[3] - 2) if options.citizenship else [],
                 textwrap.wrap(_occupation(person, org), widths[4] - 2, break_on_hyphens=False)]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], [w for w in widths if w])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = new_page(True)
        lines += rows + (["-" * sum(widths)] if options.rules else [""])
    lines += ["</TABLE>", "", f"{page:>40}"]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. HTML: a bulleted list of 'Label: value' items per person, abbreviated and misspelt labels --------
def bulleted_label_lists(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the labelled blocks of Micron (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Name:',
    'Business Address:', 'Principal Occupation:') and Canopy (dev/labelled_occupation_canopy.txt), printed as
    HTML the way word processors save a bulleted list. The feature added: each person is a bold name
    paragraph followed by a <ul> whose <li> items are 'Label: value' pairs, the labels abbreviated as
    typists do ('Pres. Princ. Occ.:', 'Citizen.' in bold without a colon, 'Bus. Addr.:' with <br> between
    the address lines), one of them misspelt for every other person ('Principle Occupation:'), and items
    left out: no occupation item where the person has none outside the organisation, no address item where
    the address is the preamble's ('Unless otherwise indicated, the business address of each person listed
    below is ...', which the expected people carry)."""
    org = roster.organization
    default = _default_address(roster)
    parts = [f"<html><body><p align=center><b>ANNEX A</b></p><p align=center><b>DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p><p>Unless otherwise indicated, the business address of each person "
             f"listed below is {html.escape(', '.join(default))}.</p>"]
    for index, person in enumerate(roster.people):
        items = [f"<li>Pos. with {html.escape(org)}: {html.escape('; '.join(person['positions']))}</li>"]
        if person["other_positions"]:
            label = "Principle Occupation:" if index % 2 else "Pres. Princ. Occ.:"
            items.append(f"<li>{label} {html.escape('; '.join(person['other_positions']))}</li>")
        if options.citizenship and person["citizenship"]:
            items.append(f"<li><b>Citizen.</b> {html.escape(person['citizenship'])}</li>")
        if person["address"] != default:
            items.append(f"<li>Bus. Addr.: {'<br>'.join(html.escape(line) for line in person['address'])}</li>")
        name = html.escape(_numbered(index, printed_name(person, options), options))
        parts.append(f"<p><b>{name}</b></p><ul>{''.join(items)}</ul>")
        if options.page_break_in == index:
            parts.append("<p style=\"page-break-before:always\">&nbsp;</p>")
        elif options.rules:
            parts.append("<p style=\"border-bottom:1px solid #000000\">&nbsp;</p>")
    parts.append("</body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


# ---- 4. a PDF table whose columns come out of the text tool one after another, as blocks ----------------
def pdf_column_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Bear Stearns roster (tests/data/rosters_real/dev/text_fixed5col_employer_bsci.txt: Name |
    occupation | employer | business address, each cell wrapping on its own) as a PDF-to-text tool without
    a layout mode prints a typeset table: the feature added is that each COLUMN comes out as one block, its
    caption first, then its cells in row order, one cell per paragraph (a blank line after each cell, the
    wrapped lines of a cell together): all names, then all positions, then all other occupations ('—' for an
    empty cell, as the typeset table prints it), then all citizenships, then all addresses. Nothing on a line
    ties it to its person except the order. A page break (options.page_break_in) ends the page after that
    entry: the next page prints its own column blocks, with the captions again if options.repeat_header."""
    org = roster.organization
    width = max(options.width, 24)
    pages = [roster.people]
    at = options.page_break_in
    if at is not None and at + 1 < len(roster.people):
        pages = [roster.people[:at + 1], roster.people[at + 1:]]
    lines = [f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", ""]
    for number, people in enumerate(pages):
        first = sum(len(p) for p in pages[:number])
        columns = [("Name", [[_numbered(first + i, printed_name(p, options), options)] for i, p in enumerate(people)]),
                   (f"Position with {org}", [textwrap.wrap("; ".join(p["positions"]), width, break_on_hyphens=False)
                                             for p in people]),
                   ("Present Principal Occupation", [textwrap.wrap("; ".join(p["other_positions"]), width) or ["\u2014"]
                                                     for p in people])]
        if options.citizenship:
            columns.append(("Citizenship", [[p["citizenship"] or "\u2014"] for p in people]))
        columns.append(("Business Address", [list(p["address"]) for p in people]))
        for caption, cells in columns:
            lines += ([caption, ""] if number == 0 or options.repeat_header else [])
            for cell in cells:
                lines += cell + [""]
        if number + 1 < len(pages):
            lines += [f"{number + 1}", "\f"]
    lines.append(f"{len(pages)}")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"body_paragraphs": body_paragraphs, "address_first_repeated_header": address_first_repeated_header,
            "bulleted_label_lists": bulleted_label_lists, "pdf_column_blocks": pdf_column_blocks}

"""Held-out re-layout families, thirty-seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (11:58-12:10 UTC by `date`) by helper session gather37 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it. They are
held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap
from collections import Counter

from relayout import Options, Roster, _citizen_of, _full_stop, _heading, _wrap_rows, expected, printed_name

_SUFFIXES = ("JR", "SR", "II", "III", "IV")
_PARTICLES = ("de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le")


def _fill(items: list[str], width: int, indent: str = " ") -> list[str]:
    """Each item wrapped at `width` (no word broken, not even at a hyphen), its continuation lines indented."""
    return [piece for item in items for piece in textwrap.wrap(item, width, subsequent_indent=indent,
                                                              break_long_words=False, break_on_hyphens=False)]


def _page_mark(options: Options, number: int = 2) -> list[str]:
    return ["", f"{'-' + str(number) + '-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""]


# ---- 1. prose whose values are paired with the names only by their order: '..., respectively' -------------------
def _listed(items: list[str], semicolons: bool = False) -> str:
    """'A', 'A and B', 'A, B and C'; with semicolons (items that hold commas) 'A; B; and C'."""
    if len(items) == 1:
        return items[0]
    if semicolons:
        return "; ".join(items[:-1]) + "; and " + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _names(people: list[dict], options: Options) -> str:
    printed = [printed_name(p, options) for p in people]
    return _listed(printed, semicolons=options.upper_last_first)


def _values(values: list[str]) -> str:
    return _listed(values, semicolons=any("," in v for v in values) or any(" and " in v for v in values))


def _grouped(people: list[dict], key) -> tuple[list[tuple[str, list[dict]]], list[dict]]:
    """People sharing one value (in order of first use) and those whose value no one else has."""
    counts = Counter(key(p) for p in people)
    groups: dict[str, list[dict]] = {}
    singles = []
    for person in people:
        if counts[key(person)] > 1:
            groups.setdefault(key(person), []).append(person)
        else:
            singles.append(person)
    return list(groups.items()), singles


def _titles(person: dict) -> str:
    return _listed(person["positions"], semicolons=False)


def _occupations(person: dict) -> str:
    return ", and ".join(person["other_positions"])


def _position_sentences(roster: Roster, options: Options) -> list[str]:
    org = roster.organization
    holders = [p for p in roster.people if p["positions"]]
    groups, singles = _grouped(holders, _titles)
    out = []
    for titles, people in groups:
        out.append(_full_stop(f"Each of {_names(people, options)} is a {titles} of {org}"))
    if len(singles) == 1:
        out.append(_full_stop(f"{_names(singles, options)} is the {_titles(singles[0])} of {org}"))
    elif singles:
        out.append(f"{_names(singles, options)} are the {_values([_titles(p) for p in singles])} of {org}, "
                   f"respectively.")
    return out


def _occupation_sentences(roster: Roster, options: Options) -> list[str]:
    org = roster.organization
    working = [p for p in roster.people if p["other_positions"]]
    if not working:
        return [_full_stop(f"The present principal occupation of each person named above is his or her position with {org}")]
    groups, singles = _grouped(working, _occupations)
    out = []
    for occupation, people in groups:
        out.append(_full_stop(f"The present principal occupation of each of {_names(people, options)}, other than "
                             f"his or her position with {org}, is {occupation}"))
    if len(singles) == 1:
        out.append(_full_stop(f"The present principal occupation of {_names(singles, options)}, other than that "
                             f"position, is {_occupations(singles[0])}"))
    elif singles:
        out.append(f"The present principal occupations of {_names(singles, options)}, other than their positions "
                   f"with {org}, are {_values([_occupations(p) for p in singles])}, respectively.")
    if len(working) < len(roster.people):
        out.append(_full_stop(f"The present principal occupation of each other person named above is his or her "
                             f"position with {org}"))
    return out


def _default_or_respectively(people: list[dict], key, options: Options, shared: str, one: str, many: str,
                             listing: str) -> str:
    """The value most share stated once, the others paired with their names in order."""
    counts = Counter(key(p) for p in people)
    common, times = counts.most_common(1)[0]
    if times < 2:
        return listing.format(names=_names(people, options), values=_values([key(p) for p in people]))
    others = [p for p in people if key(p) != common]
    sentence = shared.format(value=common)
    if len(others) == 1:
        return _full_stop(sentence + one.format(names=_names(others, options), values=key(others[0])))
    if others:
        return _full_stop(sentence + many.format(names=_names(others, options), values=_values([key(p) for p in others])))
    return _full_stop(sentence)


def respectively_field_sentences(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the prose preamble of Forstmann Little & Co.'s Schedule I (tests/data/rosters_real/dev/text_centered_
    names_gp_preamble_forstmann_little.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1084242/
    000089534503000340/exh-99_1.txt: one paragraph giving the role, the occupation, the business address and the
    citizenship of all the persons named, who share them) and Chittenden's paragraphs (dev/prose_chittenden_
    corporation.txt, sec.gov .../792360/000092701602005613/dex991.txt). The feature this family adds (ours;
    Forstmann Little's persons all share one value of each field, and every earlier prose family - body_paragraphs,
    numbered_body_sentences, keyed_item_fields - puts each value next to its person's name or key): the schedule is
    written FIELD BY FIELD in legal prose, and a value that differs from person to person is paired with its person
    ONLY BY ORDER, through 'respectively': 'Marshall A. Cohen and Martin S. Feldstein are the Director; and
    Director and President of <Org>, respectively.', 'The present principal occupations of A, B and C, other than
    their positions with <Org>, are X; Y; and Z, respectively.', 'The business address of each person named above
    is <the common one>, except that the business addresses of A and B are X; and Y, respectively.', 'Each person
    named above is a citizen of the United States, except A and B, who are citizens of Canada and France,
    respectively.' A value shared by several is stated once ('Each of A, B and C is a Director of <Org>.'); a
    person's several titles are listed 'A, B and C', his several outside occupations joined by ', and'; lists of
    values that hold commas (or 'and') are apart by semicolons. With options.upper_last_first the names are printed 'SURNAME, Given' and
    every list of names is apart by semicolons; the numbered variant numbers the field paragraphs '1.' to '4.'; the
    ruled variant runs all the sentences together as ONE paragraph (as Forstmann Little's is); paragraphs wrap at
    twice options.width plus ten; '<PAGE>' above the heading with options.markers. Without a citizenship nothing
    says it."""
    org = roster.organization
    people = roster.people
    address = _default_or_respectively(
        people, lambda p: ", ".join(p["address"]), options,
        "The business address of each person named above is {value}",
        ", except that the business address of {names} is {values}",
        ", except that the business addresses of {names} are {values}, respectively",
        "The business addresses of {names} are {values}, respectively.")
    fields = [_position_sentences(roster, options), _occupation_sentences(roster, options), [address]]
    if options.citizenship:
        fields.append([_default_or_respectively(
            people, lambda p: _citizen_of(p["citizenship"] or ""), options,
            "Each person named above is a citizen of {value}",
            ", except {names}, who is a citizen of {values}",
            ", except {names}, who are citizens of {values}, respectively",
            "{names} are citizens of {values}, respectively.")])
    says = ", business address and citizenship" if options.citizenship else " and business address"
    intro = (f"Set forth below are the name, present position with {org}, present principal occupation{says} of "
             f"each director and executive officer of {org}, as furnished to the reporting person.")
    width = options.width * 2 + 10
    lines = (["<PAGE>", ""] if options.markers else []) + [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(intro, width, initial_indent="     ", break_on_hyphens=False) + [""]
    if options.rules:
        lines += textwrap.wrap(" ".join(s for field in fields for s in field), width, initial_indent="     ",
                               break_on_hyphens=False)
    else:
        for number, field in enumerate(fields):
            lead = f"     {number + 1}.  " if options.numbered else "     "
            lines += textwrap.wrap(" ".join(field), width, initial_indent=lead, break_on_hyphens=False) + [""]
            if options.page_break_in == number and number + 1 < len(fields):
                lines += _page_mark(options)
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in people]


# ---- 2. the surname in CAPITALS, printed after the given names (or first, without a comma) -----------------------
def _capital_surname(name: str, surname_first: bool) -> str:
    """'Laurent Dassault' -> 'Laurent DASSAULT' ('DASSAULT Laurent'); 'Paul Desmarais, Jr.' -> 'Paul DESMARAIS, Jr.'
    ('DESMARAIS Paul, Jr.'); a lower-case particle goes with the surname ('Cedric de BAILLIENCOURT')."""
    words = name.replace(",", "").split()
    suffix = words.pop() if len(words) > 2 and words[-1].rstrip(".").upper() in _SUFFIXES else None
    comma = ", " if suffix and f", {suffix}" in name else " "
    cut = len(words) - 1
    while cut > 1 and words[cut - 1] in _PARTICLES:
        cut -= 1
    given, surname = words[:cut], words[cut:]
    surname = [w if w in _PARTICLES else w.upper() for w in surname]
    printed = surname + given if surname_first else given + surname
    return " ".join(printed) + (f"{comma}{suffix}" if suffix else "")


def given_names_capital_surname(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Lor Finance's Exhibit 7 (tests/data/rosters_real/dev/text_asterisk_member_nameaddr_lor_finance.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/888002/000091205700045726/a2028396zex-99_7.txt: the roster of a
    French company of the AXA group, drafted in Paris) and the Novo Holdings A/S Schedule I (dev/html_as_text_cells_
    multi_entity_novo.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1865494/000138832526000003/ex-99-01242026_
    120118.htm: an HTML table, one row per person, a Danish filer's people of several citizenships). The feature this
    family adds (ours; Lor Finance and Novo print 'Marc Audrin', and every earlier family prints a name either as
    written, all in capitals, or 'SURNAME, Given' with a comma): every name is printed the way French and Japanese
    business documents print it, ONLY THE SURNAME IN CAPITALS - after the given names ('Pei-yuan CHIA', 'Paul
    DESMARAIS, Jr.', a lower-case particle kept with the surname: 'Cedric de BAILLIENCOURT') or, with options.
    upper_last_first, BEFORE them and without a comma ('CHIA Pei-yuan', 'DESMARAIS Paul, Jr.'), so only the capitals
    tell which word is the surname. The expected name is the person's name as the roster writes it. The rest is an
    ordinary HTML table: a heading, a preamble, a header row Name | Position with <Org> | Principal Occupation (outside
    ones, an empty cell where there is none) | Business Address | Citizenship, lines of a cell apart by <br>; the
    numbered variant has a first 'No.' column ('1.'), the ruled variant border="1", the marked variant a <font
    size="2"> in every cell. A page break after entry options.page_break_in ends the table; a new one follows, with
    the header row again if it repeats."""
    org = roster.organization
    heads = ["No."] if options.numbered else []
    heads += ["Name", f"Position with {org}", "Principal Occupation", "Business Address"]
    heads += ["Citizenship"] if options.citizenship else []

    def cell(text: str, bold: bool = False) -> str:
        inner = f"<b>{text}</b>" if bold else text
        inner = f"<font size=\"2\">{inner}</font>" if options.markers and text else inner
        return f"<td valign=\"top\">{inner or '&nbsp;'}</td>"

    opening = f"<table border=\"{1 if options.rules else 0}\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
    header = "<tr>" + "".join(cell(html.escape(h), bold=True) for h in heads) + "</tr>"
    says = ", principal occupation, business address and citizenship" if options.citizenship else \
        ", principal occupation and business address"
    parts = ["<html><body><p align=\"center\"><b>EXHIBIT 7</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>The name, position with {html.escape(org)}{says} of each of the directors and executive officers "
             f"of {html.escape(org)} are set forth below.</p>", opening, header]
    for index, person in enumerate(roster.people):
        values = [f"{index + 1}."] if options.numbered else []
        values += [_capital_surname(person["name"], options.upper_last_first), "<br>".join(person["positions"]),
                   "<br>".join(person["other_positions"]), "<br>".join(person["address"])]
        values += [person["citizenship"] or ""] if options.citizenship else []
        parts.append("<tr>" + "".join(cell("<br>".join(html.escape(piece, quote=False) for piece in v.split("<br>")))
                                      for v in values) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


# ---- 3. a name / office list set in two halves side by side ----------------------------------------------------
def _default(values: list[tuple]) -> tuple:
    return Counter(values).most_common(1)[0][0]


def two_halves_name_office_list(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Harvard College's Exhibit A (tests/data/rosters_real/dev/text_name_office_harvard_college.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/919893/000092701602005845/dex99a.txt: a preamble giving the default
    business address, then a 'Name' | 'Office/Position' list with '----' under each caption word, a blank line
    between rows) and MSDW OIP Investors' long name / title lists (dev/text_sections_directors_officers_msdw_oip_
    2004.txt, sec.gov .../1065860/000095012304000402/y93268a1exv99w3.txt). The feature this family adds (ours; both
    real lists run down the page once, and the earlier side_by_side_blocks sets labelled blocks in two page columns
    and card_grid_html puts two persons' cards in one HTML row, left to right): the typist saved paper by setting the
    two-column list in TWO HALVES SIDE BY SIDE under one caption line that repeats 'Name' / 'Office/Position' twice
    ('Name  Office/Position    Name  Office/Position'), and the persons run DOWN the left half first, then down the
    right half - so a line holds two unrelated persons, the right one from a later part of the roster, and an
    office that wraps in the left half stands beside the right half's name. Each half is a name column (a long name
    wrapping with an indent of two) and an office column (the titles held in <Org> apart by '; ', wrapping); row i
    of the left half and row i of the right half start on the same line, a blank line (a dashed rule across both
    halves in the ruled variant) after each such pair; an odd last person stands alone in the left half. The
    preamble gives the business address and the citizenship most share ('..., except as noted after the list below'
    where someone differs); after the list, one sentence for each person whose address or citizenship differs ('The business address of Marshall A. Cohen is ...', 'Marshall A. Cohen is
    a citizen of Canada.'). No occupation outside <Org> is printed. Variants: 'n.' numbering running down the left
    half then the right; 'SURNAME, Given'; EDGAR <TABLE> and <S> <C> <S> <C> lines with options.markers; a page break
    after the row pair options.page_break_in, with the caption again if it repeats."""
    org = roster.organization
    people = roster.people
    home = _default([tuple(p["address"]) for p in people])
    country = _default([p["citizenship"] for p in people]) if options.citizenship else None
    name_width, title_width, gap = 22, max(options.width - 16, 16), 4
    half = name_width + title_width + 2
    cut = (len(people) + 1) // 2
    left, right = list(enumerate(people[:cut])), list(enumerate(people[cut:], start=cut))

    def block(index: int, person: dict) -> list[str]:
        name = printed_name(person, options)
        name = f"{index + 1}. {name}" if options.numbered else name
        names = _fill([name], name_width - 1, "  ")
        titles = _fill(["; ".join(person["positions"])], title_width) if person["positions"] else []
        return _wrap_rows([names, titles], [name_width + 2, title_width])

    caption_half = f"{'Name':<{name_width + 2}}{'Office/Position':<{title_width}}"
    rule_half = f"{'----':<{name_width + 2}}{'---------------':<{title_width}}"
    caption = [f"{caption_half:<{half + gap}}{caption_half}".rstrip(), f"{rule_half:<{half + gap}}{rule_half}".rstrip()]
    notes = []
    for person in people:
        if tuple(person["address"]) != home:
            notes.append(f"The business address of {person['name']} is {', '.join(person['address'])}.")
        if country and person["citizenship"] != country:
            notes.append(f"{person['name']} is a citizen of {_citizen_of(person['citizenship'])}.")
    says = f" and each such person is a citizen of {_citizen_of(country)}" if country else ""
    preamble = (f"Set forth below are the name and the office or position held with {org} of each of its directors "
                f"and executive officers. The business address of each such person is {', '.join(home)}{says}"
                f"{', except as noted after the list below' if notes else ''}.")
    lines = (["<PAGE>"] if options.markers else []) + [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(preamble, 78, initial_indent="     ", break_on_hyphens=False) + [""]
    lines += (["<TABLE>"] if options.markers else []) + caption
    if options.markers:
        marks = f"{'<S>':<{name_width + 2}}{'<C>':<{title_width}}"
        lines.append(f"{marks:<{half + gap}}{marks}".rstrip())
    lines.append("")
    for row, (one, other) in enumerate(zip(left, right + [None] * (len(left) - len(right)))):
        a = block(*one)
        b = block(*other) if other else []
        for i in range(max(len(a), len(b))):
            lines.append(f"{(a[i] if i < len(a) else ''):<{half + gap}}{b[i] if i < len(b) else ''}".rstrip())
        lines.append("-" * (2 * half + gap) if options.rules else "")
        if options.page_break_in == row and row + 1 < len(left):
            lines += _page_mark(options)[1:] + (caption + [""] if options.repeat_header else [])
    if options.markers:
        lines.append("</TABLE>")
    if notes:
        lines += [""] + textwrap.wrap(" ".join(notes), 78, initial_indent="     ", break_on_hyphens=False)
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options, other_positions=[]) for p in people]


# ---- 4. a fixed-width table whose columns are apart by ONE space ------------------------------------------------
def single_space_gutters(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1086472/000089183601500310/exh7.txt: an EDGAR
    <TABLE> with a <CAPTION> of label words each underlined by its own dashes, Name | Position | Principal Occupation
    | Business Address, cells wrapping under themselves, a blank line between persons). The feature this family adds
    (ours; IDT and every earlier fixed-width family leave two or more spaces between columns): the typesetter made
    every column exactly as wide as its longest line and put ONE SPACE between two columns, so the longest name, a
    title or an address line that fills its column is followed by a single space and the next cell's first word, as
    if it were the next word of the same phrase ('Martin S. Feldstein Director Professor of Economics, ...'); only
    the dashed underlines of the caption (one run of dashes per column, one space between two runs) and the <S>/<C>
    marks show where a column starts. Columns: Name | Position with the Company (the titles, one a line, a long one
    wrapping at 20) | Present Principal Occupation (outside ones, wrapping at options.width) | Business Address (one
    line each, a long one wrapping at 26) | Citizenship; a column is as wide as its widest line or caption word. The
    numbered variant puts 'n.' before the name, the ruled variant a dashed rule across the table after each person;
    <TABLE>, <CAPTION> and the <S>/<C> line with options.markers; a page break (options.page_break_in) after an entry's
    first line, with the caption again if it repeats."""
    org = roster.organization
    cells_of = []
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        cells_of.append([_fill([f"{index + 1}. {name}" if options.numbered else name], 30, "  "),
                         _fill(person["positions"], 20), _fill(person["other_positions"], options.width),
                         _fill(person["address"], 26),
                         [person["citizenship"] or ""] if options.citizenship else []])
    heads = [["Name"], ["Position with", "the Company"], ["Present Principal", "Occupation"], ["Business", "Address"],
             ["Citizenship"] if options.citizenship else []]
    live = [i for i in range(5) if heads[i]]
    widths = {}
    for i in live:
        words = [w for line in heads[i] for w in line.split()]
        widths[i] = max([len(w) for w in words] + [len(line) for cells in cells_of for line in cells[i]])
    heads = {i: [piece for line in heads[i] for piece in textwrap.wrap(line, widths[i])] for i in live}
    bottom = max(len(h) for h in heads.values())

    def row_lines(cells: dict[int, list[str]]) -> list[str]:
        height = max([len(c) for c in cells.values()] + [1])
        return [" ".join(f"{(cells[i][r] if r < len(cells[i]) else ''):<{widths[i]}}" for i in live).rstrip()
                for r in range(height)]

    caption = row_lines({i: [""] * (bottom - len(heads[i])) + heads[i] for i in live})
    caption.append(" ".join("-" * widths[i] for i in live))
    total = sum(widths.values()) + len(live) - 1
    says = ", business address and citizenship" if options.citizenship else " and business address"
    preamble = (f"The name, position with {org} (the \"Company\"), present principal occupation (where other than "
                f"with the Company){says} of each director and executive officer of the Company are set forth below.")
    lines = [_heading(org, options).rstrip("\n"), ""] + textwrap.wrap(preamble, 78, initial_indent="     ", break_on_hyphens=False) + [""]
    if options.markers:
        lines += ["<TABLE>", "<CAPTION>", *caption, "</CAPTION>",
                  " ".join(f"{('<S>' if n == 0 else '<C>'):<{widths[i]}}" for n, i in enumerate(live)).rstrip()]
    else:
        lines += caption
    for index, cells in enumerate(cells_of):
        rows = row_lines({i: cells[i] for i in live})
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_mark(options)[1:] + (caption if options.repeat_header else [])
        lines += [""] + rows
        if options.rules:
            lines.append("-" * total)
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"respectively_field_sentences": respectively_field_sentences,
            "given_names_capital_surname": given_names_capital_surname,
            "two_halves_name_office_list": two_halves_name_office_list,
            "single_space_gutters": single_space_gutters}

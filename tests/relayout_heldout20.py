"""Held-out re-layout families, twentieth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (01:11-02:05 UTC by `date`) by helper session gather20 (issue 13), BLIND: without reading the
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
import re
import textwrap

from relayout import Options, Roster, _full_stop, _heading, _numbered, _page_break, _wrap_rows, expected, printed_name


def _country_phrase(citizenship: str) -> str:
    return "the United States" if citizenship == "United States" else citizenship


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# ---- 1. the citizenship stated once per group, as a sub-heading over the group's entries --------------------------
def citizenship_group_headings(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt: a <TABLE> Name | Position | Principal
    Occupation | Business Address with no citizenship column, the citizenship given for everyone at once in the
    preamble with a named exception) and St. Paul Travelers' Exhibit 1 (dev/html_as_text_pipes_truncated_cells_
    st_paul_travelers.txt, sec.gov .../896861/000110465904038925/a04-14599_1ex1.htm: 'All of the individuals
    listed below are citizens of the United States.'). The feature this family adds (ours; IDT states the
    citizenship in the preamble, before the table, and names its exception there): the people are GROUPED BY
    CITIZENSHIP inside the one table, each group opened by a full-width sub-heading line that states the
    citizenship once for the entries below it ('The following persons are citizens of the United States:', a
    later group 'Each of the following persons is a citizen of Canada:', a group of one 'The following person is
    a citizen of France:'), the groups in the order their first member comes in the roster, each group's people in
    the roster's order (numbered in the printed order in the numbered variant); the entries themselves print no
    citizenship. Without a printed citizenship
    (options.citizenship off) there are no groups, one run of entries. Columns: Name | Position with the Company
    | Present Principal Occupation (outside ones, wrapping at options.width - 4) | Business Address; the caption
    is printed once, dashed underlines; EDGAR <TABLE> and <S>/<C> lines when options.markers; rows apart by a
    blank line (a dashed rule in the ruled variant); a page break (options.page_break_in) after an entry's first
    line, with the caption again if it repeats."""
    org = roster.organization
    widths = [28, 24, max(options.width - 4, 20) + 2, 34]
    caption = _wrap_rows([["", "Name"], ["Position with", "the Company"], ["Present Principal", "Occupation"],
                          ["", "Business Address"]], widths)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip())
    groups: dict[str, list[int]] = {}
    for index, person in enumerate(roster.people):
        key = (person["citizenship"] or "") if options.citizenship else ""
        groups.setdefault(key, []).append(index)
    says = "present principal occupation and business address"
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(f"The following table sets forth the name, position with {org} (the \"Company\"), {says} "
                           f"of each director and executive officer of the Company.", 78)
    lines += ["", "<TABLE>", *caption] if options.markers else ["", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip())
    printed = 0
    for number, (citizenship, members) in enumerate(groups.items()):
        if citizenship:
            country = _country_phrase(citizenship)
            if len(members) == 1:
                heading = f"The following person is a citizen of {country}:"
            elif number == 0:
                heading = f"The following persons are citizens of {country}:"
            else:
                heading = f"Each of the following persons is a citizen of {country}:"
            lines += ([] if lines[-1] == "" else [""]) + [heading, ""]
        for index in members:
            person = roster.people[index]
            cells = [textwrap.wrap(_numbered(printed, printed_name(person, options), options), widths[0] - 2),
                     [piece for title in person["positions"] for piece in textwrap.wrap(title, widths[1] - 2)],
                     [piece for other in person["other_positions"]
                      for piece in textwrap.wrap(other, widths[2] - 2, subsequent_indent=" ")],
                     [piece for line in person["address"] for piece in textwrap.wrap(line, widths[3] - 2)]]
            rows = _wrap_rows(cells, widths)
            if options.page_break_in == index and len(rows) > 1:
                rows[1:1] = _page_break() + (caption if options.repeat_header else [])
            lines += rows
            lines.append("-" * sum(widths) if options.rules else "")
            printed += 1
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. each entry two table rows of different cell counts ------------------------------------------------------
def _cell(lines: list[str], options: Options) -> str:
    if not lines:
        return "&nbsp;"
    if options.markers:
        return "".join(f"<p style=\"margin:0\">{html.escape(line)}</p>" for line in lines)
    return "<br>".join(html.escape(line) for line in lines)


def two_tier_html_rows(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm:
    an HTML table, one row per person under a header row, <p> in the cells) and the multi-line cells of St. Paul
    Travelers' Exhibit 1 (dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt, sec.gov .../896861/
    000110465904038925/a04-14599_1ex1.htm), as a Word table whose five columns did not fit the page, so the
    typist merged cells and gave every entry two tiers. The feature this family adds (ours; both real tables have
    one row per person, and the earlier two_row_html_entries puts only the name alone across its first row): EACH
    PERSON TAKES TWO <tr> OF DIFFERENT CELL COUNTS, whose cell boundaries do not line up: the upper row has three
    cells, Name | Position with <Org> | Citizenship, the lower row two, Present Principal Occupation (colspan=2,
    so it starts under the name) | Business Address (under the citizenship). The header has the same two tiers
    (two rows of <th>, or of bold <td> when options.markers is off). Without a printed citizenship the position
    cell spans two columns (colspan=2). An empty occupation cell is '&nbsp;'. Lines of a cell (titles, outside
    occupations, address lines) are <p style="margin:0"> each when options.markers, else apart by <br>; the
    numbered variant puts 'n.' before the name; the ruled variant a bottom border under each entry's lower row
    (else no borders at all, only a little padding above the upper row). A page break after entry options.
    page_break_in (not the last) ends the table and opens a new one, with the two header rows again if it
    repeats."""
    org = roster.organization
    tag = "th" if options.markers else "td"

    def head(text: str, span: int = 1) -> str:
        spans = f" colspan=\"{span}\"" if span > 1 else ""
        inner = html.escape(text) if options.markers else f"<b>{html.escape(text)}</b>"
        return f"<{tag} align=\"left\" valign=\"bottom\"{spans}>{inner}</{tag}>"

    upper = [head("Name"), head(f"Position with {org}", 1 if options.citizenship else 2)]
    upper += [head("Citizenship")] if options.citizenship else []
    header = (f"<tr>{''.join(upper)}</tr>"
              f"<tr>{head('Present Principal Occupation', 2)}{head('Business Address')}</tr>")
    opening = "<table cellspacing=\"0\" cellpadding=\"2\" style=\"width:100%\">"
    rule = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    intro = _full_stop(f"The name, position with {org}, present principal occupation, business address"
                      f"{' and citizenship' if options.citizenship else ''} of each director and executive officer "
                      f"of {org} are set forth below")
    parts = [f"<html><body><p align=\"center\"><b>SCHEDULE A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
             f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(intro)}</p>", opening, header]
    top = "<td valign=\"top\" style=\"padding-top:8px\">"
    wide = top if options.citizenship else "<td valign=\"top\" style=\"padding-top:8px\" colspan=\"2\">"
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        first = [f"{top}{_cell([name], options)}</td>", f"{wide}{_cell(person['positions'], options)}</td>"]
        if options.citizenship:
            first.append(f"{top}{_cell([person['citizenship']], options)}</td>")
        second = [f"<td valign=\"top\" colspan=\"2\"{rule}>{_cell(person['other_positions'], options)}</td>",
                  f"<td valign=\"top\"{rule}>{_cell(person['address'], options)}</td>"]
        parts += [f"<tr>{''.join(first)}</tr>", f"<tr>{''.join(second)}</tr>"]
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts.append("</table></body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. a 'Name ..... Position' index, then the details in notes keyed by SURNAME only -------------------------
_SUFFIXES = ("JR", "SR", "II", "III", "IV")


def _surname(name: str) -> str:
    words = name.replace(",", "").split()
    if len(words) > 1 and words[-1].rstrip(".").upper() in _SUFFIXES:
        words.pop()
    return words[-1]


def name_index_surname_notes(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the name-and-office list of Harvard College (tests/data/rosters_real/dev/text_name_office_harvard_
    college.txt, sec.gov .../919893/000092701602005845/dex99a.txt: a name and its office per line) and the
    biography paragraphs of Chittenden (dev/prose_chittenden_corporation.txt, sec.gov .../792360/
    000092701602005613/dex991.txt: one paragraph per person), in the way a proxy statement's 'Directors and
    Executive Officers' page is copied into an annex: a short index first, the particulars after it. The feature
    this family adds (ours; Harvard has no particulars, Chittenden one paragraph per person that opens with the
    full name; the earlier dot_leader_title_name puts the title first and the particulars right under each
    entry): a 'Name ........ Position' INDEX of the whole roster (the name in natural order, or 'SURNAME, Given',
    dot leaders to column 40, the titles held in the Company '; '-separated after them and wrapping at
    options.width under themselves), then, under 'ADDITIONAL INFORMATION', one paragraph of particulars per person
    in ALPHABETICAL ORDER OF SURNAME, each opened ONLY BY THE SURNAME in capitals ('CHIA.' - 'CHIA (Pei-yuan).' where
    two people of the roster share a surname), then 'Present principal occupation: ...' (only where the person
    has one outside the Company, several '; '-separated), 'Business address: ...' (its lines joined by ', ') and
    'Citizenship: ...'; so the particulars are tied to the index only by the surname. The numbered variant numbers
    the index ('1.') and not the particulars; the ruled variant puts a dashed rule under the index and between the
    particulars; a page break (options.page_break_in) falls before that person's paragraph of particulars."""
    org = roster.organization
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(f"Set forth below are the name and present position with {org} (the \"Company\") of each "
                           f"director and executive officer of the Company, followed by certain additional "
                           f"information concerning each such person.", 78)
    lines += ["", f"{'Name':<40}Position", f"{'----':<40}--------"]
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        titles = textwrap.wrap("; ".join(person["positions"]), max(options.width, 20))
        leader = f"{name} " + "." * max(3, 38 - len(name)) + " "
        lines.append(leader + titles[0])
        lines += [" " * len(leader) + more for more in titles[1:]]
    lines += ["-" * 78 if options.rules else "", "", f"{'ADDITIONAL INFORMATION':^78}".rstrip(), ""]
    surnames = [_surname(p["name"]) for p in roster.people]
    order = sorted(range(len(roster.people)), key=lambda i: (surnames[i].casefold(), roster.people[i]["name"]))
    for count, index in enumerate(order):
        person = roster.people[index]
        key = surnames[index].upper()
        if surnames.count(surnames[index]) > 1:
            key += f" ({person['name'][:person['name'].rfind(surnames[index])].strip().rstrip(',')})"
        sentences = [f"{key}."]
        if person["other_positions"]:
            sentences.append(_full_stop(f"Present principal occupation: {'; '.join(person['other_positions'])}"))
        sentences.append(_full_stop(f"Business address: {', '.join(person['address'])}"))
        if options.citizenship:
            sentences.append(_full_stop(f"Citizenship: {person['citizenship']}"))
        if options.page_break_in == index and count:
            lines += _page_break()
        lines += textwrap.wrap(" ".join(sentences), 78, initial_indent="     ")
        lines.append("-" * 78 if options.rules and count + 1 < len(order) else "")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. the business address split over Street | City | State | Postal Code | Country cells -------------------
_COUNTRY_NAMES = {"US": "United States", "CA": "Canada", "FR": "France", "GB": "United Kingdom", "DE": "Germany",
                  "JP": "Japan", "CH": "Switzerland", "NL": "Netherlands", "DK": "Denmark", "BM": "Bermuda"}
_US_LINE = re.compile(r"^(?P<city>[^,]+), (?P<state>[A-Za-z. ]+?) (?P<postal>\d{5}(?:-\d{4})?)$")
_CA_LINE = re.compile(r"^(?P<city>[^,]+?),? (?P<state>[A-Za-z.]+(?: [A-Za-z.]+)?) (?P<postal>[A-Z]\d[A-Z] \d[A-Z]\d)$")
_CA_NO_COMMA = re.compile(r"^(?P<city>[^,]+) (?P<state>[A-Z]{2}) (?P<postal>[A-Z]\d[A-Z] \d[A-Z]\d)$")
_EU_LINE = re.compile(r"^(?P<postal>\d{4,5}) (?P<city>[^,]+), (?P<country>[A-Za-z ]+)$")


def _address_parts(person: dict) -> dict:
    """The person's printed address lines as the spreadsheet's cells: the lines before the last as the street,
    the last line split into city, state or province, postal code and country where it reads as one of the
    usual forms; otherwise every line in the street cell and the other cells empty."""
    *street, last = person["address"]
    for pattern in (_CA_NO_COMMA, _US_LINE, _CA_LINE, _EU_LINE):
        found = pattern.match(last)
        if found and found.group("city").strip() == person["address_city"]:
            parts = {"city": found.group("city").strip(), "state": "", "postal": found.group("postal"),
                     "country": _COUNTRY_NAMES.get(person["address_country"] or "", "")}
            for key in ("state", "country"):
                if key in pattern.groupindex:
                    parts[key] = found.group(key).strip()
            return {"street": street, **parts}
    return {"street": list(person["address"]), "city": "", "state": "", "postal": "", "country": ""}


def split_address_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm:
    an HTML table, one row per person under a header row) as a filer prints it from the spreadsheet its directors'
    and officers' questionnaires were collected in, the address kept in the fields EDGAR's own filer records use
    (the SEC header's BUSINESS ADDRESS block, 'STREET 1: / STREET 2: / CITY: / STATE: / ZIP:', as in the header of
    accession 0000905148-16-001767, Japan Smaller Capitalization Fund's N-Q, seen in this session's search). The
    feature this family adds (ours; the real table has one address cell, and the earlier surname_given_columns
    splits the NAME, not the address): the BUSINESS ADDRESS IS SPLIT OVER FIVE CELLS under a spanning 'Business
    Address' header cell - 'Street' (the lines before the last, apart by <br>: a c/o line, the employer, the
    street), 'City', 'State / Province', 'Postal Code' and 'Country' (the country written out, also for the United
    States and Canada, where the roster's own line does not print it) - so the city is a cell of its own and the
    postal code is away from it; an address whose last line does not read as 'City, State 12345', 'City, Province
    A1A 1A1', 'City QC A1A 1A1' or '75008 City, Country' stays whole in the Street cell, the others empty. Other
    columns: Name | Position with <Org> | Present Principal Occupation (outside ones, <br> apart, empty where none)
    | ... | Citizenship; the header is two rows (the spanning 'Business Address' over its five, the others
    rowspan=2); a 'No.' column first in the numbered variant; the ruled variant draws the cell borders; without
    options.markers the header cells are bold <td>, else <th>. The expected address is the printed cells in
    reading order joined by ', '. A page break after entry options.page_break_in (not the last) ends the table;
    a new one follows with its header if it repeats."""
    org = roster.organization
    tag = "th" if options.markers else "td"

    def head(text: str, attrs: str = "") -> str:
        inner = html.escape(text) if options.markers else f"<b>{html.escape(text)}</b>"
        return f"<{tag}{attrs}>{inner}</{tag}>"

    tall = " rowspan=\"2\" valign=\"bottom\""
    first = ([head("No.", tall)] if options.numbered else []) + [
        head("Name", tall), head(f"Position with {org}", tall), head("Present Principal Occupation", tall),
        head("Business Address", " colspan=\"5\" align=\"center\"")] + ([head("Citizenship", tall)]
                                                                        if options.citizenship else [])
    second = [head(h) for h in ("Street", "City", "State / Province", "Postal Code", "Country")]
    header = f"<tr>{''.join(first)}</tr><tr>{''.join(second)}</tr>"
    border = " border=\"1\"" if options.rules else " border=\"0\""
    opening = f"<table{border} cellspacing=\"0\" cellpadding=\"3\" style=\"font-size:9pt\">"
    intro = _full_stop(f"The following table sets forth the name, position with {org}, present principal occupation, "
                      f"business address{' and citizenship' if options.citizenship else ''} of each director and "
                      f"executive officer of {org}")
    parts = [f"<html><body><p align=\"center\"><b>SCHEDULE I</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
             f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(intro)}</p>", opening, header]
    people = []
    for index, person in enumerate(roster.people):
        address = _address_parts(person)
        values = [[f"{index + 1}."]] if options.numbered else []
        values += [[printed_name(person, options)], person["positions"], person["other_positions"],
                   address["street"], *[[address[k]] if address[k] else [] for k in ("city", "state", "postal",
                                                                                    "country")]]
        values += [[person["citizenship"]]] if options.citizenship else []
        cells = ["<br>".join(html.escape(v) for v in cell) or "&nbsp;" for cell in values]
        parts.append("<tr valign=\"top\">" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        printed = address["street"] + [address[k] for k in ("city", "state", "postal", "country") if address[k]]
        people.append(expected(person, org, options, address=", ".join(printed)))
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts.append("</table></body></html>")
    return ".htm", "\n".join(parts) + "\n", people


FAMILIES = {"citizenship_group_headings": citizenship_group_headings,
            "two_tier_html_rows": two_tier_html_rows,
            "name_index_surname_notes": name_index_surname_notes,
            "split_address_columns": split_address_columns}

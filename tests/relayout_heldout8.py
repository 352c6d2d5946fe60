"""Held-out re-layout families, eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 (09:10-09:20 UTC) by helper session gather8 (issue 13), BLIND: without reading the roster
reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in
its docstring could have been printed, and adds ONE layout feature no earlier family has (said plainly in the
docstring). They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead
measures them once (benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them.

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, expected, printed_name
from relayout_heldout7 import _numbered, _side_by_side


def _address_cell(person: dict, width: int) -> list[str]:
    return [piece for line in person["address"] for piece in textwrap.wrap(line, width)]


# ---- 1. one exhibit, the rosters of TWO organisations (Purchaser, then Parent), some people in both -------
def _initials(organization: str) -> str:
    words = [w for w in organization.replace(",", " ").split() if w[0].isupper() and w.rstrip(".") not in
             ("Inc", "Ltd", "Corp", "LLC", "Co")]
    return "".join(w[0] for w in words)


def _purchaser_titles(rank: int) -> list[str]:
    return [["Director", "President"], ["Director", "Secretary"], ["Director", "Vice President and Treasurer"]][rank % 3]


def _org_table(title: str, role: str, entries: list[tuple[dict, list[str]]], options: Options) -> list[str]:
    """One organisation's part: its title, the caption ('Position with <role>'), a fixed-width row group each."""
    width = options.width
    starts = [0, 26, 50, 52 + width, 84 + width]
    caps = [["", "Name"], ["Position with", role], ["Present Principal", "Occupation or Employment"],
            ["Business", "Address"], ["", "Citizenship"] if options.citizenship else ["", ""]]
    lines = [title, "", "<TABLE>", *_side_by_side(caps, starts),
             _side_by_side([["-" * 22], ["-" * 20], ["-" * (width - 2)], ["-" * 28],
                            ["-" * 11] if options.citizenship else []], starts)[0]]
    if options.markers:
        lines.append(_side_by_side([["<S>"], ["<C>"], ["<C>"], ["<C>"], ["<C>"] if options.citizenship else []],
                                   starts)[0])
    for index, (person, titles) in enumerate(entries):
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), 24),
                 [piece for title in titles for piece in textwrap.wrap(title, 22)],
                 [piece for other in person["other_positions"] for piece in textwrap.wrap(other, width)],
                 _address_cell(person, 30), [person["citizenship"]] if options.citizenship else []]
        lines += _side_by_side(cells, starts) + (["-" * (starts[-1] + 14)] if options.rules else [""])
    return lines + ["</TABLE>", ""]


def two_organisation_rosters(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Novo Holdings A/S / Novo Nordisk Foundation Schedule I (tests/data/rosters_real/dev/
    html_as_text_cells_multi_entity_novo.txt, sec.gov .../1865494/000138832526000003/: Steen Riisgaard on both
    boards with different titles) and the Citigroup 2004 exhibit (dev/text_name_title_citizenship_citigroup.txt:
    two consecutive rosters of two organisations), printed as an offer to purchase's Schedule I does: part 1, the
    directors and executive officers of the Purchaser (a subsidiary named '<initials> Acquisition Corp.'), part
    2, those of the Parent (the roster's organisation), each part a fixed-width table Name | Position with Purchaser (or Parent)
    | Present Principal Occupation (outside positions) | Business Address | Citizenship under its own title. The
    feature this family adds: every other person of the Parent (the first included) also sits in the Purchaser's
    roster, with other titles there. Each record's organisation is the one whose part lists it: a person in
    both parts is two records (Parent first in the expected list, in the roster's order, then the Purchaser's)."""
    org = roster.organization
    purchaser = f"{_initials(org)} Acquisition Corp."
    both = roster.people[::2]
    facts = "business address and citizenship" if options.citizenship else "and business address"
    intro = textwrap.wrap(f"Set forth below are the name, position, present principal occupation or employment, "
                          f"{facts} of each director and executive officer of {purchaser} "
                          f"(\"Purchaser\") and of {org} (\"Parent\"). Purchaser is a wholly owned subsidiary of "
                          f"Parent.", 78)
    lines = [" " * 35 + "SCHEDULE I", "", "    INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF",
             "                         PURCHASER AND PARENT", "", *intro, ""]
    lines += _org_table(f"1. DIRECTORS AND EXECUTIVE OFFICERS OF PURCHASER ({purchaser.upper()})", "Purchaser",
                        [(p, _purchaser_titles(rank)) for rank, p in enumerate(both)], options)
    lines += _org_table(f"2. DIRECTORS AND EXECUTIVE OFFICERS OF PARENT ({org.upper()})", "Parent",
                        [(p, list(p["positions"])) for p in roster.people], options)
    people = [expected(p, org, options) for p in roster.people]
    people += [expected(p, purchaser, options, positions=_purchaser_titles(rank),
                        bodies=["board of directors", "executive officers"]) for rank, p in enumerate(both)]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 2. page furniture inside entries: page footer, <PAGE>/form feed, running header with the filer's name --
def running_header_page_furniture(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's 2006 Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov .../909815/
    000095012306004856/y19970a5exv99wa.txt: fixed-width columns, cells wrapping) and Harvard's 2003 Exhibit A
    (heldout4/text_name_office_indented_no_blank_lines_harvard_2003.txt: a 'Page 7 of 8 Pages' footer), an
    exhibit paginated as the typed Schedule 13D it belongs to: Name | Present Principal Occupation or
    Employment | Business Address | Citizenship. The feature this family adds: the page ends INSIDE an entry
    (the entry `options.page_break_in`, else the middle one, after its first line), and between two lines of
    that entry come the page footer ('Page 6 of 8 Pages'), '<PAGE>' (a form feed where there are no EDGAR
    markers) and a running header of three lines - 'SCHEDULE I (continued)', the filer's name in capitals,
    'DIRECTORS AND EXECUTIVE OFFICERS (continued)' - and the column caption again if the header repeats; the
    rest of the entry's cells continue below. Nothing in the furniture is a value of the entry."""
    org = roster.organization
    width = options.width
    starts = [0, 26, 28 + width, 60 + width]
    caps = [["", "Name"], ["Present Principal", "Occupation or Employment"], ["Business", "Address"],
            ["", "Citizenship"] if options.citizenship else ["", ""]]
    header = _side_by_side(caps, starts)
    rule = _side_by_side([["-" * 22], ["-" * (width - 2)], ["-" * 28], ["-" * 11] if options.citizenship else []],
                         starts)[0]
    lines = [" " * 35 + "SCHEDULE I", "", f"        DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", "",
             "<TABLE>", *header, rule]
    split = options.page_break_in if options.page_break_in is not None else len(roster.people) // 2
    for index, person in enumerate(roster.people):
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), 24),
                 textwrap.wrap("; ".join([f"{t} of {org}" for t in person["positions"]] + person["other_positions"]),
                               width), _address_cell(person, 30),
                 [person["citizenship"]] if options.citizenship else []]
        rows = _side_by_side(cells, starts)
        if index == split:
            furniture = ["", "", f"{'Page 6 of 8 Pages':>48}", "<PAGE>" if options.markers else "\f",
                         f"{'SCHEDULE I (continued)':>50}", "", f"{org.upper():^78}".rstrip(),
                         f"{'DIRECTORS AND EXECUTIVE OFFICERS (continued)':^78}".rstrip(), ""]
            rows[1:1] = furniture + ([*header, rule] if options.repeat_header else [])
        lines += rows + (["-" * (starts[-1] + 14)] if options.rules else [""])
    lines += ["</TABLE>", "", "", f"{'Page 7 of 8 Pages':>48}"]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. HTML: colspan section rows and rowspan cells shared by consecutive people ----------------------------
def _runs(values: list[str]) -> list[int]:
    """For each row, how many rows its cell spans (0: covered by a cell above)."""
    spans = [0] * len(values)
    start = 0
    for row in range(1, len(values) + 1):
        if row == len(values) or values[row] != values[start]:
            spans[start] = row - start
            start = row
    return spans


def _span(rows: int) -> str:
    return f" rowspan=\"{rows}\" valign=middle" if rows > 1 else ""


def html_colspan_rowspan(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: section rows 'Directors' / 'Executive Officers (Who Are Not Directors)') and the Ariel Capital
    Schedule I (sec.gov .../764762/000092735600001800/0004.txt), where most people share the firm's one
    address. One HTML table Name | Position with <Org> | Present Principal Occupation | Citizenship | Business
    Address, with section rows spanning every column ('EXECUTIVE OFFICERS', then 'DIRECTORS WHO ARE NOT
    EXECUTIVE OFFICERS'; a section with nobody is left out). The feature this family adds: a citizenship or
    business-address cell equal to that of the next person(s) of the same section is printed ONCE, with a
    rowspan over all of them (the covered rows have no such cell), so a row holds fewer cells than the header.
    Rows are printed by section, so the printed order may differ from the roster's (the expected list keeps
    the roster's order); the address lines of a cell are separated by <br>."""
    org = roster.organization
    sections = [("EXECUTIVE OFFICERS", [p for p in roster.people if "executive officers" in p["bodies"]]),
                ("DIRECTORS WHO ARE NOT EXECUTIVE OFFICERS",
                 [p for p in roster.people if "executive officers" not in p["bodies"]])]
    heads = ["Name", f"Position with {org}", "Present Principal Occupation"]
    heads += ["Citizenship"] if options.citizenship else []
    heads += ["Business Address"]
    style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    parts = [f"<html><body><p align=center><b>SCHEDULE I</b></p><p align=center><b>DIRECTORS AND EXECUTIVE "
             f"OFFICERS OF {html.escape(org.upper())}</b></p><table border=1 cellpadding=2><tr>"
             + "".join(f"<td><b>{html.escape(h)}</b></td>" for h in heads) + "</tr>"]
    number = 0
    for title, members in sections:
        if not members:
            continue
        parts.append(f"<tr><td colspan=\"{len(heads)}\" align=center><b><i>{title}</i></b></td></tr>")
        citizen_spans = _runs([p["citizenship"] for p in members])
        address_spans = _runs(["|".join(p["address"]) for p in members])
        for row, person in enumerate(members):
            cells = [f"<td{style}>{html.escape(_numbered(number, printed_name(person, options), options))}</td>",
                     f"<td{style}>{'<br>'.join(html.escape(t) for t in person['positions'])}</td>",
                     f"<td{style}>{'<br>'.join(html.escape(o) for o in person['other_positions']) or '&nbsp;'}</td>"]
            if options.citizenship and citizen_spans[row]:
                cells.append(f"<td{_span(citizen_spans[row])}>{html.escape(person['citizenship'])}</td>")
            if address_spans[row]:
                cells.append(f"<td{_span(address_spans[row])}>"
                             + "<br>".join(html.escape(a) for a in person["address"]) + "</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
            number += 1
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


# ---- 4. names printed with honorifics and post-nominal degrees -------------------------------------------
_STYLES = [("Dr. ", ""), ("", ", Ph.D."), ("The Hon. ", ""), ("", ", M.D."), ("Prof. ", ", C.B.E."),
           ("The Rt. Hon. ", ""), ("Prof. Dr. ", ""), ("", ", Esq."), ("Dr. ", ", Ph.D."), ("Hon. ", ", Q.C.")]


def _styled_name(person: dict, number: int, options: Options) -> str:
    prefix, suffix = _STYLES[number % len(_STYLES)]
    if not options.upper_last_first:
        return f"{prefix}{person['name']}{suffix}"
    *given, last = person["name"].split()
    return f"{last.upper()}, {prefix}{' '.join(given)}{suffix}"


def honorific_names(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Ariel Capital Schedule I (sec.gov .../764762/000092735600001800/0004.txt: 'James E. Bowman,
    Jr., M.D.' in an Officer / Director | Address | Position table with dashed rules) and Deutsche Telekom's
    board schedules ('Dr. Karl-Gerhard Eick', sec.gov .../1116355/000090342304000843/exhibit-10_2.txt). A
    <TABLE> of fixed-width columns Officer / Director | Business Address | Position with the Company and Present Principal Occupation
    (titles and outside occupations in one cell, ';'-separated) |
    Citizenship, dashed rules between rows. The feature this family adds: every name is printed with an
    honorific before it and/or a post-nominal degree, decoration or style after it ('Dr. ', 'Prof. ', 'The
    Hon. ', 'The Rt. Hon. ', 'Prof. Dr. ', ', Ph.D.', ', M.D.', ', C.B.E.', ', Esq.', ', Q.C.'; gendered styles
    such as 'Sir' or 'Baron' are left out because the roster does not say who may bear them; in the
    SURNAME-first variant the honorific comes after the comma: 'COHEN, The Hon. Marshall A.'), long names wrapping onto a second line of the name column. The expected
    name is the person's name without the honorific and the degree (as the E.ON gold in dev/ has it: 'Dr.
    Rainer Zoller' -> 'Rainer Zoller'), the printed form kept in `name_as_printed`."""
    org = roster.organization
    width = options.width
    offset = len(org) % len(_STYLES)
    starts = [0, 28, 60, 62 + width]
    caps = [["", "Officer / Director"], ["", "Business Address"], ["Position with the Company and",
                                                                      "Present Principal Occupation"],
            ["", "Citizenship"] if options.citizenship else ["", ""]]
    rule = "-" * (starts[-1] + 14)
    lines = [" " * 35 + "SCHEDULE I", "", f"  Information with Respect to Directors and Executive Officers of {org}",
             "", "<TABLE>", "<CAPTION>", rule, *_side_by_side(caps, starts), rule]
    if options.markers:
        lines.append(_side_by_side([["<S>"], ["<C>"], ["<C>"], ["<C>"] if options.citizenship else []], starts)[0])
    people = []
    for index, person in enumerate(roster.people):
        styled = _styled_name(person, index + offset, options)
        cells = [textwrap.wrap(_numbered(index, styled, options), 26), _address_cell(person, 30),
                 textwrap.wrap("; ".join(person["positions"] + person["other_positions"]), width), [person["citizenship"]] if options.citizenship else []]
        rows = _side_by_side(cells, starts)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>", ""]
        lines += rows + ([rule] if options.rules else [""])
        people.append(expected(person, org, options, name_as_printed=styled))
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines) + "\n", people


FAMILIES = {"two_organisation_rosters": two_organisation_rosters,
            "running_header_page_furniture": running_header_page_furniture,
            "html_colspan_rowspan": html_colspan_rowspan, "honorific_names": honorific_names}

"""Held-out re-layout families, tenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 (10:35-11:00 UTC) by helper session gather10 (issue 13), BLIND: without reading the roster
reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have printed them (the real files are listed in tests/data/rosters_real/SOURCES.md); the one
layout feature each family adds, which no earlier family has, is said plainly. They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them.

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _citizen_of, _full_stop, _heading, expected, printed_name


def _seed(person: dict) -> int:
    """A number fixed by the person's name (ages and years below are made up, but the same on every run)."""
    return sum(ord(c) for c in person["name"])


def _titles(positions: list[str]) -> str:
    """'Director, President and Co-Chief Executive Officer' would be ambiguous; titles are joined by ', ', or
    by '; ' where a title holds a comma or an 'and' of its own."""
    return ("; " if any("," in t or " and " in t for t in positions) else ", ").join(positions)


def _page(number: int) -> list[str]:
    return ["", f"{'-' + str(number) + '-':>42}", "<PAGE>", ""]


# ---- 1. dot leaders from the title to the name, the name on the right, details in a paragraph below ---------
def dot_leader_title_name(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the name-and-office lists of Harvard College (tests/data/rosters_real/dev/text_name_office_harvard_
    college.txt: a name and an office per line) and the stacked title lines of National Grid (dev/text_stacked_
    name_title_lines_postamble_address_national_grid.txt), printed the way a typeset 1990s annual-report style
    list prints them. The feature added: each entry starts with the person's TITLES on the left, joined to the
    name on the RIGHT by a row of dot leaders ('President and Chief Executive Officer ........ John A. Smith');
    a title too long for the line wraps and the leaders follow its last line. The rest of the entry is an
    indented paragraph below it: 'Present principal occupation: ...; business address: ...; citizenship: ...'
    (the occupation part left out when there is no outside occupation). The title is the organisation's title
    only (the organisation is named in the heading), so the line says nothing else."""
    org = roster.organization
    lines = [_heading(org, options).rstrip("\n"), "",
             *textwrap.wrap(f"The name, title with {org}, present principal occupation, business address and "
                            f"citizenship of each director and executive officer of {org} are set forth below.", 78),
             "", f"{'Title':<40}{'Name':>38}", f"{'-----':<40}{'----':>38}", ""]
    width = 78
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        title = _titles(person["positions"])
        title = f"{index + 1}. {title}" if options.numbered else title
        wrapped = textwrap.wrap(title, 44) or [""]
        lines += wrapped[:-1]
        dots = width - len(wrapped[-1]) - len(name) - 2
        lines.append(f"{wrapped[-1]} {'.' * max(dots, 3)} {name}")
        if options.page_break_in == index:
            lines += _page(index + 2)
        parts = []
        if person["other_positions"]:
            parts.append(f"Present principal occupation: {'; '.join(person['other_positions'])}")
        parts.append(f"business address: {', '.join(person['address'])}")
        if options.citizenship:
            parts.append(f"citizenship: {person['citizenship']}")
        text = "; ".join(parts)
        lines += textwrap.wrap(text[0].upper() + text[1:] + ".", 70, initial_indent="      ",
                               subsequent_indent="      ", break_on_hyphens=False)
        lines += ["", "." * 20, ""] if options.rules else [""]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. transposed HTML table: one column per person, one row per field -----------------------------------
def transposed_html_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy
    .htm: an HTML table of the directors and officers, a header row) and the side-by-side entity columns of the
    E.ON matrices (dev/text_matrix_legend_letters_multi_company_eon_2003.txt). The feature added: the table is
    TRANSPOSED, one COLUMN per person with the name in the header cell (<th>), one ROW per field (Position with
    <Org> | Present Principal Occupation | Business Address | Citizenship) whose first cell is the label; a
    roster longer than a table's columns (three people, two in the numbered variant) continues in further such
    tables, one under the other. An empty cell is printed as '&mdash;'."""
    org = roster.organization
    per_table = 2 if options.numbered else 3
    labels = [f"Position with {org}", "Present Principal Occupation", "Business Address"]
    labels += ["Citizenship"] if options.citizenship else []
    border = " border=1" if options.rules else ""
    parts = [f"<html><body><p align=center><b>SCHEDULE A</b></p><p align=center>INFORMATION CONCERNING THE "
             f"DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</p>"]
    for start in range(0, len(roster.people), per_table):
        chunk = roster.people[start:start + per_table]
        head = "".join(f"<th>{html.escape(f'{start + i + 1}. ' if options.numbered else '')}"
                       f"{html.escape(printed_name(p, options))}</th>" for i, p in enumerate(chunk))
        rows = [f"<tr><th>&nbsp;</th>{head}</tr>"]
        for label in labels:
            cells = []
            for person in chunk:
                if label == "Business Address":
                    value = "<br>".join(html.escape(line) for line in person["address"])
                elif label == "Citizenship":
                    value = html.escape(person["citizenship"] or "")
                else:
                    items = person["positions"] if label.startswith("Position") else person["other_positions"]
                    value = "<br>".join(html.escape(item) for item in items)
                cells.append(f"<td valign=top>{value or '&mdash;'}</td>")
            rows.append(f"<tr><td valign=top><b>{html.escape(label)}</b></td>{''.join(cells)}</tr>")
        parts.append(f"<table{border} cellpadding=4>{''.join(rows)}</table>")
        if options.page_break_in is not None and start <= options.page_break_in < start + per_table:
            parts.append("<p style=\"page-break-before:always\" align=center>A-2</p>")
        else:
            parts.append("<p>&nbsp;</p>")
    parts.append("</body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


# ---- 3. proxy-style Name | Age | Position | Director Since table, then a biography paragraph per person ----
def proxy_age_director_since(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the fixed-width funds' roster with an age column (tests/data/rosters_real/dev/text_fixed3col_name_
    address_age_citizens_funds.txt: name, address, age) and the biography paragraphs of Chittenden (dev/prose_
    chittenden_corporation.txt), the way a filer pastes its proxy statement's director table into the annex.
    The feature added: a table Name | Age | Position | Director Since, whose numbers are an age and a year (no
    address, no share count), '--' in the year column for an officer who is not a director; then, after the
    table, one biography paragraph per person in the same order giving the present principal occupation, a
    former employment (not a present one), the business address and the citizenship. Ages and years are made
    up (fixed by the name)."""
    org = roster.organization
    widths = [30, 6, max(options.width, 30) + 2, 8]
    lines = [_heading(org, options).rstrip("\n"), "", "<TABLE>",
             f"{'':<30}{'':<6}{'':<{widths[2]}}Director",
             f"{'Name':<30}{'Age':<6}{'Position':<{widths[2]}}Since",
             "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()]
    if options.markers:
        lines.append(f"{'<S>':<30}{'<C>':<6}{'<C>':<{widths[2]}}<C>")
    since = {}
    for index, person in enumerate(roster.people):
        seed = _seed(person)
        since[index] = str(1978 + seed % 25) if "Director" in person["positions"] else None
        name = f"{index + 1}. {printed_name(person, options)}" if options.numbered else printed_name(person, options)
        cells = [textwrap.wrap(name, 28), [str(44 + seed % 31)],
                 textwrap.wrap("; ".join(person["positions"]), widths[2] - 2), [since[index] or "--"]]
        lines += [("".join(f"{(c[r] if r < len(c) else ''):<{w}}" for c, w in zip(cells, widths))).rstrip()
                  for r in range(max(len(c) for c in cells))]
        lines += ["-" * 74] if options.rules else []
    lines += ["</TABLE>", ""]
    for index, person in enumerate(roster.people):
        name, seed = person["name"], _seed(person)
        sentences = [f"{name} has served as {_titles(person['positions'])} of {org}"
                     + (f" since {since[index]}" if since[index] else "")]
        if person["other_positions"]:
            sentences.append(f"{name}'s present principal occupation is {'; '.join(person['other_positions'])}")
        else:
            sentences.append(f"{name}'s present principal occupation is the position with {org} stated above")
        sentences.append(f"From {1970 + seed % 8} to {1978 + seed % 5}, {name} was engaged in the private "
                         f"practice of law")
        sentences.append(f"The business address of {name} is {', '.join(person['address'])}")
        if options.citizenship:
            sentences.append(f"{name} is a citizen of {_citizen_of(person['citizenship'])}")
        para = textwrap.wrap(" ".join(_full_stop(s) for s in sentences), 76, initial_indent="     ",
                             break_on_hyphens=False)
        if options.page_break_in == index and len(para) > 1:
            para[1:1] = _page(2)
        lines += para + [""]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. a nested outline: roman sections per body, numbered people, lettered fields ------------------------
def _sections(roster: Roster) -> list[tuple[str, list[dict]]]:
    board = [p for p in roster.people if "board of directors" in p["bodies"]]
    officers = [p for p in roster.people if p not in board and "executive officers" in p["bodies"]]
    others = [p for p in roster.people if p not in board and p not in officers]
    return [(title, people) for title, people in [("Directors", board),
                                                  ("Executive Officers who are not Directors", officers),
                                                  ("Other Persons", others)] if people]


def nested_outline(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the roman-numbered entries of Power Corporation (tests/data/rosters_real/dev/labelled_roman_power_
    corp.txt) and the 'DIRECTORS' / 'OFFICERS' sections of MSDW OIP Investors (dev/text_sections_directors_
    officers_msdw_oip_2004.txt). The feature added: a three-level outline, 'I. Directors' / 'II. Executive
    Officers who are not Directors' / 'III. Other Persons', the people numbered again from 1 in each section
    ('A.', 'B.' in the numbered variant), and each person's fields lettered clauses on lines of their own
    ('(a) Business address: ...', '(b) Position with <Org>: ...', '(c) Present principal occupation: ...',
    '(d) Citizenship: ...'); a person with no outside occupation has '(c) Present principal occupation: Same'
    (the position above, no other occupation); the address clause comes first. Each person is printed once, in
    the first section that covers him, so the printed order of people may differ from the roster's (the
    expected people are listed in the roster's order)."""
    org = roster.organization
    lines = [_heading(org, options).rstrip("\n"), ""]
    romans = ["I", "II", "III"]
    for (title, members), roman in zip(_sections(roster), romans):
        lines += [f"{roman}.  {title}", ""]
        for number, person in enumerate(members):
            mark = f"{chr(65 + number)}." if options.numbered else f"{number + 1}."
            lines.append(f"     {mark}  {printed_name(person, options)}")
            address = ", ".join(person["address"])
            clauses = [f"(a) Business address: {address}",
                       f"(b) Position with {org}: {'; '.join(person['positions'])}",
                       f"(c) Present principal occupation: {'; '.join(person['other_positions']) or 'Same'}"]
            clauses += [f"(d) Citizenship: {person['citizenship']}"] if options.citizenship else []
            for at, clause in enumerate(clauses):
                lines += textwrap.wrap(clause, 72, initial_indent="          ", subsequent_indent="              ",
                                       break_on_hyphens=False)
                if at == 0 and options.page_break_in == roster.people.index(person):
                    lines += _page(2)
            lines += ["          " + "-" * 30, ""] if options.rules else [""]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"dot_leader_title_name": dot_leader_title_name, "transposed_html_columns": transposed_html_columns,
            "proxy_age_director_since": proxy_age_director_since, "nested_outline": nested_outline}

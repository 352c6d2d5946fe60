"""Held-out re-layout families, seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 (about 08:30 UTC) by helper session gather7 (issue 13), BLIND: without reading the roster
reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in
its docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md; the
layout feature each family adds is said plainly, where it is ours and not the real file's). They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says
anything about the reader's quality on them.

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _full_stop, _heading, _numbered, _occupation, expected, printed_name

# Nationality adjectives by ISO country; a citizenship whose country is not here is printed as it is.
_ADJECTIVES = {"US": "American", "CA": "Canadian", "FR": "French", "DK": "Danish", "GB": "British",
               "SG": "Singaporean", "DE": "German", "IT": "Italian", "SE": "Swedish", "BE": "Belgian",
               "BR": "Brazilian", "MX": "Mexican", "CH": "Swiss", "NL": "Dutch", "JP": "Japanese",
               "IE": "Irish", "AU": "Australian", "ES": "Spanish", "HK": "Hong Kong", "CN": "Chinese"}


def _side_by_side(cells: list[list[str]], starts: list[int]) -> list[str]:
    """Cells (each a list of lines) printed from the given columns, one text line per line of the tallest."""
    rows = []
    for row in range(max(len(c) for c in cells)):
        line = ""
        for cell, start in zip(cells, starts):
            text = cell[row] if row < len(cell) else ""
            if text:
                line = f"{line:<{start}}{text}"
        rows.append(line.rstrip())
    return rows


# ---- 1. fixed-width table whose address cell says 'Same as above' for the address of the entry above -------
def ditto_address_column(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's 2006 Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov .../909815/
    000095012306004856/y19970a5exv99wa.txt): a <TABLE> of fixed-width columns, most people sharing the one
    '70 Pine Street' address. Here the columns are Name | Present Principal Occupation | Business Address |
    Citizenship under a two-line caption, and - the feature this family adds, as typed rosters do - a
    business address equal to that of the entry printed just above is not repeated but printed as 'Same as
    above' ('Same' in the numbered variant). The expected address of such an entry is the one printed above
    (which is also the person's own)."""
    org = roster.organization
    width = options.width
    starts = [0, 28, 28 + width + 2, 28 + width + 2 + 30]
    caps = [["Name", ""], ["Present Principal", "Occupation or Employment"], ["Business", "Address"],
            ["Citizenship", ""] if options.citizenship else ["", ""]]
    header = _side_by_side(caps, starts)
    lines = [_heading(org, options).rstrip("\n"), "", "<TABLE>", *header,
             _side_by_side([["-" * 24], ["-" * (width - 2)], ["-" * 26], ["-" * 11] if options.citizenship else []],
                           starts)[0]]
    if options.markers:
        lines.append(_side_by_side([["<S>"], ["<C>"], ["<C>"], ["<C>"] if options.citizenship else []], starts)[0])
    ditto = "Same" if options.numbered else "Same as above"
    previous = None
    for index, person in enumerate(roster.people):
        address = list(person["address"])
        shown = [ditto] if address == previous else [p for line in address for p in textwrap.wrap(line, 28)]
        previous = address
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), 26),
                 textwrap.wrap(_occupation(person, org), width), shown,
                 [person["citizenship"]] if options.citizenship else []]
        rows = _side_by_side(cells, starts)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>", ""] + (header + [""] if options.repeat_header else [])
        lines += rows + (["-" * (starts[-1] + 12)] if options.rules else [""])
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML: <th> header row, a <p> per line in each cell, nationality as an adjective in its own column --
def nationality_adjective_th_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: an HTML table per section, a header row, spacer rows) and the Novo roster's Danish members
    (dev/html_as_text_cells_multi_entity_novo.txt). Here one HTML table whose header row is made of <th>
    cells (Name | Business Address | Position with <Org> | Principal Occupation | Nationality), every line
    of a cell in a <p> of its own (each address line, each title, each outside occupation), and the
    citizenship printed as a nationality adjective ('American', 'Danish', 'Swiss') in its own last column;
    a citizenship without a known adjective is printed as it is. The expected citizenship is what is
    printed (the adjective), the country the person's."""
    org = roster.organization
    heads = ["Name", "Business Address", f"Position with {org}", "Principal Occupation"]
    heads += ["Nationality"] if options.citizenship else []
    header = "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in heads) + "</tr>"
    parts = [f"<html><body><p align=center><b>ANNEX A</b></p><p align=center>{html.escape(org)}: directors and "
             f"executive officers</p><table border=0>", header]
    people = []

    def cell(lines: list[str]) -> str:
        return "<td>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</td>"

    for index, person in enumerate(roster.people):
        nationality = _ADJECTIVES.get(person["country"] or "", person["citizenship"])
        cells = [[_numbered(index, printed_name(person, options), options)], list(person["address"]),
                 list(person["positions"]), list(person["other_positions"])]
        cells += [[nationality]] if options.citizenship else []
        parts.append("<tr>" + "".join(cell(c) for c in cells) + "</tr>")
        if options.page_break_in == index:
            parts.append("</table><p style=\"page-break-before:always\">&nbsp;</p><table border=0>"
                         + (header if options.repeat_header else ""))
        elif options.rules:
            parts.append(f"<tr><td colspan=\"{len(heads)}\" style=\"border-bottom:1px solid #000000\">&nbsp;</td></tr>")
        people.append(expected(person, org, options, citizenship=nationality if options.citizenship else None))
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), people


# ---- 3. one run-on paragraph per person: 'Name — Titles. Occupation. Address. Citizenship.' -----------------
def run_on_dash_paragraphs(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Chittenden's roster (tests/data/rosters_real/dev/prose_chittenden_corporation.txt, sec.gov
    .../792360/000092701602005613/dex991.txt: one indented paragraph per person, the name first), here
    without any sentence verbs or labels: each person is one wrapped paragraph 'Name — <titles held in the
    organisation>. <outside occupations>. <business address on one line>. <citizenship>.', pieces run
    together after full stops, a piece that is absent simply left out; an intro sentence names the
    organisation; no address or citizenship default."""
    org = roster.organization
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(f"Set forth below are the name, the position with {org}, any other present principal "
                           f"occupation, the business address and the citizenship of each director and "
                           f"executive officer of {_full_stop(org)}", 78) + [""]
    for index, person in enumerate(roster.people):
        pieces = []
        if person["positions"]:
            pieces.append(_full_stop(", ".join(person["positions"])))
        if person["other_positions"]:
            pieces.append(_full_stop("; ".join(person["other_positions"])))
        pieces.append(_full_stop(", ".join(person["address"])))
        if options.citizenship:
            pieces.append(_full_stop(person["citizenship"]))
        name = _numbered(index, printed_name(person, options), options)
        para = textwrap.wrap(f"{name} \u2014 {' '.join(pieces)}", 76, initial_indent="    ")
        if options.page_break_in == index and len(para) > 1:
            para[1:1] = ["", "<PAGE>", ""]
        lines += para + (["", "*" * 10, ""] if options.rules else [""])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. a PDF table as pdftotext prints it: drifting columns, hyphenated address words, form feeds ---------
def _hyphenated(line: str, width: int, avoid: set[str]) -> list[str]:
    """An address line wrapped to `width`, the first long word (not one of `avoid`) that starts a wrapped
    line broken with a hyphen, its first part moved up to the end of the line before, as typesetters do."""
    wrapped = textwrap.wrap(line, width, break_on_hyphens=False)
    for at in range(len(wrapped) - 1):
        word, *rest = wrapped[at + 1].split(" ")
        room = width - len(wrapped[at]) - 2
        if len(word) >= 8 and word.isalpha() and word.casefold() not in avoid and room >= 3:
            cut = min(room, len(word) - 3)
            wrapped[at] += f" {word[:cut]}-"
            wrapped[at + 1] = " ".join([word[cut:], *rest])
            break
    return wrapped


def pdf_ragged_hyphenated(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Bear Stearns roster (tests/data/rosters_real/dev/text_fixed5col_employer_bsci.txt, sec.gov
    .../1058444/000095013506005955/b62468scexv1w1.txt: fixed-width columns, each cell wrapping on its own),
    printed instead as text taken out of a PDF: no <TABLE> or <S>/<C> markers, the columns Name | Present
    Principal Occupation | Business Address | Citizenship start a few characters further right or left
    from one row to the next (ragged spacing), a long word of an address line other than the city line is
    broken with a hyphen where the cell wraps ('of Econ-' / 'omic Research'), and a page ends in its page
    number and a form feed. The expected address is the printed one with the broken word joined again."""
    org = roster.organization
    width = options.width
    caps = [["Name"], ["Present Principal Occupation"], ["Business Address"]]
    caps += [["Citizenship"]] if options.citizenship else []
    header = _side_by_side(caps, [0, 27, 29 + width, 61 + width])
    lines = [f"   DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", "", *header, ""]
    for index, person in enumerate(roster.people):
        jitter = [(index * 3 + col) % 4 for col in range(4)]
        starts = [jitter[0] % 2, 25 + jitter[1], 27 + width + jitter[1] + jitter[2],
                  59 + width + jitter[1] + jitter[2] + jitter[3]]
        city = {w.casefold() for w in (person["address_city"] or "").replace(",", " ").split()}
        address = []
        for number, line in enumerate(person["address"]):
            last = number == len(person["address"]) - 1
            address += textwrap.wrap(line, 24) if last else _hyphenated(line, 24, city)
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), 23),
                 textwrap.wrap(_occupation(person, org), width), address]
        cells += [[person["citizenship"]]] if options.citizenship else []
        rows = _side_by_side(cells, starts)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", " " * 40 + "2", "\f"] + (header + [""] if options.repeat_header else [])
        lines += rows + ([" " + "_" * 60] if options.rules else [""])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"ditto_address_column": ditto_address_column,
            "nationality_adjective_th_html": nationality_adjective_th_html,
            "run_on_dash_paragraphs": run_on_dash_paragraphs, "pdf_ragged_hyphenated": pdf_ragged_hyphenated}

"""Held-out re-layout families, fifteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 (21:15-21:20 UTC by `date`) by helper session gather15 (issue 13), BLIND: without reading the
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

from relayout import (
    Options,
    Roster,
    _default_address,
    _heading,
    _numbered,
    _page_break,
    _wrap_rows,
    crc_seed,
    expected,
    printed_name,
)

_SUFFIXES = ("JR", "SR", "II", "III", "IV")


# ---- 1. a typeset table whose cells are centred vertically in their row ------------------------------------
def centred_row_cells(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After E.ON's 2002 Exhibit F matrix (tests/data/rosters_real/dev/text_split_matrix_centred_cells_eon_2002.txt,
    sec.gov .../1136808/000089808003000343/ex9921.txt: a typeset table converted to text whose cells are
    vertically centred, so a short cell sits in the middle of its row and not on its first line) applied to the
    five-column roster of AIG's Exhibit A (dev/text_fixed4col_aig.txt, sec.gov .../909815/000095012306004856/
    y19970a5exv99wa.txt). The feature this family adds, for a roster: EVERY cell of a row is centred vertically
    against the row's tallest cell (here usually the address or the outside occupations), so the name - and
    the title and the citizenship - stand on the middle line of the row, below the first line of the address;
    a row's first line may hold only the address's first line. Columns: Name | Position with the Company |
    Present Principal Occupation | Business Address | Citizenship; rows apart by a blank line (a dashed rule in
    the ruled variant). A page break falls after the first line of an entry, so the name may be on the next
    page, under the repeated caption."""
    org = roster.organization
    widths = [26, 24, max(options.width, 26) + 2, 32, 16 if options.citizenship else 0]
    tops = ["", "Position with", "Present Principal", "", ""]
    bottoms = ["Name", "the Company", "Occupation", "Business Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], [w for w in widths if w])
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in widths if w).rstrip())
    says = ", business address and citizenship" if options.citizenship else " and business address"
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(f"The following table sets forth the name, present position with the Company, present "
                           f"principal occupation{says} of each director and executive officer of {org} (the "
                           f"\"Company\").", 78) + ["", "<TABLE>", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for title in person["positions"] for piece in textwrap.wrap(title, widths[1] - 2)],
                 [piece for other in person["other_positions"] for piece in textwrap.wrap(other, widths[2] - 2)],
                 [piece for line in person["address"] for piece in textwrap.wrap(line, widths[3] - 2)],
                 textwrap.wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        cells = [c for c, w in zip(cells, widths) if w]
        height = max(len(c) for c in cells)
        rows = _wrap_rows([[""] * ((height - len(c)) // 2) + c for c in cells], [w for w in widths if w])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_break() + (caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(widths) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. a spreadsheet export: the name split over Last / First / Middle Name cells ---------------------------
def _name_parts(name: str) -> tuple[str, str, str]:
    """'Marshall A. Cohen' -> ('Cohen', 'Marshall', 'A.'); 'Burton A. Dole, Jr.' -> ('Dole, Jr.', 'Burton', 'A.')."""
    words = name.replace(",", "").split()
    suffix = words.pop() if words[-1].rstrip(".").upper() in _SUFFIXES else None
    last = words[-1] + (f", {suffix}" if suffix else "")
    return last, words[0], " ".join(words[1:-1])


def surname_given_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm:
    an HTML table, one row per person under a header row) as a filer prints it from the spreadsheet its directors'
    and officers' questionnaires were collected in. The feature this family adds (ours; the real file has one
    name cell): the person's NAME IS SPLIT OVER THREE CELLS, 'Last Name' | 'First Name' | 'Middle Name' - the
    surname first (in capitals in the surname-first variant), a suffix kept with the surname ('Dole, Jr.'), an
    empty middle-name cell where the person has none - followed by Position with <Org> | Present Principal
    Occupation | Business Address | Citizenship; the numbered variant adds a 'No.' cell first. Several titles,
    occupations and address lines are apart by <br>. The expected name is the person's name in natural order. A
    page break after any person but the last closes the table and opens a new one (with the header row again if
    it repeats)."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Last Name", "First Name", "Middle Name", f"Position with {org}",
                                                     "Present Principal Occupation", "Business Address"]
    heads += ["Citizenship"] if options.citizenship else []
    border = " border=1 cellspacing=0" if options.rules else " border=0 cellspacing=0"
    opening = f"<table{border} cellpadding=2 style=\"border-collapse:collapse;width:100%\">"
    header = "<tr>" + "".join(f"<td class=xl65 valign=bottom><b>{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    intro = (f"The following table sets forth the name, position with {org}, present principal occupation"
             f"{', business address and citizenship' if options.citizenship else ' and business address'} of each director and executive officer "
             f"of {org}")
    intro = intro if intro.endswith(".") else intro + "."
    parts = [f"<html><body><p align=center><b>SCHEDULE A</b></p><p align=center><b>DIRECTORS AND EXECUTIVE OFFICERS "
             f"OF {html.escape(org.upper())}</b></p><p>{html.escape(intro)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        last, first, middle = _name_parts(person["name"])
        last = last.upper() if options.upper_last_first else last
        cells = ([f"{index + 1}"] if options.numbered else []) + [html.escape(last), html.escape(first),
                                                                  html.escape(middle)]
        cells += ["<br>".join(map(html.escape, values)) for values in
                  (person["positions"], person["other_positions"], person["address"])]
        cells += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        parts.append("<tr>" + "".join(f"<td class=xl66 valign=top>{c or '&nbsp;'}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening]
            parts += [header] if options.repeat_header else []
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


# ---- 3. the roster inside Item 2 of the Schedule 13D itself, between the Items' legal text --------------------
_ISSUER = "Merrivale Precision Instruments, Inc."
_ISSUER_ADDRESS = "410 Commerce Drive, Wilmington, Delaware 19801"


def _item(number: str, title: str) -> list[str]:
    return [f"Item {number}.   {title}", ""]


def _paragraph(text: str) -> list[str]:
    return textwrap.wrap(text, 72, initial_indent=" " * 10, subsequent_indent=" " * 10) + [""]


def item2_embedded_roster(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the directors' table of Motorola's Appendix I (tests/data/rosters_real/dev/text_twocol_prose_overrides_
    motorola.txt, sec.gov .../824169/000006850501000015/0002.txt) and AIG's fixed-width Exhibit A (dev/text_
    fixed4col_aig.txt), placed where many Schedule 13D filings put it: in the body of the statement itself, not in
    a schedule or an exhibit. The feature this family adds (ours): there is NO 'SCHEDULE I' heading and no roster
    title; the text is the Schedule 13D's Items - 'Item 1. Security and Issuer.' (the issuer's name and its
    principal executive offices), 'Item 2. Identity and Background.' whose paragraph '(a)-(c)' names the filer
    (the roster's organisation, 'the Reporting Person') and its principal office address, then one sentence
    introducing the table of its directors and executive officers (Name | Position with the Reporting Person |
    Present Principal Occupation | Business Address | Citizenship), then '(d)' and '(e)' (no convictions, no
    civil proceedings, for the Reporting Person and 'any of the persons named above') and '(f)', then Items 3, 4
    and 5 (funds, purpose, 'none of the persons named in Item 2 beneficially owns ...'), with the page header
    'CUSIP No. ... Page n of 9 Pages'. The issuer, its address and the filer's own address are not values of
    any person."""
    org = roster.organization
    seed = crc_seed(org)
    cusip = f"{seed % 10 ** 9:09d}"
    office = ", ".join(line.removeprefix("c/o ") for line in _default_address(roster))
    widths = [26, 24, max(options.width, 26) + 2, 32, 16 if options.citizenship else 0]
    tops = ["", "Position with the", "Present Principal", "", ""]
    bottoms = ["Name", "Reporting Person", "Occupation", "Business Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], [w for w in widths if w])
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in widths if w).rstrip())
    says = "and citizenship " if options.citizenship else ""
    lines = [" " * 33 + "SCHEDULE 13D", "", f"CUSIP No. {cusip}{'Page 3 of 9 Pages':>62}", ""]
    lines += _item("1", "Security and Issuer.")
    lines += _paragraph(f"This statement on Schedule 13D relates to the common stock, par value $.01 per share (the "
                        f"\"Common Stock\"), of {_ISSUER}, a Delaware corporation (the \"Issuer\"). The principal "
                        f"executive offices of the Issuer are located at {_ISSUER_ADDRESS}.")
    lines += _item("2", "Identity and Background.")
    lines += _paragraph(f"(a)-(c) This statement is filed by {org} (the \"Reporting Person\"). The address of the "
                        f"principal business and principal office of the Reporting Person is {office}.")
    lines += _paragraph(f"The name, position with the Reporting Person, present principal occupation or employment, "
                        f"business address {says}of each director and executive officer of the Reporting Person "
                        f"are set forth below.")
    lines += ["<TABLE>", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for title in person["positions"] for piece in textwrap.wrap(title, widths[1] - 2)],
                 [piece for other in person["other_positions"] for piece in textwrap.wrap(other, widths[2] - 2)],
                 [piece for line in person["address"] for piece in textwrap.wrap(line, widths[3] - 2)],
                 textwrap.wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], [w for w in widths if w])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>", f"CUSIP No. {cusip}{'Page 4 of 9 Pages':>62}", ""] + (
                caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(widths) if options.rules else "")
    lines += ["</TABLE>", ""]
    lines += _paragraph("(d) During the last five years, neither the Reporting Person nor, to the best of its "
                        "knowledge, any of the persons named above has been convicted in a criminal proceeding "
                        "(excluding traffic violations or similar misdemeanors).")
    lines += _paragraph("(e) During the last five years, neither the Reporting Person nor, to the best of its "
                        "knowledge, any of the persons named above has been a party to a civil proceeding of a "
                        "judicial or administrative body of competent jurisdiction and as a result of such "
                        "proceeding was or is subject to a judgment, decree or final order enjoining future "
                        "violations of, or prohibiting or mandating activities subject to, federal or state "
                        "securities laws or finding any violation with respect to such laws.")
    if options.citizenship:
        lines += _paragraph("(f) The citizenship of each of the persons named above is set forth in the table.")
    lines += _item("3", "Source and Amount of Funds or Other Consideration.")
    lines += _paragraph(f"The Reporting Person paid ${(seed % 9000 + 1000) * 1000:,} for the shares of Common Stock "
                        f"reported herein, from its working capital.")
    lines += _item("4", "Purpose of Transaction.")
    lines += _paragraph("The Reporting Person acquired the shares of Common Stock for investment purposes.")
    lines += _item("5", "Interest in Securities of the Issuer.")
    lines += _paragraph("(a)-(b) To the knowledge of the Reporting Person, none of the persons named in Item 2 "
                        "beneficially owns any shares of Common Stock.")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. a database export: one row per title held, the person's name repeated on every row ---------------------
def one_row_per_title_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Ameren Schedule I (sec.gov .../1002910/000100291021000065/aee202010-kexhibit1026.htm: a person
    listed again under each heading that applies to him) and the E.ON matrices (tests/data/rosters_real/dev/
    text_matrix_legend_letters_multi_company_eon_2003.txt: the same name printed in several cells), printed as
    an HTML table a filer exports from its board-records database. The feature this family adds (ours): ONE ROW
    PER TITLE held in <Org>, so a person with two titles fills two consecutive rows and his NAME IS REPEATED on
    each, with the rest of the record (outside occupations, business address, citizenship) repeated identically
    on every one of his rows; Name | Position with <Org> | Present Principal Occupation | Business Address |
    Citizenship. The numbered variant numbers the ROWS ('Record' column), not the people, so a person with two
    titles has two numbers. The expected people are one per name, with all the titles of his rows. A page break
    after a person's first row (unless nothing follows) closes the table and opens a new one (with the header
    again if it repeats), so a person's rows may stand in two tables."""
    org = roster.organization
    heads = (["Record"] if options.numbered else []) + ["Name", f"Position with {org}",
                                                        "Present Principal Occupation", "Business Address"]
    heads += ["Citizenship"] if options.citizenship else []
    opening = "<table border=1 cellpadding=3>" if options.rules else "<table border=0 cellpadding=3>"
    header = "<tr>" + "".join(f"<th align=left>{html.escape(h)}</th>" for h in heads) + "</tr>"
    parts = [f"<html><body><p align=center><b>ANNEX A</b></p><p align=center><b>DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p><p>The following table lists each position held with "
             f"{html.escape(org)} by its directors and executive officers.</p>", opening, header]
    record = 0
    for index, person in enumerate(roster.people):
        rest = ["<br>".join(map(html.escape, person["other_positions"])),
                "<br>".join(map(html.escape, person["address"]))]
        rest += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        for row, title in enumerate(person["positions"] or [""]):
            record += 1
            cells = ([str(record)] if options.numbered else []) + [html.escape(printed_name(person, options)),
                                                                   html.escape(title), *rest]
            parts.append("<tr>" + "".join(f"<td valign=top>{c or '&nbsp;'}</td>" for c in cells) + "</tr>")
            if options.page_break_in == index and row == 0 and (len(person["positions"]) > 1
                                                                or index + 1 < len(roster.people)):
                parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening]
                parts += [header] if options.repeat_header else []
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


FAMILIES = {"centred_row_cells": centred_row_cells, "surname_given_columns": surname_given_columns,
            "item2_embedded_roster": item2_embedded_roster, "one_row_per_title_html": one_row_per_title_html}

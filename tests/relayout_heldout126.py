"""Held-out re-layout families, hundred-and-twenty-sixth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (17:30-17:33 UTC by `date`) by helper session gather126 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- elected_by_column_table: an EDGAR <TABLE> with an 'ELECTED BY' column ('Shareholders', 'Employees', '--') as a
  German company's Schedule I marks the supervisory board members elected under co-determination, and a note
  under the table; the column is no value.
- issuer_positions_labelled_blocks: Micron-style 'Label:' blocks with one more label, 'Position(s) with the
  Issuer:' ('None' for most, 'Director' for a few), the issuer named in the preamble; that line is no value.
- rotated_landscape_div_html: an HTML table set on a turned (landscape) page: the table sits in a <div> whose
  style rotates it by 270 degrees, with a '(Landscape page)' note, between upright pages.
- change_bar_margin_text: an amended exhibit reprinted with change bars: a '|' in the left margin of every line
  of an entry changed since the previous amendment, and a note saying what the bars mean.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, _wrap_rows, expected, printed_name
from relayout_heldout99 import _done, _edgar_table, _joined, _lines, _numbered, _seed, _sentence, _wrap


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]


def _is_board(person: dict) -> bool:
    titles = " ".join(person["positions"]).lower()
    return any(w in titles for w in ("director", "supervisory", "board", "trustee", "chairman"))


# ---- 1. an 'elected by' column (co-determination) ---------------------------------------------------------------
def _elected(index: int, person: dict, seed: int) -> str:
    if not _is_board(person):
        return "--"
    return "Employees" if (seed + 3 * index) % 4 == 1 else "Shareholders"


def elected_by_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After E.ON's 2003 roster of a German group (tests/data/rosters_real/dev/text_matrix_legend_letters_multi_
    company_eon_2003.txt: an EDGAR <TABLE> of supervisory board and board of management members, German titles),
    set one person a row. The feature this family adds (ours; German companies subject to the Codetermination Act
    of 1976 mark it in their Schedule I): an 'ELECTED BY' column after the position reading 'Shareholders' or
    'Employees' for board members (a seed picks the employee representatives) and '--' for officers who sit on no
    board, with a note under the table; the column is no value.
    Columns: NAME | POSITION WITH <ORG> ('--' where none) | ELECTED BY | PRESENT PRINCIPAL OCCUPATION (wrapping at
    options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's
    first line with 'Schedule I - Page 2'."""
    org = roster.organization
    seed = _seed(org)
    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (26, [f"POSITION WITH {org.upper()}"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (14, ["ELECTED", "BY"], lambda i, p: [_elected(i, p, seed)]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    said = "business address and citizenship" if options.citizenship else "business address"
    head = _head("SCHEDULE I", org, "MEMBERS OF THE SUPERVISORY BOARD, THE BOARD OF MANAGEMENT AND OFFICERS OF")
    head += [""] + _wrap(_sentence(f"Set forth below are the name, position, present principal occupation, {said} "
                                   f"of each member of the supervisory board, of the board of management and of the "
                                   f"executive officers of {org}"), 78)
    lines = _edgar_table(roster, options, columns, "Schedule I - Page 2", head)
    lines += [""] + _wrap("'Shareholders' denotes a member elected by the shareholders' meeting; 'Employees' denotes a "
                          "member elected by the employees pursuant to the German Codetermination Act of 1976 "
                          "(Mitbestimmungsgesetz); '--' denotes a person who is not a board member.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a 'position with the issuer' label --------------------------------------------------------------------------
_ISSUERS = ["Norland Instruments, Inc.", "Bayview Specialty Chemicals Corp.", "Harrow Medical Systems, Inc.",
            "Kestrel Software Holdings, Inc.", "Meridian Freight Lines Corporation"]


def issuer_positions_labelled_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Name:', 'Business
    Address:', 'Principal Occupation:' labels in a left column of 37 characters, long labels wrapping there, the
    values beside them). The feature this family adds (ours; filers whose officers also sit on the issuer's board
    say so): a 'Position(s) with the Issuer:' label in every entry, reading 'None' for most and 'Director' for one
    in four with a seed; the issuer is named in the preamble as '(the "Issuer")'; that line is no value.
    Labels: 'Name:' (the numbered variant puts 'n.' before it) | 'Present Position with <org>:' | 'Principal
    Occupation:' | 'Position(s) with the Issuer:' | 'Business Address:' | 'Citizenship:' (when printed); values
    wrap at options.width + 10; none is 'None'. A dashed rule between entries in the ruled variant (else a blank
    line); a page break after the entry's first block ('<PAGE>' with markers, else a form feed; '-2-'; the
    title '(continued)' repeated when options.repeat_header)."""
    org = roster.organization
    seed = _seed(org)
    issuer = _ISSUERS[seed % len(_ISSUERS)]
    left, width = 37, options.width + 10

    def block(label: str, values: list[str]) -> list[str]:
        value_lines = [piece for v in values for piece in _wrap(v, width)] or ["None"]
        return _wrap_rows([_wrap(label, left - 3), value_lines], [left, width + 2]) + [""]

    title = "EXHIBIT 1"
    lines = ["<PAGE>" if options.markers else "", "", f"{title:>78}", "", f"{'DIRECTORS AND EXECUTIVE OFFICERS':^78}"
             .rstrip(), ""]
    named = org.rstrip(".")
    lines += _wrap(_sentence(f"     The following is a list of the directors and executive officers of {named}. "
                             f"None of them holds a position with {issuer} (the \"Issuer\") other than as stated"), 78)
    lines.append("")
    for index, person in enumerate(roster.people):
        label = f"{index + 1}. Name:" if options.numbered else "Name:"
        lines += block(label, [printed_name(person, options)])
        first = len(lines)
        lines += block(f"Present Position with {org}:", person["positions"])
        lines += block("Principal Occupation:", person["other_positions"])
        issuer_says = "Director" if person["positions"] and (seed + 5 * index) % 4 == 2 else "None"
        lines += block("Position(s) with the Issuer:", [issuer_says])
        lines += block("Business Address:", person["address"])
        if options.citizenship:
            lines += block("Citizenship:", [person["citizenship"] or ""])
        if options.page_break_in == index:
            page = ["<PAGE>" if options.markers else "\f", f"{'-2-':^78}".rstrip(), ""]
            page += [f"{'DIRECTORS AND EXECUTIVE OFFICERS (continued)':^78}".rstrip(), ""] \
                if options.repeat_header else []
            lines[first:first] = page
        if options.rules:
            lines += ["-" * 78, ""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. a table on a turned landscape page --------------------------------------------------------------------------
def rotated_landscape_div_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; financial printers turn a wide table
    this way in HTML exhibits): the title and preamble are on an upright page, then a page break and the table in
    a '<div style="... transform: rotate(270deg) ...">' turned page with '(Landscape page)' in small type above
    the table, then a page break back to an upright page with a closing sentence. Columns: Name | Present
    Position with <org> | Present Principal Occupation or Employment | Business Address | Citizenship (when
    printed); 'n.' before the name when numbered; border="1" when ruled; <font> wrappers with markers. A page break
    after the entry's row closes the table and the turned div, prints 'A-2' and opens a second turned div and
    table (the caption row again when options.repeat_header)."""
    org = roster.organization
    heads = ["Name", f"Present Position with {org}", "Present Principal Occupation or Employment",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def font(text: str) -> str:
        return f"<font size=\"1\" face=\"Arial\">{text}</font>" if options.markers else text

    border = ' border="1"' if options.rules else ""
    turned = ("<div style=\"page-break-before:always; width:9in; height:6.5in; transform: rotate(270deg); "
              "-webkit-transform: rotate(270deg); transform-origin: 3.25in 3.25in;\">")
    note = "<p style=\"margin:0;font-size:7pt\" align=\"right\">(Landscape page)</p>"
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{font(html.escape(h))}</b></td>" for h in heads) + "</tr>"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence("The following table sets forth the name, present position, present "
                                           "principal occupation or employment"
                                           + (", business address and citizenship" if options.citizenship
                                              else " and business address")
                                           + f" of each director and executive officer of {org}")) + "</p>",
             turned, note, opening, header]
    for index, person in enumerate(roster.people):
        cells = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
                 _joined(person["other_positions"]), _joined(person["address"])]
        cells += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        parts.append("<tr>" + "".join(f"<td valign=\"top\">{font(c)}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p align=\"center\">A-2</p>", "</div>", turned, note, opening]
            parts += [header] if options.repeat_header else []
    parts += ["</table>", "<p align=\"center\">A-3</p>", "</div>",
              "<p style=\"page-break-before:always\">Unless otherwise indicated, each occupation set forth opposite "
              f"a person&#8217;s name refers to employment with {html.escape(org)}.</p>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. change bars in the left margin --------------------------------------------------------------------------
def change_bar_margin_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address under a preamble).
    The feature this family adds (ours; a financial printer's revised proof kept in the filed amendment): the
    exhibit is reprinted with Amendment No. 2 and every line of an entry changed since Amendment No. 1 (about one
    entry in three, chosen by a seed; at least one) carries a change bar '|' in the first column, the table moved
    three columns right so that the bars stand clear of it; a note under the title says what the bars mean.
    Columns: Name | Position | Principal Occupation (wrapping at options.width) | Business Address | Citizenship
    (when printed); '--' where none. A page break after the entry's first line (the bar kept on the lines of a
    changed entry)."""
    org = roster.organization
    seed = _seed(org)
    changed = {i for i in range(len(roster.people)) if (seed + i) % 3 == 0} or {0}
    columns = [(28, "Name", lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 26, "  ")),
               (30, "Position", lambda i, p: _lines(p["positions"], 28) or ["--"]),
               (options.width + 2, "Principal Occupation",
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (30, "Business Address", lambda i, p: _lines(p["address"], 28) or ["--"]),
               (16 if options.citizenship else 0, "Citizenship", lambda i, p: _wrap(p["citizenship"] or "", 14))]
    live = [(w, cap, fn) for w, cap, fn in columns if w]
    widths = [w for w, _, _ in live]
    margin = "   "
    caption = ["<CAPTION>", *_wrap_rows([[cap] for _, cap, _ in live], widths, margin),
               *_wrap_rows([["-" * len(cap)] for _, cap, _ in live], widths, margin)]
    if options.markers:
        caption.append(margin + "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(widths) - 1), widths)))
    said = ", business address and citizenship" if options.citizenship else " and business address"
    lines = [f"{'EXHIBIT 7':>78}", f"{'(as amended by Amendment No. 2)':>78}", "", "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF':^78}".rstrip(), f"{org.upper():^78}".rstrip(), ""]
    lines += _wrap(_sentence(f"     The name, position, principal occupation{said} of each executive officer and "
                             f"director of {org} is set forth below"), 78)
    lines += [""] + _wrap("     A vertical bar in the left margin marks each entry changed since Amendment No. 1 "
                          "to this Schedule 13D.", 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        bar = "|  " if index in changed else margin
        rows = [bar + row for row in _wrap_rows([fn(index, person) for _, _, fn in live], widths)]
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'-2-':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append(margin + "-" * (sum(widths) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "elected_by_column_table": elected_by_column_table,
    "issuer_positions_labelled_blocks": issuer_positions_labelled_blocks,
    "rotated_landscape_div_html": rotated_landscape_div_html,
    "change_bar_margin_text": change_bar_margin_text,
}

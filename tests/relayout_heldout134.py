"""Held-out re-layout families, hundred-and-thirty-fourth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (19:16-19:18 UTC by `date`) by helper session gather134 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. Each family puts together layout choices that earlier
families and real rosters already have, in a combination no one family has:

- name_address_stacked_citizenship_table: an EDGAR <TABLE> (AIG, IDT) whose first column stacks the name over the
  business address (r54t / gather131's name-and-address cell), then Citizenship BEFORE the position and occupation
  (the citizenship-early order of Power Corporation 2005), under an 'EXHIBIT 99.2' caption and a preamble sentence.
- address_citizenship_first_html: an HTML table (Southwestern Energy) in the order Name | Business Address |
  Citizenship | Position | Principal Occupation, with a 'Schedule II' caption and a footnote (heldout132's notes).
- board_officer_sections_labelled_text: no table tags: labelled blocks (Micron) split into two section headings,
  'DIRECTORS' and 'EXECUTIVE OFFICERS (WHO ARE NOT DIRECTORS)' (the section structure of several earlier families;
  a heading wherever the kind changes, in the roster's order),
  with run-in labels at a fixed tab column and a 'Schedule A - Page 2' folio.
- saved_as_text_fixed_columns: an HTML roster saved as text: fixed-width columns with no <TABLE>, <S> or <C>
  (the saved-as-text form), captions underlined with '=' and the columns Name | Principal Occupation | Position |
  Business Address | Citizenship.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement. Nothing here says
anything about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, _wrap_rows, expected, printed_name
from relayout_heldout99 import _done, _edgar_table, _html_table, _joined, _lines, _numbered, _sentence, _wrap


def _is_board(person: dict) -> bool:
    titles = " ".join(person["positions"]).lower()
    return any(w in titles for w in ("director", "supervisory", "board", "trustee", "chairman"))


def _centred(text: str, width: int = 70) -> list[str]:
    return [f"{t:^78}".rstrip() for t in _wrap(text, width)]


# ---- 1. name over address, citizenship early, EDGAR <TABLE> -------------------------------------------------------
def name_address_stacked_citizenship_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A and IDT's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_aig.txt,
    text_fixed4col_position_occupation_idt_corporation.txt: EDGAR <TABLE>s under a preamble), with the stacked
    'NAME AND BUSINESS ADDRESS' cell of gather131 / r54t and the citizenship placed early as in Power Corporation's
    2005 roster. Columns: NAME AND BUSINESS ADDRESS (the name, then each address line indented) | CITIZENSHIP
    (when printed) | POSITION ('--' where none) | PRESENT PRINCIPAL OCCUPATION (wrapping at options.width; '--'
    where none). A page break after the entry's first line with 'Page 2 of Exhibit 99.2'."""
    org = roster.organization

    def name_address(index: int, person: dict) -> list[str]:
        name = _wrap(_numbered(index, printed_name(person, options), options), 28, "  ")
        return name + ["    " + piece for piece in _lines(person["address"], 26)]

    columns = [(32, ["NAME AND", "BUSINESS ADDRESS"], name_address),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13)),
               (26, [f"POSITION WITH {org.upper()}"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"])]
    head = [f"{'EXHIBIT 99.2':>78}", ""] + _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}")
    said = ", citizenship," if options.citizenship else ""
    head += [""] + _wrap(_sentence(f"     Set forth below are the name, business address{said} position and present "
                                   f"principal occupation of each director and executive officer of {org}"), 78)
    lines = _edgar_table(roster, options, columns, "Page 2 of Exhibit 99.2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. address and citizenship before the position, HTML ---------------------------------------------------------
def address_citizenship_first_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person), with the column order of Power Corporation's 2005 roster (address and
    citizenship next to the name) and a note under the table as in heldout132. Columns: Name | Business Address |
    Citizenship (when printed) | Position with <org> | Principal Occupation; 'n.' before the name when numbered;
    border="1" when ruled; <font> with markers; a page break after the entry's row with 'II-2'."""
    org = roster.organization
    heads = ["Name", "Business Address"] + (["Citizenship"] if options.citizenship else []) +         [f"Position with {org}", "Principal Occupation"]

    def cells(index: int, person: dict) -> list[str]:
        row = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["address"])]
        row += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        return row + [_joined(person["positions"]), _joined(person["other_positions"])]

    title = ["SCHEDULE II", f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = ["&#8212; denotes that no position or other principal occupation is held."]
    text = _html_table(roster, options, heads, cells, title, "II-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. board / officer sections, labelled blocks, no table tags --------------------------------------------------
def board_officer_sections_labelled_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_micron.txt: a name over indented
    labelled lines), split into 'DIRECTORS' and 'EXECUTIVE OFFICERS (WHO ARE NOT DIRECTORS)' sections as earlier
    section families do; a section heading is no person. Each entry: the name (n. before it when numbered), then
    'Position:', 'Principal Occupation:', 'Business Address:' (one line per address line) and 'Citizenship:' (when
    printed) at a fixed column; a blank line (a line of '*' in the ruled variant) between entries. A page break
    (form feed, 'Schedule A - Page 2', then the section heading '(continued)' when options.repeat_header) after
    the entry's name line. People keep the roster's order; a heading is printed wherever the kind changes
    (directors first in most rosters)."""
    org = roster.organization
    lines = [f"{'SCHEDULE A':^78}".rstrip(), ""] + _centred(f"Directors and Executive Officers of {org}") + [""]
    pad = " " * 4
    people = []
    heading = None
    for shown, person in enumerate(roster.people):
        section = "DIRECTORS" if _is_board(person) else "EXECUTIVE OFFICERS (WHO ARE NOT DIRECTORS)"
        if section != heading:
            heading = section
            lines += [heading, "-" * len(heading), ""]
        entry = [_numbered(shown, printed_name(person, options), options)]
        for label, values in (("Position:", person["positions"] or ["None"]),
                              ("Principal Occupation:", person["other_positions"] or ["--"]),
                              ("Business Address:", person["address"] or ["--"])):
            for k, value in enumerate(values):
                pieces = _wrap(value, options.width + 16, "  ")
                entry.append(f"{pad}{label if k == 0 else '':<26}{pieces[0]}")
                entry += [f"{pad}{'':<26}{piece}" for piece in pieces[1:]]
        if options.citizenship:
            entry.append(f"{pad}{'Citizenship:':<26}{person['citizenship'] or ''}")
        if options.page_break_in == shown:
            entry[1:1] = ["\f", f"{'Schedule A - Page 2':^78}".rstrip(), ""] + \
                ([f"{heading} (continued)", ""] if options.repeat_header else [])
        lines += entry + (["*" * 40] if options.rules else [""])
        people.append(expected(person, org, options))
    return ".txt", _done(lines), people


# ---- 4. HTML saved as text: fixed columns without table tags ------------------------------------------------------
def saved_as_text_fixed_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After an HTML roster saved as text (the saved-as-text families before this one: fixed-width columns with no
    <TABLE>, <S> or <C>), with the column order of IDT's Exhibit 7 turned occupation-first as in Power Corporation's
    2005 roster, captions underlined with '='. Columns: Name | Present Principal Occupation (wrapping at
    options.width; 'None' where none) | Position with <org> ('None' where none) | Business Address | Citizenship
    (when printed). A blank line between entries (a line of '-' in the ruled variant). A page break (form feed,
    '- 2 -', the captions again when options.repeat_header) after the entry's first line. The markers option here
    indents the whole table two spaces (the saved-as-text indentation of a centred table)."""
    org = roster.organization
    indent = "  " if options.markers else ""
    widths = [26, options.width + 2, 26, 28] + ([15] if options.citizenship else [])
    caps = [["Name"], ["Present Principal", "Occupation"], ["Position with", "the Company"], ["Business Address"]] +         ([["Citizenship"]] if options.citizenship else [])
    caps = [[""] * (2 - len(c)) + c for c in caps]
    caption = _wrap_rows(caps, widths, indent) +         [(indent + "".join(f"{'=' * (w - 2):<{w}}" for w in widths)).rstrip()]
    lines = _centred(f"Directors and Executive Officers of {org}") + [""]
    lines += _wrap(_sentence(f"     In the table below, \"the Company\" means {org}"), 78) + [""] + caption
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), 24, "  "),
                 _lines(person["other_positions"], options.width) or ["None"],
                 _lines(person["positions"], 24) or ["None"], _lines(person["address"], 26) or ["--"]]
        cells += [_wrap(person["citizenship"] or "", 13)] if options.citizenship else []
        rows = _wrap_rows(cells, widths, indent)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "\f", f"{'- 2 -':^78}".rstrip(), ""] + (caption if options.repeat_header else [])
        lines += rows + (["-" * (sum(widths) - 2)] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "name_address_stacked_citizenship_table": name_address_stacked_citizenship_table,
    "address_citizenship_first_html": address_citizenship_first_html,
    "board_officer_sections_labelled_text": board_officer_sections_labelled_text,
    "saved_as_text_fixed_columns": saved_as_text_fixed_columns,
}

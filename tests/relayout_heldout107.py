"""Held-out re-layout families, hundred-and-seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:49-12:52 UTC by `date`) by helper session gather107 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_address_second_occupation_items_citizen_note_under_name: an HTML <table> (Southwestern Energy's Schedule A,
  dev/html_section_rows_southwestern_energy.htm) Name | Business Address | Present Principal Occupation or
  Employment: the address second (Novo's Schedule I puts it before the occupation, dev/html_as_text_cells_multi_
  entity_novo.txt), the occupation cell the 'Title, Org' items then the outside occupations one a line
  (relayout.occupation_items, relayout_heldout95/98/104), the citizenship a preamble default (St. Paul Travelers,
  dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt; Danaher, dev/text_dotleader_twocol_history_
  danaher.txt; relayout_heldout92/98/104) with '(citizen of X)' under the name for the exceptions (as Smith
  Barney stacks the citizenship under the name, dev/table_stacked_name_title_citizenship_smith_barney.txt).
- edgar_segmented_rule_caption_citizenship_second_address_last: a fixed-width EDGAR <TABLE> whose caption stands
  between two segmented dashed rules (Castlerigg's Appendix III, dev/text_grid4col_citizenship_castlerigg.txt),
  columns NAME | CITIZENSHIP | POSITION | PRINCIPAL OCCUPATION | BUSINESS ADDRESS (citizenship second as
  relayout_heldout98.edgar_citizenship_second_address_third_occupation_last and Novo's cells order it; address
  last as the saved_text_pipe_lines_citizenship_second_address_last family), the folio 'Page N of M Pages' at a
  page break (Castlerigg).
- text_dotleader_name_runin_labelled_lines_aligned: no tags; the name followed by a dot leader to a second column
  (Danaher's Exhibit 8, dev/text_dotleader_twocol_history_danaher.txt) whose lines are labelled 'Position:',
  'Principal Occupation:', 'Business Address:', 'Citizenship:' (Micron's labelled blocks, dev/labelled_blocks_
  micron.txt; Canopy, dev/labelled_occupation_canopy.txt), the first label on the name's line.
- saved_text_pipe_lines_address_second_narrow_cells_citizenship_last: HTML saved as text, every cell between lines
  holding only '|' and the cells' words broken over short lines as a narrow HTML column prints them (St. Paul
  Travelers' Exhibit 1, dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt), in the order Name | Business
  Address | Position | Present Principal Occupation | Citizenship (address second as Novo's Schedule I; citizenship
  last as AIG's Exhibit A, dev/text_fixed4col_aig.txt), a page footer 'Page N of M Pages' in the middle (St. Paul).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then, nor a preamble default).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, _wrap_rows, default_citizenship, expected, occupation_items, printed_name
from relayout_heldout99 import _done, _html_table, _lines, _markers, _name_cell, _numbered, _wrap


def _of(org: str) -> str:
    """The organisation closing a sentence: no second full stop after 'Inc.'."""
    return org if org.endswith(".") else org + "."


def _country(citizenship: str) -> str:
    """'United States' -> 'the United States', as 'a citizen of' reads it."""
    return f"the {citizenship}" if citizenship.startswith(("United ", "Netherlands")) else citizenship


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


# ---- 1. HTML: address second, occupation items, a default citizenship with notes under the name --------------------
def html_address_second_occupation_items_citizen_note_under_name(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (one <tr> per person). Columns: Name | Business Address | Present
    Principal Occupation or Employment ('Title, Org' items, then the outside occupations, one a line). With
    citizenship: a preamble 'Unless otherwise indicated, each person listed below is a citizen of <default>.' and
    '(citizen of X)' under the name of each exception. 'n.' before the name in the numbered variant; a page break
    after the entry's row with 'S-2'."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None

    def cells(index: int, person: dict) -> list[str]:
        name = f"<b>{html.escape(_numbered(index, printed_name(person, options), options))}</b>"
        if default and person["citizenship"] != default:
            name += f"<br>(citizen of {html.escape(_country(person['citizenship']))})"
        items = occupation_items(person, org)
        return [name, "<br>".join(html.escape(a) for a in person["address"]),
                "<br>".join(html.escape(i) for i in items) or "&#8212;"]

    heads = ["Name", "Business Address", "Present Principal Occupation or Employment"]
    title = ["SCHEDULE I", f"Information Concerning the Directors and Executive Officers of {org}"]
    text = _html_table(roster, options, heads, cells, title, "S-2", [])
    intro = (f"<p>The following table sets forth the name, business address and present principal occupation or "
             f"employment of each director and executive officer of {html.escape(_of(org))}")
    if default:
        intro += f" Unless otherwise indicated, each person listed below is a citizen of {html.escape(_country(default))}."
    intro += "</p>"
    text = text.replace("<table", intro + "\n<table", 1)
    return ".htm", text, _people(roster, options)


# ---- 2. EDGAR: segmented rules round the caption, citizenship second, address last --------------------------------
def edgar_segmented_rule_caption_citizenship_second_address_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Castlerigg's Appendix III (a caption between segmented dashed rules, 'Page N of M Pages' folios).
    Columns: NAME | CITIZENSHIP (when printed) | POSITION ('None' where none) | PRINCIPAL OCCUPATION (wrapping at
    options.width; 'None' where none) | BUSINESS ADDRESS. '<TABLE>', '<S>'/'<C>' with options.markers, else plain
    columns; a segmented rule between entries in the ruled variant, else a blank line. A page break after the
    entry's first line; the caption repeated when options.repeat_header."""
    org = roster.organization
    columns = [(26, "Name", _name_cell(options, 26)),
               (15 if options.citizenship else 0, "Citizenship", lambda i, p: _wrap(p["citizenship"] or "", 13)),
               (24, "Position", lambda i, p: _lines(p["positions"], 24) or ["None"]),
               (options.width + 2, "Principal Occupation",
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["None"]),
               (28, "Business Address", lambda i, p: _lines(p["address"], 28))]
    live = [(w, c, fn) for w, c, fn in columns if w]
    widths = [w for w, _, _ in live]
    rule = "".join(f"{'-' * (w - 1):<{w}}" for w in widths).rstrip()
    caption = [rule, "".join(f"{'  ' + c:<{w}}" for w, c, _ in live).rstrip(), rule]
    tags = options.markers
    caption_block = (["<CAPTION>"] if tags else []) + caption + ([_markers(widths)] if tags else [])
    pages = 27
    lines = [f"{'Page 20 of ' + str(pages) + ' Pages':>78}", "", f"{'APPENDIX I':^78}".rstrip(),
             f"{'----------':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"{org.upper()} DIRECTORS AND EXECUTIVE OFFICERS", 70)] + [""]
    lines += _wrap(f"The following table sets forth the name{', citizenship' if options.citizenship else ''}, "
                   f"position, principal occupation and business address of each of the directors and executive "
                   f"officers of {_of(org)}", 72) + [""]
    lines += (["<TABLE>"] if tags else []) + caption_block
    for index, person in enumerate(roster.people):
        rows = _wrap_rows([fn(index, person) for _, _, fn in live], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</TABLE>"] if tags else []) + ["", "<PAGE>" if tags else "\f",
                                                           f"{'Page 21 of ' + str(pages) + ' Pages':>78}", ""] + \
                (["<TABLE>"] if tags else []) + (caption_block if options.repeat_header else [])
        lines += rows
        lines.append(rule if options.rules else "")
    if tags:
        lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. text: dot leader from the name to labelled lines ----------------------------------------------------------
def text_dotleader_name_runin_labelled_lines_aligned(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Danaher's Exhibit 8 (name, dot leader, a second column) with Micron's labels. No tags. Each entry:
    the name (numbered 'n.' in the numbered variant) and a dot leader to column 30, where 'Position:' begins;
    then under it 'Principal Occupation:', 'Business Address:' (continuation lines indented under the value) and
    'Citizenship:' (when printed); each value wrapping at options.width + 14. A blank line between entries (a
    dashed line in the ruled variant). A page break ('\\f', '-2-') after the entry's first line."""
    org = roster.organization
    left = 30
    value_width = options.width + 14
    lines = [f"{'Exhibit 8':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    lines += _wrap(f"Set forth below are the name, position with {org}, principal occupation, business address"
                   f"{' and citizenship' if options.citizenship else ''} of each director and executive officer "
                   f"of {_of(org)}", 76) + [""]
    for index, person in enumerate(roster.people):
        name = " " + _numbered(index, printed_name(person, options), options)
        if len(name) > left - 4:
            head = [name]
            first_pad = " " * left
        else:
            head = []
            first_pad = f"{name}{'.' * (left - 2 - len(name))}  "
        labelled = [("Position:", "; ".join(person["positions"]) or "None"),
                    ("Principal Occupation:", "; ".join(person["other_positions"]) or "None")]
        body: list[str] = []
        for label, value in labelled:
            body += _wrap(f"{label} {value}", value_width, "    ")
        address = [piece for line in person["address"] for piece in _wrap(line, value_width - 18, "  ")]
        body.append(f"Business Address: {address[0]}")
        body += [f"{' ' * 18}{line}" for line in address[1:]]
        if options.citizenship:
            body.append(f"Citizenship: {person['citizenship']}")
        entry = head + [first_pad + body[0]] + [" " * left + b for b in body[1:]]
        if options.page_break_in == index and len(entry) > 1:
            entry[1:1] = ["", "\f", f"{'-2-':^78}".rstrip(), ""]
        lines += entry
        lines.append("-" * 76 if options.rules else "")
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. HTML saved as text: pipe lines, narrow cells ---------------------------------------------------------------
def saved_text_pipe_lines_address_second_narrow_cells_citizenship_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After St. Paul Travelers' Exhibit 1 (HTML saved as text: every cell between lines of '|', words broken over
    short lines). Cells: Name (whole on one line; 'n.' in the numbered variant) | Business Address (each address
    line broken at 18) | Position (titles one a line, '--' where none) | Present Principal Occupation (broken at
    options.width // 2 + 4, '--' where none) | Citizenship (when printed). Between rows a blank line (a line of
    underscores in the ruled variant). A page break after the entry's second cell: 'Page 2 of 9 Pages', then the
    header cells again when options.repeat_header."""
    org = roster.organization
    narrow = options.width // 2 + 4

    def cell(lines: list[str]) -> list[str]:
        return ["|", *lines, "|"]

    heads = ["Name", "Business Address", "Position", "Present Principal Occupation"] + \
        (["Citizenship"] if options.citizenship else [])
    header = [line for h in heads for line in cell(_wrap(h, 12))]
    out = ["EXHIBIT 1", "DIRECTORS AND EXECUTIVE OFFICERS OF", *_wrap(org.upper(), 40)]
    out += [f"The names, business addresses, positions and present principal occupations"
            f"{' and citizenship' if options.citizenship else ''} of the directors and executive officers of {org} "
            "are set forth below.", org] + header
    for index, person in enumerate(roster.people):
        cells = [[_numbered(index, printed_name(person, options), options)],
                 [piece for a in person["address"] for piece in _wrap(a, 18)],
                 [piece for t in person["positions"] for piece in _wrap(t, 18)] or ["--"],
                 [piece for t in person["other_positions"] for piece in _wrap(t, narrow)] or ["--"]]
        if options.citizenship:
            cells.append([person["citizenship"]])
        for number, lines in enumerate(cells):
            out += cell(lines)
            if number == 1 and options.page_break_in == index:
                out += ["Page 2 of 9 Pages"] + (header if options.repeat_header else [])
        out.append("_" * 40 if options.rules else "")
    return ".txt", _done(out), _people(roster, options)


FAMILIES = {"html_address_second_occupation_items_citizen_note_under_name":
            html_address_second_occupation_items_citizen_note_under_name,
            "edgar_segmented_rule_caption_citizenship_second_address_last":
            edgar_segmented_rule_caption_citizenship_second_address_last,
            "text_dotleader_name_runin_labelled_lines_aligned": text_dotleader_name_runin_labelled_lines_aligned,
            "saved_text_pipe_lines_address_second_narrow_cells_citizenship_last":
            saved_text_pipe_lines_address_second_narrow_cells_citizenship_last}

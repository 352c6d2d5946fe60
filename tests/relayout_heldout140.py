"""Held-out re-layout families, hundred-and-fortieth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (21:05-21:11 UTC by `date`) by helper session gather140 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real development rosters already have, in a combination no one earlier
family has (checked against the comment blocks of tests/relayout.py and the docstrings of heldout122, 125, 128,
131, 134 and 137):

- html_two_stacked_cells_name_titles_citizenship_section_rows: an HTML table (container of Southwestern Energy's
  dev/html_section_rows_southwestern_energy.htm) with only TWO cells a person, stacked as in Smith Barney's EDGAR
  table (dev/table_stacked_name_title_citizenship_smith_barney.txt: name over titles over citizenship | occupation
  over address lines), and Southwestern Energy's spanning section rows 'Directors' / 'Executive Officers' inside the
  table. Earlier stacked-pair HTML (heldout html_stacked_pair_default_address) said the address once; the Smith
  Barney stacks were only EDGAR text (relayout smith_barney_stacked_name_title_citizenship_table).
- pipe_cells_section_tables_occupation_first_citizenship_preamble_exceptions: St. Paul Travelers' HTML saved as
  pipe cells (dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt: each cell's lines, then '|' lines), one
  captioned pipe table per section as St. Paul prints one per company (sections 'Directors' / 'Executive Officers'
  from MSDW OIP's dev/text_sections_directors_officers_msdw_oip_2001.txt), the occupation column BEFORE the position
  (heldout131's occupation-first order), and the citizenship said once in the PREAMBLE with the exceptions named
  there (St. Paul's 'All of the individuals listed below are citizens of the United States' plus heldout92's
  named exceptions). heldout137's pipe family put it in a postamble, with no sections and position first.
- numbered_surname_run_in_prose_citizenship_postamble_edgar_pages: Chittenden's run-in prose (dev/prose_chittenden_
  corporation.txt: 'Name.  Surname is <titles> of <Org>.'), each paragraph numbered as Bollore's entries
  (dev/numbered_entities_bollore.txt), each with its own occupation and business address sentences (Chittenden
  states the address once), the citizenship said once AFTER the list with the exceptions (heldout137's pipe
  postamble), and EDGAR '<PAGE>' page breaks with a folio (Chittenden's <PAGE> tags; heldout99's folios).
  heldout137's Chittenden family was HTML <p>s under section headings with the address in the preamble.
- dot_leader_names_right_column_labelled_lines_numbered_sections: Danaher's dot leaders from the name to a right
  column (dev/text_dotleader_twocol_history_danaher.txt) and its numbered sections '1. Directors of <Org>' /
  '2. Executive Officers of <Org>', with the right column holding the titles stacked one a line (National Grid's
  dev/text_stacked_name_title_lines_postamble_address_national_grid.txt) then Micron's colon labels
  (dev/labelled_blocks_micron.txt) 'Principal Occupation:', 'Business Address:', 'Citizenship:' with hanging
  continuation lines. Danaher's right column is one prose cell; Micron's labels hang under the name, not beside it.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then). A citizenship said once in a preamble or a
postamble is each person's own value (the exceptions are named with theirs).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
from collections import Counter

from relayout import Options, Roster, expected, printed_name
from relayout_heldout99 import _done, _numbered, _sentence, _wrap


def _is_board(person: dict) -> bool:
    titles = " ".join(person["positions"]).lower()
    return any(w in titles for w in ("director", "supervisory", "board", "trustee", "chairman"))


def _centred(text: str, width: int = 70) -> list[str]:
    return [f"{t:^78}".rstrip() for t in _wrap(text, width)]


def _and(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _default_citizenship(roster: Roster) -> str:
    counts = Counter(p["citizenship"] for p in roster.people)
    return counts.most_common(1)[0][0]


def _citizenship_statement(roster: Roster, options: Options, opening: str) -> str:
    """'<opening> citizens of <default>[, except A, who is a citizen of X, and B, who is a citizen of Y].'"""
    def country(name: str) -> str:
        return "the " + name if name.startswith("United ") else name

    default = country(_default_citizenship(roster))
    others = [f"{printed_name(p, options)}, who is a citizen of {country(p['citizenship'])}"
              for p in roster.people if country(p["citizenship"]) != default]
    text = f"{opening} citizens of {default}"
    if others:
        text += ", except " + ("; ".join(others[:-1]) + "; and " + others[-1] if len(others) > 1 else others[0])
    return _sentence(text)


def _surname(name: str) -> str:
    words = name.replace(",", "").split()
    while len(words) > 1 and words[-1].rstrip(".").upper() in ("JR", "SR", "II", "III", "IV"):
        words.pop()
    return words[-1]


# ---- 1. HTML, two stacked cells a person, section rows ------------------------------------------------------------
def html_two_stacked_cells_name_titles_citizenship_section_rows(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Smith Barney's stacked two-column table (dev/table_stacked_name_title_citizenship_smith_barney.txt) in
    the HTML container of Southwestern Energy (dev/html_section_rows_southwestern_energy.htm) with its spanning
    section rows. Cells: 'Name, Title and Citizenship' (the name, bold, 'n.' before it when numbered; each title on
    its own line; the citizenship when printed; 'Name and Title' without it) | 'Principal Occupation and Business Address' (each other
    occupation, then each address line). A section row ('Directors' / 'Executive Officers') wherever the kind
    changes. border="1" when ruled; <font> wrappers with markers; a page break after the entry's row closes the
    table and opens another after a folio 'A-2' (the caption row again when options.repeat_header)."""
    org = roster.organization

    def cell(lines: list[str], extra: str = "") -> str:
        body = "<br>".join(lines)
        body = f"<font size=\"2\">{body}</font>" if options.markers else body
        return f"<td valign=\"top\"{extra}>{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b><u>{h}</u></b></td>" for h in
                              ("Name, Title and Citizenship" if options.citizenship else "Name and Title",
                               "Principal Occupation and Business Address")) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>", "<p align=\"right\"><b>EXHIBIT 99.A</b></p>",
             f"<p align=\"center\"><b>EXECUTIVE OFFICERS AND DIRECTORS OF<br>{html.escape(org.upper())}</b></p>",
             opening, header]
    kind = None
    for index, person in enumerate(roster.people):
        section = "Directors" if _is_board(person) else "Executive Officers"
        if section != kind:
            kind = section
            parts.append(f"<tr><td colspan=\"2\" align=\"center\"><b><i>{section}</i></b></td></tr>")
        left = [f"<b>{html.escape(_numbered(index, printed_name(person, options), options))}</b>"]
        left += [html.escape(t) for t in person["positions"]]
        left += [html.escape(person["citizenship"])] if options.citizenship else []
        right = [html.escape(o) for o in person["other_positions"]] + [html.escape(a) for a in person["address"]]
        parts.append("<tr>" + cell(left) + cell(right) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. pipe cells, one table a section, occupation first, citizenship in the preamble -----------------------------
def pipe_cells_section_tables_occupation_first_citizenship_preamble_exceptions(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After St. Paul Travelers' HTML saved as pipe cells (dev/html_as_text_pipes_truncated_cells_st_paul_travelers
    .txt): each cell's lines (wrapped at options.width) followed by two '|' lines, one row after another with no
    blank line, a caption row of pipe cells at the top of each table. One table a section ('Directors' /
    'Executive Officers', a heading line before it, wherever the kind changes). Cells: Name ('n.' before it when
    numbered) | Present Principal Occupation ('None' where none) | Position | Business Address (each line a
    line). The citizenship, when printed, once in the preamble with the exceptions named. A line of '-' between
    rows in the ruled variant. A page break after the entry: form feed, folio '2', the caption row again when
    options.repeat_header (unless a new section with its own caption follows)."""
    org = roster.organization

    def pipe_row(cells: list[list[str]]) -> list[str]:
        return [line for c in cells for line in (c + ["|", "|"])]

    caption = pipe_row([["Name"], ["Present", "Principal", "Occupation"], ["Position"], ["Business Address"]])
    lines = ["EXHIBIT 1", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", ""]
    preamble = f"The names and present principal occupations of the directors and executive officers of {org} are " \
        "set forth below."
    if options.citizenship:
        preamble += " " + _citizenship_statement(roster, options, "All of the individuals listed below are")
    lines += [preamble, ""]
    kind = None
    for index, person in enumerate(roster.people):
        section = "Directors" if _is_board(person) else "Executive Officers"
        if section != kind:
            kind = section
            lines += ["", section, ""] + caption
        cells = [_wrap(_numbered(index, printed_name(person, options), options), options.width),
                 [piece for o in person["other_positions"] for piece in _wrap(o, options.width)] or ["None"],
                 [piece for t in person["positions"] for piece in _wrap(t, options.width)],
                 [piece for a in person["address"] for piece in _wrap(a, options.width)]]
        lines += pipe_row(cells)
        if options.rules:
            lines.append("-" * 40)
        if options.page_break_in == index and index + 1 < len(roster.people):
            same = _is_board(roster.people[index + 1]) == _is_board(person)
            lines += ["", "\f", "2", ""] + (caption if options.repeat_header and same else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. numbered run-in prose, own address sentences, citizenship postamble, <PAGE> --------------------------------
def numbered_surname_run_in_prose_citizenship_postamble_edgar_pages(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Chittenden's Exhibit 99.1 (dev/prose_chittenden_corporation.txt): one indented paragraph a person,
    'n.' first when numbered (Bollore's dev/numbered_entities_bollore.txt), then '<Name>.  <Surname> is <titles
    joined by and> of <Org>.', '<Surname>'s present principal occupation is <occupations joined by '; '>.' where
    there is one, and '<Surname>'s business address is <address lines joined by ', '>.'; the paragraph wraps at
    options.width + 44. The citizenship, when printed, once after the list with the exceptions named. A page break
    after the entry's first line: '<PAGE>' (a form feed without markers), a folio '2', and the title '(continued)'
    when options.repeat_header. A line of '*' between paragraphs in the ruled variant (else a blank line)."""
    org = roster.organization
    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    lines = (["<PAGE>"] if options.markers else []) + [f"{'EXHIBIT 99.1':^78}".rstrip(),
                                                       f"{'------------':^78}".rstrip(), ""] + _centred(title) + [""]
    lines += _wrap("     Set forth below are the name, position, present principal occupation and business address "
                   + _sentence(f"of each director and executive officer of {org}"), 78) + [""]
    for index, person in enumerate(roster.people):
        surname = _surname(printed_name(person, options).split(",")[0]) if options.upper_last_first \
            else _surname(person["name"])
        text = f"{_numbered(index, printed_name(person, options), options)}.  " \
            f"{surname} is {_and(person['positions'])} of {org}."
        if person["other_positions"]:
            text += f" {surname}'s present principal occupation is {'; '.join(person['other_positions'])}."
        text += f" {surname}'s business address is {', '.join(person['address'])}."
        para = _wrap("     " + text.replace("..", "."), options.width + 44)
        if options.page_break_in == index and len(para) > 1:
            para[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'2':^78}".rstrip(), ""] + \
                (_centred(title + " (continued)") + [""] if options.repeat_header else [])
        lines += para + (["*" * 20] if options.rules else [""])
    if options.citizenship:
        lines += [""] + _wrap("     " + _citizenship_statement(roster, options, "All of the persons named above are"),
                              78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. dot leaders to a right column of titles and labelled lines, numbered sections ------------------------------
def dot_leader_names_right_column_labelled_lines_numbered_sections(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Danaher's Exhibit 8 (dev/text_dotleader_twocol_history_danaher.txt): numbered section headings
    '1. Directors of <Org>' / '2. Executive Officers of <Org>' (a new one wherever the kind changes, numbered on),
    a 'Name' | 'Position, Occupation, Address and Citizenship' caption ('... and Address' without citizenship) underlined with dashes under each heading,
    the name ('n.' before it when numbered) followed by dot leaders to column 29; the right column holds each title
    on its own line (National Grid's stacked titles), then 'Principal Occupation:' (when there is one),
    'Business Address:' (the lines joined by ', ') and 'Citizenship:' (when printed), hanging continuation lines
    indented under the value (Micron's labels), wrapped at options.width + 14. A blank line between entries (a line
    of '-' in the ruled variant). A page break after the entry's first line: form feed, 'Exhibit 8 - Page 2', then
    the caption again when options.repeat_header."""
    org = roster.organization
    width = options.width + 14
    said = "Position, Occupation, Address and Citizenship" if options.citizenship else "Position, Occupation and Address"
    caption = [f"{'Name':<29}{said}",
               f"{'----':<29}{'-' * len(said)}"]
    lines = [f"{'Exhibit 8':^78}".rstrip(), ""] + _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}")
    lines += [""] + _wrap(f"     The following table sets forth the name, position with {org}, present principal "
                          "occupation, business address" + (" and citizenship" if options.citizenship else "")
                          + _sentence(f" of each director and executive officer of {org}"), 78)
    kind, number = None, 0
    for index, person in enumerate(roster.people):
        section = "Directors" if _is_board(person) else "Executive Officers"
        if section != kind:
            kind, number = section, number + 1
            lines += ["", f"{number}. {section} of {org}", ""] + caption
        right = [piece for t in person["positions"] for piece in _wrap(t, width, "  ")]
        for label, value in (("Principal Occupation: ", "; ".join(person["other_positions"])),
                             ("Business Address: ", ", ".join(person["address"])),
                             ("Citizenship: ", person["citizenship"] if options.citizenship else "")):
            if value:
                right += _wrap(label + value, width, " " * len(label))
        name = _numbered(index, printed_name(person, options), options)
        if len(name) > 26:
            rows = [" " + name] + [f"{'':<29}{r}" for r in right]
            rows[1] = f" {'':.<27} {right[0]}"
        else:
            rows = [f" {name + ' ':.<27} {right[0]}"] + [f"{'':<29}{r}" for r in right[1:]]
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "\f", f"{'Exhibit 8 - Page 2':^78}".rstrip(), ""] + \
                (caption if options.repeat_header else [])
        lines += rows + (["-" * 74] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "html_two_stacked_cells_name_titles_citizenship_section_rows":
        html_two_stacked_cells_name_titles_citizenship_section_rows,
    "pipe_cells_section_tables_occupation_first_citizenship_preamble_exceptions":
        pipe_cells_section_tables_occupation_first_citizenship_preamble_exceptions,
    "numbered_surname_run_in_prose_citizenship_postamble_edgar_pages":
        numbered_surname_run_in_prose_citizenship_postamble_edgar_pages,
    "dot_leader_names_right_column_labelled_lines_numbered_sections":
        dot_leader_names_right_column_labelled_lines_numbered_sections,
}

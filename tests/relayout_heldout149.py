"""Held-out re-layout families, hundred-and-forty-ninth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (23:23-23:27 UTC by `date`) by helper session gather149 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real development rosters already have, in a combination no one earlier
family has (checked against the docstrings of heldout134, 137, 140, 143 and 146 and the comment blocks at the end of
tests/relayout.py):

- saved_text_cells_one_a_line_section_captions_citizenship_preamble_exceptions: HTML saved as text with every cell
  on a line of its own (Novo, dev/html_as_text_cells_multi_entity_novo.txt: 'Name, Title' / 'Address' / 'Principal
  Occupation' caption cells, the name over its title in the first cell, the address lines one a line), the caption
  cells repeated under a caption line per group as Novo does per entity, here per 'Directors' / 'Executive
  Officers' run (MSDW OIP's sections, dev/text_sections_directors_officers_msdw_oip_2001.txt), NO citizenship cell:
  the citizenship said once in the preamble with the exceptions named (IDT Corporation's 'Each person listed below
  is a citizen of the United States, other than Paul Reichmann, who is a citizen of Canada.', dev/text_fixed4col_
  position_occupation_idt_corporation.txt), a blank line between persons (relayout.html_saved_as_text). heldout110 /
  122 / 125 / 128 / 134's saved cells all print a citizenship cell; none has per-section captions.
- edgar_stacked_name_titles_citizenship_cell_occupation_items_address_postamble_exceptions: Smith Barney's two-column
  EDGAR <Table> whose left cell stacks the name, the titles and the citizenship (dev/table_stacked_name_title_
  citizenship_smith_barney.txt), the right cell holding only the occupation items ('<title>, <Org>' then the outside
  occupation, AIG's occupation column, dev/text_fixed4col_aig.txt) and NO address: the business address said once
  AFTER the table with the exceptions by name (National Grid's postamble, dev/text_stacked_name_title_lines_
  postamble_address_national_grid.txt; heldout146's prose family). heldout106's Smith Barney variant keeps the address
  in the right cell with a preamble default; heldout140's stacked cells are HTML with section rows.
- html_two_column_name_labelled_br_cell_section_rows_citizenship_postamble_exceptions: Southwestern Energy's HTML
  table with its italic spanning 'Directors' / 'Executive Officers (Who Are Not Directors)' section rows
  (dev/html_section_rows_southwestern_energy.htm), two columns: the name | one cell of Micron's labelled lines
  'Position:' / 'Principal Occupation:' / 'Business Address:' (dev/labelled_blocks_micron.txt) joined by <br>
  (heldout31's labelled <br> lines, there in <p> paragraphs without a table); the citizenship said once AFTER the
  table with the exceptions named (heldout137's pipe postamble). heldout143's HTML keys are roman, in paragraphs.
- centred_group_headings_group_preamble_citizenship_exceptions_stacked_name_lines: Forstmann Little's centred
  two-line group headings ('Partners of' / 'FLC XXX', here 'Directors of' / '<Org>') each followed by a preamble
  paragraph of its own (dev/text_centered_names_gp_preamble_forstmann_little.txt), the group's preamble saying the
  citizenship once for that group with the group's exceptions named (IDT's sentence); under it National Grid's
  stacked lines flush left (dev/text_stacked_name_title_lines_postamble_address_national_grid.txt: the name, one
  '<title>, <Org>' line per title, the outside occupation, the address lines). heldout142's Forstmann variant prints
  names only, two a line; heldout137 / 146's stacked lines have numbered sections or no sections and one citizenship
  statement for the whole list.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no citizenship
where options.citizenship is False; a default said once is each covered person's own value.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, expected, occupation_items, printed_name
from relayout_heldout99 import _done, _edgar_table, _lines, _numbered, _sentence, _wrap
from relayout_heldout137 import _centred, _citizen, _common
from relayout_heldout143 import _break, _runs, _shared_address


def _citizenship_sentence(people: list[dict], lead: str) -> str:
    """'<lead> a citizen of X, other than A, who is a citizen of Y' (IDT's preamble sentence)."""
    default = _common([p["citizenship"] for p in people])
    others = [p for p in people if p["citizenship"] != default]
    text = f"{lead} {_citizen(default)}"
    if others:
        named = [f"{p['name']}, who is {_citizen(p['citizenship'])}" for p in others]
        text += ", other than " + ("; ".join(named[:-1]) + "; and " + named[-1] if len(named) > 1 else named[0])
    return _sentence(text)


def _address_postamble(roster: Roster, options: Options, where: str) -> list[str]:
    shared = _shared_address(roster)
    tail = ", except as follows:" if any(tuple(p["address"]) != shared for p in roster.people) else "."
    if shared:
        out = _wrap(f"     The business address of each of the persons named {where} is {', '.join(shared)}{tail}", 78)
    else:
        out = _wrap(f"     The business addresses of the persons named {where} are as follows:", 78)
    for person in roster.people:
        if tuple(person["address"]) != shared:
            out += ["    " + line for line in
                    _wrap(f"{printed_name(person, options)}: {', '.join(person['address'])}", 70, "    ")]
    return out


def _heading(options: Options, exhibit: str, org: str) -> list[str]:
    return ["<PAGE>" if options.markers else "", f"{exhibit:^78}".rstrip(), ""] + \
        _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]


# ---- 1. saved-as-text cells one a line, a caption line per section, the citizenship in the preamble --------------
def saved_text_cells_one_a_line_section_captions_citizenship_preamble_exceptions(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """Novo's HTML saved as text (dev/html_as_text_cells_multi_entity_novo.txt): every cell on lines of its own at
    the margin, the caption cells 'Name, Title' / 'Address' / 'Principal Occupation' each on a line, repeated under a
    caption line for each 'Directors' / 'Executive Officers' run (Novo's per-entity caption; MSDW OIP's sections); a
    person's cells: the name, the titles joined '; ' on the next line, the address lines, the outside occupation
    joined '; ' ('-' when none); a blank line between persons. No citizenship cell: the preamble says it once with
    the exceptions named (IDT), none when options.citizenship is False. 'n.' before the name when numbered, a '----'
    line after each person when ruled, a page break ('<PAGE>' or form feed, 'I-2', the caption cells again when
    options.repeat_header) after the entry's name line."""
    org = roster.organization
    lines = ["EXHIBIT 99.1", "SCHEDULE I"]
    pre = f"Information regarding each director and executive officer of {org} is set forth below."
    if options.citizenship:
        pre += " " + _citizenship_sentence(roster.people, "Each person listed below is")
    lines += [pre]
    captions = ["Name, Title", "Address", "Principal Occupation"]
    for kind, first, people in _runs(roster):
        lines += ["", kind] + captions + [""]
        for offset, person in enumerate(people):
            index = first + offset
            lines.append(_numbered(index, printed_name(person, options), options))
            if options.page_break_in == index:
                lines += _break(options, "I-2") + (captions + [""] if options.repeat_header else [])
            lines.append("; ".join(person["positions"]) or "-")
            lines += person["address"]
            lines.append("; ".join(person["other_positions"]) or "-")
            lines += (["----"] if options.rules else []) + [""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. Smith Barney's stacked left cell, occupation items right, the address after the table -------------------
def edgar_stacked_name_titles_citizenship_cell_occupation_items_address_postamble_exceptions(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Smith Barney's Exhibit 99.A (dev/table_stacked_name_title_citizenship_smith_barney.txt): an EDGAR <TABLE>
    of two columns, 'NAME, TITLE, AND CITIZENSHIP' | 'PRINCIPAL OCCUPATION', '<S>'/'<C>' with options.markers, the
    left cell stacking the name, the titles joined ' and ' (wrapping, indented two) and the citizenship (not when
    options.citizenship is False); the right cell the occupation items ('<title>, <Org>' then the outside occupation,
    AIG's column, one item a line, wrapping indented two) and no address; the business address said once after the
    table with the exceptions by name (National Grid's postamble). 'n.' when numbered; dashed rows when ruled; the
    page break of relayout_heldout99._edgar_table ('-2-') after the entry's first line."""
    org = roster.organization
    left, right = 38, max(options.width, 28) + 14

    def stack(index: int, person: dict) -> list[str]:
        out = _wrap(_numbered(index, printed_name(person, options), options), left - 2, "  ")
        out += _wrap(" and ".join(person["positions"]) or "--", left - 2, "  ")
        if options.citizenship:
            out += _wrap(person["citizenship"], left - 2, "  ")
        return out

    head = _heading(options, "EXHIBIT 99.A", org)
    head += _wrap(f"     Set forth below are the name, title{', citizenship' if options.citizenship else ''} and "
                  f"present principal occupation of each executive officer and director of {org}; their business "
                  f"addresses follow the table.", 78)
    lines = _edgar_table(roster, options, [
        (left, ["NAME, TITLE, AND CITIZENSHIP" if options.citizenship else "NAME AND TITLE"], stack),
        (right, ["PRINCIPAL OCCUPATION"], lambda i, p: _lines(occupation_items(p, org), right))], "-2-", head)
    lines += [""] + _address_postamble(roster, options, "in the table above")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. HTML: name | labelled <br> lines, Southwestern's section rows, the citizenship after the table ------------
def html_two_column_name_labelled_br_cell_section_rows_citizenship_postamble_exceptions(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Southwestern Energy's HTML Schedule A (dev/html_section_rows_southwestern_energy.htm): a borderless table whose
    italic section rows 'Directors' / 'Executive Officers (Who Are Not Directors)' span the row wherever the kind
    changes, a spacer column; two columns here: the name | one cell of Micron's labelled lines (dev/labelled_blocks_
    micron.txt) '<b>Position:</b> ...', '<b>Principal Occupation:</b> ...' (only when there is one), '<b>Business
    Address:</b>' then the address lines, joined by <br>; the citizenship said once in a paragraph AFTER the table
    with the exceptions named (none when options.citizenship is False). 'n.' before the name when numbered;
    border="1" when ruled; a page break (options.page_break_in) after the entry's row closes the table, a
    page-break-before paragraph with 'A-2', and a new table (the header row again when options.repeat_header)."""
    org = roster.organization
    border = ' border="1"' if options.rules else ""
    opening = f'<table width="100%" cellpadding="2" cellspacing="0"{border}>'
    header = '<tr><td width="30%"><b>Name</b></td><td width="1%">&nbsp;</td><td width="69%"><b>Position, Principal ' \
        'Occupation and Business Address</b></td></tr>'

    def font(text: str) -> str:
        return f'<font face="Times New Roman" size="2">{text}</font>' if options.markers else text

    parts = ["<html><body>", '<p align="center"><b><u>SCHEDULE A</u></b></p>',
             f"<p><b>1.&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(org.upper())}</b></p>",
             f"<p>The name, position with {html.escape(org)}, present principal occupation and business address of "
             f"each of the directors and executive officers of {html.escape(org)} are set forth below.</p>",
             opening, header]
    for kind, first, people in _runs(roster):
        caption = "Directors" if kind == "Directors" else "Executive&nbsp;Officers&nbsp;(Who&nbsp;Are&nbsp;Not&nbsp;" \
            "Directors)"
        parts.append(f'<tr><td colspan="3" valign="bottom"><i>{caption}</i></td></tr>')
        for offset, person in enumerate(people):
            index = first + offset
            cell = [f"<b>Position:</b> {html.escape('; '.join(person['positions']) or '--')}"]
            if person["other_positions"]:
                cell.append(f"<b>Principal Occupation:</b> {html.escape('; '.join(person['other_positions']))}")
            cell.append("<b>Business Address:</b> " + "<br>".join(html.escape(a) for a in person["address"]))
            name = html.escape(_numbered(index, printed_name(person, options), options))
            parts.append(f'<tr><td valign="top">{font(name)}</td><td>&nbsp;&nbsp;</td>'
                         f'<td valign="top">{font("<br>".join(cell))}</td></tr>')
            if options.page_break_in == index and index + 1 < len(roster.people):
                parts += ["</table>", '<p style="page-break-before:always" align="center">A-2</p>', opening] + \
                    ([header] if options.repeat_header else [])
    parts.append("</table>")
    if options.citizenship:
        parts.append(f"<p>{html.escape(_citizenship_sentence(roster.people, 'Each of the persons named above is'))}</p>")
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. Forstmann Little's centred group headings and group preambles over National Grid's stacked lines ---------
def centred_group_headings_group_preamble_citizenship_exceptions_stacked_name_lines(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Forstmann Little's Schedule I (dev/text_centered_names_gp_preamble_forstmann_little.txt): 'Schedule I' at the
    margin, then per 'Directors' / 'Executive Officers' run a heading centred on two lines ('Directors of' /
    '<Org>') and an indented preamble paragraph of its own, which names the group and says the group's citizenship
    once with the group's exceptions named (IDT's sentence; none when options.citizenship is False); under it
    National Grid's stacked lines flush left (dev/text_stacked_name_title_lines_postamble_address_national_grid.txt):
    the name, one '<title>, <Org>' line per title, the outside occupation lines, the address lines, a blank line
    between persons. 'n.' when numbered, '=' rows when ruled, a page break ('Page I-2') after the entry's name."""
    org = roster.organization
    lines = ["Schedule I", ""]
    for kind, first, people in _runs(roster):
        lines += _centred(f"{kind} of") + _centred(org) + [""]
        pre = f"     The following are the {kind.lower()} of {_sentence(org)} Set forth below each name are the " \
            f"person's positions with {org}, any other present principal occupation and the business address."
        if options.citizenship:
            pre += " " + _citizenship_sentence(people, f"Each of the following {kind.lower()} is")
        lines += _wrap(pre, 78) + [""]
        for offset, person in enumerate(people):
            index = first + offset
            lines += _wrap(_numbered(index, printed_name(person, options), options), 70, "   ")
            if options.page_break_in == index:
                lines += _break(options, "Page I-2")
            lines += _lines([f"{t}, {org}" for t in person["positions"]] or ["--"], options.width + 20)
            lines += _lines(person["other_positions"], options.width + 20)
            lines += person["address"]
            lines += (["=" * 24] if options.rules else []) + [""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "saved_text_cells_one_a_line_section_captions_citizenship_preamble_exceptions":
        saved_text_cells_one_a_line_section_captions_citizenship_preamble_exceptions,
    "edgar_stacked_name_titles_citizenship_cell_occupation_items_address_postamble_exceptions":
        edgar_stacked_name_titles_citizenship_cell_occupation_items_address_postamble_exceptions,
    "html_two_column_name_labelled_br_cell_section_rows_citizenship_postamble_exceptions":
        html_two_column_name_labelled_br_cell_section_rows_citizenship_postamble_exceptions,
    "centred_group_headings_group_preamble_citizenship_exceptions_stacked_name_lines":
        centred_group_headings_group_preamble_citizenship_exceptions_stacked_name_lines,
}

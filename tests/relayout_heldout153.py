"""Held-out re-layout families, hundred-and-fifty-third set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-08 (00:37-00:44 UTC by `date`) by helper session gather153 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- pdf_ligature_glyphs_stacked_name_title_lines: National Grid's stacked name / title lines (dev/text_stacked_name_
  title_lines_postamble_address_national_grid.txt) extracted from a typeset PDF that keeps the font's ligature
  glyphs: every 'ffi', 'ffl', 'ff', 'fi' and 'fl' of the text, values included ('Chief Financial O\ufb03cer',
  '\ufb01fth'), is the one character U+FB03, U+FB04, U+FB00, U+FB01 or U+FB02 (a typographic habit of a
  conversion).
- ideographic_space_padded_twocol_director_paren: SBC's two-column Name | Present Principal Occupation list with
  the outside occupation in parentheses after 'Director' (dev/text_twocol_director_paren_sbc.txt) typed on a
  Japanese word processor: the gap between the columns and the indent of every continuation line are IDEOGRAPHIC
  SPACES (U+3000, two columns wide each; one ordinary space where the gap is odd) instead of runs of spaces (a
  typographic habit of a conversion).
- css_display_table_divs_html: Southwestern Energy's one-row-per-person HTML table (dev/html_section_rows_
  southwestern_energy.htm) written without any table tag: nested <div>s styled 'display:table', 'display:table-row'
  and 'display:table-cell' (a web-authoring tool's export; a different way to lay out the cells).
- html_entities_left_in_text_cell_lines: Novo Holdings' HTML-saved-as-text roster, one cell a line (dev/html_as_
  text_cells_multi_entity_novo.txt), from a converter that dropped the tags but left the character references
  undecoded: the spaces of every name are '&nbsp;', '&' is '&amp;', an apostrophe '&#146;', and every empty cell
  is a line holding only '&nbsp;' (a typographic habit of a conversion).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then). Ligatures, ideographic spaces and
character references are how the text prints a value, not values: the gold holds the plain value.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import re

from relayout import Options, Roster, expected, printed_name
from relayout_heldout99 import _done, _numbered, _sentence, _wrap

_LIGATURES = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def _ligatured(text: str) -> str:
    for letters, glyph in _LIGATURES:
        text = text.replace(letters, glyph)
    return text


# ---- 1. PDF ligature glyphs ---------------------------------------------------------------------------------------
def pdf_ligature_glyphs_stacked_name_title_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After National Grid's Exhibit A (tests/data/rosters_real/dev/text_stacked_name_title_lines_postamble_address_
    national_grid.txt: each entry the name on a line of its own, the titles one a line under it, '<Title>, <Org>').
    The feature this family adds (ours; text extracted from a typeset PDF whose font has ligatures): every 'ffi',
    'ffl', 'ff', 'fi' and 'fl' anywhere in the text is the single ligature character U+FB03, U+FB04, U+FB00, U+FB01
    or U+FB02 ('O\ufb03cer', '\ufb01fth', 'Je\ufb00erson'). Each entry: the (numbered) name, each '<title>, <org>',
    each other position, each address line, then 'Citizenship: X' when printed; lines wrap at options.width + 40
    with a three-space indent. A blank line between entries (a dashed rule in the ruled variant); a page break after
    the entry's first line with '<PAGE>' (markers) or a form feed, 'A-2', and 'EXHIBIT A (continued)' when
    options.repeat_header."""
    org = roster.organization
    width = options.width + 40
    said = ", business addresses and citizenship" if options.citizenship else " and business addresses"
    lines = ["<PAGE>" if options.markers else "", f"{'EXHIBIT A':>62}", "", ""]
    lines += _wrap(f"Names, positions, other principal occupations{said} of the directors and executive officers "
                   f"of {org}:", 78) + ["", org, ""]
    for index, person in enumerate(roster.people):
        entry = _wrap(_numbered(index, printed_name(person, options), options), width, "   ")
        values = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"] + person["address"]
        if options.citizenship and person["citizenship"]:
            values.append(f"Citizenship: {person['citizenship']}")
        entry += [piece for value in values for piece in _wrap(value, width, "   ")]
        if options.page_break_in == index and len(entry) > 1:
            entry[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'A-2':^78}".rstrip(), ""] + \
                (["EXHIBIT A (continued)", ""] if options.repeat_header else [])
        lines += entry + (["-" * 60] if options.rules else [""])
    return ".txt", _ligatured(_done(lines)), [expected(p, org, options) for p in roster.people]


# ---- 2. ideographic-space padding ---------------------------------------------------------------------------------
def _ideographic_pad(text: str, column: int) -> str:
    """Pad text to the column with U+3000 (two columns each), one ASCII space for an odd remainder."""
    gap = max(column - len(text), 2)
    return text + "\u3000" * (gap // 2) + " " * (gap % 2)


def ideographic_space_padded_twocol_director_paren(roster: Roster, options: Options
                                                   ) -> tuple[str, str, list[dict]]:
    """After SBC's Exhibit I (tests/data/rosters_real/dev/text_twocol_director_paren_sbc.txt: Name at column 1 and
    'Present Principal Occupation or Employment' at column 36, a director's outside occupation in parentheses after
    'Director', continuation lines indented to column 36). The feature this family adds (ours; a Japanese word
    processor's export): the gap between the two columns and the indent of every continuation line are IDEOGRAPHIC
    SPACES (U+3000, each two columns wide; one ordinary space when the gap is odd), so no run of ordinary spaces
    parts the columns. The right column: the titles joined by '; ' with '(<other positions joined by '; '>)' after
    them, then each business address line, then 'Citizenship: X' when printed, each wrapped at options.width + 10. A
    blank line between entries (a dashed rule in the ruled variant); a page break after the entry's first line with
    'Page 12 of 13 Pages' ('<PAGE>' with markers, else a form feed) and the column heads again when
    options.repeat_header."""
    org = roster.organization
    column = 36
    width = options.width + 10
    said = ", business addresses and citizenship" if options.citizenship else " and business addresses"
    lines = ["<PAGE>" if options.markers else "", "Exhibit I", f"{'Page 11 of 13 Pages':>80}", "-" * 80, "", "",
             f"{'Directors and Executive Officers of ' + org:^80}".rstrip(), "", ""]
    lines += _wrap(_sentence(f"         The directors and executive officers of {org}, their present principal "
                             f"occupations{said} as of the date hereof are set forth in the following table"), 80)
    heads = ["", _ideographic_pad("Name", column) + "Present Principal Occupation or Employment", ""]
    lines += heads
    indent = "\u3000" * (column // 2)
    for index, person in enumerate(roster.people):
        text = "; ".join(person["positions"])
        if person["other_positions"]:
            text = f"{text} ({'; '.join(person['other_positions'])})".strip()
        values = ([text] if text else []) + list(person["address"])
        if options.citizenship and person["citizenship"]:
            values.append(f"Citizenship: {person['citizenship']}")
        right = [piece for value in values or ["None"] for piece in _wrap(value, width)]
        left = _wrap(_numbered(index, printed_name(person, options), options), column - 4, "  ")
        rows = []
        for row in range(max(len(left), len(right))):
            name = left[row] if row < len(left) else ""
            value = right[row] if row < len(right) else ""
            rows.append((_ideographic_pad(name, column) if name else indent) + value if value else name)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'Page 12 of 13 Pages':>80}", ""] + \
                (heads if options.repeat_header else [])
        lines += rows + (["-" * 76] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. CSS display:table divs ------------------------------------------------------------------------------------
def css_display_table_divs_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm:
    a preamble, then one row per person). The feature this family adds (ours; a web-authoring tool's export): there
    is no <table>, <tr> or <td> at all; the grid is nested <div>s styled 'display:table', 'display:table-row' and
    'display:table-cell' (with widths), the header row's cells bold. Columns: Name | Position with <org> | Present
    Principal Occupation | Business Address | Citizenship (when printed); several values of a cell parted by <br>;
    'n.' before the name when numbered; a bottom border on every cell when ruled; <font> inside the cells with
    markers; a page break after the entry's row closes the grid, a <div> with 'page-break-before:always' holding
    'A-2', and a new grid with the header row when options.repeat_header."""
    org = roster.organization
    heads = [("Name", 20), (f"Position with {org}", 20), ("Present Principal Occupation", 25),
             ("Business Address", 22)] + ([("Citizenship", 13)] if options.citizenship else [])
    border = "border-bottom:1px solid #000000;" if options.rules else ""

    def cell(text: str, width: int, bold: bool = False) -> str:
        body = f"<b>{text}</b>" if bold else text
        if options.markers:
            body = f"<font size=\"2\" face=\"Times New Roman\">{body}</font>"
        return (f"<div style=\"display:table-cell;width:{width}%;vertical-align:top;padding:2px 4px;{border}\">"
                f"{body}</div>")

    def joined(values: list[str]) -> str:
        return "<br>".join(html.escape(v) for v in values) or "&nbsp;"

    header = "<div style=\"display:table-row\">" + "".join(cell(html.escape(h), w, True) for h, w in heads) + "</div>"
    opening = "<div style=\"display:table;width:100%;border-collapse:collapse;font-family:Times New Roman\">"
    said = ", citizenship" if options.citizenship else ""
    parts = ["<html><head><title>Schedule A</title></head><body>",
             "<div style=\"text-align:center\"><b><u>SCHEDULE A</u></b></div>",
             f"<div style=\"margin-top:12pt\"><b>1.&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(org.upper())}</b></div>",
             f"<div style=\"margin-top:6pt;margin-bottom:12pt\">The name, business address, title{said} and present "
             f"principal occupation or employment of each of the directors and executive officers of "
             f"{html.escape(org)} are set forth below.</div>", opening, header]
    for index, person in enumerate(roster.people):
        values = [joined([_numbered(index, printed_name(person, options), options)]),
                  joined(person["positions"]), joined(person["other_positions"]), joined(person["address"])]
        if options.citizenship:
            values.append(joined([person["citizenship"]] if person["citizenship"] else []))
        parts.append("<div style=\"display:table-row\">" +
                     "".join(cell(v, w) for v, (_, w) in zip(values, heads)) + "</div>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</div>", "<div style=\"page-break-before:always;text-align:center\">A-2</div>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</div>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. character references left in a text file -----------------------------------------------------------------
def _referenced(text: str, name: bool = False) -> str:
    """'&' -> '&amp;', an apostrophe -> '&#146;', ' - ' -> ' &#150; '; every space of a name -> '&nbsp;', and in
    other values the space before a postal code (a word holding a digit after a state or a city) -> '&nbsp;'."""
    text = text.replace("&", "&amp;").replace("'", "&#146;").replace(" - ", " &#150; ")
    if name:
        return text.replace(" ", "&nbsp;")
    return re.sub(r"(?<=[A-Za-z]) (?=[A-Z]?\d[\w-]*$)", "&nbsp;", text)


def html_entities_left_in_text_cell_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Novo Holdings' Schedule I (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt: an
    HTML table saved as text, every cell's text on lines of its own, no blank lines: the caption cells 'Name,
    Title' / 'Address' / 'Principal Occupation' / 'Citizenship', then per person the name, the titles, the address
    lines, the occupation and the citizenship). The feature this family adds (ours; a converter that dropped the
    tags but left the character references undecoded): every space inside a name is '&nbsp;', '&' is '&amp;', an
    apostrophe '&#146;', ' - ' is ' &#150; ', the space before a postal code is '&nbsp;', and every EMPTY cell is a
    line holding only '&nbsp;' (a person without another occupation). Values wrap at options.width + 40; several
    titles or occupations one a line. With rules a line of dashes follows each person; a page break after the
    entry's first line with '<PAGE>' (markers) or a form feed, 'I-2', and the caption cells again when
    options.repeat_header."""
    org = roster.organization
    width = options.width + 40
    caps = ["Name, Title", "Address", "Principal Occupation"] + (["Citizenship"] if options.citizenship else [])
    said = ", principal occupation and citizenship" if options.citizenship else " and principal occupation"
    lines = ["EXHIBIT 99.1", "SCHEDULE I",
             _referenced(f"Information regarding the name, title, business address{said} of each director and "
                         f"executive officer of {org} is set forth below."), _referenced(org)] + caps

    def cell(values: list[str]) -> list[str]:
        return [piece for value in values for piece in _wrap(_referenced(value), width)] or ["&nbsp;"]

    for index, person in enumerate(roster.people):
        entry = [_referenced(_numbered(index, printed_name(person, options), options), name=True) + ","]
        entry += cell(person["positions"]) + cell(person["address"]) + cell(person["other_positions"])
        if options.citizenship:
            entry += cell([person["citizenship"]] if person["citizenship"] else [])
        if options.page_break_in == index:
            entry[1:1] = ["<PAGE>" if options.markers else "\f", "I-2"] + (caps if options.repeat_header else [])
        lines += entry + (["-" * 40] if options.rules else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "pdf_ligature_glyphs_stacked_name_title_lines": pdf_ligature_glyphs_stacked_name_title_lines,
    "ideographic_space_padded_twocol_director_paren": ideographic_space_padded_twocol_director_paren,
    "css_display_table_divs_html": css_display_table_divs_html,
    "html_entities_left_in_text_cell_lines": html_entities_left_in_text_cell_lines,
}

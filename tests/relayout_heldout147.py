"""Held-out re-layout families, hundred-and-forty-seventh set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (22:13-22:15 UTC by `date`) by helper session gather147 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- double_spaced_typescript_labelled_blocks: Micron's 'Label:' blocks (dev/labelled_blocks_micron.txt) typed
  double-spaced, as a typescript exhibit is: a blank line after every printed line, so that the blank line between
  two blocks is three blank lines (a typographic habit).
- em_dash_bullet_indented_entries: ConAgra Foods' indented name-and-address entries (dev/text_indented_nameaddr_
  conagra_foods.txt) with each entry marked by an em dash bullet ('\u2014 ') before the name (a different way to
  mark entries).
- en_space_indented_cells_html: Southwestern Energy's one-row-per-person HTML table (dev/html_section_rows_
  southwestern_energy.htm) as a word processor exports indents: every cell opens with an '&#8194;' (en space)
  and every line after a <br> in a cell is indented by two of them (a typographic habit of a conversion).
- unicode_line_separator_labelled_values: Canopy's labelled entries (dev/labelled_occupation_canopy.txt) whose
  several-line values (positions, occupations, address) are joined by U+2028 LINE SEPARATOR, as a word
  processor's manual line break is exported to text, instead of newlines (a typographic habit of a conversion).

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

from relayout import Options, Roster, expected, printed_name
from relayout_heldout99 import _done, _html_table, _numbered, _sentence, _wrap


# ---- 1. double-spaced typescript ----------------------------------------------------------------------------------
def double_spaced_typescript_labelled_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Label:' blocks, the
    values in a column at 38, a blank line between blocks). The feature this family adds (ours; an exhibit typed
    double-spaced, as typescript is): a blank line follows every printed line, so that blocks are parted by three
    blank lines. Labels: 'Name:' (numbered when options.numbered), 'Position(s):' ('<title>, <org>' one a line),
    'Principal Occupation:' (when the person has other positions), 'Business Address:', 'Citizenship:' (when
    printed). A dashed rule between entries in the ruled variant; a page break after the entry's first line with
    'Page 2' ('<PAGE>' with markers, else a form feed)."""
    org = roster.organization
    width = options.width + 8
    pad = " " * 37
    lines = [f"{'EXHIBIT 1':>79}", f"{'DIRECTORS AND EXECUTIVE OFFICERS':^79}"]
    said = ", principal occupation, business address and citizenship" if options.citizenship else \
        ", principal occupation and business address"
    lines += _wrap(_sentence(f"     The following is the name, position{said} of each director and executive "
                             f"officer of {org}"), 78)

    def field(label: str, values: list[str]) -> list[str]:
        wrapped = [piece for value in values for piece in _wrap(value, width, "  ")]
        return [f"{label:<37}{wrapped[0]}"] + [pad + piece for piece in wrapped[1:]]

    for index, person in enumerate(roster.people):
        entry = field("Name:", [_numbered(index, printed_name(person, options), options)])
        entry += field("Position(s):", [f"{t}, {org}" for t in person["positions"]] or ["None"])
        if person["other_positions"]:
            entry += field("Principal Occupation:", person["other_positions"])
        if person["address"]:
            entry += field("Business Address:", person["address"])
        if options.citizenship and person["citizenship"]:
            entry += field("Citizenship:", [person["citizenship"]])
        if options.page_break_in == index:
            entry[1:1] = ["<PAGE>" if options.markers else "\f", f"{'Page 2':^79}"]
        lines += [""] + entry
        if options.rules:
            lines.append("-" * 78)
    text = "".join(line + "\n\n" for line in lines)
    return ".txt", text, [expected(p, org, options) for p in roster.people]


# ---- 2. em dash bullets -------------------------------------------------------------------------------------------
def em_dash_bullet_indented_entries(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra Foods' list (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_foods.txt: the name
    at the margin, the address and the position indented under it). The feature this family adds (ours; an em
    dash used as the list bullet, a house style of some typesetters): each entry opens with '\u2014 ' before the
    (numbered when options.numbered) name; under it, indented four spaces: each position ('<title>, <org>'), each
    other position, each address line (wrapping at options.width + 20) and 'Citizenship: X' (when printed). A
    blank line between entries (a dashed rule in the ruled variant); a page break after the entry's first line
    with '- 2 -'."""
    org = roster.organization
    width = options.width + 20
    lines = ["<PAGE>" if options.markers else "", f"{'SCHEDULE I':^72}".rstrip(),
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^72}".rstrip(), ""]
    lines += _wrap(_sentence(f"The name, business address and present principal occupation of each director and "
                             f"executive officer of {org} are set forth below"), 72) + [""]
    for index, person in enumerate(roster.people):
        entry = ["\u2014 " + _numbered(index, printed_name(person, options), options)]
        values = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"] + person["address"]
        if options.citizenship and person["citizenship"]:
            values.append(f"Citizenship: {person['citizenship']}")
        entry += ["    " + piece for value in values for piece in _wrap(value, width, "  ")]
        if options.page_break_in == index:
            entry[1:1] = ["<PAGE>" if options.markers else "\f", f"{'- 2 -':^72}".rstrip(), ""]
        lines += entry + (["  " + "-" * 40] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. en-space indents in HTML cells ---------------------------------------------------------------------------
_EN = "&#8194;"


def _indented(values: list[str]) -> str:
    return (_EN + f"<br>{_EN}{_EN}".join(html.escape(v) for v in values)) if values else _EN + "&#8212;"


def en_space_indented_cells_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; a word processor's export of a first-line
    and hanging indent): every cell opens with '&#8194;' (an en space) and every line after a <br> in a cell is
    indented by two of them. Columns: Name | Position with <org> | Present Principal Occupation | Business Address |
    Citizenship (when printed); 'n.' before the name when numbered; border="1" when ruled; <font> with markers; a
    page break after the entry's row with 'A-2'."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        row = [_indented([_numbered(index, printed_name(person, options), options)]),
               _indented(person["positions"]), _indented(person["other_positions"]), _indented(person["address"])]
        return row + ([_indented([person["citizenship"]] if person["citizenship"] else [])]
                      if options.citizenship else [])

    title = ["SCHEDULE A", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = [html.escape(f"Unless otherwise indicated, each occupation refers to employment with {org}, and each "
                         "principal occupation is conducted at the business address given.")]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 4. U+2028 line separators inside values ----------------------------------------------------------------------
_LS = "\u2028"


def unicode_line_separator_labelled_values(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Canopy's labelled entries (tests/data/rosters_real/dev/labelled_occupation_canopy.txt: the name, then
    labelled lines for the position, the occupation and the address). The feature this family adds (ours; a word
    processor's manual line break exported to plain text as U+2028 LINE SEPARATOR): a label's several lines
    (positions, occupations, address lines) are one line of the file, their parts parted by U+2028 rather than by
    newlines. Per entry: the (numbered when options.numbered) name; 'Position: ' ('<title>, <org>' parts);
    'Principal Occupation: ' (when any); 'Business Address: '; 'Citizenship: ' (when printed). A blank line between
    entries (a rule of '=' in the ruled variant); a page break after the entry's name with 'Page 2'."""
    org = roster.organization
    lines = ["<PAGE>" if options.markers else "", "ANNEX A", "", f"Directors and Executive Officers of {org}", ""]
    for index, person in enumerate(roster.people):
        entry = [_numbered(index, printed_name(person, options), options)]
        entry.append("Position: " + (_LS.join(f"{t}, {org}" for t in person["positions"]) or "None"))
        if person["other_positions"]:
            entry.append("Principal Occupation: " + _LS.join(person["other_positions"]))
        if person["address"]:
            entry.append("Business Address: " + _LS.join(person["address"]))
        if options.citizenship and person["citizenship"]:
            entry.append(f"Citizenship: {person['citizenship']}")
        if options.page_break_in == index:
            entry[1:1] = ["<PAGE>" if options.markers else "\f", "Page 2", ""]
        lines += entry + (["=" * 40] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "double_spaced_typescript_labelled_blocks": double_spaced_typescript_labelled_blocks,
    "em_dash_bullet_indented_entries": em_dash_bullet_indented_entries,
    "en_space_indented_cells_html": en_space_indented_cells_html,
    "unicode_line_separator_labelled_values": unicode_line_separator_labelled_values,
}

"""Held-out re-layout families, hundred-and-twenty-eighth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (18:08-18:13 UTC by `date`) by helper session gather128 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. Each family puts together layout choices that earlier
families and the real rosters already have, in a combination no one earlier family has (where each choice comes
from is said in each docstring and in tests/data/rosters_real/SOURCES.md "## heldout128"):

- html_th_citizenship_first_occupation_items: HTML, <th> captions, citizenship FIRST, the name, occupation items
  'Title, <Org>' one per <br>, the address last.
- edgar_name_position_stack_citizenship_second_table: an EDGAR <TABLE> with the name and the position(s) stacked in
  one cell, citizenship second, the outside occupation, the address last; '=' caption underlines.
- surname_heading_labels_preamble_default_text: no table tags: 'SURNAME, Given' or the name as an underlined entry
  heading, indented 'Label:' lines, the citizenship by a preamble default with a 'Citizenship:' line only for
  exceptions.
- saved_as_text_cells_address_second: an HTML table saved as text (every cell on its own line(s), a blank line
  between rows) with the column order Name | Business Address | Position | Principal Occupation | Citizenship.

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

from relayout import Options, Roster, _citizen_of, default_citizenship, expected, occupation_items, printed_name
from relayout_heldout99 import _done, _edgar_table, _joined, _lines, _numbered, _sentence, _wrap


def _said(options: Options, fields: str) -> str:
    return f"{fields} and citizenship" if options.citizenship else fields


# ---- 1. HTML, <th> captions, citizenship first, occupation items ------------------------------------------------
def html_th_citizenship_first_occupation_items(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """An HTML table: Citizenship (first, as relayout.wrapped_citizenship_first; dropped without citizenship) | Name
    ('n.' before it when numbered) | Present Principal Occupation or Employment (items 'Title, <Org>' then the other
    positions, one per <br>: relayout.occupation_items, used as text by relayout_heldout125) | Business Address
    (lines as <br>, last as in relayout.html_table). <th> caption cells (relayout_heldout125), border="1" when ruled,
    <font> wrappers with markers (relayout_heldout99/125). A page break after the entry's row closes the table,
    prints 'Schedule A - Page 2' and opens a new one (captions again when options.repeat_header)."""
    org = roster.organization

    def font(text: str) -> str:
        return f"<font size=\"2\" face=\"Arial\">{text}</font>" if options.markers else text

    heads = (["Citizenship"] if options.citizenship else []) + [
        "Name", "Present Principal Occupation or Employment", "Business Address"]
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{font(html.escape(h))}</th>" for h in heads) \
        + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    preamble = _sentence(f"Set forth below are the {_said(options, 'name, present principal occupation or employment, business address')} "
                         f"of each director and executive officer of {org}")
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>{font(html.escape(preamble))}</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = ([html.escape(person["citizenship"] or "")] if options.citizenship else []) + [
            html.escape(_numbered(index, printed_name(person, options), options)),
            _joined(occupation_items(person, org)), _joined(person["address"])]
        parts.append("<tr>" + "".join(f"<td valign=\"top\">{font(c)}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">Schedule A - Page 2</p>",
                      opening] + ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. EDGAR <TABLE>, name and position stacked, citizenship second, '=' captions -------------------------------
def edgar_name_position_stack_citizenship_second_table(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """An EDGAR <TABLE> (fixed width): NAME AND POSITION WITH <ORG> (the name, then each position indented three
    spaces under it, as the name-and-title cell of relayout.html_name_and_title_cell) | CITIZENSHIP (second:
    relayout_heldout80/92/125; dropped without citizenship) | PRINCIPAL OCCUPATION OUTSIDE <ORG> (the other positions
    wrapping at options.width, 'None' where none, as relayout.headerless_four_column) | BUSINESS ADDRESS (last, lines
    wrapping). Captions underlined with '=' (relayout_heldout83/125), <S>/<C> with markers, a dashed rule between
    entries when ruled (else a blank line), 'n.' before the name when numbered. A page break after the entry's first
    line with 'I-2' (captions again when options.repeat_header)."""
    org = roster.organization
    columns = [(36, ["NAME AND POSITION", f"WITH {org.upper()}"],
                lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 34, "   ")
                + ["   " + line for line in _lines(p["positions"], 31)]),
               (18 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 16)),
               (options.width + 2, ["PRINCIPAL OCCUPATION", f"OUTSIDE {org.upper()}"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["None"]),
               (30, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 28) or ["--"])]
    head = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF':^78}".rstrip(),
            f"{org.upper():^78}".rstrip(), ""]
    head += _wrap(_sentence(f"     The {_said(options, 'name, position, principal occupation outside the company, business address')} "
                            f"of each director and executive officer of {org} are set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "I-2", head)
    at = lines.index("<CAPTION>")
    under = next(i for i in range(at, len(lines)) if lines[i].startswith("-"))
    lines[under] = lines[under].replace("-", "=")
    if options.repeat_header:
        lines = [line.replace("-", "=") if i > under and line.startswith("---") and "  " in line.strip() else line
                 for i, line in enumerate(lines)]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. surname headings, labels, preamble default citizenship, no table tags ------------------------------------
def surname_heading_labels_preamble_default_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """No table tags: each entry opens with the printed name ('SURNAME, Given' in the surname-first variant, as
    relayout.surname_headings and relayout.labels_above_values; 'n.' before it when numbered) underlined with dashes
    to its length, then indented 'Label:' lines with the values beside them (the Micron labels of dev/labelled_blocks_
    micron.txt, relayout_heldout126): 'Position with <org>:', 'Principal Occupation:', 'Business Address:' (values
    wrapping at options.width + 16 under the value column). The citizenship comes from a preamble default ('Unless
    otherwise indicated, each person named below is a citizen of X', as relayout_heldout125's HTML) with a
    'Citizenship:' line only for an exception; without citizenship there is no preamble default and no line. A
    dashed rule between entries when ruled (else a blank line). A page break after the heading of the entry ('<PAGE>'
    with markers, else a form feed; '- 2 -'; the title '(continued)' when options.repeat_header)."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    label_width, width = 30, options.width + 16

    def field(label: str, values: list[str]) -> list[str]:
        pieces = [piece for v in values for piece in _wrap(v, width)] or ["None"]
        return [f"     {(label if i == 0 else ''):<{label_width}}{piece}" for i, piece in enumerate(pieces)]

    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    lines = [f"{'ANNEX A':^78}".rstrip(), "", *[f"{t:^78}".rstrip() for t in _wrap(title, 70)], ""]
    preamble = (f"     The following sets forth the name, present position with {org}, principal occupation and "
                f"business address of each director and executive officer of {org.rstrip('.')}.")
    if default:
        preamble += f" Unless otherwise indicated, each person named below is a citizen of {_citizen_of(default)}."
    lines += _wrap(preamble, 78) + [""]
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        lines += [name, "-" * len(name)]
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", f"{'- 2 -':^78}".rstrip(), ""]
            lines += [f"{title + ' (continued)':^78}".rstrip(), ""] if options.repeat_header else []
        lines += field(f"Position with {org}:" if len(org) < 14 else "Present Position:", person["positions"])
        lines += field("Principal Occupation:", person["other_positions"])
        lines += field("Business Address:", person["address"])
        if default and person["citizenship"] and person["citizenship"] != default:
            lines += field("Citizenship:", [person["citizenship"]])
        lines += ["", "-" * 78, ""] if options.rules else [""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. HTML saved as text, address second -----------------------------------------------------------------------
def saved_as_text_cells_address_second(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """An HTML table saved as text (relayout.html_saved_as_text: every cell on a line of its own, a blank line between
    rows, the caption cells first; a cell's lines joined on one line, positions by '; ', address lines by ', ', as
    there) with the column order Name | Business Address (second, as the address-beside-name
    order of relayout_heldout83/125's name-and-address cell) | Position | Principal Occupation | Citizenship (last,
    as relayout.html_table; dropped without citizenship); an empty cell is '-'. The name 'SURNAME, Given' in the surname-first variant,
    'n.' before it when numbered; a line of '_' between rows when ruled. A page break after the entry's name
    ('<PAGE>' with markers, else a form feed; 'Page 2 of 3'; the caption cells again when options.repeat_header)."""
    org = roster.organization
    caps = ["Name", "Business Address", f"Position with {org}", "Principal Occupation"] + \
        (["Citizenship"] if options.citizenship else [])
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS':^78}"
             .rstrip(), f"{'OF ' + org.upper():^78}".rstrip(), "", *caps, ""]
    for index, person in enumerate(roster.people):
        lines.append(_numbered(index, printed_name(person, options), options))
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", "Page 2 of 3", ""]
            lines += [*caps, ""] if options.repeat_header else []
        lines.append(", ".join(person["address"]) or "-")
        lines.append("; ".join(person["positions"]) or "-")
        lines.append("; ".join(person["other_positions"]) or "-")
        if options.citizenship:
            lines.append(person["citizenship"] or "-")
        lines += ["", "_" * 60, ""] if options.rules else [""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "html_th_citizenship_first_occupation_items": html_th_citizenship_first_occupation_items,
    "edgar_name_position_stack_citizenship_second_table": edgar_name_position_stack_citizenship_second_table,
    "surname_heading_labels_preamble_default_text": surname_heading_labels_preamble_default_text,
    "saved_as_text_cells_address_second": saved_as_text_cells_address_second,
}

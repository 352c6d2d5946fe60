"""Held-out re-layout families, hundred-and-tenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (14:24-14:26 UTC by `date`) by helper session gather110 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- edgar_name_citizenship_stack_address_second_occupation_items: a fixed-width EDGAR <TABLE> of three columns under
  Smith Barney's two-part captions (dev/table_stacked_name_title_citizenship_smith_barney.txt: 'NAME, TITLE, AND
  CITIZENSHIP' stacked in the first column): NAME AND CITIZENSHIP (the citizenship on the line under the name, as
  Smith Barney stacks it) | BUSINESS ADDRESS (second, as Novo's Schedule I, dev/html_as_text_cells_multi_entity_
  novo.txt, and relayout_heldout107's address-second families) | PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT (the
  'Title, Org' items then the outside occupations, relayout.occupation_items, as relayout_heldout95/98/104 and
  107 print them), an 'A-2' folio at a page break (AIG's Exhibit A, dev/text_fixed4col_aig.txt).
- html_th_citizenship_second_same_as_above_address_last: an HTML table with <th> caption cells (relayout_heldout7.
  nationality_adjective_th_html and the html_th_* families) in the order Name | Citizenship | Position | Principal
  Occupation | Business Address (citizenship second as Castlerigg's Appendix III, dev/text_grid4col_citizenship_
  castlerigg.txt; address last as relayout_heldout107), the address cell reading 'Same as above' where the address
  is that of the row above (relayout_heldout7.ditto_address_column, a fixed-width text table until now), the
  address comma-joined on one line (AIG's 2007 exhibit, relayout.headerless_four_column).
- text_runin_labelled_paragraph_default_address_citizenship_exceptions: no tags; one paragraph per person with a
  hanging indent, the name run into labelled sentences 'Position with <org>: ...', 'Principal occupation: ...',
  'Business address: ...', 'Citizenship: ...' (Canopy's and Micron's labels, dev/labelled_occupation_canopy.txt,
  dev/labelled_blocks_micron.txt; run into one paragraph as relayout_heldout12.semicolon_fields_line runs fields into
  a line), under a preamble giving the business address and the citizenship most people share (Forstmann Little's
  Schedule I, dev/text_centered_names_gp_preamble_forstmann_little.txt; relayout.name_title_list), the address and
  citizenship printed only for the exceptions (relayout_heldout92.colon_labels_hanging_address_default_citizenship_exceptions,
  relayout_heldout45.caps_name_hanging_labels_address_exceptions).
- saved_text_cells_one_a_line_citizenship_third_long_captions: HTML saved as text, every cell on a line of its
  own and a blank line (a line of underscores in the ruled variant) between persons (Novo's Schedule I;
  relayout.html_saved_as_text), in the order Name | Position with <org> | Citizenship | Present Principal
  Occupation | Business Address (citizenship third as relayout_heldout95.html_th_no_cell_address_second_
  citizenship_third_occupation_items_last, here with the address last), the long Item 2 captions of St. Paul
  Travelers' Exhibit 1 (dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt; relayout_heldout30.
  saved_text_address_cells_long_captions), the number in a cell of its own in the numbered variant
  (relayout_heldout101.saved_as_text_cells_citizenship_first_number_cell), a 'Page N' footer and the captions again at a page break.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then, nor a preamble default). A preamble default
or a 'Same as above' stands for a value equal to the person's own, so the expected values are still the person's.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, default_citizenship, expected, occupation_items, printed_name
from relayout_heldout99 import _done, _edgar_table, _lines, _numbered, _sentence, _wrap


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _of(org: str) -> str:
    """The organisation closing a sentence: no second full stop after 'Inc.'."""
    return org if org.endswith(".") else org + "."


def _head(title: str, lines: list[str]) -> list[str]:
    return [f"{title:^78}".rstrip(), ""] + [f"{t:^78}".rstrip() for line in lines for t in _wrap(line, 70)]


# ---- 1. EDGAR: name and citizenship stacked, address second, occupation items last ---------------------------------
def edgar_name_citizenship_stack_address_second_occupation_items(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Smith Barney's Exhibit 99.A (an EDGAR <TABLE> whose first column stacks the name, the title and the
    citizenship). Columns: NAME AND CITIZENSHIP (or NAME where no citizenship is printed; the name, numbered 'n.'
    in the numbered variant, then the citizenship on the next line) | BUSINESS ADDRESS (one line per address
    line) | PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT (each 'Title, Org' item, then each outside occupation,
    wrapping at options.width + 8). '<S>'/'<C>' with options.markers, a dashed rule between entries in the ruled
    variant, else a blank line; a page break after the entry's first line with the folio 'A-2'."""
    org = roster.organization

    def name(index: int, person: dict) -> list[str]:
        out = _wrap(_numbered(index, printed_name(person, options), options), 28, "  ")
        return out + ([person["citizenship"]] if options.citizenship and person["citizenship"] else [])

    columns = [(32, ["NAME AND CITIZENSHIP" if options.citizenship else "NAME"], name),
               (32, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 32)),
               (options.width + 10, ["PRESENT PRINCIPAL OCCUPATION", "OR EMPLOYMENT"],
                lambda i, p: _lines(occupation_items(p, org), options.width + 10))]
    head = _head("EXHIBIT 99.A", ["EXECUTIVE OFFICERS AND DIRECTORS OF", org.upper()])
    lines = ["<PAGE>" if options.markers else "", "", ""] + head
    lines = _edgar_table(roster, options, columns, "A-2", lines)
    return ".txt", _done(lines), _people(roster, options)


# ---- 2. HTML: <th> captions, citizenship second, 'Same as above' addresses last ------------------------------------
def html_th_citizenship_second_same_as_above_address_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After relayout_heldout7.ditto_address_column (AIG's shared '70 Pine Street' address printed once and then
    'Same as above'), as an HTML table with <th> captions. Columns: Name ('n.' before it in the numbered variant)
    | Citizenship (when printed) | Position with <org> (one title a line; '&#8212;' where none) | Principal
    Occupation (one a line; '&#8212;' where none) | Business Address (the lines comma-joined; 'Same as above' where
    it is the address of the row just above, 'Same' in the numbered variant; printed in full in the first row
    after a page break). border="1" in the ruled variant, <font> wrappers with markers; a page break after the
    entry's row closes the table, a 'Schedule A - Page 2' paragraph with page-break-before, and a new table with
    the caption row when options.repeat_header."""
    org = roster.organization
    heads = ["Name"] + (["Citizenship"] if options.citizenship else []) + \
        [f"Position with {org}", "Principal Occupation", "Business Address"]
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>" for h in heads) + "</tr>"
    opening = "<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"" + (' border="1"' if options.rules else "") + ">"
    ditto = "Same" if options.numbered else "Same as above"

    def cell(text: str) -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\">{body}</td>"

    def joined(values: list[str]) -> str:
        return "<br>".join(html.escape(v) for v in values) or "&#8212;"

    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>The name{', citizenship' if options.citizenship else ''}, position, principal occupation and "
             f"business address of each director and executive officer of {html.escape(_of(org))} are set forth "
             "below.</p>", opening, header]
    previous = None
    for index, person in enumerate(roster.people):
        address = ", ".join(person["address"])
        shown = ditto if address == previous else html.escape(address)
        previous = address
        cells = [html.escape(_numbered(index, printed_name(person, options), options))]
        cells += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        cells += [joined(person["positions"]), joined(person["other_positions"]), shown]
        parts.append("<tr>" + "".join(cell(c) for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">Schedule A - Page 2</p>",
                      opening] + ([header] if options.repeat_header else [])
            previous = None
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 3. text: a run-in labelled paragraph per person under preamble defaults ---------------------------------------
def _common_address(roster: Roster) -> str | None:
    """The business address at least two people share (the most shared; the first one on a tie)."""
    counts: dict[str, int] = {}
    for person in roster.people:
        address = ", ".join(person["address"])
        counts[address] = counts.get(address, 0) + 1
    best = max(counts, key=lambda a: (counts[a], -list(counts).index(a)))
    return best if counts[best] > 1 else None


def text_runin_labelled_paragraph_default_address_citizenship_exceptions(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Forstmann Little's Schedule I (a preamble giving every person's business address and citizenship)
    and Canopy's labels. No tags. A preamble gives the business address at least two people share and (when
    printed) the citizenship most people share. Then one paragraph per person, wrapped at options.width + 44 with
    a hanging indent of four: the name ('n.' before it in the numbered variant) and a full stop, then 'Position
    with <org>: <titles joined by '; '>.' (omitted where none), 'Principal occupation: <outside occupations
    joined by '; '>.' (omitted where none), 'Business address: <address>.' only where it is not the preamble's,
    'Citizenship: <X>.' only where it is not the preamble's. A line of dashes between paragraphs in the ruled
    variant, else a blank line; a page break after the paragraph's first line (a form feed and 'A-2'; after the paragraph where it
    has one line)."""
    org = roster.organization
    address = _common_address(roster)
    citizenship = default_citizenship(roster) if options.citizenship else None
    width = options.width + 44
    lines = _head("SCHEDULE I", [f"Directors and Executive Officers of {org}"]) + [""]
    intro = (f"Set forth below are the name, position with {org}, present principal occupation"
             f"{', business address and citizenship' if options.citizenship else ' and business address'} of each "
             f"director and executive officer of {_of(org)}")
    if address and citizenship:
        intro += (f" Unless otherwise indicated below, the business address of each person is {address}, and each "
                  f"person is a citizen of {'the ' if citizenship.startswith('United ') else ''}{citizenship}.")
    elif address:
        intro += f" Unless otherwise indicated below, the business address of each person is {address}."
    elif citizenship:
        intro += (" Unless otherwise indicated below, each person is a citizen of "
                  f"{'the ' if citizenship.startswith('United ') else ''}{citizenship}.")
    lines += _wrap(intro, 76) + [""]
    for index, person in enumerate(roster.people):
        text = _sentence(_numbered(index, printed_name(person, options), options))
        if person["positions"]:
            text += " " + _sentence(f"Position with {org}: {'; '.join(person['positions'])}")
        if person["other_positions"]:
            text += " " + _sentence(f"Principal occupation: {'; '.join(person['other_positions'])}")
        own = ", ".join(person["address"])
        if own != address:
            text += " " + _sentence(f"Business address: {own}")
        if options.citizenship and person["citizenship"] and person["citizenship"] != citizenship:
            text += f" Citizenship: {person['citizenship']}."
        para = _wrap(text, width, "    ")
        if options.page_break_in == index and index + 1 < len(roster.people):
            para[1:1] = ["", "\f", f"{'A-2':^78}".rstrip(), ""]
        lines += para + ["-" * 40 if options.rules else ""]
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. HTML saved as text: cells one a line, citizenship third, long captions -------------------------------------
def saved_text_cells_one_a_line_citizenship_third_long_captions(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Novo's Schedule I saved as text (every cell on a line of its own) with St. Paul Travelers' long
    captions. The captions, one a line: ('No.' in the numbered variant) 'Name' | 'Position with <org>' |
    'Citizenship' (when printed) | 'Present Principal Occupation or Employment and the Name and Principal Business
    of any Corporation or Other Organization in which such Employment is Conducted' | 'Business Address'. Then per
    person: ('n.' on a line of its own in the numbered variant) the name; the titles joined by '; ' ('None' where
    none); the citizenship; the outside occupations joined by '; ' ('None' where none); the address lines, one a
    line. A blank line between persons (a line of underscores in the ruled variant). A page break after the
    person's name: a form feed, 'Page 2', and the captions again when options.repeat_header."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name", f"Position with {org}"] + \
        (["Citizenship"] if options.citizenship else []) + \
        ["Present Principal Occupation or Employment and the Name and Principal Business of any Corporation or Other "
         "Organization in which such Employment is Conducted", "Business Address"]
    lines = ["SCHEDULE I", "", f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}", "",
             "The following table sets forth certain information with respect to the directors and executive officers "
             f"of {_of(org)}", ""] + heads + [""]
    for index, person in enumerate(roster.people):
        cells = ([f"{index + 1}."] if options.numbered else []) + [printed_name(person, options)]
        rest = ["; ".join(person["positions"]) or "None"]
        rest += [person["citizenship"] or ""] if options.citizenship else []
        rest += ["; ".join(person["other_positions"]) or "None"] + list(person["address"])
        if options.page_break_in == index:
            cells += ["", "\f", "Page 2", ""] + (heads + [""] if options.repeat_header else [])
        lines += cells + rest + ["_" * 30 if options.rules else ""]
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"edgar_name_citizenship_stack_address_second_occupation_items":
            edgar_name_citizenship_stack_address_second_occupation_items,
            "html_th_citizenship_second_same_as_above_address_last":
            html_th_citizenship_second_same_as_above_address_last,
            "text_runin_labelled_paragraph_default_address_citizenship_exceptions":
            text_runin_labelled_paragraph_default_address_citizenship_exceptions,
            "saved_text_cells_one_a_line_citizenship_third_long_captions":
            saved_text_cells_one_a_line_citizenship_third_long_captions}

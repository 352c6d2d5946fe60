"""Held-out re-layout families, hundred-and-sixteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (15:28-15:30 UTC by `date`) by helper session gather116 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_name_address_cell_occupation_items_citizenship_last: an HTML table (relayout.html_table; Southwestern
  Energy's Schedule A, dev/html_section_rows_southwestern_energy.htm) whose first cell holds the name with the
  business address lines under it (MetLife's 'Name And Business Address' column, dev/text_twocol_nameaddr_metlife.
  txt, a text table until now; Conagra's indented name-and-address, dev/text_indented_nameaddr_conagra_2000.txt),
  then 'Present Principal Occupation or Employment' as the 'Title, Org' items one a line followed by the outside
  occupations (relayout.occupation_items; relayout_heldout113's EDGAR family), then Citizenship LAST (AIG's order,
  dev/text_fixed4col_aig.txt).
- fixed_width_name_title_stack_preamble_citizenship_exceptions: a fixed-width text table WITHOUT EDGAR tags
  (relayout.shuffled_columns, relayout.wrapped_citizenship_first) with two-line captions underlined by '=' (relayout_
  heldout114.honours_postnominal_names_table's '=' rules), the titles stacked under the name (Smith Barney, dev/
  table_stacked_name_title_citizenship_smith_barney.txt; relayout.multi_column), Principal Occupation | Business
  Address, and NO citizenship column: MetLife's preamble 'Each person listed below is a citizen of ...' (dev/text_
  twocol_nameaddr_metlife.txt; relayout.name_title_list) with the exceptions stacked under the name as
  'Citizen of X' (relayout.name_heading_unlabelled's wording).
- runin_labels_paragraph_postamble_address_exceptions: no tags; one paragraph per person opening with the name
  and a colon, then run-in labels 'Position with <org>:', 'Principal Occupation:', 'Citizenship:', each a
  sentence of its own (Canopy's labels, dev/labelled_occupation_canopy.txt; relayout_heldout110's run-in labelled paragraph),
  the business address given in a POSTAMBLE after the list (National Grid's Exhibit A, dev/text_stacked_name_title_
  lines_postamble_address_national_grid.txt; relayout_heldout19.dotted_labels_postamble_address) which names
  the exceptions with their own addresses (IDT's named exception, dev/text_fixed4col_position_occupation_idt_
  corporation.txt; relayout_heldout19.saved_cells_named_exceptions).
- saved_text_cells_address_second_citizenship_last: HTML saved as text, one cell a line and a blank line between
  rows (relayout.html_saved_as_text; Novo's Schedule I, dev/html_as_text_cells_multi_entity_novo.txt), in the
  order Name | Business Address (second, relayout.shuffled_columns) | Position with <org> | Present Principal
  Occupation | Citizenship (last, AIG), the number as a cell of its own line in the numbered variant (relayout_
  heldout101's number cell, an HTML cell there), '-' for an empty cell (relayout.html_saved_as_text).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then). A preamble's default citizenship or a
postamble's default address stands for a value equal to the person's own, so the expected value is still the
person's.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, _wrap_rows, default_citizenship, expected, occupation_items, printed_name
from relayout_heldout99 import _done, _html_table, _joined, _numbered, _sentence, _wrap
from relayout_heldout110 import _common_address


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _of(org: str) -> str:
    """The organisation closing a sentence: no second full stop after 'Inc.'."""
    return org if org.endswith(".") else org + "."


def _the(country: str) -> str:
    return f"the {country}" if country.startswith("United ") else country


def _head(title: str, lines: list[str]) -> list[str]:
    return [f"{title:^78}".rstrip(), ""] + [f"{t:^78}".rstrip() for line in lines for t in _wrap(line, 70)]


def _page(options: Options, folio: str) -> list[str]:
    return ["", "<PAGE>" if options.markers else "\f", f"{folio:^78}".rstrip(), ""]


# ---- 1. HTML: name-and-address cell, occupation items, citizenship last --------------------------------------------
def html_name_address_cell_occupation_items_citizenship_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After MetLife's 'Name And Business Address' column in an HTML table. Columns: 'Name and Business Address'
    (the printed name in bold, 'n. ' before it in the numbered variant, then each address line after <br>) |
    'Present Principal Occupation or Employment' (each 'Title, Org' item, then each outside occupation, one a line
    after <br>; '&#8212;' where none) | 'Citizenship' (when printed). Bold captions, border="1" in the ruled
    variant, <font> wrappers with markers; a page break after the entry's row with 'Exhibit 1 - Page 2' and the
    caption row again when options.repeat_header (relayout_heldout99._html_table)."""
    org = roster.organization
    heads = ["Name and Business Address", "Present Principal Occupation or Employment"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        first = f"<b>{html.escape(_numbered(index, printed_name(person, options), options))}</b>" + \
            "".join(f"<br>{html.escape(a)}" for a in person["address"])
        out = [first, _joined(occupation_items(person, org))]
        return out + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    said = "name, business address, present principal occupation or employment" + \
        (" and citizenship" if options.citizenship else "")
    notes = [html.escape(f"The foregoing table sets forth the {said} of each director and executive officer of "
                         f"{_of(org)}")]
    text = _html_table(roster, options, heads, cells, ["EXHIBIT 1", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"],
                       "Exhibit 1 - Page 2", notes)
    return ".htm", text, _people(roster, options)


# ---- 2. fixed width, no tags: titles under the name, preamble citizenship with exceptions --------------------------
def fixed_width_name_title_stack_preamble_citizenship_exceptions(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Smith Barney's stacked name and title and MetLife's preamble citizenship. No EDGAR tags. A preamble
    (when citizenship is printed) says each person is a citizen of the citizenship most of them share unless
    otherwise indicated. Columns, captions over two lines underlined by '=': 'Name and Position with <org>' (the
    printed name, 'n. ' before it when numbered, then each title on a line of its own indented by three, then
    'Citizen of X' for a person whose citizenship is not the preamble's, both indented by three; 32 wide) | 'Present Principal Occupation
    or Employment' (the outside occupations, one a line, wrapping at options.width; 'None' where none) | 'Business
    Address' (one line per address line). A line of '-' between entries in the ruled variant, else a blank line; a
    page break after the entry's first line ('<PAGE>' with markers, else a form feed; 'A-2') with the captions
    again when options.repeat_header."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    widths = [32, options.width + 4, 34]
    heads = [["Name and Position", "Present Principal Occupation", "Business"],
             [f"with {org}" if len(org) < 26 else "with the Company", "or Employment", "Address"]]
    caption = [*_wrap_rows([[h[0], h[1]] for h in zip(*heads)], widths),
               "".join(f"{'=' * (w - 3):<{w}}" for w in widths).rstrip()]
    lines = _head("SCHEDULE A", [f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]) + [""]
    company = " (the \"Company\")" if len(org) >= 26 else ""
    intro = f"The following table sets forth the name, position, present principal occupation or employment and " \
            f"business address of each director and executive officer of {org}{company}"
    intro = _sentence(intro)
    if default:
        intro += f" Each person listed below is a citizen of {_the(default)}, unless otherwise indicated."
    lines += _wrap(intro, 78) + [""] + caption + [""]
    for index, person in enumerate(roster.people):
        first = _wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
        first += ["   " + x for t in person["positions"] for x in _wrap(t, widths[0] - 5, "  ")]
        if options.citizenship and person["citizenship"] and person["citizenship"] != default:
            first += ["   " + x for x in _wrap(f"Citizen of {_the(person['citizenship'])}", widths[0] - 5, "  ")]
        other = [x for o in person["other_positions"] for x in _wrap(o, widths[1] - 2, "  ")] or ["None"]
        address = [x for a in person["address"] for x in _wrap(a, widths[2] - 2, "  ")]
        rows = _wrap_rows([first, other, address], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page(options, "A-2") + (caption + [""] if options.repeat_header else [])
        lines += rows + (["-" * (sum(widths) - 3)] if options.rules else [""])
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. no tags: run-in labels, the address in a postamble with named exceptions ------------------------------------
def runin_labels_paragraph_postamble_address_exceptions(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """After Canopy's labels run into one paragraph and National Grid's postamble. No tags. Per person one
    paragraph wrapped at options.width + 44 with a hanging indent of four: the printed name ('n. ' before it when
    numbered) and a colon, then 'Position with <org>: <titles joined by '; '>.' (where any), 'Principal
    Occupation: <outside occupations joined by '; '>.' (where any), 'Business Address: <address>.' only where no
    address is shared by two people, 'Citizenship: <X>.' (when printed), each part a sentence of its own. A
    blank line between persons (a line of '*' in the ruled variant); a page break after the paragraph's first line
    ('<PAGE>' with markers, else a form feed; 'Page 2 of 2'). After the list, when an address is shared: 'The
    business address of each of the persons named above is <address>, except that the business address of <Name>
    is <address>[; ...].'"""
    org = roster.organization
    shared = _common_address(roster)
    width = options.width + 44
    lines = _head("SCHEDULE I", ["INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF", org.upper()]) + [""]
    said = "present principal occupation, citizenship and business address" if options.citizenship \
        else "present principal occupation and business address"
    lines += _wrap(_sentence(f"Set forth below are the name, position with {org}, {said} of each director and "
                             f"executive officer of {org}"), 78) + [""]
    for index, person in enumerate(roster.people):
        parts = []
        if person["positions"]:
            parts.append(f"Position with {org}: {'; '.join(person['positions'])}")
        if person["other_positions"]:
            parts.append(f"Principal Occupation: {'; '.join(person['other_positions'])}")
        if not shared:
            parts.append(f"Business Address: {', '.join(person['address'])}")
        if options.citizenship:
            parts.append(f"Citizenship: {person['citizenship'] or ''}")
        text = f"{_numbered(index, printed_name(person, options), options)}: " + " ".join(map(_sentence, parts))
        block = _wrap(text, width, "    ")
        if options.page_break_in == index and len(block) > 1:
            block[1:1] = _page(options, "Page 2 of 2")
        lines += block + (["*" * 40] if options.rules else [""])
    if shared:
        exceptions = [f"{p['name']} is {', '.join(p['address'])}" for p in roster.people
                      if ", ".join(p["address"]) != shared]
        post = f"The business address of each of the persons named above is {shared}"
        if exceptions:
            post += ", except that the business address of " + "; and the business address of ".join(exceptions)
        lines += [""] + _wrap(_sentence(post), 78)
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. HTML saved as text: one cell a line, address second, citizenship last ---------------------------------------
def saved_text_cells_address_second_citizenship_last(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After relayout.html_saved_as_text and Novo's Schedule I saved as text: the caption cells, then per person
    one cell a line: 'n.' (numbered variant) | name | business address (its lines joined by ', ') | position with
    <org> (titles joined by '; ', '-' where none) | present principal occupation (joined by '; ', '-' where none) |
    citizenship (when printed). A blank line between persons (a line of '_' in the ruled variant, the blank line
    before it kept); a page break after the person's name cell (a form feed, 'Schedule I - 2', and the caption
    cells again when options.repeat_header)."""
    org = roster.organization
    caption = (["No."] if options.numbered else []) + ["Name", "Business Address", f"Position with {org}",
                                                       "Present Principal Occupation"] + \
        (["Citizenship"] if options.citizenship else [])
    lines = ["SCHEDULE I", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", ""]
    said = ", business address, position, present principal occupation and citizenship" if options.citizenship \
        else ", business address, position and present principal occupation"
    lines += [f"The name{said} of each director and executive officer of {org} are set forth below.", ""]
    lines += caption + [""]
    for index, person in enumerate(roster.people):
        row = ([f"{index + 1}."] if options.numbered else []) + [printed_name(person, options)]
        if options.page_break_in == index:
            row += ["", "\f", "Schedule I - 2", ""] + (caption + [""] if options.repeat_header else [])
        row += [", ".join(person["address"]), "; ".join(person["positions"]) or "-",
                "; ".join(person["other_positions"]) or "-"]
        row += [person["citizenship"] or "-"] if options.citizenship else []
        lines += row + ([""] + ["_" * 40] if options.rules else []) + [""]
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"html_name_address_cell_occupation_items_citizenship_last":
            html_name_address_cell_occupation_items_citizenship_last,
            "fixed_width_name_title_stack_preamble_citizenship_exceptions":
            fixed_width_name_title_stack_preamble_citizenship_exceptions,
            "runin_labels_paragraph_postamble_address_exceptions":
            runin_labels_paragraph_postamble_address_exceptions,
            "saved_text_cells_address_second_citizenship_last": saved_text_cells_address_second_citizenship_last}

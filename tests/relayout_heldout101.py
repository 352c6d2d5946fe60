"""Held-out re-layout families, hundred-and-first set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:30-12:33 UTC by `date`) by helper session gather101 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_number_cell_citizenship_second_address_third_position_occupation: an HTML table (relayout.html_table;
  Southwestern Energy's dev/html_section_rows_southwestern_energy.htm) with a 'No.' cell of its own in the numbered
  variant (relayout_heldout65.html_number_column_name_address_occupation_citizenship), the CITIZENSHIP second and
  the BUSINESS ADDRESS third (the column order of relayout_heldout98.edgar_citizenship_second_address_third_
  occupation_last, there in EDGAR text), then 'Position with <Org>' and 'Present Principal Occupation'.
- edgar_name_address_stacked_occupation_items_citizenship_last: a fixed-width EDGAR <TABLE> with bottom-aligned
  dash-underlined captions and '<S>'/'<C>' (AIG's Exhibit A, dev/text_fixed4col_aig.txt), the name with the
  business address lines stacked under it in one 'NAME AND BUSINESS ADDRESS' column (Lor Finance's Exhibit 7,
  dev/text_asterisk_member_nameaddr_lor_finance.txt), the occupation as 'Title, Org' items then the outside
  occupations wrapping at options.width (relayout.occupation_items; relayout_heldout95), and CITIZENSHIP last.
- runin_name_dash_prose_default_citizenship_exceptions: no tags; one paragraph per person opening with the name
  run in and a ' -- ' (Danaher's name-then-titles line, dev/text_dotleader_twocol_history_danaher.txt, without
  the leader) followed by short sentences (relayout.prose_sentences; Chittenden's dev/prose_chittenden_
  corporation.txt), and the citizenship a PREAMBLE default with a 'Citizen of X.' sentence only for the exceptions
  (relayout.name_title_list's preamble; Lor Finance's 'Unless otherwise indicated, each individual is a citizen
  of ...'; relayout_heldout95.name_heading_prose_default_citizenship_exceptions, there under a name heading).
- saved_as_text_cells_citizenship_first_number_cell: HTML saved as text, every cell on a line of its own and a
  blank line between rows (relayout.html_saved_as_text; Novo's dev/html_as_text_cells_multi_entity_novo.txt), the
  CITIZENSHIP cell first (relayout.wrapped_citizenship_first), a 'No.' cell in the numbered variant
  (relayout_heldout65), and the address lines one a line as the last cell (the <br> lines of an address cell, as
  St. Paul Travelers' dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt keeps them).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then, no preamble default either).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, default_citizenship, expected, occupation_items, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _centred(text: str, width: int = 78) -> list[str]:
    return [f"{t:^{width}}".rstrip() for t in _wrap(text, width - 8)]


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width - 2, "  ")]


def _citizen_of(citizenship: str) -> str:
    return "the United States" if citizenship == "United States" else citizenship


# ---- 1. HTML: No. | Name | Citizenship | Business Address | Position | Occupation ---------------------------------
def html_number_cell_citizenship_second_address_third_position_occupation(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """An HTML table, one <tr> per person. Columns: 'No.' (numbered variant only) | Name | Citizenship (when
    printed) | Business Address (lines apart by <br>) | Position with <Org> ('None' where none; titles apart by
    <br>) | Present Principal Occupation ('&#8212;' where none). Header cells bold and underlined; border="1" in the
    ruled variant; <font> wrappers with markers; a page break after the entry's row closes the table, a centred
    'Annex A - Page 2' with page-break-before, and a new table with the header row when options.repeat_header."""
    org = roster.organization

    def joined(values: list[str], empty: str) -> str:
        return "<br>".join(html.escape(v) for v in values) or empty

    heads = (["No."] if options.numbered else []) + ["Name"] + (["Citizenship"] if options.citizenship else []) + \
        ["Business Address", f"Position with {org}", "Present Principal Occupation"]

    def cell(text: str) -> str:
        body = f"<font size=\"2\" face=\"Arial\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\">{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b><u>{html.escape(h)}</u></b></td>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>", "<p align=\"center\"><b>ANNEX A</b></p>",
             f"<p align=\"center\"><b>INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p>",
             f"<p>The following table sets forth the name, {'citizenship, ' if options.citizenship else ''}business "
             f"address, position with {html.escape(org)} and present principal occupation of each director and "
             "executive officer.</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = ([f"{index + 1}."] if options.numbered else []) + [html.escape(printed_name(person, options))]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or ""))
        cells += [joined(person["address"], "&#8212;"), joined(person["positions"], "None"),
                  joined(person["other_positions"], "&#8212;")]
        parts.append("<tr>" + "".join(cell(c) for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">Annex A - Page 2</p>",
                      opening] + ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. EDGAR <TABLE>: name over address | occupation items | citizenship ----------------------------------------
def edgar_name_address_stacked_occupation_items_citizenship_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """An EDGAR <TABLE>: NAME AND BUSINESS ADDRESS (the name, 'n.' before it when numbered, then each address line
    indented three spaces) | PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT (each position as 'Title, Org', then the
    outside occupations, each item wrapping at options.width with a two-space hanging indent) | CITIZENSHIP (when
    printed). Bottom-aligned dash-underlined captions, '<S>'/'<C>' with markers, a dashed rule between entries in
    the ruled variant (else a blank line); a page break after the entry's first line ('<PAGE>' or a form feed, a
    centred '-2-', the caption again when options.repeat_header)."""
    org = roster.organization
    name_w, occ_w, cit_w = 38, options.width + 4, 16 if options.citizenship else 0
    widths = [name_w, occ_w] + ([cit_w] if cit_w else [])
    caps = [["NAME AND", "BUSINESS ADDRESS"], ["PRESENT PRINCIPAL OCCUPATION", "OR EMPLOYMENT"]] + \
        ([["", "CITIZENSHIP"]] if cit_w else [])
    caps = [[piece for c in cap for piece in (_wrap(c, w - 2) if c else [""])] for cap, w in zip(caps, widths)]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()
    caption = ["<CAPTION>", *_wrap_rows(caps, widths), under]
    if options.markers:
        caption.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip())
    lines = ["EXHIBIT 99.2", ""] + _centred("DIRECTORS AND EXECUTIVE OFFICERS") + _centred("OF") + \
        _centred(org.upper()) + [""] + _wrap(
            f"The name, business address, present principal occupation or employment"
            f"{' and citizenship' if options.citizenship else ''} of each director and executive officer of {org} are set forth below.", 78) + ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        name_lines = _wrap(_numbered(index, printed_name(person, options), options), name_w - 2, "  ")
        address_lines = [piece for line in person["address"] for piece in _wrap(line, name_w - 5, "  ")]
        left = name_lines + ["   " + a for a in address_lines]
        cells = [left, _lines(occupation_items(person, org), occ_w) or ["None"]]
        if cit_w:
            cells.append(_wrap(person["citizenship"] or "", cit_w - 2))
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'-2-':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows + (["-" * (sum(widths) - 2)] if options.rules else [""])
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. run-in name, dash, sentences; preamble default citizenship ------------------------------------------------
def runin_name_dash_prose_default_citizenship_exceptions(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """No tags. A preamble ('Unless otherwise indicated, each person named below is a citizen of X.' when
    citizenship is printed), then one paragraph per person wrapping at options.width + 42: '[n. ]<Name> -- <Titles
    > of <Org>.' for one title, 'Positions with <Org>: A; B.' for more ('Holds no position with <Org>.' where
    none), 'Also <other occupations joined by
    '; '>.' where any, 'Business address: <address lines joined by '; '>.', and 'Citizen of X.' only where the
    person's citizenship differs from the default. A blank line between paragraphs (a row of '=' too in the ruled
    variant); a page break (form feed, 'Schedule A, continued') inside the entry's paragraph after its first line."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    lines = [f"{'SCHEDULE A':^78}".rstrip(), ""] + _centred(f"Directors and Executive Officers of {org}") + [""]
    preamble = _sentence(f"Set forth below are the name, business address and present principal occupation or "
                         f"employment of each director and executive officer of {org}")
    if default:
        preamble += f" Unless otherwise indicated, each person named below is a citizen of {_citizen_of(default)}."
    lines += _wrap(preamble, 78) + [""]
    width = options.width + 42
    for index, person in enumerate(roster.people):
        text = _numbered(index, printed_name(person, options), options) + " -- "
        if len(person["positions"]) > 1:
            text += _sentence(f"Positions with {org}: {'; '.join(person['positions'])}")
        else:
            text += _sentence(f"{person['positions'][0]} of {org}") if person["positions"] else \
                _sentence(f"Holds no position with {org}")
        if person["other_positions"]:
            text += " " + _sentence(f"Also {'; '.join(person['other_positions'])}")
        if person["address"]:
            text += " " + _sentence(f"Business address: {'; '.join(person['address'])}")
        if options.citizenship and person["citizenship"] and person["citizenship"] != default:
            text += " " + _sentence(f"Citizen of {_citizen_of(person['citizenship'])}")
        para = _wrap(text, width)
        if options.page_break_in == index and len(para) > 1:
            para[1:1] = ["\f", "Schedule A, continued", ""]
        lines += para + [""] + (["=" * 40, ""] if options.rules else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. HTML saved as text: one cell a line, citizenship first ----------------------------------------------------
def saved_as_text_cells_citizenship_first_number_cell(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """HTML saved as text: the header cells one a line ('No.' in the numbered variant, 'Citizenship' when printed,
    'Name', 'Present Position with <Org>', 'Present Principal Occupation', 'Business Address'), then per person
    each cell on a line of its own in that order (titles and occupations joined by '; ', '--' where empty; an
    occupation longer than options.width + 40 wraps with a two-space indent), the address lines one a line, and a
    blank line between rows (a row of underscores too in the ruled variant, as a saved bordered table). A page break
    (form feed, a centred 'Page 2') after the entry's row (a saved table breaks between rows), the header cells
    again when options.repeat_header."""
    org = roster.organization
    header = (["No."] if options.numbered else []) + (["Citizenship"] if options.citizenship else []) + \
        ["Name", f"Present Position with {org}", "Present Principal Occupation", "Business Address"]
    lines = ["Schedule I", "", f"Directors and Executive Officers of {org}", ""] + header + [""]
    width = options.width + 40
    for index, person in enumerate(roster.people):
        entry = ([f"{index + 1}."] if options.numbered else []) + \
            ([person["citizenship"] or "--"] if options.citizenship else [])
        entry.append(printed_name(person, options))
        entry += _wrap("; ".join(person["positions"]) or "--", width, "  ")
        entry += _wrap("; ".join(person["other_positions"]) or "--", width, "  ")
        entry += person["address"] or ["--"]
        lines += entry + [""] + (["_" * 50, ""] if options.rules else [])
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += ["\f", f"{'Page 2':^60}".rstrip(), ""] + (header + [""] if options.repeat_header else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"html_number_cell_citizenship_second_address_third_position_occupation":
            html_number_cell_citizenship_second_address_third_position_occupation,
            "edgar_name_address_stacked_occupation_items_citizenship_last":
            edgar_name_address_stacked_occupation_items_citizenship_last,
            "runin_name_dash_prose_default_citizenship_exceptions":
            runin_name_dash_prose_default_citizenship_exceptions,
            "saved_as_text_cells_citizenship_first_number_cell": saved_as_text_cells_citizenship_first_number_cell}

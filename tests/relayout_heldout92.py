"""Held-out re-layout families, ninety-second set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (11:37-11:40 UTC by `date`) by helper session gather92 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_th_number_cell_citizenship_second_titles_of_org_items_address_last: an HTML table with <th> captions
  (relayout_heldout18.html_th_stacked_titles), a 'No.' cell of its own in the numbered variant (relayout_heldout65.
  html_number_column_name_address_occupation_citizenship), the citizenship the SECOND column (relayout_heldout80.
  html_th_citizenship_second_titles_of_org_items_address_one_string), one occupation cell with 'Title, Org' for
  each title and then each outside occupation, one a line (relayout_heldout90.citizenship_note_marks_html;
  relayout.occupation_items), and the business address LAST with its lines apart by <br> (Southwestern Energy's
  Schedule A, dev/html_section_rows_southwestern_energy.htm).
- edgar_dash_caption_name_citizenship_address_titles_of_org_wrap: a fixed-width EDGAR <TABLE> with bottom-aligned
  dash-underlined captions and '<S>'/'<C>' (AIG's Exhibit A, dev/text_fixed4col_aig.txt; relayout_heldout90.
  residence_country_column_table), the column order NAME | CITIZENSHIP | BUSINESS ADDRESS | PRESENT PRINCIPAL
  OCCUPATION (citizenship second as relayout_heldout80; address before the occupation as relayout.
  shuffled_columns), the occupation '<Title> of <Org>; ...' then the outside occupations wrapped as one text at
  options.width (relayout.two_column).
- colon_labels_hanging_address_default_citizenship_exceptions: no table tags; each entry the name on its own line
  (relayout.labelled_alternative; Micron's labelled blocks, dev/labelled_blocks_micron.txt) then 'Position:',
  'Principal Occupation:' and 'Business Address:' labels with the values in a hanging column, the address one line
  a line (relayout_heldout65.surname_underlined_dotleader_labels without the leaders), and the citizenship a
  PREAMBLE default with a 'Citizenship:' label only for the exceptions (relayout_heldout80.labels_above_values_
  default_address_citizenship_exceptions; IDT Corporation's 'other than ..., who is a citizen of Canada').
- saved_text_stacked_cells_name_citizenship_occupation_address: no table tags; an HTML table saved as text with
  the captions one a line and then each cell's lines (Novo Holdings' Schedule I, dev/html_as_text_cells_multi_
  entity_novo.txt; relayout_heldout77.saved_text_cells_citizenship_second_titles_of_org_default_address_dash), in
  the column order Name | Citizenship | Present Principal Occupation ('<Title> of <Org>' one a line, then the
  outside occupations: relayout.two_column) | Business Address (its lines), a blank line between the rows
  (relayout_heldout83.saved_text_one_line_cells_address_second_citizenship_last keeps cells one line each; here
  they are stacked).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, expected, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _stop(text: str) -> str:
    """A sentence's full stop, not doubled after an abbreviation ('Inc.')."""
    return text if text.endswith(".") else text + "."


def _country(name: str) -> str:
    return f"the {name}" if name.startswith("United ") or name in ("Netherlands", "Philippines", "Bahamas",
                                                                    "Cayman Islands") else name


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _default_citizenship(roster: Roster) -> str | None:
    """The citizenship most people share, only when every person has one (else no default is printed)."""
    counts: dict[str, int] = {}
    for person in roster.people:
        if not person["citizenship"]:
            return None
        counts[person["citizenship"]] = counts.get(person["citizenship"], 0) + 1
    return max(counts, key=lambda c: (counts[c], -list(counts).index(c))) if counts else None


# ---- 1. HTML: <th>, No. cell, citizenship second, 'Title, Org' items, address last -----------------------------
def html_th_number_cell_citizenship_second_titles_of_org_items_address_last(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """See the module docstring. <th> captions Name | Citizenship | Present Principal Occupation or Employment |
    Business Address ('No.' first in the numbered variant, the number in a cell of its own); border="1" in the
    ruled variant; <font> wrappers with markers; the occupation cell's width is options.width * 3 pixels. A page
    break (options.page_break_in) after the entry's row closes the table, a <p> with page-break-before and 'I-2',
    and a new table with the header row when options.repeat_header."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name"] + (["Citizenship"] if options.citizenship else []) + \
        ["Present Principal Occupation or Employment", "Business Address"]

    def cell(text: str, extra: str = "") -> str:
        body = f"<font size=\"2\" face=\"Arial\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{extra}>{body}</td>"

    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>Set forth below are the name, " + ("citizenship, " if options.citizenship else "") +
             "present principal occupation or employment and business address of each director and executive "
             f"officer of {html.escape(_stop(org))}</p>", opening, header]
    for index, person in enumerate(roster.people):
        occupation = [f"{t}, {org}" for t in person["positions"]] + list(person["other_positions"])
        cells = ([cell(f"{index + 1}.", " align=\"right\"")] if options.numbered else []) + \
            [cell(html.escape(printed_name(person, options)))]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        cells += [cell("<br>".join(html.escape(o) for o in occupation) or "&#8212;",
                       f" width=\"{options.width * 3}\""),
                  cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;")]
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">I-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 2. EDGAR <TABLE>: NAME | CITIZENSHIP | BUSINESS ADDRESS | OCCUPATION ----------------------------------------
def edgar_dash_caption_name_citizenship_address_titles_of_org_wrap(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """See the module docstring. Bottom-aligned captions underlined with dashes, '<S>'/'<C>' with options.markers,
    a dashed rule between entries in the ruled variant (else a blank line). A page break (options.page_break_in)
    after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers), 'I-2', a new <TABLE> with the
    caption when options.repeat_header."""
    org = roster.organization
    occ_width = options.width + 2
    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (16 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 14)),
               (30, ["BUSINESS ADDRESS"],
                lambda i, p: [x for a in p["address"] for x in _wrap(a, 28, "  ")] or ["--"]),
               (occ_width, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _wrap("; ".join([f"{t} of {org}" for t in p["positions"]] + p["other_positions"]),
                                   occ_width - 2) if p["positions"] or p["other_positions"] else ["--"])]
    live = [(w, cap, fn) for w, cap, fn in columns if w]
    widths = [w for w, _, _ in live]
    depth = max(len(c) for _, c, _ in live)
    caps = [[""] * (depth - len(c)) + c for _, c, _ in live]
    caption = ["<CAPTION>", *_wrap_rows(caps, widths), "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()]
    if options.markers:
        caption.append("".join(f"{'<S>' if i == 0 else '<C>':<{w}}" for i, w in enumerate(widths)).rstrip())
    lines = [f"{'SCHEDULE I':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF "
                                                 f"{org.upper()}", 70)] + [""]
    lines += _wrap("The following table sets forth the name, " + ("citizenship, " if options.citizenship else "") +
                   f"business address and present principal occupation of each director and executive officer of "
                   f"{_stop(org)}", 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        rows = _wrap_rows([fn(index, person) for _, _, fn in live], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(widths) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. no tags: colon labels in a hanging column, default citizenship with exceptions --------------------------
def colon_labels_hanging_address_default_citizenship_exceptions(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """See the module docstring. Labels padded to 25 columns, values wrapping at options.width + 20 with the
    hanging indent; the name alone on its line ('n.' before it in the numbered variant); '--' where a person has
    no position or no outside occupation is not printed (the label is left out); a row of '=' between entries in
    the ruled variant (else a blank line). With citizenship and a default shared by every person: 'Unless
    otherwise indicated, each person named below is a citizen of X.' and 'Citizenship:' only for the others;
    without a default (a person without a citizenship) 'Citizenship:' for all. A page break (options.
    page_break_in) after the entry's second line: '<PAGE>' (a form feed without markers), 'I-2', and
    'SCHEDULE I (continued)' when options.repeat_header."""
    org = roster.organization
    default = _default_citizenship(roster) if options.citizenship else None
    pad = 25
    vwidth = options.width + 20
    lines = [f"{'SCHEDULE I':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    lines += _wrap(f"The name, position with {org}, present principal occupation (where other than such position) "
                   "and business address of each director and executive officer of " + org +
                   (" and his or her citizenship" if options.citizenship and not default else "") +
                   " are set forth below." + (f" Unless otherwise indicated, each person named below is a citizen of "
                                              f"{_country(default)}." if default else ""), 78)
    lines.append("")

    def labelled(label: str, values: list[str]) -> list[str]:
        out: list[str] = []
        for k, value in enumerate(values):
            for j, piece in enumerate(_wrap(value, vwidth, "  ")):
                out.append(f"{(label if k == 0 and j == 0 else ''):<{pad}}{piece}")
        return out

    for index, person in enumerate(roster.people):
        entry = [_numbered(index, printed_name(person, options), options)]
        if person["positions"]:
            entry += labelled("Position:", person["positions"])
        if person["other_positions"]:
            entry += labelled("Principal Occupation:", person["other_positions"])
        entry += labelled("Business Address:", person["address"] or ["--"])
        if options.citizenship and person["citizenship"] != default:
            entry += labelled("Citizenship:", [person["citizenship"] or "--"])
        if options.page_break_in == index and len(entry) > 2:
            entry[2:2] = ["", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), ""] + \
                ([f"{'SCHEDULE I (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        lines += entry
        lines.append("=" * 60 if options.rules else "")
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. HTML saved as text: stacked cells Name | Citizenship | Occupation | Address -------------------------------
def saved_text_stacked_cells_name_citizenship_occupation_address(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """See the module docstring. Captions 'Name', 'Citizenship' (when printed), 'Present Principal Occupation',
    'Business Address' one a line; then each person's cells: the name ('n.' before it in the numbered variant;
    surname first in upper case as options.upper_last_first), the citizenship, the occupation items one a line
    (each item a line of its own, unwrapped, as a browser saves a cell), the address lines; a blank line between rows, a line of '_' in the ruled variant. A page break (options.
    page_break_in) after the entry's name: a form feed ('<PAGE>' with markers), 'A-2', and the captions again
    when options.repeat_header."""
    org = roster.organization
    captions = ["Name"] + (["Citizenship"] if options.citizenship else []) + \
        ["Present Principal Occupation", "Business Address"]
    lines = ["SCHEDULE A", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", "",
             "The following sets forth the name, " + ("citizenship, " if options.citizenship else "") +
             f"present principal occupation and business address of each director and executive officer of {_stop(org)}",
             "", *captions, ""]
    for index, person in enumerate(roster.people):
        items = [f"{t} of {org}" for t in person["positions"]] + list(person["other_positions"])
        entry = [_numbered(index, printed_name(person, options), options)]
        if options.citizenship:
            entry.append(person["citizenship"] or "--")
        entry += items or ["--"]
        entry += list(person["address"]) or ["--"]
        if options.page_break_in == index:
            entry[1:1] = ["", "<PAGE>" if options.markers else "\f", "A-2", ""] + \
                ([*captions, ""] if options.repeat_header else [])
        lines += entry
        lines.append("_" * 40 if options.rules else "")
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"html_th_number_cell_citizenship_second_titles_of_org_items_address_last":
            html_th_number_cell_citizenship_second_titles_of_org_items_address_last,
            "edgar_dash_caption_name_citizenship_address_titles_of_org_wrap":
            edgar_dash_caption_name_citizenship_address_titles_of_org_wrap,
            "colon_labels_hanging_address_default_citizenship_exceptions":
            colon_labels_hanging_address_default_citizenship_exceptions,
            "saved_text_stacked_cells_name_citizenship_occupation_address":
            saved_text_stacked_cells_name_citizenship_occupation_address}

"""Held-out re-layout families, hundred-and-fourth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:35-12:40 UTC by `date`) by helper session gather104 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_table_name_address_cell_titles_occupation_citizenship: an HTML <table> (Southwestern Energy's Schedule A,
  dev/html_section_rows_southwestern_energy.htm, bold names) whose first cell is 'Name and Business Address': the
  name bold, then the address lines apart by <br> (ConAgra's name-and-address entries, dev/text_indented_nameaddr_
  conagra_2000.txt; Lor Finance's dev/text_asterisk_member_nameaddr_lor_finance.txt, there in text), then 'Position
  with <Org>' (titles one a line, as Novo's 'Name, Title' cell stacks them, dev/html_as_text_cells_multi_entity_
  novo.txt), 'Present Principal Occupation' (outside occupations, '&#8212;' where none) and 'Citizenship' last
  (AIG's Exhibit A order, dev/text_fixed4col_aig.txt); a 'No.' free numbering '1.' before the name.
- fixed_name_occupation_address_cell_citizenship_right: a fixed-width text table NAME | PRESENT PRINCIPAL
  OCCUPATION OR EMPLOYMENT AND BUSINESS ADDRESS | CITIZENSHIP (the tender-offer Schedule I caption; the 'Title, Org'
  occupation items of relayout.occupation_items and relayout_heldout95/98, then the address in the same cell as
  ConAgra's name-and-address cell puts two kinds of value together), wrapped at options.width + 14 with hanging
  continuation lines (relayout.two_column; IDT Corporation, dev/text_fixed4col_position_occupation_idt_
  corporation.txt), inside EDGAR <TABLE> '<S>'/'<C>' when options.markers, plain columns otherwise (Castlerigg's
  dev/text_grid4col_citizenship_castlerigg.txt prints columns without tags).
- saved_text_cells_one_a_line_joined_titles_dash_empty_blank_rows: HTML saved as text, every cell one a line and
  the address's <br> lines one a line (Novo's Schedule I, dev/html_as_text_cells_multi_entity_novo.txt: Name |
  Title | Address | Principal Occupation | Citizenship), the titles '; '-joined on one line (relayout_heldout98.
  html_paragraph_bold_name_labelled_lines_default_citizenship), an empty cell printed '--' (relayout_heldout98.
  edgar_citizenship_second_address_third_occupation_last), a blank line between rows (as St. Paul Travelers' saved
  text sets rows apart, dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt) and a row of underscores in
  the ruled variant.
- text_centred_name_runin_labels_paragraph_default_citizenship: no tags; each name centred on its own line (Forstmann
  Little's dev/text_centered_names_gp_preamble_forstmann_little.txt), then one wrapped paragraph of run-in labels
  'Position with <Org>: ...; Principal Occupation: ...; Business Address: ...' (relayout_heldout71/98 labelled
  lines, here run together as Power Corporation's labelled list runs them, dev/labelled_list_power_corporation_
  2005.txt), and the citizenship a preamble default with a 'Citizenship:' label only for the exceptions
  (relayout_heldout92/98; St. Paul Travelers' 'All of the individuals listed below are citizens of the United
  States').

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then, and no preamble default).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, default_citizenship, expected, occupation_items, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _default(roster: Roster, options: Options) -> str | None:
    return default_citizenship(roster) if options.citizenship else None


def _country(name: str) -> str:
    return f"the {name}" if name.startswith("United ") else name


def _stop(text: str) -> str:
    return text if text.endswith(".") else text + "."


# ---- 1. HTML table: name and address in one cell, titles, occupation, citizenship --------------------------------
def html_table_name_address_cell_titles_occupation_citizenship(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """An HTML <table>: 'Name and Business Address' (the (numbered) name bold, then the address lines apart by <br>)
    | 'Position with <Org>' (titles apart by <br>, '&#8212;' where none) | 'Present Principal Occupation' (outside
    occupations apart by <br>, '&#8212;' where none) | 'Citizenship' (when printed). Rules: a bottom border on each
    row; markers: a <font> wrapper in each cell; a page break after the entry's row closes the table, prints 'A-2'
    and opens a new table (the header row again when options.repeat_header)."""
    org = roster.organization
    esc = html.escape
    dash = "&#8212;"

    def cell(text: str, head: bool = False) -> str:
        inner = f"<font size=\"2\">{text}</font>" if options.markers else text
        style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
        return f"<td valign=\"top\"{style}>{f'<b>{inner}</b>' if head else inner}</td>"

    heads = ["Name and Business Address", f"Position with {esc(org)}", "Present Principal Occupation"] + \
        (["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(cell(f"<u>{h}</u>", head=True) for h in heads) + "</tr>"
    table = "<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\">"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{esc(org.upper())}</b></p>",
             f"<p>The following table sets forth the name, business address, present position with {esc(org)}, "
             "present principal occupation" + (" and citizenship" if options.citizenship else "") +
             f" of each director and executive officer of {esc(_stop(org))}</p>", table, header]
    for index, person in enumerate(roster.people):
        name = f"<b>{esc(_numbered(index, printed_name(person, options), options))}</b>"
        cells = [cell("<br>".join([name, *map(esc, person["address"])])),
                 cell("<br>".join(map(esc, person["positions"])) or dash),
                 cell("<br>".join(map(esc, person["other_positions"])) or dash)]
        if options.citizenship:
            cells.append(cell(esc(person["citizenship"] or "") or dash))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", table] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 2. fixed-width: name | occupation and address | citizenship -------------------------------------------------
def fixed_name_occupation_address_cell_citizenship_right(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """A fixed-width table NAME | PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT AND BUSINESS ADDRESS ('Title, Org'
    items then the outside occupations, each wrapped at options.width + 14 with a two-space hanging indent, then the
    address lines ', '-joined and wrapped the same way) | CITIZENSHIP (when printed). Inside <TABLE> with '<S>'/'<C>'
    when options.markers; a dashed rule between entries when options.rules (else a blank line); a page break after
    the entry's first line ('<PAGE>' or a form feed, 'I-2', the captions again when options.repeat_header)."""
    org = roster.organization
    occ = options.width + 16
    widths = [28, occ] + ([14] if options.citizenship else [])
    caps = [["", "NAME"], ["PRESENT PRINCIPAL OCCUPATION OR", "EMPLOYMENT AND BUSINESS ADDRESS"],
            ["", "CITIZENSHIP"]][:len(widths)]
    caps = [[piece for line in cap for piece in _wrap(line, w - 2)] for cap, w in zip(caps, widths)]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()
    caption = _wrap_rows(caps, widths) + [under]
    if options.markers:
        caption = ["<CAPTION>", *caption,
                   "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(widths) - 1), widths)).rstrip()]
    lines = [f"{'SCHEDULE I':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    lines += _wrap("Set forth below are the name, present principal occupation or employment, business address" +
                   (" and citizenship" if options.citizenship else "") + " of each director and executive officer "
                   f"of {_stop(org)}", 78) + [""]
    lines += (["<TABLE>"] if options.markers else []) + caption
    for index, person in enumerate(roster.people):
        middle = [piece for item in occupation_items(person, org) for piece in _wrap(item, occ - 2, "  ")]
        middle += _wrap(", ".join(person["address"]), occ - 2, "  ")
        cells = [_wrap(_numbered(index, printed_name(person, options), options), 26, "  "), middle]
        if options.citizenship:
            cells.append(_wrap(person["citizenship"] or "", 12))
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</TABLE>"] if options.markers else []) + \
                ["", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), ""] + \
                (["<TABLE>"] if options.markers else []) + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(widths) - 2) if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. saved-as-text cells one a line, joined titles, dashes, blank rows ------------------------------------------
def saved_text_cells_one_a_line_joined_titles_dash_empty_blank_rows(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """HTML saved as text: the caption cells one a line, then per person the cells one a line: the (numbered) name,
    the titles '; '-joined ('--' where none), the outside occupations '; '-joined ('--' where none), the address
    lines one a line, the citizenship (when printed); a blank line after each row (a line of underscores too when
    options.rules). No markers (saved text has none); a page break after the entry's row: a form feed, 'Page 2 of 2'
    and the caption cells again when options.repeat_header."""
    org = roster.organization
    heads = ["Name", f"Present Position with {org}", "Principal Occupation (if different)", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])
    lines = ["EXHIBIT 99.3", "SCHEDULE I",
             f"Information regarding each director and executive officer of {org} is set forth below.", org, "",
             *heads, ""]
    for index, person in enumerate(roster.people):
        lines += [_numbered(index, printed_name(person, options), options),
                  "; ".join(person["positions"]) or "--", "; ".join(person["other_positions"]) or "--",
                  *person["address"]]
        if options.citizenship:
            lines.append(person["citizenship"] or "--")
        if options.rules:
            lines.append("_" * 30)
        lines.append("")
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += ["\f", "Page 2 of 2", ""] + ([*heads, ""] if options.repeat_header else [])
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. plain text: centred names, run-in labelled paragraph, citizenship default --------------------------------
def text_centred_name_runin_labels_paragraph_default_citizenship(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """No tags. A heading and a preamble (the default citizenship when printed), then per person: the (numbered) name
    centred on 78 columns, then one paragraph wrapped at options.width + 40: 'Position with <Org>: <titles
    '; '-joined, or None>.' 'Principal Occupation: <outside occupations '; '-joined>.' (left out where none)
    'Business Address: <lines ', '-joined>.' and 'Citizenship: X.' only where it is not the default. Rules: a
    centred '* * *' between people, else a blank line; markers: '<PAGE>' (else a form feed) for the page break
    after the entry's name line, with '- 2 -' and the heading again when options.repeat_header."""
    org = roster.organization
    default = _default(roster, options)
    heading = [f"{'ANNEX I':^78}".rstrip(), "",
               *[f"{t:^78}".rstrip() for t in _wrap(f"CERTAIN INFORMATION REGARDING THE DIRECTORS AND EXECUTIVE "
                                                     f"OFFICERS OF {org.upper()}", 70)], ""]
    preamble = (f"The name, position with {org}, present principal occupation (where other than that position) and "
                f"business address of each director and executive officer of {org} are set forth below.")
    if default:
        preamble += f" Each such person is a citizen of {_country(default)}, except as noted below."
    lines = list(heading) + _wrap(preamble, 78) + [""]
    for index, person in enumerate(roster.people):
        text = [f"Position with {org}: {_stop('; '.join(person['positions']) or 'None')}"]
        if person["other_positions"]:
            text.append(f"Principal Occupation: {_stop('; '.join(person['other_positions']))}")
        text.append(f"Business Address: {_stop(', '.join(person['address']))}")
        if options.citizenship and person["citizenship"] and person["citizenship"] != default:
            text.append(f"Citizenship: {_stop(person['citizenship'])}")
        entry = [f"{_numbered(index, printed_name(person, options), options):^78}".rstrip(), "",
                 *_wrap(" ".join(text), options.width + 40)]
        if options.page_break_in == index:
            entry[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'- 2 -':^78}".rstrip(), ""] + \
                (heading if options.repeat_header else [])
        lines += entry
        lines += ["", f"{'* * *':^78}".rstrip(), ""] if options.rules else [""]
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"html_table_name_address_cell_titles_occupation_citizenship":
            html_table_name_address_cell_titles_occupation_citizenship,
            "fixed_name_occupation_address_cell_citizenship_right":
            fixed_name_occupation_address_cell_citizenship_right,
            "saved_text_cells_one_a_line_joined_titles_dash_empty_blank_rows":
            saved_text_cells_one_a_line_joined_titles_dash_empty_blank_rows,
            "text_centred_name_runin_labels_paragraph_default_citizenship":
            text_centred_name_runin_labels_paragraph_default_citizenship}

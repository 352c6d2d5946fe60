"""Held-out re-layout families, sixty-second set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (05:32-05:36 UTC by `date`) by helper session gather62 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES - each family puts together layout choices that earlier
families and the real rosters (tests/data/rosters_real/SOURCES.md) already have, in a combination no one family has:

- html_citizenship_exception_under_name_preamble_default: an HTML table (Southwestern Energy's Schedule A,
  dev/html_section_rows_southwestern_energy.htm; <th> captions or bold <td> as heldout59) Name | Position with <Org>
  (one title a line) | Principal Occupation ('&#8212;' where none, heldout56) | Business Address (lines apart by
  <br>, relayout.html_table); the citizenship NOT in a column but given once in a preamble default ('Unless
  otherwise indicated, each person listed below is a citizen of ...', relayout.name_title_list and heldout29
  title_sections_preamble_defaults) with '(Citizenship: <value>)' under the name of each person it does not cover
  (the exceptions-only country of Citigroup's Exhibit 99.A, dev/text_name_title_citizenship_citigroup.txt, and
  heldout58 edgar_name_address_title_paren_country); a 'No.' cell in the numbered variant (heldout18
  html_th_stacked_titles); 'SURNAME, Given' in the first variant.
- edgar_no_blank_rows_citizenship_second_director_paren_occupation: an EDGAR <TABLE> indented ten spaces with NO
  blank line between rows (Harvard College's Exhibit A, dev/text_name_office_harvard_college.txt, and relayout
  indented_rows_no_blank_lines) and Harvard's preamble default address (an address printed only where it is not the
  default); columns Name | Citizenship (second, as relayout.wrapped_citizenship_first and heldout18
  capitals_citizenship_second) | 'Position (Principal Occupation)' written SBC's way, '<titles> (<outside
  occupation>)' (dev/text_twocol_director_paren_sbc.txt, heldout58 director_paren_occupation_two_sections) with
  hanging-indent continuation lines | Business Address; '<S>'/'<C>'; a 'Page 1 of 2 Pages' footer at a page break.
- centred_names_indented_lines_citizenship_postamble_exceptions: no table tags; each name centred on its own line
  (Forstmann Little's Schedule I, dev/text_centered_names_gp_preamble_forstmann_little.txt, and heldout38
  centred_name_blocks_preamble_defaults), under it unlabelled indented lines '<Title>, <Org>' and the outside
  occupations (relayout.name_heading_unlabelled, National Grid's affiliation lines) and, indented deeper, the
  address lines; the citizenship in a postamble after the last entry, a default with the exceptions listed
  name-opposite-value (heldout11 citizenship_after_roster and heldout35 name_title_lines_postamble_exceptions).
- saved_text_name_address_cell_position_occupation_citizenship: an HTML table saved as text, every cell's lines on
  lines of their own (Novo's Schedule I, dev/html_as_text_cells_multi_entity_novo.txt, relayout.html_saved_as_text)
  with MetLife's 'Name and Business Address' cell (dev/text_twocol_nameaddr_metlife.txt): the name then the address
  lines, then the titles cell ('; '-joined), the occupation cell ('-' where empty) and the citizenship cell; a blank
  line (or a row of underscores in the ruled variant) between rows; the number cell on a line of its own when
  numbered (heldout56 html_numbered_cell_caps_name_address_second_citizenship_last).

Expected everywhere: every person's own values (relayout.expected(p, org, options)); no citizenship where the variant
prints none. A default (citizenship or address) is the value most people of the roster share, and each person it
covers has exactly that value, so the own value is what a reader recovers.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py). tests/test_relayout_families.py only checks that each prints the people it expects;
nothing here says anything about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _numbered,
    _wrap_rows,
    default_citizenship,
    expected_people,
    printed_name,
    wrap_words,
)

_ADJECTIVE_ENDINGS = ("ian", "ish", "ese", "ean", "ench", "utch", "wiss")


def _citizen_phrase(value: str) -> str:
    """'a citizen of the United States', 'a citizen of Canada', 'a Canadian citizen'."""
    if value.endswith(_ADJECTIVE_ENDINGS):
        return f"a {value} citizen"
    if value.startswith(("United ", "Republic ", "Kingdom ", "Netherlands", "U.S", "USA")):
        return f"a citizen of the {value}"
    return f"a citizen of {value}"


# ---- 1. HTML: citizenship as a preamble default, the exceptions under the name -------------------------------------
def html_citizenship_exception_under_name_preamble_default(roster: Roster, options: Options
                                                           ) -> tuple[str, str, list[dict]]:
    """HTML 'ANNEX A' with a preamble giving the roster's most common citizenship as the default (with
    options.citizenship), then a table [No.] | Name | Position with <Org> | Principal Occupation | Business Address:
    the name ('SURNAME, Given' with upper_last_first) with '(Citizenship: <value>)' on a <br> line under it for each
    person the default does not cover; titles one a line; outside occupations one a line, '&#8212;' where none; the
    address lines apart by <br>. <th> captions with options.markers, else bold <td>; border=1 in the ruled variant;
    a page break closes the table, prints 'A-2' and opens a new one (captions again if they repeat)."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    heads = (["No."] if options.numbered else []) + ["Name", f"Position with {org}", "Principal Occupation",
                                                      "Business Address"]
    cell = (lambda h: f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>") if options.markers else (
        lambda h: f"<td valign=\"bottom\"><b>{html.escape(h)}</b></td>")
    header = "<tr>" + "".join(cell(h) for h in heads) + "</tr>"
    opening = f"<table border=\"{1 if options.rules else 0}\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\">"
    preamble = _full_stop(f"The following table sets forth the name, position with {org}, present principal occupation "
                         f"and business address of each director and executive officer of {org}")
    if default:
        preamble += (f" Unless otherwise indicated, each person listed below is {_citizen_phrase(default)}.")
    parts = ["<html><head><title>Annex A</title></head><body>",
             "<p align=\"center\"><b>ANNEX A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>{html.escape(preamble)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        name = html.escape(printed_name(person, options))
        if options.citizenship and person["citizenship"] != default:
            name += f"<br>(Citizenship: {html.escape(person['citizenship'])})"
        cells = ([f"{index + 1}."] if options.numbered else []) + [
            name, "<br>".join(html.escape(t) for t in person["positions"]) or "&nbsp;",
            "<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
            "<br>".join(html.escape(a) for a in person["address"]) or "&nbsp;"]
        parts.append("<tr valign=\"top\">" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p align=\"center\">A-1</p>",
                      "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + ([header] if options.repeat_header else [])
    broken = options.page_break_in is not None and options.page_break_in + 1 < len(roster.people)
    parts += ["</table>", f"<p align=\"center\">A-{2 if broken else 1}</p>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", expected_people(roster, options)


# ---- 2. EDGAR <TABLE>: no blank rows, citizenship second, 'titles (occupation)', default address -------------------
def edgar_no_blank_rows_citizenship_second_director_paren_occupation(roster: Roster, options: Options
                                                                     ) -> tuple[str, str, list[dict]]:
    """Harvard's preamble ('If no business address is given, the business address of such director or executive
    officer is <default>.'), then an EDGAR <TABLE> indented ten spaces: Name (26) | Citizenship (16) | Position
    (Principal Occupation) (options.width + 8: '<titles>; ... (<outside occupations>)' with continuation lines
    indented two spaces) | Business Address (only where not the default; 32). No blank line between rows: only a
    non-empty name cell starts a person (name continuation lines are indented two spaces). '<S>'/'<C>' with
    options.markers; a dashed rule after each entry in the ruled variant; 'n.' numbering; at a page break after the
    entry's first line a 'Page 1 of 2 Pages' footer, '<PAGE>' and the captions again if they repeat."""
    org = roster.organization
    default = _default_address(roster)
    indent = " " * 10
    widths = [26, 16 if options.citizenship else 0, options.width + 8, 32]
    live = [w for w in widths if w]
    heads = ["Name", "Citizenship", "Position (Principal Occupation)", "Business Address"]
    header = [indent + "".join(f"{h:<{w}}" for h, w in zip(heads, widths) if w).rstrip(),
              indent + "".join(f"{'-' * min(len(h), w - 2):<{w}}" for h, w in zip(heads, widths) if w).rstrip()]
    lines = [f"{'EXHIBIT A':^80}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^80}".rstrip(),
             ""]
    lines += wrap_words(f"The names of the directors and executive officers of {org}, their citizenship, their present "
                   f"positions with {org} and, where different, their present principal occupation or employment "
                   f"(in parentheses) and their business addresses are set forth below. If no business address is "
                   f"given, the business address of such director or executive officer is {', '.join(default)}.", 80)
    lines += ["", "<TABLE>"] + header
    if options.markers:
        lines.append(indent + "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * 3, live)).rstrip())
    broken = False
    for index, person in enumerate(roster.people):
        text = "; ".join(person["positions"])
        if person["other_positions"]:
            others = "; ".join(person["other_positions"])
            text = f"{text} ({others})" if text else others
        own = [] if person["address"] == default else [
            piece for line in person["address"] for piece in wrap_words(line, widths[3] - 2, "  ")]
        cells = [wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 wrap_words(person["citizenship"], widths[1] - 2) if options.citizenship else [],
                 wrap_words(text, widths[2] - 2, "  "), own]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live, indent)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'Page 1 of 2 Pages':>60}", "<PAGE>", ""] + (header if options.repeat_header else [])
            broken = True
        lines += rows
        if options.rules:
            lines.append(indent + "-" * (sum(live) - 2))
    lines += ["</TABLE>", "", f"{'Page 2 of 2 Pages' if broken else 'Page 1 of 1 Page':>60}"]
    return ".txt", "\n".join(line.rstrip() for line in lines) + "\n", expected_people(roster, options)


# ---- 3. no table: centred names, unlabelled indented lines, a citizenship postamble -------------------------------
def centred_names_indented_lines_citizenship_postamble_exceptions(roster: Roster, options: Options
                                                                  ) -> tuple[str, str, list[dict]]:
    """'SCHEDULE I' and a centred title, a preamble; per person the name centred on 78 columns (capitals
    'SURNAME, Given' with upper_last_first; 'n.' before it when numbered), then indented eight spaces '<Title>,
    <Org>' one a line and the outside occupations (wrapped at options.width + 30, continuation indented ten), then
    the address lines indented twelve; a blank line between entries ('* * *' centred between them in the ruled
    variant). After the last entry (with options.citizenship) the postamble: 'Each of the persons named above is a
    citizen of <default>, except the following, whose citizenship is set forth opposite their names:' and one line
    per exception, the natural name then the citizenship from column 40. A page break after the entry's first
    indented line: 'I-1' centred, '<PAGE>' with markers, else a form feed."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    width = options.width + 30
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "",
             f"{'Directors and Executive Officers of':^78}".rstrip(), f"{org:^78}".rstrip(), ""]
    lines += wrap_words(_full_stop(f"The name, present position with {org}, other present principal occupation or "
                             f"employment, if any, and business address of each director and executive officer of "
                             f"{org} are set forth below"), 78)
    lines.append("")
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        block = [f"{_numbered(index, name.upper() if options.upper_last_first else name, options):^78}".rstrip()]
        details = [piece for item in [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
                   for piece in wrap_words(item, width, "  ")]
        block += ["        " + d for d in details]
        block += ["            " + a for a in person["address"]]
        if options.page_break_in == index and len(block) > 2:
            block[2:2] = ["", f"{'I-1':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""]
        lines += block
        if options.rules and index + 1 < len(roster.people):
            lines += ["", f"{'* * *':^78}".rstrip()]
        lines.append("")
    if default:
        exceptions = [p for p in roster.people if p["citizenship"] != default]
        if exceptions:
            lines += wrap_words(f"Each of the persons named above is {_citizen_phrase(default)}, except the following, "
                           f"whose citizenship is set forth opposite their names:", 78)
            lines.append("")
            lines += [f"     {p['name']:<35}{p['citizenship']}" for p in exceptions]
        else:
            lines += wrap_words(_full_stop(f"Each of the persons named above is {_citizen_phrase(default)}"), 78)
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", expected_people(roster, options)


# ---- 4. HTML saved as text: name-and-address cell, then position, occupation and citizenship cells ----------------
def saved_text_name_address_cell_position_occupation_citizenship(roster: Roster, options: Options
                                                                 ) -> tuple[str, str, list[dict]]:
    """An HTML table saved as text: the title lines, the caption cells one a line ('No.' when numbered, 'Name and
    Business Address', 'Position with <Org>' or 'with the Company' for a long name, 'Present Principal Occupation',
    'Citizenship' with options.citizenship), then per row the number cell, the name ('SURNAME, Given' with
    upper_last_first) and the address lines, the titles '; '-joined on one line, the outside occupations '; '-joined
    ('-' where none), the citizenship; a blank line between rows, a row of underscores and a blank line in the ruled
    variant. A page break after a row: the page number 'S-1' (and with options.markers '<PAGE>'), then the caption
    cells again if they repeat."""
    org = roster.organization
    long_name = len(org) > 24
    lines = ["SCHEDULE A", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", ""]
    if long_name:
        lines += [_full_stop(f"As used in this Schedule A, the \"Company\" means {org}"), ""]
    captions = (["No."] if options.numbered else []) + [
        "Name and Business Address", "Position with the Company" if long_name else f"Position with {org}",
        "Present Principal Occupation"] + (["Citizenship"] if options.citizenship else [])
    lines += captions + [""]
    for index, person in enumerate(roster.people):
        row = ([f"{index + 1}."] if options.numbered else []) + [printed_name(person, options)] + person["address"]
        row.append("; ".join(person["positions"]) or "-")
        row.append("; ".join(person["other_positions"]) or "-")
        if options.citizenship:
            row.append(person["citizenship"])
        lines += row
        lines += ["_" * 40, ""] if options.rules else [""]
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += ["S-1", ""] + (["<PAGE>", ""] if options.markers else []) + (
                captions + [""] if options.repeat_header else [])
    return ".txt", "\n".join(lines).rstrip() + "\n", expected_people(roster, options)


FAMILIES = {"html_citizenship_exception_under_name_preamble_default":
            html_citizenship_exception_under_name_preamble_default,
            "edgar_no_blank_rows_citizenship_second_director_paren_occupation":
                edgar_no_blank_rows_citizenship_second_director_paren_occupation,
            "centred_names_indented_lines_citizenship_postamble_exceptions":
                centred_names_indented_lines_citizenship_postamble_exceptions,
            "saved_text_name_address_cell_position_occupation_citizenship":
                saved_text_name_address_cell_position_occupation_citizenship}

"""Held-out re-layout families, twenty-first set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (02:55-02:59 UTC by `date`) by helper session gather21 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth and nineteenth sets, no family here adds a layout feature that no earlier
family has: each is a NEW COMBINATION of features the earlier families (and the real rosters in
tests/data/rosters_real/dev/) already have - column order and widths, which column wraps, header label words, name
order and case, numbering style, entry separators, values stacked under the name, page breaks inside an entry with
a repeated header, preamble or postamble defaults worded anew, HTML <th>/<br>/<p> cells and section rows - the way a
real annex could print its roster, so that no earlier family (gather18's and gather19's included) renders the same
text. Each family's docstring names the real roster it is modelled on and the choices it combines. They measure
whether the reader generalises within the features it knows. They are held out: tests/relayout.py adds FAMILIES to
HELD_OUT_FAMILIES at its very end; the lead measures them once (benchmarks/bench_rosters.py) and they become
development families after that measurement. tests/test_relayout_families.py only checks that each prints the
people it expects; nothing here says anything about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _surname_first,
    _wrap_rows,
    centred,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered


# ---- 1. fixed width: name with its titles wrapped under it, occupation and address together, citizenship last ----
def _grid_rule(widths: list[int], ruled: bool) -> str:
    """Castlerigg's rule of one dashed segment per column (ruled), or Refac's one unbroken dashed line."""
    if ruled:
        return " ".join("-" * (w - 1) for w in widths)
    return "-" * (sum(widths) - 1)


def name_comma_titles_grid(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Refac's Exhibit 99.2 (tests/data/rosters_real/dev/text_twocol_nametitle_dashed_refac.txt, sec.gov
    .../311046/000095017205002966/ny5268.txt: a <TABLE> whose 'Name and Title' column holds the name followed by a
    comma and the titles wrapped under it, an 'Occupation and Business Address' column, a dashed rule under every
    row, the header between two rules and <CAPTION> after it, the default business address in the preamble
    'Unless otherwise specified, ...') and Castlerigg's Appendix III (dev/text_grid4col_citizenship_castlerigg.txt,
    sec.gov .../813781/000089534504000812/jsappendix3.txt: the citizenship in the LAST column, a rule of one
    dashed segment per column after every row, two-line captions). Choices combined: columns Name and Title
    (34) | Occupation and Business Address (options.width + 6) | Country of / Citizenship (last, only when the
    layout prints a citizenship); the name ('SURNAME, Given' in the upper_last_first variant, '(1)' before it in
    the numbered variant) ends in a comma and the titles held in the organisation, '; '-separated, wrap under it;
    the middle column one item per occupation outside the organisation (for a person with none, each title as
    'Title of <Org>'), each wrapping under itself, then the business address lines only where the address is not
    the preamble's default; a rule after every row: one unbroken dashed line, or one segment per column in the
    ruled variant; the header between two such rules, then <CAPTION> and <S>/<C> (plain text without markers);
    a page break (options.page_break_in) after the entry's second line: page number, <PAGE> (a form feed without
    markers) and the ruled header again if it repeats."""
    org = roster.organization
    default = _default_address(roster)
    widths = [34, options.width + 6] + ([14] if options.citizenship else [])
    rule = _grid_rule(widths, options.rules)
    caption = _wrap_rows([["", "Name and Title"], ["", "Occupation and Business Address"]]
                         + ([["Country of", "Citizenship"]] if options.citizenship else []), widths)
    header = [rule] + [line for line in caption if line] + [rule]
    lines = [f"{'Exhibit 99.2':>78}", ""] + centred("IDENTITY AND BACKGROUND OF THE DIRECTORS AND EXECUTIVE OFFICERS",
                                                     f"OF {org.upper()}") + [""]
    says = "title, present principal occupation and country of citizenship" if options.citizenship else \
        "title and present principal occupation"
    lines += textwrap.wrap(_full_stop(f"Set forth below are the name, {says} of each director and executive officer "
                                      f"of {org}") + " Unless otherwise specified, the business address of each "
                           f"person is {_full_stop(', '.join(default))}", 78, initial_indent="         ") + [""]
    lines += (["<TABLE>", ""] if options.markers else []) + header
    lines += ["<CAPTION>", "", "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip()] \
        if options.markers else [""]
    for index, person in enumerate(roster.people):
        lead = f"({index + 1}) " if options.numbered else ""
        titles = "; ".join(person["positions"])
        left = textwrap.wrap(lead + printed_name(person, options) + ("," if titles else ""), widths[0] - 2,
                             subsequent_indent=" " * len(lead))
        left += textwrap.wrap(titles, widths[0] - 2, initial_indent=" " * len(lead), subsequent_indent=" " * len(lead))
        items = person["other_positions"] or [f"{title} of {org}" for title in person["positions"]]
        middle = [piece for item in items for piece in textwrap.wrap(item, widths[1] - 2)]
        middle += [] if person["address"] == default else [
            piece for line in person["address"] for piece in textwrap.wrap(line, widths[1] - 2)]
        cells = [left, middle] + ([[person["citizenship"]]] if options.citizenship else [])
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", f"{'Page 2 of 3':>78}", "<PAGE>" if options.markers else "\f", ""] + (
                header if options.repeat_header else [])
        lines += rows + [rule]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML: body section rows, one occupation-and-address cell, the citizenship only where it is not the default --
def _lines_cell(lines: list[str], options: Options) -> str:
    """A cell's lines: each in its own <p> (markers) or apart by <br> (no markers)."""
    escaped = [html.escape(line) for line in lines]
    if options.markers:
        return "".join(f"<p style=\"margin-top:0pt;margin-bottom:0pt\">{line}</p>" for line in escaped) or "&nbsp;"
    return "<br>".join(escaped) or "&nbsp;"


def html_body_sections_employer_cell(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm,
    a 2020 SC 13D, no sec.gov address stored: a Name | spacer | 'Present Principal Occupation Including Name and
    Address of Employer' table, italic section rows 'Directors' / 'Executive Officers (Who Are Not Directors)',
    empty spacer rows between persons, the preamble giving the default address and citizenship and saying that an
    occupation opposite a name refers to the company unless otherwise indicated) and MetLife's Exhibit 99.1
    (dev/text_twocol_nameaddr_metlife.txt, sec.gov .../898174/000095012305001628/y05541exv99w1.txt: an address
    printed only where it differs from the preamble's default), with name_heading_unlabelled's 'Citizen of ...'
    line.
    Choices combined: a three-column HTML table (the middle an empty 1% spacer) whose header cells are bold
    <td>s, not <th>; section rows by body: 'Directors' (everyone on the board) then 'Executive Officers (Who Are
    Not Directors)', each only where it has people, the persons in section order (no section rows where someone
    is in neither body, a general partner); the name cell the name alone ('SURNAME, Given' in the
    upper_last_first variant, '1.' before it in the numbered variant); the one wide cell the titles held in the
    organisation bare, one a line (the preamble says they refer to the organisation), each occupation outside it,
    the business address lines where the address is not the default, and a last line 'Citizen of France' where
    the citizenship is not the default; the preamble's defaults worded 'Except where another address is shown,
    the business address of each such person is ...' and 'Unless otherwise indicated below, all of the persons
    listed below are citizens of ...'; cell lines in <p> (markers) or apart by <br>; a spacer row between persons
    (a bordered row in the ruled variant); a page break (options.page_break_in) closes the table after that
    person's row, a centred page number, and the table goes on, its header row repeated if it repeats."""
    org = roster.organization
    default = _default_address(roster)
    citizenship, country = _most_common_citizenship(roster)
    header = ("<tr><td width=\"30%\" valign=\"bottom\" style=\"border-bottom:1pt solid #000000\"><b>Name</b></td>"
              "<td width=\"1%\">&nbsp;</td><td width=\"69%\" valign=\"bottom\" align=\"center\" style=\"border-bottom:"
              "1pt solid #000000\"><b>Present Principal Occupation Including Name and Address of Employer</b></td></tr>")
    spacer = ("<tr><td colspan=\"3\" style=\"border-bottom:1pt solid #000000\">&nbsp;</td></tr>" if options.rules
              else "<tr style=\"font-size:1pt\"><td height=\"16\"></td><td height=\"16\" colspan=\"2\"></td></tr>")
    sections = [("Directors", [p for p in roster.people if "board of directors" in p["bodies"]]),
                ("Executive Officers (Who Are Not Directors)",
                 [p for p in roster.people if p["bodies"] == ["executive officers"]])]
    if sum(len(people) for _, people in sections) < len(roster.people):     # a body the two do not name
        sections = [("", roster.people)]
    order = [person for _, people in sections for person in people]
    rows, tables, number = [header], [], 0
    for section, people in sections:
        if not people:
            continue
        rows += [f"<tr><td valign=\"bottom\"><i>{section}</i></td><td>&nbsp;</td><td></td></tr>", spacer] \
            if section else [spacer]
        for person in people:
            number += 1
            name = (f"{number}. " if options.numbered else "") + printed_name(person, options)
            cell = person["positions"] + person["other_positions"]
            cell += [] if person["address"] == default else person["address"]
            if options.citizenship and not _covered(person, country, citizenship):
                said = _is_citizen(person["citizenship"])      # 'a citizen of the United States'
                cell.append(said[2].upper() + said[3:])         # 'Citizen of the United States'
            rows += [f"<tr><td valign=\"top\">{_lines_cell([name], options)}</td><td>&nbsp;</td>"
                     f"<td valign=\"top\">{_lines_cell(cell, options)}</td></tr>", spacer]
            if options.page_break_in == roster.people.index(person) and number < len(order):
                tables.append(rows)
                rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" border=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = ("<p align=\"center\">A-1</p><p style=\"page-break-before:always\">&nbsp;</p>").join(parts)
    preamble = (f"The name, business address, title and present principal occupation or employment of each of the "
                f"directors and executive officers of {org} are set forth below. Except where another address is "
                f"shown, the business address of each such person is {_full_stop(', '.join(default))} Unless "
                f"otherwise indicated, each occupation set forth opposite an individual's name refers to "
                f"{_full_stop(org)}")
    if options.citizenship:
        said = _is_citizen(citizenship)                    # 'a citizen of the United States', 'a Canadian citizen'
        preamble += (f" Unless otherwise indicated below, all of the persons listed below are "
                     f"{_full_stop(said[2:].replace('citizen', 'citizens', 1))}")
    text = (f"<html><body><p align=\"center\"><b><u>SCHEDULE A</u></b></p><p><b>{html.escape(org.upper())}</b></p>"
            f"<p>{html.escape(preamble)}</p>{body}</body></html>")
    return ".htm", text, _by_default(roster, options)


# ---- 3. labelled blocks: long label words, the address before the position, citizenship only for exceptions ------
def _field(label: str, values: list[str], width: int, indent: str, column: int = 48) -> list[str]:
    """'Label:' at the indent, the value(s) from the column wrapping under themselves."""
    pieces = [piece for value in values for piece in textwrap.wrap(value, width)] or [""]
    return [(f"{indent}{label:<{column - len(indent)}}" if row == 0 else " " * column) + piece
            for row, piece in enumerate(pieces)]


def labelled_address_first_exceptions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov
    .../854460/000091205701506984/a2044032zex-1.txt: labelled blocks 'Name:' / 'Business Address:' / 'Principal
    Occupation:', the values in one fixed column, a blank line between the fields, the address lines stacked,
    the citizenship of all in the preamble) and Citigroup's Exhibit 99.A (dev/text_name_title_citizenship_
    citigroup.txt, sec.gov .../1116616/000104746904034282/a2146269zex-99_a.txt: a citizenship shown only where it
    is not the preamble's default). Choices combined: labelled blocks in Micron's order with the SEC's long label
    words - 'Name:', 'Residence or Business Address:' (every person's own, the lines stacked), 'Position(s) with
    the Reporting Person:' (the titles, '; '-separated), 'Present Principal Occupation or Employment:' (one per
    occupation outside the organisation, only where there is one) and, only for a person whose citizenship is not
    the default, 'Country of Citizenship:'; the default in the preamble worded 'Each of the persons named below is
    a citizen of ... unless a different country of citizenship is stated.'; values wrapping at
    options.width + 4 from column 48; a blank line between the fields; the name as printed ('SURNAME, Given' in the
    upper_last_first variant) and '1.' before 'Name:' in the numbered variant; two blank lines between entries (a
    line of underscores in the ruled variant); a page break (options.page_break_in) after the position field:
    page number, <PAGE> (a form feed without markers) and 'ANNEX I (continued)' if the header repeats."""
    org = roster.organization
    citizenship, country = _most_common_citizenship(roster)
    wrap = options.width + 4
    lines = centred("ANNEX I", "", "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS", f"OF {org.upper()}")
    says = ", present principal occupation or employment and country of citizenship" if options.citizenship else \
        " and present principal occupation or employment"
    preamble = (f"The name, residence or business address, position(s) with {org} (the \"Reporting Person\"){says} "
                f"of each director and executive officer of the Reporting Person are set forth below.")
    if options.citizenship:
        preamble += (f" Each of the persons named below is {_is_citizen(citizenship)} unless a different country "
                     f"of citizenship is stated.")
    lines += [""] + textwrap.wrap(preamble, 76, initial_indent="     ") + [""]
    for index, person in enumerate(roster.people):
        lead = f"{index + 1}." if options.numbered else ""
        indent = "    " if options.numbered else ""
        block = _field("Name:", [printed_name(person, options)], wrap, indent)
        block[0] = lead + block[0][len(lead):]
        block += [""] + _field("Residence or Business Address:", person["address"], wrap, indent)
        if person["positions"]:
            block += [""] + _field("Position(s) with the Reporting Person:", ["; ".join(person["positions"])], wrap,
                                   indent)
        page_at = len(block)
        if person["other_positions"]:
            block += [""] + _field("Present Principal Occupation or Employment:", person["other_positions"], wrap,
                                   indent)
        if options.citizenship and not _covered(person, country, citizenship):
            block += [""] + _field("Country of Citizenship:", [person["citizenship"]], wrap, indent)
        if options.page_break_in == index:
            block[page_at:page_at] = ["", f"{'I-2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                centred("ANNEX I (continued)") + [""] if options.repeat_header else [])
        lines += block + (["", "_" * 76, ""] if options.rules else ["", ""])
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", _by_default(roster, options)


# ---- 4. HTML <th>: 'Surname, Given' names, occupation before position, the defaults and exceptions AFTER the table ----
def _surname_given(person: dict, options: Options) -> str:
    """'Cohen, Marshall A.' ('COHEN, Marshall A.' in the upper_last_first variant, as relayout prints it);
    'Dole, Burton A., Jr.'; the surname in the case the name prints it."""
    if options.upper_last_first:
        return _surname_first(person["name"])
    words = person["name"].replace(",", "").split()
    suffix = words.pop() if words[-1].rstrip(".").upper() in ("JR", "SR", "II", "III", "IV") else None
    *given, last = words
    return f"{last}, {' '.join(given)}" + (f", {suffix}" if suffix else "")


def html_th_surname_defaults_after(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt: a Name / Position / Principal Occupation /
    Business Address table, the citizenship of all given in one sentence with the exception named) and Harvard
    College's Exhibit A (dev/text_name_office_harvard_college.txt, sec.gov .../919893/000092701602005845/
    dex99a.txt: one business address for everyone given in a sentence, no address column), with the 'Last, First'
    names of Ameren's Schedule I. Choices combined: an HTML table with <th> captions in this order: 'Name' |
    'Present Principal Occupation or Employment' | 'Position(s) with <Org>'; the names 'Surname, Given M.' in
    mixed case ('SURNAME, Given M.' in the upper_last_first variant); the occupation cell one line per occupation
    outside the organisation, '&#8212;' for a person with none; the position cell one title a line; cell lines in
    <p> (markers) or apart by <br>; no address or citizenship column: AFTER the table, one sentence gives the
    default business address (and the default citizenship) 'Except as set forth below, the business address of
    each person named above is ..., and each such person is a citizen of ...', then one paragraph per person
    who differs, in natural name order: 'The business address of Marshall A. Cohen is ....' and/or 'Marshall A.
    Cohen is a citizen of Canada.'; the numbered variant a 'No.' column with '(1)'; the ruled variant borders
    under every row; a page break (options.page_break_in) closes the table after that person's row and it goes
    on after a page-break <div>, its <th> row repeated if it repeats."""
    org = roster.organization
    default = _default_address(roster)
    citizenship, country = _most_common_citizenship(roster)
    heads = (["No."] if options.numbered else []) + ["Name", "Present Principal Occupation or Employment",
                                                     f"Position(s) with {html.escape(org)}"]
    border = " style=\"border-bottom:1px solid #000000\""
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\"{border}>{h}</th>" for h in heads) + "</tr>"
    td = f"<td valign=\"top\"{border if options.rules else ''}>"
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        cells = ([_lines_cell([f"({index + 1})"], options)] if options.numbered else []) + [
            _lines_cell([_surname_given(person, options)], options),
            _lines_cell(person["other_positions"], options) if person["other_positions"] else "&#8212;",
            _lines_cell(person["positions"], options)]
        rows.append("<tr>" + "".join(f"{td}{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\">{''.join(t)}</table>" for t in tables]
    body = "<div style=\"page-break-before:always\"></div>".join(parts)
    after = f"Except as set forth below, the business address of each person named above is {', '.join(default)}"
    after = _full_stop(after + (f", and each such person is {_is_citizen(citizenship)}" if options.citizenship else ""))
    notes = []
    for person in roster.people:
        sentences = [] if person["address"] == default else [
            _full_stop(f"The business address of {person['name']} is {', '.join(person['address'])}")]
        if options.citizenship and not _covered(person, country, citizenship):
            sentences.append(_full_stop(f"{person['name']} is {_is_citizen(person['citizenship'])}"))
        notes += [f"<p>{html.escape(' '.join(sentences))}</p>"] if sentences else []
    text = (f"<html><body><p align=\"center\"><b>SCHEDULE B</b></p><p align=\"center\"><b>EXECUTIVE OFFICERS AND "
            f"DIRECTORS OF {html.escape(org.upper())}</b></p><p>The following table sets forth the name, present "
            f"principal occupation or employment and position(s) with {html.escape(org)} of each executive officer "
            f"and director of {html.escape(_full_stop(org))}</p>{body}"
            f"<p>{html.escape(after)}</p>{''.join(notes)}</body></html>")
    return ".htm", text, _by_default(roster, options)


FAMILIES = {"name_comma_titles_grid": name_comma_titles_grid,
            "html_body_sections_employer_cell": html_body_sections_employer_cell,
            "labelled_address_first_exceptions": labelled_address_first_exceptions,
            "html_th_surname_defaults_after": html_th_surname_defaults_after}

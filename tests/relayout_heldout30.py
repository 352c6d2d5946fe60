"""Held-out re-layout families, thirtieth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (09:01-09:05 UTC by `date`) by helper session gather30 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth, twenty-first, twenty-fifth and twenty-seventh sets, no family
here adds a layout feature that no earlier family has: each is a NEW COMBINATION of features the earlier families
(and the real rosters in tests/data/rosters_real/dev/) already have - column order and widths, which column wraps,
header label words, name order and case, numbering style, entry separators, values stacked under the name, page
breaks inside an entry with a repeated header, preamble or postamble defaults worded anew, HTML <th>/<br>/<p> cells,
HTML saved as text - the way a real annex could print its roster, so that no earlier family renders the same text.
Each family's docstring names the real roster it is modelled on and the choices it combines. They measure whether
the reader generalises within the features it knows. They are held out: tests/relayout.py adds FAMILIES to
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
    _letter_codes,
    _surname_first,
    _wrap_rows,
    centred,
    expected,
    printed_name,
)


def _wrapped(values: list[str], width: int, indent: str = "", hanging: str = "") -> list[str]:
    """Each value wrapped under itself at the width, its continuation lines indented by `hanging`."""
    return [piece for value in values
            for piece in textwrap.wrap(value, width, initial_indent=indent, subsequent_indent=indent + hanging,
                                       break_on_hyphens=False)]


# ---- 1. EDGAR <TABLE>: capital names with the titles under them, address second, citizenship last ----------------
def _caption(heads: list[list[str]], widths: list[int]) -> list[str]:
    """Captions stacked over three lines, bottom-aligned, then each column underlined by dashes."""
    rows = [[head[-3 + row] if len(head) >= 3 - row else "" for head in heads] for row in range(3)]
    lines = ["".join(f"{cell:<{w}}" for cell, w in zip(row, widths)).rstrip() for row in rows]
    return [line for line in lines if line] + ["".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()]


def _table_page_break(number: str, header: list[str], options: Options) -> list[str]:
    """The table closed, a centred page number, <PAGE>, the table opened again with its captions (if they repeat)
    or only its <S>/<C> row; without markers a form feed and the captions (if they repeat)."""
    if not options.markers:
        return ["", f"{number:^78}".rstrip(), "\f", ""] + (header if options.repeat_header else [])
    return ["</TABLE>", "", f"{number:^78}".rstrip(), "<PAGE>", "", "<TABLE>"] + (
        header if options.repeat_header else header[-1:])


def caps_titles_under_name_citizenship_last(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital's Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_capital.txt,
    sec.gov .../1025863/000091205701544973/a2067023zex-1.txt: an EDGAR <Table> with a <Caption>, the person's title
    stacked under the name, the address and the occupation in columns of their own, dashed separator rows) and
    Castlerigg's Appendix III (dev/text_grid4col_citizenship_castlerigg.txt, sec.gov .../813781/000089534504000812/
    jsappendix3.txt: the citizenship in the LAST column). Choices combined: columns 'Name and Position(s) / with the
    Reporting Person' (34) | 'Residence or / Business Address' (30, address lines wrapping) | 'Present Principal /
    Occupation or / Employment' (options.width + 4, wrapping) | 'Country of / Citizenship' (last, only when the
    layout prints a citizenship), captions over three lines bottom-aligned and underlined column by column; the name
    in CAPITALS ('PEI-YUAN CHIA'; 'CHIA, PEI-YUAN' in the upper_last_first variant), '(1)' before it in the
    numbered variant, each title held in the Reporting Person on its own line under it, indented three spaces;
    the occupation column one item per occupation outside the Reporting Person, or '<first title> of <Org>' for a
    person with none; no preamble defaults (every value printed); a blank line between entries, or a dashed
    segment per column in the ruled variant; <TABLE>, <CAPTION> and <S>/<C> (none without markers); a page break
    (options.page_break_in) after the entry's second line: a centred page number, <PAGE> (a form feed without
    markers; the table closed before and opened again after it) and the captions again if they repeat."""
    org = roster.organization
    widths = [34, 30, options.width + 4] + ([16] if options.citizenship else [])
    heads = [["Name and Position(s)", "with the Reporting Person"], ["Residence or", "Business Address"],
             ["Present Principal", "Occupation or", "Employment"]] + (
        [["Country of", "Citizenship"]] if options.citizenship else [])
    header = (["<CAPTION>"] if options.markers else []) + _caption(heads, widths) + (
        ["".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip()]
        if options.markers else [])
    says = ", present principal occupation or employment and country of citizenship" if options.citizenship else \
        " and present principal occupation or employment"
    lines = centred("ANNEX A", "", "DIRECTORS AND EXECUTIVE OFFICERS OF THE REPORTING PERSON") + [""]
    lines += textwrap.wrap(f"The following table sets forth the name, position(s), residence or business "
                           f"address{says} of each director and executive officer of {org} (the \"Reporting "
                           f"Person\").", 78, initial_indent="     ", break_on_hyphens=False) + [""]
    lines += (["<TABLE>"] if options.markers else []) + header
    rule = "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()
    for index, person in enumerate(roster.people):
        lead = f"({index + 1}) " if options.numbered else ""
        name = (_surname_first(person["name"]) if options.upper_last_first else person["name"]).upper()
        left = textwrap.wrap(lead + name, widths[0] - 2, subsequent_indent=" " * len(lead), break_on_hyphens=False)
        left += _wrapped(person["positions"], widths[0] - 2, " " * (len(lead) + 3), "  ")
        items = person["other_positions"] or [f"{title} of {org}" for title in person["positions"][:1]] or ["--"]
        cells = [left, _wrapped(person["address"], widths[1] - 2), _wrapped(items, widths[2] - 2, "", " ")]
        cells += [_wrapped([person["citizenship"]], widths[3] - 2)] if options.citizenship else []
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = _table_page_break(f"A-{index + 2}", header, options)
        lines += rows + ([rule] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML <th>: the citizenship under the bold name, one column each for titles, occupations and address ------
def _cell(lines: list[str], options: Options, bold_first: bool = False) -> str:
    """A cell's lines: each in its own <p> (markers) or apart by <br> (no markers); '&#8212;' for none."""
    escaped = [html.escape(line) for line in lines]
    if bold_first and escaped:
        escaped[0] = f"<b>{escaped[0]}</b>"
    if options.markers:
        return "".join(f"<p style=\"margin:0pt\">{line}</p>" for line in escaped) or "&#8212;"
    return "<br>".join(escaped) or "&#8212;"


def html_th_name_citizenship_four_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Smith Barney Corporate Trust Company's Exhibit 99.A (tests/data/rosters_real/dev/
    table_stacked_name_title_citizenship_smith_barney.txt, sec.gov .../815097/000104746904035070/
    a2146266zex-99_a.txt: the citizenship stacked under the name in the first column) and Novo Holdings'
    Schedule I (dev/html_as_text_cells_multi_entity_novo.txt, sec.gov .../1865494/000138832526000003/
    ex-99-01242026_120118.htm: an HTML table, one row per person, multi-line cells). Choices combined: an HTML
    table with <th> captions broken by <br>: 'Name and<br>Country of Citizenship' ('Name' when the layout prints
    no citizenship) | 'Position(s) with<br><Org>' | 'Present Principal Occupation<br>or Employment' | 'Residence
    or<br>Business Address'; the first cell the bold name ('SURNAME, Given' in the upper_last_first variant) and
    the citizenship as a bare line under it; one title a line; one occupation outside the organisation a line,
    '&#8212;' for none; the address lines; cell lines in <p> (markers) or apart by <br>; no preamble defaults
    (every value printed); the numbered variant a first column of letters 'A.', 'B.' under an empty <th>; the
    ruled variant a bottom border on every cell; a page break (options.page_break_in) closes the table after that
    person's row, a centred page number, and a new table after a page-break <p>, its <th> row repeated if it
    repeats."""
    org = roster.organization
    heads = ([""] if options.numbered else []) + [
        "Name and<br>Country of Citizenship" if options.citizenship else "Name",
        f"Position(s) with<br>{html.escape(org)}", "Present Principal Occupation<br>or Employment",
        "Residence or<br>Business Address"]
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\"><u>{h}</u></th>" if h else "<th></th>"
                              for h in heads) + "</tr>"
    td = "<td valign=\"top\"" + (" style=\"border-bottom:0.5pt solid #000000\">" if options.rules else ">")
    letters = _letter_codes(len(roster.people))
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        stack = [printed_name(person, options)] + ([person["citizenship"]] if options.citizenship else [])
        cells = ([_cell([f"{letters[index]}."], options)] if options.numbered else []) + [
            _cell(stack, options, bold_first=True), _cell(person["positions"], options),
            _cell(person["other_positions"], options), _cell(person["address"], options)]
        rows.append("<tr>" + "".join(f"{td}{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\">{''.join(t)}</table>"
             for t in tables]
    body = "".join(part + (f"<p align=\"center\">II-{number + 1}</p><p style=\"page-break-before:always\"></p>"
                           if number < len(parts) - 1 else "") for number, part in enumerate(parts))
    says = "country of citizenship, " if options.citizenship else ""
    preamble = (f"Set forth below are the name, {says}position(s) with {org}, present principal occupation or "
                f"employment and residence or business address of each director and executive officer of "
                f"{_full_stop(org)}")
    text = (f"<html><body><p align=\"center\"><b>SCHEDULE II</b></p><p align=\"center\"><b>INFORMATION CONCERNING "
            f"THE DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>"
            f"{body}</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. two text columns: citizenship in parentheses under the name, '<Title>, <Org>' lines, addresses after ----
def paren_citizenship_under_name_address_notes(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Lor Finance's Exhibit 7 (tests/data/rosters_real/dev/text_asterisk_member_nameaddr_lor_finance.txt,
    sec.gov .../888002/000091205700045726/a2028396zex-99_7.txt: two columns without table tags, values stacked
    under the name on the left, the occupation on the right), Smith Barney's Exhibit 99.A (dev/table_stacked_name_
    title_citizenship_smith_barney.txt, sec.gov .../815097/000104746904035070/a2146266zex-99_a.txt: 'NAME, TITLE,
    AND CITIZENSHIP', the citizenship under the name) and Harvard College's Exhibit A (dev/text_name_office_harvard_
    college.txt, sec.gov .../919893/000092701602005845/dex99a.txt: one business address for everyone in a
    sentence, no address column). Choices combined: two columns without table tags, 'Name and Citizenship' (32) |
    'Present Principal Occupation or Employment' (options.width + 10), each caption underlined by dashes; the name
    ('SURNAME, Given' in the upper_last_first variant, 'A.' lettering in the numbered variant) with the citizenship
    in parentheses on the line under it ('(Canada)'); the right column '<Title>, <Org>' for each title held in the
    organisation, then each occupation outside it, each wrapping with a two-space hanging indent; the default
    business address in the preamble 'Unless otherwise indicated, each person's business address is ...' and, AFTER
    the roster under 'Business Addresses', one sentence per person whose address differs, in natural name order;
    a blank line between entries (a dashed line in the ruled variant); a page break (options.page_break_in) after
    the entry's first line: the page number, <PAGE> (a form feed without markers) and 'EXHIBIT 2 (continued)' with
    the captions if the header repeats."""
    org = roster.organization
    default = _default_address(roster)
    left, right = 32, options.width + 10
    heads = ["Name and Citizenship" if options.citizenship else "Name", "Present Principal Occupation or Employment"]
    header = [f"{heads[0]:<{left}}{heads[1]}", f"{'-' * len(heads[0]):<{left}}{'-' * len(heads[1])}"]
    says = "name, present principal occupation or employment and citizenship" if options.citizenship else \
        "name and present principal occupation or employment"
    lines = centred("EXHIBIT 2", "", f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}") + [""]
    lines += textwrap.wrap(f"The {says} of each executive officer and director of {org} are set forth below. "
                           f"Unless otherwise indicated, each person's business address is "
                           f"{_full_stop(', '.join(default))}", 78, break_on_hyphens=False) + [""] + header + [""]
    letters = _letter_codes(len(roster.people))
    for index, person in enumerate(roster.people):
        name = (f"{letters[index]}. " if options.numbered else "") + printed_name(person, options)
        stack = textwrap.wrap(name, left - 2, subsequent_indent="   " if options.numbered else "", break_on_hyphens=False)
        stack += [("   " if options.numbered else "") + f"({person['citizenship']})"] if options.citizenship else []
        items = [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]
        rows = _wrap_rows([stack, _wrapped(items, right, "", "  ")], [left, right])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{index + 2:^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                centred("EXHIBIT 2 (continued)") + [""] + header + [""] if options.repeat_header else [])
        lines += rows + (["-" * (left + right), ""] if options.rules else [""])
    notes = [_full_stop(f"The business address of {p['name']} is {', '.join(p['address'])}")
             for p in roster.people if p["address"] != default]
    if notes:
        lines += ["", "Business Addresses", ""]
        for note in notes:
            lines += textwrap.wrap(note, 78, break_on_hyphens=False) + [""]
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. HTML saved as text: one cell per line, multi-line address cells, long captions, citizenship last -------
def saved_text_address_cells_long_captions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Novo Holdings A/S Schedule I (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt,
    sec.gov .../1865494/000138832526000003/ex-99-01242026_120118.htm: an HTML table saved as text, one cell a line,
    the captions as lines of their own, multi-line cells) and Micron's Exhibit 1 (dev/labelled_blocks_micron.txt,
    sec.gov .../854460/000091205701506984/a2044032zex-1.txt: the business address before the occupation, the
    address lines stacked). Choices combined: the title and the preamble as single unwrapped lines (a paragraph
    saved as text); the captions one a line in this order: 'Name', 'Residence or Business Address', 'Position(s)
    with the Reporting Person', 'Present Principal Occupation or Employment', 'Country of Citizenship' (no
    citizenship caption or cell when the layout prints none), then a blank line; each row its cells one after the
    other: the name ('SURNAME, Given' in the upper_last_first variant), every address line on a line of its own
    (a <br> cell), the titles '; '-joined on one line, one line per occupation outside the organisation ('—' for
    none), the citizenship; a blank line between rows (a line of underscores, a saved <hr>, in the ruled variant);
    the numbered variant a first caption 'No.' and a first cell '(1)'; a page break (options.page_break_in) after
    that person's row: the page number, <PAGE> (a form feed without markers), a blank line and the captions again
    if they repeat."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + [
        "Name", "Residence or Business Address", "Position(s) with the Reporting Person",
        "Present Principal Occupation or Employment"] + (["Country of Citizenship"] if options.citizenship else [])
    says = ", present principal occupation or employment and country of citizenship" if options.citizenship else \
        " and present principal occupation or employment"
    lines = ["Schedule I", f"Directors and Executive Officers of {org}", "",
             f"The name, residence or business address, position(s) with {org} (the \"Reporting Person\"){says} of "
             f"each of the directors and executive officers of the Reporting Person are set forth below.", ""]
    lines += heads + [""]
    for index, person in enumerate(roster.people):
        cells = ([f"({index + 1})"] if options.numbered else []) + [printed_name(person, options)] + person["address"]
        cells += ["; ".join(person["positions"]) or "—"] + (person["other_positions"] or ["—"])
        cells += [person["citizenship"]] if options.citizenship else []
        lines += cells + (["_" * 40, ""] if options.rules else [""])
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += [f"I-{index + 2}", "<PAGE>" if options.markers else "\f", ""] + (
                heads + [""] if options.repeat_header else [])
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"caps_titles_under_name_citizenship_last": caps_titles_under_name_citizenship_last,
            "html_th_name_citizenship_four_columns": html_th_name_citizenship_four_columns,
            "paren_citizenship_under_name_address_notes": paren_citizenship_under_name_address_notes,
            "saved_text_address_cells_long_captions": saved_text_address_cells_long_captions}

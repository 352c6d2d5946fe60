"""Held-out re-layout families, twenty-seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (05:53-05:58 UTC by `date`) by helper session gather27 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth, twenty-first and twenty-fifth sets, no family here adds a layout
feature that no earlier family has: each is a NEW COMBINATION of features the earlier families (and the real rosters
in tests/data/rosters_real/dev/) already have - column order and widths, which column wraps, header label words,
name order and case, numbering style, entry separators, values stacked under the name, page breaks inside an entry
with a repeated header, preamble or postamble defaults worded anew, body section headings, HTML <th>/colspan/<br>/<p>
cells - the way a real annex could print its roster, so that no earlier family (gather18's, gather19's, gather21's
and gather25's included) renders the same text. Each family's docstring names the real roster it is modelled on and
the choices it combines. They measure whether the reader generalises within the features it knows. They are held
out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

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
    _wrap_rows,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered
from relayout_heldout25 import _letters, _sections


def _centred(*titles: str, width: int = 80) -> list[str]:
    return [f"{title:^{width}}".rstrip() for title in titles]


def _citizen_line(citizenship: str) -> str:
    """'Citizen of France', 'Citizen of the United States', 'Canadian citizen'."""
    said = _is_citizen(citizenship)
    return said[2].upper() + said[3:]


# ---- 1. text columns without table tags: citizenship second, outside jobs in parentheses, no blank lines --------
def paren_jobs_citizenship_rows(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After SBC Communications' Exhibit I (tests/data/rosters_real/dev/text_twocol_director_paren_sbc.txt, sec.gov
    .../889949/000073271702000036/exhibit1hug.txt: no table tags, a 'Directors' section opened by a sentence,
    captions 'Name' / 'Present Principal Occupation or Employment' without underline, the occupation wrapping with
    no indent, NO blank line between rows, outside directors as 'Director (occupation; occupation)', the page
    header 'Exhibit I' / 'Page 11 of 12 Pages' over a dashed line), with a 'Citizenship' column second as in
    wrapped_citizenship_first and the Harvard/Chittenden default address in the preamble. Choices combined: three
    columns without table tags Name (35) | Citizenship (16; absent where the layout prints none) | Present
    Principal Occupation or Employment (options.width + 10): the last cell the titles held in the organisation,
    '; '-joined, then the occupations outside it in parentheses ('; '-joined), the occupations bare for a person
    with no title, '--' for a person with neither; no blank line between rows (a dashed line after every row in
    the ruled variant); 'Directors' / 'Executive Officers' sections by body, each opened by a sentence and its
    captions (one 'Directors and Executive Officers' section where someone is in neither body); the default
    address in the preamble 'Unless otherwise indicated below, the business address of each person named in this
    Exhibit is ...' and, after the last section, one sentence per person at another address 'The business address
    of <Name> is ....'; '1.' before the name in the numbered variant (the name's further lines indented), 'SURNAME,
    Given' in the upper_last_first variant; a page break (options.page_break_in) after the entry's first line:
    <PAGE> (a form feed without markers), the page header and the captions again if they repeat."""
    org = roster.organization
    default = _default_address(roster)
    widths = [35] + ([16] if options.citizenship else []) + [options.width + 10]
    captions = [_wrap_rows([["Name"]] + ([["Citizenship"]] if options.citizenship else [])
                           + [["Present Principal Occupation or Employment"]], widths)[0]]
    lines = ["Exhibit I", f"{'Page 1 of 3 Pages':>80}", "-" * 80, "", ""]
    lines += _centred(f"Directors and Executive Officers of {org}", "-" * len(f"Directors and Executive Officers of {org}"))
    lines += ["", ""] + textwrap.wrap(f"Unless otherwise indicated below, the business address of each person named "
                                      f"in this Exhibit is {_full_stop(', '.join(default))}", 80,
                                      initial_indent="         ")
    says = "citizenship and principal occupation" if options.citizenship else "principal occupation"
    number = 0
    for body, people in _sections(roster):
        who = {"DIRECTORS": f"directors of {org}", "EXECUTIVE OFFICERS": f"executive officers of {org} who are not "
               f"directors", "": f"directors and executive officers of {org}"}[body]
        lines += ["", "", body.title() if body else "Directors and Executive Officers", ""]
        lines += textwrap.wrap(f"The {who} and the {says} of each of them as of the date hereof are set "
                               f"forth in the following table.", 80, initial_indent="         ") + [""] + captions + [""]
        for person in people:
            number += 1
            lead = f"{number}. " if options.numbered else ""
            name = textwrap.wrap(lead + printed_name(person, options), widths[0] - 2,
                                 subsequent_indent=" " * (len(lead) + 2))
            titles, jobs = "; ".join(person["positions"]), "; ".join(person["other_positions"])
            said = f"{titles} ({jobs})" if titles and jobs else titles or jobs or "--"
            cells = [name] + ([textwrap.wrap(person["citizenship"], widths[1] - 2)] if options.citizenship else []) \
                + [textwrap.wrap(said, widths[-1] - 2)]
            rows = _wrap_rows(cells, widths)
            if options.page_break_in == roster.people.index(person) and len(rows) > 1:
                rows[1:1] = ["<PAGE>" if options.markers else "\f", "Exhibit I", f"{'Page 2 of 3 Pages':>80}",
                             "-" * 80, ""] + (captions + [""] if options.repeat_header else [])
            lines += rows + (["-" * sum(widths)] if options.rules else [])
    notes = [_full_stop(f"The business address of {p['name']} is {', '.join(p['address'])}")
             for p in roster.people if p["address"] != default]
    if notes:
        lines += [""] + textwrap.wrap(" ".join(notes), 80, initial_indent="         ")
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML <th>: the address stacked under the bold name in one cell, colspan section rows ---------------------
def _cell(lines: list[str], options: Options, bold_first: bool = False) -> str:
    """A cell's lines: each in its own <p> (markers) or apart by <br> (no markers); '&#8212;' for none."""
    escaped = [html.escape(line) for line in lines]
    if bold_first and escaped:
        escaped[0] = f"<b>{escaped[0]}</b>"
    if not escaped:
        return "&#8212;"
    if options.markers:
        return "".join(f"<p style=\"margin:0pt\">{line}</p>" for line in escaped)
    return "<br>".join(escaped)


def html_th_name_address_cell_sections(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Lor Finance's Exhibit 7 (tests/data/rosters_real/dev/text_asterisk_member_nameaddr_lor_finance.txt,
    sec.gov .../888002/000091205700045726/a2028396zex-99_7.txt: a 'NAME, BUSINESS ADDRESS' column stacking the
    name over its address lines, the citizenship of all in the preamble 'Unless otherwise indicated, each
    individual is a citizen of the Republic of France.') and Southwestern Energy's Schedule A
    (dev/html_section_rows_southwestern_energy.htm, a 2020 SC 13D, no sec.gov address stored: an HTML table with section rows by body), with the <th>
    captions and 'Position(s) with' words of Item 2 annexes. Choices combined: one HTML table with <th> captions
    'Name and Business Address' | 'Position(s) with <Org>' | 'Present Principal Occupation or Employment'; the
    first cell the name in bold ('SURNAME, Given' in the upper_last_first variant) then every person's own
    address lines, then 'Citizen of Canada' only where the citizenship is not the preamble's default; the titles
    one a line; the outside occupations one a line, '&#8212;' for a person with none; section rows 'DIRECTORS' /
    'EXECUTIVE OFFICERS' as one bold centred <td colspan> across the table (no section rows where someone is in
    neither body); cell lines in <p> (markers) or apart by <br>; the numbered variant a first column of '(a)',
    '(b)', ...; the ruled variant a bottom border on every person's cells; a page break (options.page_break_in)
    closes the table after that person's row, a centred page number, and a new table opens with the <th> row if
    it repeats."""
    org = roster.organization
    citizenship, country = _most_common_citizenship(roster)
    heads = (["&nbsp;"] if options.numbered else []) + [
        "Name and Business Address", f"Position(s) with {html.escape(org)}",
        "Present Principal Occupation or Employment"]
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\"><u>{h}</u></th>" for h in heads) + "</tr>"
    td = "<td valign=\"top\" style=\"border-bottom:1px solid #000000\">" if options.rules else "<td valign=\"top\">"
    rows, tables, number = [header], [], 0
    for body, people in _sections(roster):
        if body:
            rows.append(f"<tr><td colspan=\"{len(heads)}\" align=\"center\"><b>{body}</b></td></tr>")
        for person in people:
            name = [printed_name(person, options)] + person["address"]
            if options.citizenship and not _covered(person, country, citizenship):
                name.append(_citizen_line(person["citizenship"]))
            cells = [_cell([f"({_letters(number).lower()})"], options)] if options.numbered else []
            cells += [_cell(name, options, bold_first=True), _cell(person["positions"], options),
                      _cell(person["other_positions"], options)]
            number += 1
            rows.append("<tr>" + "".join(f"{td}{c}</td>" for c in cells) + "</tr>")
            if options.page_break_in == roster.people.index(person) and number < len(roster.people):
                tables.append(rows)
                rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" cellpadding=\"4\" cellspacing=\"0\" border=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = "<p align=\"center\">A-1</p><p style=\"page-break-before:always\">&nbsp;</p>".join(parts)
    says = "position(s) with the Reporting Person and present principal occupation or employment"
    preamble = (f"The name, business address, {says} of each director and executive officer of {org} (the "
                f"\"Reporting Person\") are set forth below.")
    if options.citizenship:
        preamble += f" Unless otherwise indicated, each individual is {_full_stop(_is_citizen(citizenship))}"
    text = (f"<html><body><p align=\"right\"><b>ANNEX A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>{body}</body></html>")
    return ".htm", text, _by_default(roster, options)


# ---- 3. stacked name and title lines: citizenship in parentheses after the title, the address after the list ----
def name_title_lines_paren_citizenship(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After National Grid USA Service Company's Exhibit A (tests/data/rosters_real/dev/text_stacked_name_title_
    lines_postamble_address_national_grid.txt, sec.gov .../71339/000007133901000002/0003.txt: the organisation's
    name on a line, then blank-line-separated blocks of a name line and one line per title - a title held in the
    organisation bare, a position elsewhere ending in its company's name - and AFTER the list 'The business address
    of the above listed persons is:' with the address lines indented) and Citigroup's Exhibit 99.A
    (dev/text_name_title_citizenship_citigroup.txt, sec.gov .../1116616/000104746904034282/a2146269zex-99_a.txt:
    a citizenship other than the United States in parentheses after the title). Choices combined: the name line
    ('SURNAME, Given' in the upper_last_first variant, 'A.' lettering in the numbered variant with the block's
    other lines indented under the name); one line per title held in the organisation, bare, then one line per
    occupation outside it, long lines wrapping at options.width + 40 with no indent; a citizenship that is not the
    preamble's default in parentheses after the block's first line below the name ('Director (Canada)'), the
    default worded 'Each of the persons listed below is a citizen of ... unless another country is shown in
    parentheses after the person's title.'; 'Business Address: ...' on a line (wrapping, two-space indent) only where
    the address is not the default, the default given AFTER the list 'Unless another business address is shown
    above, the business address of each of the above listed persons is:' and its lines indented; a blank line
    between blocks (a short dashed line in the ruled variant); a page break (options.page_break_in) after the
    block's name line: the page number, <PAGE> (a form feed without markers) and '<Org> (continued)' if the header
    repeats."""
    org = roster.organization
    default = _default_address(roster)
    citizenship, country = _most_common_citizenship(roster)
    wrap = options.width + 40
    lines = [f"{'EXHIBIT A':>62}", "", ""]
    says = "Names, positions, principal occupations" + (", citizenship" if options.citizenship else "")
    lines += textwrap.wrap(f"{says} and business addresses of the directors and executive officers of {org}:", 80)
    if options.citizenship:
        lines += [""] + textwrap.wrap(f"Each of the persons listed below is {_is_citizen(citizenship)} unless another "
                                      f"country is shown in parentheses after the person's title.", 80)
    lines += ["", org, ""]
    for index, person in enumerate(roster.people):
        lead = f"{_letters(index)}.  " if options.numbered else ""
        pad = " " * len(lead)
        block = [lead + printed_name(person, options)]
        below = [piece for item in person["positions"] + person["other_positions"]
                 for piece in textwrap.wrap(item, wrap - len(pad))]
        if options.citizenship and not _covered(person, country, citizenship):
            if below:
                below[0] += f" ({person['citizenship']})"
            else:
                block[0] += f" ({person['citizenship']})"
        if person["address"] != default:
            below += textwrap.wrap(f"Business Address: {', '.join(person['address'])}", wrap - len(pad),
                                   subsequent_indent="  ")
        block += [pad + line for line in below]
        if options.page_break_in == index:
            block[1:1] = ["", f"{'Page 2 of 4 Pages':>80}", "<PAGE>" if options.markers else "\f", ""] + (
                [f"{org} (continued)", ""] if options.repeat_header else [])
        lines += block + (["", "-" * 20, ""] if options.rules else [""])
    lines += textwrap.wrap("Unless another business address is shown above, the business address of each of the above "
                           "listed persons is:", 80) + [""] + [f"   {line}" for line in default]
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


# ---- 4. EDGAR <TABLE>: capital captions between rules, name / address / citizenship stacked in the first cell ----
def capital_captions_name_address_citizenship_stack(roster: Roster,
                                                    options: Options) -> tuple[str, str, list[dict]]:
    """After Citizens Funds' trustees and officers table (tests/data/rosters_real/dev/text_fixed3col_name_address_
    age_citizens_funds.txt, sec.gov .../711202/000091205700047412/a2029632z497.txt: a <TABLE> whose <CAPTION> is
    two lines of centred capitals between two full-width dashed rules, 'NAME, ADDRESS AND AGE' stacking the name,
    the address lines and the age in the first column, 'POSITION(S) HELD WITH TRUST', the occupations
    ';'-separated and wrapping over many lines, a full dashed rule between rows) and Smith Barney's Exhibit 99.A
    (dev/table_stacked_name_title_citizenship_smith_barney.txt, sec.gov .../815097/000104746904035070/
    a2146266zex-99_a.txt: the citizenship a bare line stacked in the name column). Choices combined: three columns
    'NAME, BUSINESS ADDRESS / AND CITIZENSHIP' (36; 'NAME AND / BUSINESS ADDRESS' where the layout prints no
    citizenship) | 'POSITION(S) HELD WITH / THE REPORTING PERSON' (24, one title a line, wrapping under itself
    with a two-space indent) | 'PRESENT PRINCIPAL OCCUPATION / OR EMPLOYMENT' (options.width + 8, the occupations
    outside the organisation '; '-joined and wrapping, '--' for none); the captions centred in their columns
    between two full-width dashed rules; the first cell the name ('SURNAME, Given' in the upper_last_first
    variant, '1.' before it in the numbered variant with the stacked lines indented under the name), every
    person's own address lines and the citizenship as a bare last line; no defaults; <TABLE>, <CAPTION> and
    <S>/<C> with markers, the same rows without; a blank line between rows (a full-width dashed rule in the ruled
    variant); a page break (options.page_break_in) after the entry's second line: <PAGE> (a form feed without
    markers) and the ruled captions again if they repeat."""
    org = roster.organization
    widths = [36, 24, options.width + 8]
    first = ["NAME, BUSINESS ADDRESS", "AND CITIZENSHIP"] if options.citizenship else ["NAME AND", "BUSINESS ADDRESS"]
    heads = [first, ["POSITION(S) HELD WITH", "THE REPORTING PERSON"], ["PRESENT PRINCIPAL OCCUPATION", "OR EMPLOYMENT"]]
    rule = "-" * sum(widths)
    caption = [rule] + ["".join(f"{head[row]:^{w}}" for head, w in zip(heads, widths)).rstrip()
                        for row in range(2)] + [rule]
    lines = _centred("SCHEDULE A", "", "DIRECTORS AND EXECUTIVE OFFICERS", f"OF {org.upper()}") + [""]
    says = "citizenship, " if options.citizenship else ""
    lines += textwrap.wrap(f"The following table sets forth the name, business address, {says}position(s) held "
                           f"with {org} (the \"Reporting Person\") and present principal occupation or employment of "
                           f"each director and executive officer of the Reporting Person.", 80,
                           initial_indent="     ") + [""]
    lines += ["<TABLE>", "<CAPTION>"] + caption + [
        "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip()] \
        if options.markers else caption + [""]
    for index, person in enumerate(roster.people):
        lead = f"{index + 1}. " if options.numbered else ""
        pad = " " * len(lead)
        left = textwrap.wrap(lead + printed_name(person, options), widths[0] - 2, subsequent_indent=pad + "  ")
        left += [piece for line in person["address"]
                 for piece in textwrap.wrap(line, widths[0] - 2, initial_indent=pad, subsequent_indent=pad + "  ")]
        left += textwrap.wrap(person["citizenship"], widths[0] - 2, initial_indent=pad) if options.citizenship else []
        titles = [piece for title in person["positions"]
                  for piece in textwrap.wrap(title, widths[1] - 2, subsequent_indent="  ")]
        jobs = textwrap.wrap("; ".join(person["other_positions"]), widths[2] - 2) or ["--"]
        rows = _wrap_rows([left, titles, jobs], widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["<PAGE>" if options.markers else "\f", ""] + (caption + [""] if options.repeat_header else [])
        lines += rows + ([rule] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"paren_jobs_citizenship_rows": paren_jobs_citizenship_rows,
            "html_th_name_address_cell_sections": html_th_name_address_cell_sections,
            "name_title_lines_paren_citizenship": name_title_lines_paren_citizenship,
            "capital_captions_name_address_citizenship_stack": capital_captions_name_address_citizenship_stack}

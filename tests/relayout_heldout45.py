"""Held-out re-layout families, forty-fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (20:29-20:35 UTC by `date`) by helper session gather45 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth, twenty-first, twenty-fifth, twenty-seventh, thirtieth,
thirty-third, thirty-sixth, thirty-ninth and forty-second sets, no family here adds a layout feature that no earlier
family has: each is a NEW COMBINATION of features the earlier families (and the real rosters in
tests/data/rosters_real/dev/) already have - column order and widths, which column wraps, header label words, name
order and case, numbering style, entry separators, values stacked under the name, page breaks inside an entry with
a repeated header, preamble defaults worded anew, HTML cells with <br>/<p>, HTML saved as text with '|' cells,
labelled lines with other label words - the way a real annex could print its roster, so that no earlier family
renders the same text. Each family's docstring names the real roster it is modelled on and the choices it combines.
They measure whether the reader generalises within the features it knows. They are held out: tests/relayout.py adds
FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once (benchmarks/bench_rosters.py) and they
become development families after that measurement. tests/test_relayout_families.py only checks that each prints
the people it expects; nothing here says anything about the reader's quality on them (not yet measured).

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
from relayout_heldout18 import _is_citizen, _most_common_citizenship, _roman
from relayout_heldout19 import _by_default, _covered
from relayout_heldout21 import _lines_cell, _surname_given

LONG_CAPTION = ("Present Principal Occupation or Employment and the Name, Principal Business and Address of Any "
                "Corporation or Other Organization in Which Such Employment Is Conducted")


# ---- 1. HTML: name with the citizenship under it | the SEC's long caption | every person's own address -------------
def html_name_citizenship_long_caption_address_column(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Smith Barney's Exhibit 99.A (tests/data/rosters_real/dev/table_stacked_name_title_citizenship_smith_
    barney.txt, sec.gov .../815097/000104746904035070/a2146266zex-99_a.txt: the citizenship stacked under the name
    in the left column, the occupation and employer in the right one, no preamble default) and Southwestern Energy's
    Schedule A (dev/html_section_rows_southwestern_energy.htm, a 2020 SC 13D, no sec.gov address stored: an HTML
    table whose captions are bold <td>s over a bottom border, a narrow spacer column), with the SEC's long Item 2(c)
    caption. Choices combined: an HTML table of bold <td> captions (no <th>) 'Name and Citizenship' | spacer |
    the long caption 'Present Principal Occupation or Employment and the Name, Principal Business and Address of
    Any Corporation or Other Organization in Which Such Employment Is Conducted' | spacer | 'Business Address'
    (the address last, every person's own lines); the name cell the name ('SURNAME, Given' in the upper_last_first
    variant, '1.' before it in the numbered variant) with the bare citizenship on the line under it (no
    citizenship line, and 'Name' alone as caption, where the layout prints none); the long-caption cell each title
    as '<Title>, <Org>' then each outside occupation, one a line; cell lines in <p> (markers) or apart by <br>;
    no preamble default; the ruled variant a top border on every person's cells; a page break
    (options.page_break_in) closes the table after that person's row, the page number 'A-2', and the table goes on,
    its caption row repeated if it repeats."""
    org = roster.organization
    first = "Name and Citizenship" if options.citizenship else "Name"
    bottom = " style=\"border-bottom:1pt solid #000000\""
    spacer = "<td width=\"2%\">&nbsp;</td>"
    header = (f"<tr><td width=\"26%\" valign=\"bottom\"{bottom}><b>{first}</b></td>{spacer}"
              f"<td width=\"42%\" valign=\"bottom\"{bottom}><b>{LONG_CAPTION}</b></td>{spacer}"
              f"<td width=\"28%\" valign=\"bottom\"{bottom}><b>Business Address</b></td></tr>")
    top = " style=\"border-top:1pt solid #000000\"" if options.rules else ""
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        left = [name] + ([person["citizenship"]] if options.citizenship else [])
        middle = [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]
        rows.append(f"<tr><td valign=\"top\"{top}>{_lines_cell(left, options)}</td>{spacer}"
                    f"<td valign=\"top\"{top}>{_lines_cell(middle, options)}</td>{spacer}"
                    f"<td valign=\"top\"{top}>{_lines_cell(person['address'], options)}</td></tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" border=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = "<p align=\"center\">A-2</p><div style=\"page-break-before:always\"></div>".join(parts)
    says = "name, citizenship, business address and present principal occupation or employment" if \
        options.citizenship else "name, business address and present principal occupation or employment"
    text = (f"<html><body><p align=\"right\"><b>ANNEX A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>The following table sets forth the {says} of each "
            f"director and executive officer of {html.escape(_full_stop(org))}</p>{body}</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 2. EDGAR <TABLE>: 'Surname, Given' with the titles under it | citizenship | occupation and exceptional address -
def edgar_surname_titles_under_citizenship_second_address_exceptions(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital Corp.'s Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_capital
    .txt, sec.gov .../1025863/000091205701544973/a2067023zex-1.txt: a <Table>, the person's title stacked under the
    name, the citizenship in its own column beside the name) and MetLife's Exhibit 99.1 (dev/text_twocol_nameaddr_
    metlife.txt, sec.gov .../898174/000095012305001628/y05541exv99w1.txt: the preamble's default business address, an
    address printed only where it differs), with IDT Corporation's captions (dev/text_fixed4col_position_occupation_
    idt_corporation.txt). Choices combined: an EDGAR <TABLE> with three-line captions between <CAPTION> and <S>/<C>
    (plain text without markers) 'Name and / Position(s) with / the Reporting Person' | 'Country of / Citizenship'
    (second; left out where the layout prints none) | 'Present Principal Occupation / or Employment and / Business
    Address' (wrapping at options.width + 6); the name 'Surname, Given' in mixed case ('SURNAME, Given' in the
    upper_last_first variant), lower-case roman 'i.', 'ii.' before it in the numbered variant, each title held in
    the organisation on its own line under it, indented three; the last column the outside occupations, each
    wrapping under itself, then the address lines only where the address is not the preamble's default ('Unless
    otherwise indicated, each person's business address is ...'), '--' where it holds nothing; the citizenship
    wrapping at 14; each caption underlined by its own dashes; a blank line between entries (a line of '=' in the ruled variant); a page break
    (options.page_break_in) after the entry's second line: <PAGE> (a form feed without markers), the page number
    and the captions again if they repeat."""
    org = roster.organization
    default = _default_address(roster)
    widths = [36] + ([16] if options.citizenship else []) + [options.width + 8]
    heads = [["Name and", "Position(s) with", "the Reporting Person"]] + (
        [["", "Country of", "Citizenship"]] if options.citizenship else []) + [
        ["Present Principal Occupation", "or Employment and", "Business Address"]]
    caption = _wrap_rows(heads, widths) + ["".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()]
    lines = centred("SCHEDULE I", "", "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS",
                     f"OF {org.upper()}") + [""]
    says = "name, position, country of citizenship and present principal occupation or employment" if \
        options.citizenship else "name, position and present principal occupation or employment"
    lines += textwrap.wrap(f"The following table sets forth the {says} of each director and executive officer of "
                           f"{org} (the \"Reporting Person\"). Unless otherwise indicated, each person's business "
                           f"address is {_full_stop(', '.join(default))}", 78, initial_indent="     ") + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption
    lines += ["".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip()] if options.markers \
        else [""]
    for index, person in enumerate(roster.people):
        lead = f"{_roman(index + 1)}. " if options.numbered else ""
        left = textwrap.wrap(lead + _surname_given(person, options), widths[0] - 2,
                             subsequent_indent=" " * len(lead))
        left += [piece for title in person["positions"] for piece in textwrap.wrap(
            title, widths[0] - 2, initial_indent=" " * (len(lead) + 3), subsequent_indent=" " * (len(lead) + 5))]
        last = [piece for item in person["other_positions"] for piece in textwrap.wrap(
            item, widths[-1] - 2, subsequent_indent="  ")]
        last += [] if person["address"] == default else [
            piece for line in person["address"] for piece in textwrap.wrap(line, widths[-1] - 2)]
        cells = [left] + ([textwrap.wrap(person["citizenship"], widths[1] - 2)] if options.citizenship else []) + [
            last or ["--"]]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), ""] + (
                caption if options.repeat_header else [])
        lines += rows + (["=" * (sum(widths) - 2)] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. HTML saved as text, '|' cells: name and address stacked | position | occupation; body sections -------------
def _pipe_cell(lines: list[str]) -> list[str]:
    """One saved cell: its lines between two '|' lines (an empty cell two '|' lines alone)."""
    return ["|"] + lines + ["|"]


def pipe_cells_name_address_sections_named_citizens(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After St. Paul Travelers' Exhibit 1 (tests/data/rosters_real/dev/html_as_text_pipes_truncated_cells_st_paul_
    travelers.txt, sec.gov .../896861/000110465904038925/a04-14599_1ex1.htm: an HTML table saved as text, every cell
    between two '|' lines, a cell's lines each on a line of its own, the heading and the preamble unindented, the
    citizenship of all in the preamble), Lor Finance's Exhibit 7 (dev/text_asterisk_member_nameaddr_lor_finance.txt,
    sec.gov .../888002/000091205700045726/a2028396zex-99_7.txt: a 'Name, Business Address' column stacking the name
    over its address) and Southwestern Energy's section rows by body (dev/html_section_rows_southwestern_energy.htm).
    Choices combined: the saved cells 'Name and Business Address' | 'Position(s) with <Org>' | 'Present Principal
    Occupation or Employment'; the first cell the name ('SURNAME, Given' in the upper_last_first variant, '(1)'
    before it in the numbered variant) then every person's own address lines; the titles '; '-joined and the
    outside occupations one per item, both wrapped at options.width - 6 as the saved cells were; an empty cell as
    two '|' lines; section rows 'Directors' / 'Executive Officers' (one saved cell each) where the two bodies hold
    everyone, the persons in section order; no citizenship column: the preamble 'Each of the persons named below is
    a citizen of ..., except that Laurent Dassault is a citizen of France; and ...', naming every person of another
    citizenship (no such sentence where the layout prints no citizenship); a blank line between rows in the ruled variant; a page
    break (options.page_break_in) after that person's name cell: the page number 'B-2' and the caption cells again
    if they repeat."""
    org = roster.organization
    citizenship, country = _most_common_citizenship(roster)
    wrap = options.width - 6
    caption = [line for head in ["Name and Business Address", f"Position(s) with {org}",
                                 "Present Principal Occupation or Employment"] for line in _pipe_cell([head])]
    sections = [("Directors", [p for p in roster.people if "board of directors" in p["bodies"]]),
                ("Executive Officers", [p for p in roster.people if p["bodies"] == ["executive officers"]])]
    if sum(len(people) for _, people in sections) < len(roster.people):     # a body the two do not name
        sections = [("", roster.people)]
    preamble = (f"The name, business address, position(s) with {org} and present principal occupation or employment "
                f"of each of the directors and executive officers of {org} are set forth below.")
    if options.citizenship:
        others = [f"{p['name']} is {_is_citizen(p['citizenship'])}" for p in roster.people
                  if not _covered(p, country, citizenship)]
        preamble += _full_stop(f" Each of the persons named below is {_is_citizen(citizenship)}"
                               + (", except that " + "; and ".join(others) if others else ""))
    lines = ["SCHEDULE B", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", preamble] + caption
    number = 0
    for section, people in sections:
        if section and people:
            lines += _pipe_cell([section])
        for person in people:
            number += 1
            lead = f"({number}) " if options.numbered else ""
            lines += _pipe_cell([lead + printed_name(person, options)] + person["address"])
            if options.page_break_in == roster.people.index(person):
                lines += ["B-2"] + (caption if options.repeat_header else [])
            lines += _pipe_cell(textwrap.wrap("; ".join(person["positions"]), wrap, break_on_hyphens=False))
            lines += _pipe_cell([piece for item in person["other_positions"]
                                 for piece in textwrap.wrap(item, wrap, break_on_hyphens=False)])
            lines += [""] if options.rules else []
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


# ---- 4. name headings in capitals, labelled lines with hanging values, the address only where not the default -----
def _hanging(label: str, value: str, width: int) -> list[str]:
    """'    Label: value ...' with the value's later lines indented eight."""
    return textwrap.wrap(f"{label} {value}", width, initial_indent="    ", subsequent_indent="        ",
                         break_on_hyphens=False)


def caps_name_hanging_labels_address_exceptions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Canopy Group's exhibit (tests/data/rosters_real/dev/labelled_occupation_canopy.txt, sec.gov
    .../1094944/000102048801000016/0002.txt: the name alone on its line, then 'Principal Occupation:' with a prose
    value on the label's line and a hanging indent, then 'Citizenship:') and the Power Corporation lists
    (dev/labelled_list_power_corporation_2005.txt, sec.gov .../1265430/000120621205000159/m17453a9exv99wa.txt:
    continuation lines indented under the field), with MetLife's default business address (dev/text_twocol_nameaddr_
    metlife.txt, sec.gov .../898174/000095012305001628/y05541exv99w1.txt). Choices combined: the name alone on a
    line in CAPITALS in natural order ('SURNAME, Given' in the upper_last_first variant), '(1)', '(2)' before it in
    the numbered variant; under it, indented four, the fields each starting with its label and the value on the
    label's line, later lines indented eight (hanging), wrapping at options.width + 40: 'Present Position with the
    Reporting Person:' (the titles, '; '-separated; left out where there are none), 'Other Principal Occupation or
    Employment:' (the outside occupations, '; '-separated; only where there is one), 'Residence or Business
    Address:' (the lines ', '-joined; only where the address is not the preamble's default 'Unless otherwise
    indicated, each person's business address is ...') and 'Country of Citizenship:' (every person's own, last;
    left out where the layout prints none); entries apart by a blank line (a dashed line across the page in the
    ruled variant); a page break (options.page_break_in) after the entry's first field: the page number, <PAGE> (a
    form feed without markers) and 'SCHEDULE I (continued)' if the header repeats."""
    org = roster.organization
    default = _default_address(roster)
    width = options.width + 40
    lines = centred("SCHEDULE I", "", "INFORMATION RELATING TO THE DIRECTORS AND EXECUTIVE OFFICERS",
                     f"OF {org.upper()}") + [""]
    says = "present position, other principal occupation or employment and country of citizenship" if \
        options.citizenship else "present position and other principal occupation or employment"
    lines += textwrap.wrap(f"Set forth below are the name, {says} of each director and executive officer of {org} "
                           f"(the \"Reporting Person\"). Unless otherwise indicated, each person's business address "
                           f"is {_full_stop(', '.join(default))}", 78, initial_indent="     ") + [""]
    for index, person in enumerate(roster.people):
        lead = f"({index + 1}) " if options.numbered else ""
        name = _surname_first(person["name"]) if options.upper_last_first else person["name"].upper()
        block = [lead + name]
        if person["positions"]:
            block += _hanging("Present Position with the Reporting Person:", "; ".join(person["positions"]), width)
        page_at = len(block)
        if person["other_positions"]:
            block += _hanging("Other Principal Occupation or Employment:", "; ".join(person["other_positions"]),
                              width)
        if person["address"] != default:
            block += _hanging("Residence or Business Address:", ", ".join(person["address"]), width)
        if options.citizenship:
            block += _hanging("Country of Citizenship:", person["citizenship"], width)
        if options.page_break_in == index:
            block[page_at:page_at] = ["", f"{'I-2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                centred("SCHEDULE I (continued)") + [""] if options.repeat_header else [])
        lines += block + (["-" * 78] if options.rules else [""])
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"html_name_citizenship_long_caption_address_column": html_name_citizenship_long_caption_address_column,
            "edgar_surname_titles_under_citizenship_second_address_exceptions":
                edgar_surname_titles_under_citizenship_second_address_exceptions,
            "pipe_cells_name_address_sections_named_citizens": pipe_cells_name_address_sections_named_citizens,
            "caps_name_hanging_labels_address_exceptions": caps_name_hanging_labels_address_exceptions}

"""Held-out re-layout families, thirty-ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (14:47-14:51 UTC by `date`) by helper session gather39 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth, twenty-first, twenty-fifth, twenty-seventh, thirtieth,
thirty-third and thirty-sixth sets, no family here adds a layout feature that no earlier family has: each is a NEW
COMBINATION of features the earlier families (and the real rosters in tests/data/rosters_real/dev/) already have -
column order and widths, which column wraps, header label words, name order and case, numbering style, entry
separators, values stacked under the name, page breaks inside an entry with a repeated header, preamble defaults
worded anew, HTML <th>/<br>/<p> cells - the way a real annex could print its roster, so that no earlier family
renders the same text. Each family's docstring names the real roster it is modelled on and the choices it combines.
They measure whether the reader generalises within the features it knows. They are held out: tests/relayout.py
adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once (benchmarks/bench_rosters.py) and
they become development families after that measurement. tests/test_relayout_families.py only checks that each
prints the people it expects; nothing here says anything about the reader's quality on them (not yet measured).

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
    centred,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship, _roman
from relayout_heldout19 import _by_default, _covered

LONG_CAPTION = ("Present Principal Occupation or Employment and the Name, Principal Business and Address of Any "
                "Corporation or Other Organization in Which Such Employment Is Conducted")


def _letters(number: int) -> str:
    """'A', 'B', ... 'Z', 'AA', 'BB', ... (the way typed annexes letter on past Z)."""
    return chr(ord("A") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _citizens(citizenship: str) -> str:
    """'citizens of the United States', 'Canadian citizens' (the plural of _is_citizen without its article)."""
    return _is_citizen(citizenship)[2:].replace("citizen", "citizens", 1)


# ---- 1. HTML <th>: the SEC's long caption, citizenship last, the address in the occupation cell where it differs ----
def _cell(lines: list[str], options: Options) -> str:
    """A cell's lines apart by <br> (markers), or each in its own <p> (no markers); an em dash for none."""
    escaped = [html.escape(line) for line in lines]
    if not escaped:
        return "&#8212;"
    if options.markers:
        return "<br>".join(escaped)
    return "".join(f"<p style=\"margin:0pt\">{line}</p>" for line in escaped)


def html_th_long_caption_exception_address_roman(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm,
    a 2020 SC 13D, no sec.gov address stored: an HTML table whose wide cell holds the occupation and, under it, the
    employer's address, the default business address given once in the preamble) and Castlerigg's Appendix III
    (dev/text_grid4col_citizenship_castlerigg.txt, sec.gov .../813781/000089534504000812/jsappendix3.txt: the
    citizenship in the LAST column). Choices combined: an HTML table with <th> captions in this order: 'Name' |
    'Position(s) with <Org>' | the SEC's long caption 'Present Principal Occupation or Employment and the Name,
    Principal Business and Address of Any Corporation or Other Organization in Which Such Employment Is
    Conducted' | 'Country of Citizenship' (only when the layout prints a citizenship); the name cell the name as
    printed ('SURNAME, Given' in the upper_last_first variant) with lower-case roman numbering 'i.', 'ii.' before it
    in the numbered variant; the titles one a line; the long-caption cell one line per occupation outside the
    organisation, then the person's business address lines ONLY where the address is not the preamble's default,
    '&#8212;' for a cell with neither; the preamble's default worded 'Unless otherwise indicated, each person's
    business address is ...'; cell lines apart by <br> (markers) or each in a <p> (no markers); border="1" in the
    ruled variant, a rule under the caption row otherwise; a page break (options.page_break_in) closes the table
    after that person's row, a centred page number, a page-break <div>, and the table goes on, its <th> row
    repeated if it repeats."""
    org = roster.organization
    default = _default_address(roster)
    heads = ["Name", f"Position(s) with {org}", LONG_CAPTION] + (["Country of Citizenship"] if options.citizenship
                                                                  else [])
    under = "" if options.rules else " style=\"border-bottom:1px solid #000000\""
    header = "<tr>" + "".join(f"<th valign=\"bottom\" align=\"left\"{under}>{html.escape(h)}</th>" for h in heads) \
        + "</tr>"
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        name = (f"{_roman(index + 1)}. " if options.numbered else "") + printed_name(person, options)
        occupation = person["other_positions"] + ([] if person["address"] == default else person["address"])
        cells = [_cell([name], options), _cell(person["positions"], options), _cell(occupation, options)]
        cells += [_cell([person["citizenship"]], options)] if options.citizenship else []
        rows.append("<tr>" + "".join(f"<td valign=\"top\">{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    border = "1" if options.rules else "0"
    parts = [f"<table border=\"{border}\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">{''.join(t)}</table>"
             for t in tables]
    body = "<p align=\"center\">I-1</p><div style=\"page-break-before:always\"></div>".join(parts)
    says = ", present principal occupation or employment and country of citizenship" if options.citizenship else \
        " and present principal occupation or employment"
    preamble = (f"Set forth below are the name, position(s) with {org}{says} of each director and executive officer "
                f"of {_full_stop(org)} Unless otherwise indicated, each person's business address is "
                f"{_full_stop(', '.join(default))}")
    text = (f"<html><body><p align=\"center\"><b>SCHEDULE I</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>{body}</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 2. fixed width: name and address stacked, citizenship second, the titles wrapping, occupation last ----------
def edgar_name_address_citizenship_titles_wrap(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra Foods' Schedule I (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_foods.txt,
    sec.gov .../802481/000090044003000019/sch1.txt: the name with the address lines stacked under it, the offices
    wrapping in the next column) and Scout Capital's Exhibit I (dev/text_numbered_stacked_title_scout_capital.txt,
    sec.gov .../1025863/000091205701544973/a2067023zex-1.txt: an EDGAR <Table> with a citizenship column, a
    two-line caption with dashes under each column, <S>/<C>). Choices combined: a fixed-width EDGAR <TABLE>
    (<CAPTION>, <S>/<C>; plain text without markers) whose columns are, in this order, 'Name and Business
    Address' (36) | 'Country of Citizenship' (16, only when the layout prints a citizenship) | 'Position(s) with
    the Reporting Person' (the titles '; '-joined, the column that wraps, at options.width) | 'Present Principal
    Occupation' (the occupations outside the organisation '; '-joined, wrapping at 26; '--' for a person with
    none, as Bear Stearns prints an empty cell); two-line captions bottom-aligned with dashes under each column;
    the first cell the name ('SURNAME, Given' in the upper_last_first variant, '(1)' before it in the numbered
    variant, the lines under it indented to the name) and under it every person's own address lines; no
    preamble default; a blank line between rows, a line of '=' in the ruled variant; a page break
    (options.page_break_in) after the entry's second line: a right-hand page number, <PAGE> (a form feed without
    markers) and the caption again if the header repeats."""
    org = roster.organization
    wrap = options.width
    widths = [38] + ([16] if options.citizenship else []) + [wrap + 4, 28]
    captions = [["Name and", "Business Address"]] + ([["Country of", "Citizenship"]] if options.citizenship else []) \
        + [["Position(s) with", "the Reporting Person"], ["Present Principal", "Occupation"]]
    header = _wrap_rows(captions, widths) + ["".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()]
    marks = ["<S>"] + ["<C>"] * (len(widths) - 1)
    lines = [f"{'Page 9 of 14':>78}", ""] + centred("SCHEDULE I", "", "INFORMATION CONCERNING DIRECTORS AND "
                                                      "EXECUTIVE OFFICERS", f"OF {org.upper()}") + [""]
    says = "business address, country of citizenship, " if options.citizenship else "business address, "
    lines += textwrap.wrap(f"The following table sets forth the name, {says}position(s) with {org} (the \"Reporting "
                           f"Person\") and present principal occupation of each director and executive officer of "
                           f"the Reporting Person.", 78, initial_indent="     ") + [""]
    lines += ["<TABLE>", "<CAPTION>"] if options.markers else []
    lines += header + (["".join(f"{m:<{w}}" for m, w in zip(marks, widths)).rstrip()] if options.markers else [""])
    for index, person in enumerate(roster.people):
        lead = f"({index + 1}) " if options.numbered else ""
        left = textwrap.wrap(lead + printed_name(person, options), widths[0] - 2, subsequent_indent=" " * len(lead))
        left += [" " * len(lead) + piece for line in person["address"]
                 for piece in textwrap.wrap(line, widths[0] - 2 - len(lead))]
        titles = textwrap.wrap("; ".join(person["positions"]), wrap)
        jobs = textwrap.wrap("; ".join(person["other_positions"]), 26) or ["--"]
        cells = [left] + ([[person["citizenship"]]] if options.citizenship else []) + [titles, jobs]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", f"{'Page 10 of 14':>78}", "<PAGE>" if options.markers else "\f", ""] + (
                header + [""] if options.repeat_header else [])
        lines += rows + ["=" * (sum(widths) - 2) if options.rules else ""]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. centred names under body headings, labelled lines below, citizenship only for the exceptions -------------
def _label(label: str, values: list[str], width: int, column: int = 40, indent: int = 8) -> list[str]:
    pieces = [piece for value in values for piece in textwrap.wrap(value, width)] or [""]
    return [(f"{' ' * indent}{label:<{column - indent}}" if row == 0 else " " * column) + piece
            for row, piece in enumerate(pieces)]


def centred_names_labelled_lines_sections(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Forstmann Little's Schedule I (tests/data/rosters_real/dev/text_centered_names_gp_preamble_forstmann_
    little.txt, sec.gov .../1084242/000089534503000340/exh-99_1.txt: centred headings, a prose preamble giving
    the citizenship of everyone, then the names centred on their lines), Canopy's roster (dev/labelled_occupation_
    canopy.txt, sec.gov .../1094944/000102048801000016/0002.txt: labelled 'Principal Occupation:' and
    'Citizenship:' lines under the name) and MSDW OIP's body sections (dev/text_sections_directors_officers_msdw_
    oip_2001.txt, sec.gov .../1065860/000102140801506959/dex993.txt). Choices combined: centred body headings
    underlined with dashes, 'DIRECTORS' then 'EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS', each only where it has
    people, persons in section order (no headings where someone is in neither body); each person's name CENTRED on
    its own line ('SURNAME, Given' in the upper_last_first variant, lettered 'A.', 'B.' before it in the numbered
    variant); under it, indented, labelled lines with the values in one column at 40 wrapping at options.width +
    6: 'Position(s):' (the titles, '; '-joined, '... of <Org>' left unsaid), 'Principal Occupation:' (the
    occupations outside the organisation, '; '-joined, only where there is one), 'Business Address:' (every person's own, the
    lines stacked) and 'Citizenship:' only where it is not the preamble's default, worded 'Each of the persons
    named below is a citizen of ..., except as otherwise stated.'; two blank lines between entries, a centred
    dashed rule in the ruled variant; a page break (options.page_break_in) after the position line: a centred
    page number, <PAGE> (a form feed without markers) and 'Schedule I (continued)' if the header repeats."""
    org = roster.organization
    citizenship, country = _most_common_citizenship(roster)
    wrap = options.width + 6
    lines = centred("Schedule I", "", f"Directors and Executive Officers of {org}", "")
    preamble = (f"The name, position(s) with {org}, present principal occupation and business address of each "
                f"director and executive officer of {org} are set forth below.")
    if options.citizenship:
        preamble += f" Each of the persons named below is {_is_citizen(citizenship)}, except as otherwise stated."
    lines += textwrap.wrap(preamble, 76, initial_indent="     ") + [""]
    sections = [("DIRECTORS", [p for p in roster.people if "board of directors" in p["bodies"]]),
                ("EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS",
                 [p for p in roster.people if p["bodies"] == ["executive officers"]])]
    if sum(len(people) for _, people in sections) < len(roster.people):     # a body the two do not name
        sections = [("", roster.people)]
    number = 0
    for section, people in sections:
        if not people:
            continue
        lines += ([""] + centred(section, "-" * len(section)) + [""]) if section else []
        for person in people:
            number += 1
            lines += centred((f"{_letters(number)}. " if options.numbered else "") + printed_name(person, options))
            block = _label("Position(s):", ["; ".join(person["positions"])], wrap) if person["positions"] else []
            page_at = len(block)
            if person["other_positions"]:
                block += _label("Principal Occupation:", ["; ".join(person["other_positions"])], wrap)
            block += _label("Business Address:", person["address"], wrap)
            if options.citizenship and not _covered(person, country, citizenship):
                block += _label("Citizenship:", [person["citizenship"]], wrap)
            if options.page_break_in == roster.people.index(person):
                block[page_at:page_at] = ["", f"{'I-2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                    centred("Schedule I (continued)") + [""] if options.repeat_header else [])
            lines += block + (["", f"{'-' * 24:^78}".rstrip(), ""] if options.rules else ["", ""])
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", _by_default(roster, options)


# ---- 4. HTML: name and address in one cell, '<title> of <Org>' with the occupations, exceptions named in preamble --
def _exceptions(roster: Roster, citizenship: str, country: str | None) -> str:
    """', except Laurent Dassault, who is a citizen of France, and A and B, who are Canadian citizens' (natural
    name order, grouped by citizenship in the order first met); '' when there is none."""
    groups: dict[str, list[str]] = {}
    for person in roster.people:
        if not _covered(person, country, citizenship):
            groups.setdefault(person["citizenship"], []).append(person["name"])
    said = []
    for held, names in groups.items():
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        said.append(f"{who}, who {'is ' + _is_citizen(held) if len(names) == 1 else 'are ' + _citizens(held)}")
    if not said:
        return ""
    return ", except " + (said[0] if len(said) == 1 else "; ".join(said[:-1]) + "; and " + said[-1])


def html_name_address_cell_titles_of_org_named_exceptions(roster: Roster,
                                                          options: Options) -> tuple[str, str, list[dict]]:
    """After Deutsche Acquisition's Schedule I (tests/data/rosters_real/dev/text_twocol_nameaddr_title_deutsche_
    acquisition.txt, sec.gov .../811917/000090342300000439/0004.txt: two columns, the left the name with the address
    lines under it, the right '<title> of Purchaser; occupation, employer', the citizenship in the preamble) and
    Citigroup's Exhibit 99.A (dev/text_name_title_citizenship_citigroup.txt, sec.gov .../1116616/
    000104746904034282/a2146269zex-99_a.txt: the citizenship of all but a few, the few named). Choices combined: an
    HTML table whose caption row is ordinary <td> cells in bold underline: ('No.' in the numbered variant, '1.'
    in its cells) | 'Name and Business Address' | 'Present Principal Occupation or Employment'; the first cell the
    bold name ('SURNAME, Given' in the upper_last_first variant) then every person's own address lines; the second
    each title held in the organisation as '<Title> of <Org>', then each occupation outside it, one a line; cell
    lines each in a <p> (markers) or apart by <br> (no markers); no citizenship column: the preamble says 'All of
    the persons listed below are citizens of ..., except Laurent Dassault, who is a citizen of France' (the people
    of another citizenship named in natural order, grouped by citizenship); a row border under every row in the
    ruled variant; a page break (options.page_break_in) closes the table after that person's row, a page-break
    <p>, and the table goes on, its caption row repeated if it repeats."""
    org = roster.organization
    citizenship, country = _most_common_citizenship(roster)

    def cell(lines: list[str], bold_first: bool = False) -> str:
        escaped = [html.escape(line) for line in lines]
        if bold_first and escaped:
            escaped[0] = f"<b>{escaped[0]}</b>"
        if options.markers:
            return "".join(f"<p style=\"margin-top:0pt;margin-bottom:0pt\">{line}</p>" for line in escaped)
        return "<br>".join(escaped)

    heads = (["No."] if options.numbered else []) + ["Name and Business Address",
                                                     "Present Principal Occupation or Employment"]
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b><u>{h}</u></b></td>" for h in heads) + "</tr>"
    td = "<td valign=\"top\" style=\"border-bottom:1pt solid #000000\">" if options.rules else "<td valign=\"top\">"
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        cells = ([cell([f"{index + 1}."])] if options.numbered else []) + [
            cell([printed_name(person, options)] + person["address"], bold_first=True),
            cell([f"{title} of {org}" for title in person["positions"]] + person["other_positions"])]
        rows.append("<tr>" + "".join(f"{td}{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table cellpadding=\"2\" cellspacing=\"0\" width=\"100%\">{''.join(t)}</table>" for t in tables]
    body = "<p style=\"page-break-before:always\">&nbsp;</p>".join(parts)
    preamble = (f"The name, business address and present principal occupation or employment of each of the "
                f"directors and executive officers of {org} are set forth below.")
    if options.citizenship:
        preamble += _full_stop(f" All of the persons listed below are {_citizens(citizenship)}"
                               f"{_exceptions(roster, citizenship, country)}")
    text = (f"<html><body><p align=\"center\"><b>ANNEX A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>{body}</body></html>")
    return ".htm", text, _by_default(roster, options)


FAMILIES = {"html_th_long_caption_exception_address_roman": html_th_long_caption_exception_address_roman,
            "edgar_name_address_citizenship_titles_wrap": edgar_name_address_citizenship_titles_wrap,
            "centred_names_labelled_lines_sections": centred_names_labelled_lines_sections,
            "html_name_address_cell_titles_of_org_named_exceptions":
                html_name_address_cell_titles_of_org_named_exceptions}

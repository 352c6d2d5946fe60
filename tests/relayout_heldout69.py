"""Held-out re-layout families, sixty-ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (07:06-07:11 UTC by `date`) by helper session gather69 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- years_with_org_column_table: an EDGAR <TABLE> whose third column is a bare count of YEARS WITH COMPANY
  ('12', '3'), a number standing alone in a column between the positions and the occupation.
- continued_name_cell_table: an EDGAR <TABLE> that always breaks a page inside an entry (the entry of
  options.page_break_in, else the middle one) and, on the new page, prints the name again in the name cell followed
  by '(continued)' before the rest of that entry's lines.
- single_paragraph_br_html: HTML with NO table and no paragraph per person: the whole roster is one <p> whose
  lines are apart by <br> and whose entries are apart by an empty line (<br><br>), as word processors' 'paste as
  HTML' exhibits print it.
- din_colon_aligned_blocks: stacked blocks of labels with the colons aligned in one column ('Name          :  ...'),
  as Indian and other Asian filers print their annexures, with a 'DIN' (Director Identification Number, eight
  digits) line under the name of each person holding a director's title.

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


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _seed(text: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def _markers(widths: list[int]) -> str:
    return "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(widths) - 1), widths)).rstrip()


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _caption(captions: list[list[str]], widths: list[int], options: Options, rule: str = "-") -> list[str]:
    live = [w for w in widths if w]
    caps = [[line for c in cell for line in _wrap(c, w - 2)] for cell, w in zip(captions, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    return ["<CAPTION>", *_wrap_rows(caps, live), _markers(live) if options.markers else rule * (sum(live) - 2)]


# ---- 1. a bare YEARS WITH COMPANY count column -----------------------------------------------------------------
def years_with_org_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After BSCI's five-column EDGAR table (tests/data/rosters_real/dev/text_fixed5col_employer_bsci.txt: name,
    present principal occupation, employer's name, business and address columns over dashed rules) and AIG's 2007
    Exhibit A (dev/text_fixed4col_aig.txt). The feature this family adds (ours; neither real file prints it): a column
    'YEARS WITH COMPANY' holding a bare number ('12', '3'), right-aligned in its column, between the positions and
    the occupation, as proxy-style rosters of service print it. Columns: NAME | PRESENT POSITION WITH <ORG> ('--' where
    none) | YEARS WITH COMPANY | PRINCIPAL OCCUPATION OR EMPLOYMENT ('--' where none; wrapping at options.width) |
    BUSINESS ADDRESS | CITIZENSHIP (when printed). '<S>'/'<C>' under the caption with options.markers, a row of
    '=' without; 'n.' before the name in the numbered variant; a dashed rule between entries in the ruled variant,
    else a blank line. A page break (options.page_break_in) after the entry's first line: '<PAGE>' (a form feed
    without markers), the page number '-I-2-', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [26, 24, 10, options.width + 2, 28, 15 if options.citizenship else 0]
    live = [w for w in widths if w]
    total = sum(live) - 2
    captions = [["NAME"], ["PRESENT POSITION", f"WITH {org.upper()}"], ["YEARS WITH", "COMPANY"],
                ["PRINCIPAL OCCUPATION", "OR EMPLOYMENT"], ["BUSINESS ADDRESS"], ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options, "=")
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += _wrap(_sentence(
        f"The following table sets forth the name, present position with {org}, number of years with {org} "
        "(or its predecessors), principal occupation or employment" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org}") +
        " The number of years is rounded to the nearest whole year.", 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        years = 1 + (seed + index * 29) % 31
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 [p for t in person["positions"] for p in _wrap(t, widths[1] - 2, "  ")] or ["--"],
                 [f"{years:>{widths[2] - 4}}"],
                 [p for o in (person["other_positions"] or ["--"]) for p in _wrap(o, widths[3] - 2, "  ")],
                 [p for a in person["address"] for p in _wrap(a, widths[4] - 2, "  ")] or ["--"],
                 _wrap(person["citizenship"] or "", widths[5] - 1) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'-I-2-':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. '(continued)' inside the name cell after a page break ------------------------------------------------------
def continued_name_cell_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's EDGAR table (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: name | position | occupation | address columns under capital captions) and Smith Barney's
    citizenship column (dev/table_stacked_name_title_citizenship_smith_barney.txt). The feature this family adds
    (ours; IDT's table fits on one page): the table ALWAYS breaks a page inside one entry (the entry of
    options.page_break_in, else the middle entry), after that entry's name lines (between entries where the
    entry has no more lines than its name); the new page repeats the name in
    the name cell followed by '(continued)' ('Jane A. Doe (continued)', wrapped in the cell), and the entry's other
    columns go on from where they stopped. Columns: NAME | POSITION(S) WITH <ORG> ('--' where none) | PRINCIPAL
    OCCUPATION ('--' where none; wrapping at options.width) | BUSINESS ADDRESS | CITIZENSHIP (when printed).
    '<S>'/'<C>' with options.markers, a dashed rule without; 'n.' before the name in the numbered variant (not
    repeated on the continuation); a dashed rule between entries in the ruled variant, else a blank line. At the
    break: '</TABLE>', '<PAGE>' (a form feed without markers), 'Page 2 of Annex A', a new <TABLE> with the caption
    when options.repeat_header."""
    org = roster.organization
    widths = [30, 26, options.width + 2, 30, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    total = sum(live) - 2
    captions = [["NAME"], [f"POSITION(S) WITH {org.upper()}"], ["PRINCIPAL", "OCCUPATION"], ["BUSINESS ADDRESS"],
                ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options)
    where = options.page_break_in if options.page_break_in is not None else len(roster.people) // 2
    lines = [f"{'ANNEX A':^78}".rstrip(), "", f"{'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS':^78}"
             .rstrip(), f"{'OF ' + org.upper():^78}".rstrip(), ""]
    lines += _wrap(_sentence(
        f"Set forth below are the name, position with {org}, principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        " of each of the directors and executive officers "
        f"of {org}"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 [p for t in person["positions"] for p in _wrap(t, widths[1] - 2, "  ")] or ["--"],
                 [p for o in (person["other_positions"] or ["--"]) for p in _wrap(o, widths[2] - 2, "  ")],
                 [p for a in person["address"] for p in _wrap(a, widths[3] - 2, "  ")] or ["--"],
                 _wrap(person["citizenship"] or "", widths[4] - 1) if options.citizenship else []]
        cells = [c for c, w in zip(cells, widths) if w]
        if index == where and any(c[len(cells[0]):] for c in cells[1:]):
            depth = len(cells[0])
            lines += _wrap_rows([cells[0]] + [c[:depth] for c in cells[1:]], live)
            lines += ["</TABLE>", "", "<PAGE>" if options.markers else "\f", "",
                      f"{'Page 2 of Annex A':^78}".rstrip(), "", "<TABLE>"] + \
                (caption if options.repeat_header else [])
            rest = [_wrap(f"{printed_name(person, options)} (continued)", widths[0] - 2, "  ")] + \
                [c[depth:] for c in cells[1:]]
            lines += _wrap_rows(rest, live)
        else:
            lines += _wrap_rows(cells, live)
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. one paragraph, entries apart by <br><br> -------------------------------------------------------------------
def single_paragraph_br_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Smith Barney's stacked entries (tests/data/rosters_real/dev/table_stacked_name_title_citizenship_smith_
    barney.txt: the occupation, employer and address lines stacked one under another) and Southwestern Energy's
    HTML Schedule A (dev/html_section_rows_southwestern_energy.htm). The feature this family adds (ours; both
    real files set each person apart by a table row or blank lines of text): in HTML, the WHOLE roster is one
    <p>, every line ended by <br>, the entries apart by an empty line (<br><br>), no table, no paragraph per
    person. An entry: the name in bold
    (underlined too in the ruled variant), each title as '<Title>, <Org>', the outside occupations, the business
    address lines, 'Citizenship: <country>' (when printed). Font wrappers: <font face="Times New Roman" size="2">
    with options.markers, a <span style="font-family:..."> without; 'n.' before the name in the numbered variant.
    A page break (options.page_break_in) after the entry's name line closes the paragraph, a <p> with
    page-break-before and the page number, 'Schedule A (continued)' when options.repeat_header, and a new <p> going
    on with the entry."""
    org = roster.organization
    seed = _seed(org)
    if options.markers:
        opening, closing = "<p><font face=\"Times New Roman\" size=\"2\">", "</font></p>"
    else:
        opening, closing = "<p><span style=\"font-family:'Times New Roman',serif; font-size:10pt\">", "</span></p>"
    parts = ["<html><head><title>Schedule A</title></head><body>",
             "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 "The name, present principal occupation or employment" +
                 (", business address and citizenship" if options.citizenship else " and business address") +
                 " of each director and executive officer "
                 f"of {org} are set forth below")) + "</p>"]
    body = opening
    for index, person in enumerate(roster.people):
        name = html.escape(_numbered(index, printed_name(person, options), options))
        name = f"<b><u>{name}</u></b>" if options.rules else f"<b>{name}</b>"
        lines = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"] + person["address"]
        if options.citizenship:
            lines.append(f"Citizenship: {person['citizenship'] or ''}".rstrip())
        body += ("<br>\n<br>\n" if index else "\n") + name
        if options.page_break_in == index:
            parts.append(body + closing)
            parts += ["<p style=\"page-break-before:always\">&nbsp;</p>",
                      f"<p align=\"center\">A-{2 + seed % 3}</p>"]
            if options.repeat_header:
                parts.append("<p align=\"center\"><b>Schedule A (continued)</b></p>")
            body = opening + "\n"
            body += "<br>\n".join(html.escape(line) for line in lines)
        else:
            body += "".join("<br>\n" + html.escape(line) for line in lines)
    parts += [body + closing, "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. colon-aligned labels with a DIN line -----------------------------------------------------------------------
def din_colon_aligned_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Name:',
    'Business Address:', 'Principal Occupation:' with the values aligned in one column) and Power Corporation's
    keyed blocks (dev/labelled_list_power_corporation_2005.txt: '(i)' name, '(ii)' title, '(iii)' citizenship,
    '(iv)' occupation, '(v)' address). The feature this family adds (ours; Micron puts the colon right after each
    label): as Indian and other Asian filers print their annexures, the labels are padded so that all the colons
    stand in ONE column with the value two spaces after ('Name                  :  Jane A. Doe'), and each person
    holding a title with 'Director' in it (not 'Managing Director') has a 'DIN' line (Director Identification
    Number, eight digits) under the name. Labels: Name, DIN, Designation (each title '<Title>, <Org>' one a
    line; 'Not applicable' where none), Principal Occupation (only where the person has one), Business Address,
    Nationality (when printed); the values wrapped at options.width + 24 and continued under the value column.
    '(n)' before 'Name' in the numbered variant; a dashed rule between blocks in the ruled variant, else a blank
    line. A page break (options.page_break_in) after the block's Name line: '<PAGE>' (a form feed without
    markers) and 'Annexure A (contd.)' when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    labels = ["Name", "DIN", "Designation", "Principal Occupation", "Business Address", "Nationality"]
    pad = max(len(label) for label in labels) + 2
    lead = "     " if options.numbered else ""
    width = options.width + 24
    lines = [f"{'ANNEXURE A':^78}".rstrip(), "", f"{'DETAILS OF THE DIRECTORS AND KEY MANAGERIAL PERSONNEL':^78}"
             .rstrip(), f"{'OF ' + org.upper():^78}".rstrip(), ""]
    lines += _wrap(_sentence(
        f"The details of each director and key managerial person of {org} are set out below"), 78)
    lines.append("")

    def field(label: str, values: list[str]) -> list[str]:
        out = []
        for v_index, value in enumerate(values):
            for l_index, line in enumerate(_wrap(value, width)):
                head = f"{label:<{pad}}:  " if v_index == 0 and l_index == 0 else " " * (pad + 3)
                out.append(lead + head + line)
        return out

    for index, person in enumerate(roster.people):
        block = field("Name", [printed_name(person, options)])
        if options.numbered:
            block[0] = f"({index + 1})".ljust(len(lead)) + block[0][len(lead):]
        if options.page_break_in == index:
            block += ["", "<PAGE>" if options.markers else "\f", ""] + \
                ([f"{'Annexure A (contd.)':^78}".rstrip(), ""] if options.repeat_header else [])
        if any("director" in t.lower() and "managing director" not in t.lower() for t in person["positions"]):
            block += field("DIN", [f"{(seed * 7919 + index * 104729) % 100000000:08d}"])
        block += field("Designation", [f"{t}, {org}" for t in person["positions"]] or ["Not applicable"])
        if person["other_positions"]:
            block += field("Principal Occupation", person["other_positions"])
        block += field("Business Address", person["address"] or ["--"])
        if options.citizenship:
            block += field("Nationality", [person["citizenship"] or "--"])
        lines += block
        lines.append("-" * 78 if options.rules else "")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"years_with_org_column_table": years_with_org_column_table,
            "continued_name_cell_table": continued_name_cell_table,
            "single_paragraph_br_html": single_paragraph_br_html,
            "din_colon_aligned_blocks": din_colon_aligned_blocks}

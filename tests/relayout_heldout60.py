"""Held-out re-layout families, sixtieth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (04:54-04:55 UTC by `date`) by helper session gather60 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it:

- committee_codes_column_table: an EDGAR <TABLE> with a 'Board Committees' column of letter codes ('A*, C', '--'
  for an officer who sits on none) and the key under the table ('A - Audit Committee ... * Chair').
- year_first_elected_column_html: an HTML table with a 'Director or Officer Since' column holding a bare year.
- footnoted_titles_labelled_blocks: labelled blocks whose titles carry footnote markers glued to them
  ('Director(1)', 'Chief Financial Officer(2)') with the footnotes after the last block.
- crd_number_column_table: an EDGAR <TABLE> whose second column is the person's FINRA 'CRD No.' (seven digits,
  invented here), as investment advisers' Schedule A rosters print it.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html

from relayout import (
    Options,
    Roster,
    _full_stop,
    _numbered,
    _wrap_rows,
    edgar_marks,
    expected,
    is_director,
    printed_name,
    weighted_seed,
    wrap_words,
)

# ---- 1. a column of board-committee codes, the key under the table ----------------------------------------------
_COMMITTEES = [("A", "Audit Committee"), ("C", "Compensation Committee"),
               ("N", "Nominating and Corporate Governance Committee"), ("E", "Executive Committee")]


def _codes(seed: int, index: int, person: dict) -> str:
    if not is_director(person):
        return "--"
    picked = [code for k, (code, _) in enumerate(_COMMITTEES) if (seed + index * 3 + k) % 3 == 0] or ["E"]
    if (seed + index) % 4 == 0:
        picked[0] += "*"
    return ", ".join(picked)


def committee_codes_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's exhibit (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Present Principal Occupation or Employment | Address). The
    feature this family adds (ours; IDT's table has no committees): a narrow 'Board Committees' column after the
    position, letter codes 'A, N' with '*' marking the chair, '--' for an officer on no committee, and a key under
    the table spelling out each letter and the asterisk. Columns: Name (options.width - 6, at least 22) | Position
    with <Org> | Board Committees (12) | Principal Occupation (one item a line) | Business Address | Citizenship;
    '<S>'/'<C>' with options.markers; 'n.' in the numbered variant; dashed rules in the ruled variant. A page break
    (options.page_break_in) after that entry's first line, the captions again if they repeat."""
    org = roster.organization
    seed = weighted_seed(org)
    widths = [max(options.width - 6, 22), 22, 12, 30, 28, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "Position with", "Board", "Present Principal", "Business", ""]
    bottoms = ["Name", "the Company", "Committees", "Occupation", "Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    preamble = wrap_words(_full_stop(
        f"The following table sets forth the name, position with {org} (the \"Company\"), membership of the "
        f"committees of the Board of Directors, present principal occupation or employment and business address"
        + (" and citizenship" if options.citizenship else "") + " of each director and executive officer of the "
        "Company"), 78)
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(),
             "", *preamble, "", "<TABLE>", *caption]
    if options.markers:
        lines.append(edgar_marks(live))
    for index, person in enumerate(roster.people):
        cells = [wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 [p for t in person["positions"] for p in wrap_words(t, widths[1] - 2, "  ")],
                 [_codes(seed, index, person)],
                 [p for o in person["other_positions"] for p in wrap_words(o, widths[3] - 2, "  ")],
                 [p for a in person["address"] for p in wrap_words(a, widths[4] - 2, "  ")],
                 wrap_words(person["citizenship"] or "", widths[5] - 1) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'I-' + str(2 + seed % 3):^78}".rstrip(), "<PAGE>" if options.markers else "\f",
                         ""] + (caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    lines.append("</TABLE>")
    lines += ["", "Committee key:"] + [f"    {code}  -  {name}" for code, name in _COMMITTEES] + \
        ["    *  -  Chair of the committee", "   --  -  Not a member of any committee of the Board"]
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", \
        [expected(p, org, options) for p in roster.people]


# ---- 2. an HTML column holding the year the person became a director or officer ---------------------------------
def year_first_elected_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's 2020 Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: an HTML table of name, position, occupation and address). The feature this family adds (ours):
    a 'Director or Officer Since' column holding a bare four-digit year (centred), between the position and the
    occupation, as proxy-statement tables print it. Header cells are <th> with options.markers, bold bordered <td>
    without; 'n.' before the name in the numbered variant; a bottom border under each row in the ruled variant;
    citizenship a last column when printed; a page break (options.page_break_in) closes the table after that row
    with a page-break <div> and opens it again (captions repeated when options.repeat_header)."""
    org = roster.organization
    seed = weighted_seed(org)
    heads = ["Name", f"Position with {org}", "Director or Officer Since", "Present Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])
    cell = (lambda h: f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>") if options.markers else (
        lambda h: f"<td valign=\"bottom\" style=\"border-bottom:1px solid #000\"><b>{html.escape(h)}</b></td>")
    header = "<tr>" + "".join(cell(h) for h in heads) + "</tr>"
    style = " style=\"border-bottom:1px solid #999\"" if options.rules else ""
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_full_stop(
                 "The name, position, the year in which the person first became a director or officer, present "
                 "principal occupation and business address" + (" and citizenship" if options.citizenship else "")
                 + f" of each director and executive officer of {org} are set forth below")) + "</p>",
             "<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">", header]
    for index, person in enumerate(roster.people):
        year = 1985 + (seed + index * 7) % 40
        cells = [html.escape(_numbered(index, printed_name(person, options), options)),
                 "<br>".join(html.escape(t) for t in person["positions"]) or "&nbsp;",
                 f"<center>{year}</center>",
                 "<br>".join(html.escape(o) for o in person["other_positions"]) or "&nbsp;",
                 "<br>".join(html.escape(line) for line in person["address"])]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append(f"<tr valign=\"top\"{style}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index:
            parts += ["</table>", "<div style=\"page-break-before:always\"></div>",
                      "<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. labelled blocks, titles carrying footnote markers ------------------------------------------------------
def footnoted_titles_labelled_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Name:',
    'Title:', 'Address:' lines per person). The feature this family adds (ours; Micron's titles are bare): a
    footnote marker glued to the end of some titles - '(1)' on a director's seat (the term that ends at the next
    annual meeting), '(2)' on the first title of an officer who is no director (appointed by the Board) - and the
    numbered footnotes after the last block. Labels 'Name:', 'Position(s) with <Org>:', 'Principal Occupation:',
    'Business Address:', 'Citizenship:' (when printed), the value after a tab stop at options.width // 2 + 12
    columns, wrapped lines hanging under it; 'n.' before 'Name:' in the numbered variant; a dashed rule between blocks
    in the ruled variant, else a blank line. A page break (options.page_break_in) after the block's name line:
    'Schedule A - Page n', a form feed (or '<PAGE>' with options.markers), and 'Schedule A (continued)' only when
    options.repeat_header."""
    org = roster.organization
    seed = weighted_seed(org)
    tab = options.width // 2 + 12
    lines = [f"{'SCHEDULE A':^76}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^76}".rstrip(),
             ""]

    def field(label: str, values: list[str]) -> list[str]:
        out = []
        for k, value in enumerate(values):
            pieces = wrap_words(value, 76 - tab) or [""]
            for j, piece in enumerate(pieces):
                head = label + ":" if k == 0 and j == 0 else ""
                out.append(f"{head:<{tab}}{piece}")
        return out

    used = set()
    for index, person in enumerate(roster.people):
        titles = list(person["positions"])
        director = is_director(person)
        for k, title in enumerate(titles):
            if director and ("director" in title.lower() or "trustee" in title.lower()):
                titles[k] = title + "(1)"
                used.add(1)
                break
        else:
            if titles and not director:
                titles[0] += "(2)"
                used.add(2)
        name_line = field("Name", [printed_name(person, options)])
        if options.numbered:
            name_line[0] = f"{index + 1}. " + name_line[0]
        block = name_line
        if options.page_break_in == index:
            block += ["", f"{'Schedule A - Page ' + str(1 + seed % 4):^76}".rstrip(),
                      "<PAGE>" if options.markers else "\f", ""] + \
                ([f"{'Schedule A (continued)':^76}".rstrip(), ""] if options.repeat_header else [])
        block += field(f"Position(s) with {org}" if len(org) < tab - 17 else "Position(s)", titles or ["--"])
        block += field("Principal Occupation", person["other_positions"] or ["--"])
        block += field("Business Address", person["address"])
        if options.citizenship:
            block += field("Citizenship", [person["citizenship"] or ""])
        lines += block
        lines.append("-" * 76 if options.rules else "")
    lines += ["_" * 20]
    if 1 in used:
        lines += wrap_words("(1) Each director serves until the next annual meeting of stockholders and until a successor "
                       "is duly elected and qualified.", 76, "    ")
    if 2 in used:
        lines += wrap_words("(2) Executive officers are appointed by, and serve at the discretion of, the Board of "
                       "Directors.", 76, "    ")
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", \
        [expected(p, org, options) for p in roster.people]


# ---- 4. a CRD number column ------------------------------------------------------------------------------------
def crd_number_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> name | title |
    occupation | address). The feature this family adds (ours; AIG prints no registration numbers): as the Schedule A
    of an investment adviser's Form ADV does, each person's FINRA Central Registration Depository number in a narrow
    'CRD No.' column right after the name (seven digits, invented here). Columns: Name | CRD No. | Title with <Org>
    and Present Principal Occupation (one cell, wrapping at options.width) | Business Address | Citizenship (when
    printed); '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered variant; '=' rules between
    entries in the ruled variant. A page break (options.page_break_in) after the entry's first line."""
    org = roster.organization
    seed = weighted_seed(org)
    widths = [26, 11, options.width + 4, 30, 15 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "", "Title and Present Principal", "", ""]
    bottoms = ["Name", "CRD No.", "Occupation or Employment", "Business Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    preamble = wrap_words(_full_stop(
        f"Set forth below are the name, Central Registration Depository (\"CRD\") number, title with {org}, present "
        f"principal occupation, business address" + (" and citizenship" if options.citizenship else "")
        + " of each executive officer and director"), 78)
    lines = [f"{'EXHIBIT A':^78}".rstrip(), "", *preamble, "", "<TABLE>", *caption]
    if options.markers:
        lines.append(edgar_marks(live))
    for index, person in enumerate(roster.people):
        crd = 1000000 + (seed * 37 + index * 104729) % 7000000
        occupation = list(person["positions"]) + person["other_positions"]
        cells = [wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 [str(crd)],
                 [p for o in occupation for p in wrap_words(o, widths[2] - 2, "  ")],
                 [p for a in person["address"] for p in wrap_words(a, widths[3] - 2, "  ")],
                 wrap_words(person["citizenship"] or "", widths[4] - 1) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>" if options.markers else "\f", ""] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("=" * sum(live) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", \
        [expected(p, org, options) for p in roster.people]


FAMILIES = {"committee_codes_column_table": committee_codes_column_table,
            "year_first_elected_column_html": year_first_elected_column_html,
            "footnoted_titles_labelled_blocks": footnoted_titles_labelled_blocks,
            "crd_number_column_table": crd_number_column_table}

"""Held-out re-layout families, ninety-sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:03-12:04 UTC by `date`) by helper session gather96 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- age_column_table: an EDGAR <TABLE> with a right-aligned 'AGE' column between the name and the position, as the
  funds' roster (text_fixed3col_name_address_age_citizens_funds.txt) and proxy-derived rosters print; the ages are
  not expected.
- photo_column_html: an HTML table whose first column holds each person's photograph (an <img> with
  alt="Photograph of <name>"), as glossy proxy-derived exhibits of the 2010s-2020s print; the alt text is not a
  second person.
- reports_to_column_table: an EDGAR <TABLE> with a 'REPORTS TO' column ('Chief Executive Officer', 'Board of
  Directors', '--' for non-employee directors) after the position; not expected.
- key_experience_column_html: an HTML table with a 'Key Experience' column of short proxy skills-matrix phrases
  ('Finance; Risk Management') after the principal occupation; not expected.

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


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width - 2, "  ")]


def _edgar_table(roster: Roster, options: Options, columns: list[tuple[int, list[str], object]], folio: str,
                 head: list[str]) -> list[str]:
    """An EDGAR <TABLE>: columns are (width, caption lines, cell(index, person) -> lines); a zero width drops the
    column. Bottom-aligned captions with a dashed underline, '<S>'/'<C>' with options.markers, a dashed rule
    between entries in the ruled variant (else a blank line), a page break after the entry's first line when
    options.page_break_in is this entry."""
    live = [(w, cap, fn) for w, cap, fn in columns if w]
    widths = [w for w, _, _ in live]
    caps = [[line for c in cap for line in _wrap(c, w - 2)] for w, cap, _ in live]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()
    caption = ["<CAPTION>", *_wrap_rows(caps, widths), under] + ([_markers(widths)] if options.markers else [])
    lines = head + ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        rows = _wrap_rows([fn(index, person) for _, _, fn in live], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{folio:^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(widths) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return lines


def _name_cell(options: Options, width: int):
    return lambda index, person: _wrap(_numbered(index, printed_name(person, options), options), width - 2, "  ")



def _is_officer(person: dict) -> bool:
    return any("director" not in t.lower() and "trustee" not in t.lower() for t in person["positions"])


def _html_table(roster: Roster, options: Options, heads: list[str], cells, title: list[str], folio: str,
                notes: list[str]) -> str:
    """An HTML table: heads are the caption cells, cells(index, person) -> the cells' inner HTML (already escaped).
    Header cells bold; border="1" in the ruled variant; <font> wrappers with markers; a page break
    (options.page_break_in) after the entry's row closes the table, a <p> with page-break-before and the folio, and
    a new table with the header row when options.repeat_header."""
    def cell(text: str) -> str:
        body = f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\">{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\" align=\"left\"><b>{html.escape(h)}</b></td>" for h in heads) + \
        "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>"] + [f"<p align=\"center\"><b>{html.escape(t)}</b></p>" for t in title] + [opening, header]
    for index, person in enumerate(roster.people):
        parts.append("<tr>" + "".join(cell(c) for c in cells(index, person)) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", f"<p style=\"page-break-before:always\" align=\"center\">{folio}</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts.append("</table>")
    parts += [f"<p>{n}</p>" for n in notes]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _joined(values: list[str]) -> str:
    return "<br>".join(html.escape(v) for v in values) or "&#8212;"


# ---- 1. an age column -------------------------------------------------------------------------------------------
def age_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the funds' roster (tests/data/rosters_real/dev/text_fixed3col_name_address_age_citizens_funds.txt: a
    fixed-width Name | Address | Age layout) and IDT Corporation's Exhibit 7 (dev/text_fixed4col_position_
    occupation_idt_corporation.txt). The feature this family adds: a right-aligned two-digit 'AGE' column between
    the name and the position (ages 41 to 78 from a seed), as rosters lifted from proxy statements print; the ages
    are not expected. Columns: NAME | AGE | POSITION ('--' where none) | PRINCIPAL OCCUPATION (outside
    occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A
    page break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without
    markers), 'A-2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    columns = [(26, ["NAME"], _name_cell(options, 26)),
               (6, ["AGE"], lambda i, p: [f"{41 + (seed + i * 13) % 38:>3}"]),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (30, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 30) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'ANNEX A':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    head += _wrap(_sentence(
        "Set forth below are the name, age (as of the date of this Statement), position, present principal "
        "occupation" + (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org}"), 78)
    lines = _edgar_table(roster, options, columns, "A-2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a photograph column -------------------------------------------------------------------------------------
def photo_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; the real file does not have it, glossy
    exhibits lifted from 2010s-2020s proxy statements do): a first column of photographs, each an <img
    src="g<n>photo<k>.jpg" alt="Photograph of <name>" width="72" height="90" /> (EDGAR allows .jpg graphics), with
    an empty header cell. The alt text repeats the name as given first; the name column is the person's. Columns:
    (photo) | Name | Title (titles one a line; '&#8212;' where none) | Principal Occupation (outside occupations
    one a line; '&#8212;' where none) | Business Address (lines apart by <br>) | Citizenship (when printed); 'n.'
    before the name in the numbered variant; a page break after the entry's row with 'S-2'."""
    org = roster.organization
    seed = _seed(org) % 90000 + 10000
    heads = ["", "Name", "Title", "Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        out = [f"<img src=\"g{seed}photo{index + 1:02d}.jpg\" alt=\"Photograph of {html.escape(person['name'])}\" "
               f"width=\"72\" height=\"90\" />",
               html.escape(_numbered(index, printed_name(person, options), options)),
               _joined(person["positions"]), _joined(person["other_positions"]), _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        return out

    title = ["SCHEDULE A", f"Directors and Executive Officers of {org}"]
    text = _html_table(roster, options, heads, cells, title, "S-2", [])
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. a reports-to column -------------------------------------------------------------------------------------
def reports_to_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; the real file does not have it,
    management rosters of going-private and buyout groups sometimes do): a 'REPORTS TO' column after the position:
    'Board of Directors' for the first officer, 'Chief Executive Officer' or 'President' for the other officers,
    '--' for non-employee directors. Not expected. Columns: NAME | POSITION ('--' where none) | REPORTS TO |
    PRINCIPAL OCCUPATION (outside occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS |
    CITIZENSHIP (when printed). A page break after the entry's first line with 'Schedule I - Page 2'."""
    org = roster.organization
    officers = [i for i, p in enumerate(roster.people) if _is_officer(p)]

    def reports(index: int, person: dict) -> list[str]:
        if index not in officers:
            return ["--"]
        if index == officers[0]:
            return ["Board of", "  Directors"]
        return ["Chief Executive", "  Officer"] if index % 3 else ["President"]

    columns = [(25, ["NAME"], _name_cell(options, 25)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (18, ["REPORTS TO"], reports),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (29, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 29) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'SCHEDULE I':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"MANAGEMENT OF {org.upper()}", 70)] + [""]
    head += _wrap(_sentence(
        f"The following table sets forth, for each director and executive officer of {org}, his or her position, "
        "the officer or body to whom he or she reports, present principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address")), 78)
    lines = _edgar_table(roster, options, columns, "Schedule I - Page 2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. a key experience column ---------------------------------------------------------------------------------
_SKILLS = ["Finance", "Risk Management", "Public Company Governance", "International Operations", "Technology",
           "Capital Markets", "Regulatory Affairs", "Accounting", "Strategic Planning", "Human Capital"]


def key_experience_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm). The feature this family adds (ours; the real file does not have it, rosters lifted from proxy
    statements with a board skills matrix do): a 'Key Experience' column after the principal occupation holding two
    or three short skills phrases apart by '; ' ('Finance; Risk Management'). Not expected. Columns: Name |
    Position ('&#8212;' where none) | Present Principal Occupation ('&#8212;' where none) | Key Experience |
    Business Address | Citizenship (when printed); the header cells bold; 'n.' before the name in the numbered
    variant; a page break after the entry's row with 'B-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Position", "Present Principal Occupation", "Key Experience", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        count = 2 + (seed + index) % 2
        skills = [_SKILLS[(seed + index * 3 + k * 4) % len(_SKILLS)] for k in range(count)]
        out = [html.escape(_numbered(index, printed_name(person, options), options)),
               _joined(person["positions"]), _joined(person["other_positions"]),
               html.escape("; ".join(dict.fromkeys(skills))), _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        return out

    title = ["SCHEDULE B", f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = ["Key Experience lists areas of expertise identified by the Nominating and Governance Committee; it is "
             "not a position or occupation."]
    text = _html_table(roster, options, heads, cells, title, "B-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


FAMILIES = {"age_column_table": age_column_table,
            "photo_column_html": photo_column_html,
            "reports_to_column_table": reports_to_column_table,
            "key_experience_column_html": key_experience_column_html}

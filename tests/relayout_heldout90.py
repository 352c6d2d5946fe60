"""Held-out re-layout families, ninetieth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (11:16-11:19 UTC by `date`) by helper session gather90 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- amendment_change_column_table: an EDGAR <TABLE> with a 'CHANGE SINCE AMENDMENT NO. n' column ('No change',
  'Newly added', 'Title changed', 'Address changed') after the name, as 13D/A filings that restate Schedule I
  mark what the amendment changes; not expected.
- intent_to_tender_column_html: an HTML Schedule I of a tender offer with an 'Intends to Tender Shares in the
  Offer?' column ('Yes', 'No', 'Holds no Shares') and a note under the table, as Schedule 14D-9 Item 4 answers
  ('Intent to Tender') are put beside the roster; not expected.
- citizenship_note_marks_html: an HTML table whose Citizenship cells carry a superscript '(1)' or '(2)' note mark
  glued to the value ('Canada<sup>(1)</sup>'), explained under the table (permanent residency, dual citizenship);
  the citizenship expected is the value without the mark.
- residence_country_column_table: an EDGAR <TABLE> with a 'COUNTRY OF RESIDENCE' column after CITIZENSHIP (and
  printed even when the layout prints no citizenship), as filers domiciled abroad print; not expected.

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


def _is_director(person: dict) -> bool:
    return any("director" in t.lower() or "trustee" in t.lower() for t in person["positions"])


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


# ---- 1. a change-since-amendment column ---------------------------------------------------------------------
def amendment_change_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address). The feature this
    family adds (ours; the real file does not have it, 13D/A amendments that restate their Schedule I do): a
    'CHANGE SINCE AMENDMENT NO. n' column right after the name answering 'No change', 'Newly added', 'Title
    changed' or 'Address changed', with a sentence above the table saying what it means. The answers are not
    expected. Columns: NAME | CHANGE SINCE AMENDMENT NO. n | POSITION ('--' where none) | PRINCIPAL OCCUPATION
    (outside occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when
    printed). A page break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed
    without markers), 'Schedule I - Page 2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    amendment = 2 + seed % 6
    answers = ["No change", "No change", "Newly added", "Title changed", "No change", "Address changed"]
    columns = [(25, ["NAME"], _name_cell(options, 25)),
               (17, ["CHANGE SINCE", f"AMENDMENT NO. {amendment}"],
                lambda i, p: _wrap(answers[(seed + i * 5) % len(answers)], 13)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (29, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 29) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'SCHEDULE I':^78}".rstrip(), f"{'(Restated in its entirety)':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    head += _wrap(_sentence(
        f"Schedule I to the Schedule 13D, as amended by Amendment No. {amendment}, is hereby amended and restated in "
        "its entirety as set forth below. The second column states whether the information concerning each person "
        f"has changed since Amendment No. {amendment}. The table sets forth the name, position, present principal "
        "occupation" + (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org}"), 78)
    lines = _edgar_table(roster, options, columns, "Schedule I - Page 2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. an intent-to-tender column ------------------------------------------------------------------------------
def intent_to_tender_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person, Name | Present Principal Occupation | Business Address | Citizenship). The
    feature this family adds (ours; the real file does not have it, tender offer filings that answer Schedule
    14D-9 Item 4 'Intent to Tender' beside their roster do): an 'Intends to Tender Shares in the Offer?(1)'
    column after the position ('Yes', 'No', 'Holds no Shares') and a note under the table. The answers are not
    expected. Columns: Name | Position (titles one a line, '&#8212;' where none) | Intends to Tender ... |
    Principal Occupation (outside occupations one a line, '&#8212;' where none) | Business Address (lines apart
    by <br>) | Citizenship (when printed). Header cells bold with a bottom border; border="1" in the ruled variant;
    <font> wrappers with markers; the occupation cell's width is options.width * 2 pixels; 'n.' before the name
    in the numbered variant. A page break (options.page_break_in) after the entry's row closes the table, a <p>
    with page-break-before and 'I-2', and a new table with the header row when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Position", "Intends to Tender Shares in the Offer?(1)", "Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])
    answers = ["Yes", "Yes", "Holds no Shares", "Yes", "No"]

    def cell(text: str, extra: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{extra}>{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\" style=\"border-bottom:1px solid #000\"><b>{html.escape(h)}"
                              "</b></td>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             "<p align=\"center\"><b>INFORMATION RELATING TO THE DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 "The following table sets forth the name, position, present principal occupation, business "
                 "address" + (" and citizenship" if options.citizenship else "") +
                 f" of each director and executive officer of {org}, and whether, to the knowledge of {org} after "
                 "reasonable inquiry, such person currently intends to tender Shares held of record or beneficially "
                 "owned by such person in the Offer")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;"),
                 cell(answers[(seed + index * 3) % len(answers)], " align=\"center\""),
                 cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                      f" width=\"{options.width * 2}\""),
                 cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">I-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>",
              "<p>(1) &#8220;Holds no Shares&#8221; means that the person does not hold of record or beneficially "
              "own any Shares. A person answering &#8220;No&#8221; has informed the Company that he or she does "
              "not currently intend to tender Shares in the Offer, for tax or other personal reasons.</p>",
              "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. note marks on citizenship values ------------------------------------------------------------------------
def citizenship_note_marks_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm). The feature this family adds (ours; the real file does not have it, filings for boards with
    foreign nationals do): some Citizenship cells carry a superscript note mark glued to the value
    ('Canada<sup>(1)</sup>', 'United States<sup>(2)</sup>'), with the notes under the table: '(1) Also a lawful
    permanent resident of the United States.' and '(2) Also holds the citizenship of ...' naming no country
    (so the expected citizenship is the value alone). Without citizenship no marks and no notes are printed.
    Columns: Name | Present Principal Occupation or Employment (titles with the organisation, then outside
    occupations, one a line; '&#8212;' where none) | Business Address (lines apart by <br>) | Citizenship (when
    printed). <th> headers; border="1" in the ruled variant; <font> wrappers with markers; 'n.' before the name
    in the numbered variant; the occupation cell's width is options.width * 3 pixels. A page break
    (options.page_break_in) after the entry's row closes the table, a <p> with page-break-before and 'A-2', and a
    new table with the header row when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Present Principal Occupation or Employment", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cell(text: str, extra: str = "") -> str:
        body = f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{extra}>{body}</td>"

    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             opening, header]
    used: set[str] = set()
    for index, person in enumerate(roster.people):
        occupation = [f"{t}, {org}" for t in person["positions"]] + list(person["other_positions"])
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(o) for o in occupation) or "&#8212;",
                      f" width=\"{options.width * 3}\""),
                 cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;")]
        if options.citizenship:
            mark = ["", "", "(1)", "", "(2)", ""][(seed + index * 7) % 6] if person["citizenship"] else ""
            used.add(mark)
            cells.append(cell(html.escape(person["citizenship"] or "") + (f"<sup>{mark}</sup>" if mark else "")))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts.append("</table>")
    if "(1)" in used:
        parts.append("<p><sup>(1)</sup> Also a lawful permanent resident of the United States.</p>")
    if "(2)" in used:
        parts.append("<p><sup>(2)</sup> Also holds the citizenship of a second country, which is not material to "
                     "the information reported herein.</p>")
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. a country-of-residence column ---------------------------------------------------------------------------
_COUNTRIES = {"US": "United States", "GB": "United Kingdom", "UK": "United Kingdom", "CA": "Canada",
              "CH": "Switzerland", "DE": "Germany", "FR": "France", "JP": "Japan", "HK": "Hong Kong",
              "IL": "Israel", "NL": "The Netherlands", "IE": "Ireland", "BM": "Bermuda", "AU": "Australia",
              "SG": "Singapore", "CN": "People's Republic of China", "MX": "Mexico", "BR": "Brazil"}


def residence_country_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; the real file does not have
    it, filers domiciled abroad print both): a 'COUNTRY OF RESIDENCE' column after CITIZENSHIP, holding the
    country of the business address where it is known (else the citizenship; 'Switzerland' or 'United Kingdom'
    for a few persons), and printed even when the layout prints no citizenship. The residence is not expected.
    Columns: NAME | POSITION ('--' where none) | PRINCIPAL OCCUPATION (outside occupations, wrapping at
    options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed) | COUNTRY OF RESIDENCE.
    A page break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without
    markers), 'A-2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)

    def residence(index: int, person: dict) -> list[str]:
        if (seed + index * 11) % 9 == 0:
            country = "Switzerland" if seed % 2 else "United Kingdom"
        else:
            country = _COUNTRIES.get((person.get("address_country") or "").upper()) or person["citizenship"] or \
                "United States"
        return _wrap(country, 13)

    columns = [(25, ["NAME"], _name_cell(options, 25)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (29, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 29) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13)),
               (15, ["COUNTRY OF", "RESIDENCE"], residence)]
    head = [f"{'EXHIBIT A':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}", 70)] + [""]
    head += _wrap(_sentence(
        "The name, position, present principal occupation, business address" +
        (", citizenship" if options.citizenship else "") +
        f" and country of residence of each executive officer and director of {org} are set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "A-2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"amendment_change_column_table": amendment_change_column_table,
            "intent_to_tender_column_html": intent_to_tender_column_html,
            "citizenship_note_marks_html": citizenship_note_marks_html,
            "residence_country_column_table": residence_country_column_table}

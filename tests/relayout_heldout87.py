"""Held-out re-layout families, eighty-seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (10:26-10:38 UTC by `date`) by helper session gather87 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- independence_column_table: an EDGAR <TABLE> with an 'INDEPENDENT (1)' column ('Yes', 'No', 'N/A' for officers
  who are not directors) and a note under the table citing the listing standards, as issuer rosters filed with a
  proxy contest 13D do; not expected.
- email_column_html: an HTML table with an 'E-mail' column (a mailto link, the same company mailbox for several
  people, '&#8212;' for some), as rosters that double as a contact list do; not expected.
- section16_officer_column_table: an EDGAR <TABLE> with a narrow 'SEC. 16 OFFICER' column ('X' or blank) after
  the position, as issuers' insider lists mark Section 16 officers; not expected.
- reelection_nominee_column_html: an HTML table with a 'Nominee for Re-election at the 2027 Annual Meeting' column
  ('Yes', 'No', 'Not a director') and a note under the table; not expected.

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


def _stop(text: str) -> str:
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


def _caption(captions: list[list[str]], widths: list[int], options: Options) -> list[str]:
    """Bottom-aligned captions, a dashed underline under each, then '<S>'/'<C>' with options.markers."""
    live = [w for w in widths if w]
    caps = [[line for c in cell for line in _wrap(c, w - 2)] for cell, w in zip(captions, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip()
    return ["<CAPTION>", *_wrap_rows(caps, live), under] + ([_markers(live)] if options.markers else [])


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width - 2, "  ")]


def _page(rows: list[str], index: int, options: Options, folio: str, caption: list[str]) -> list[str]:
    """A page break after the entry's first line when options.page_break_in is this entry."""
    if options.page_break_in == index and len(rows) > 1:
        rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{folio:^78}".rstrip(), "",
                     "<TABLE>"] + (caption if options.repeat_header else [])
    return rows


def _table(roster: Roster, options: Options, widths: list[int], captions: list[list[str]], extra, folio: str,
           head: list[str]) -> list[str]:
    """The shared EDGAR <TABLE>: NAME | POSITION | <extra column> | PRINCIPAL OCCUPATION | BUSINESS ADDRESS |
    CITIZENSHIP (when printed); extra(index, person) gives the third column's lines."""
    live = [w for w in widths if w]
    caption = _caption(captions, widths, options)
    lines = head + ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 extra(index, person),
                 _lines(person["other_positions"], widths[3]) or ["--"],
                 _lines(person["address"], widths[4]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[5] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, folio, caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return lines


# ---- 1. an independence column -----------------------------------------------------------------------------------
def independence_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address). The feature this
    family adds (ours; the real file does not have it, issuer rosters filed in a proxy contest do): an
    'INDEPENDENT (1)' column after the position answering 'Yes' or 'No' for a director and 'N/A' for an officer who
    is not a director, with a note under the table citing the listing standards. The answers are not expected.
    Columns: NAME | POSITION ('--' where none) | INDEPENDENT (1) | PRINCIPAL OCCUPATION (outside occupations,
    wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). Bottom-aligned
    captions with a dashed underline; '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered
    variant; a dashed rule between entries in the ruled variant, else a blank line. A page break
    (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers),
    'I-2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [25, 24, 14, options.width + 2, 29, 15 if options.citizenship else 0]
    captions = [["NAME"], ["POSITION"], ["INDEPENDENT", "(1)"], ["PRINCIPAL OCCUPATION"], ["BUSINESS ADDRESS"],
                ["CITIZENSHIP"]]
    head = [f"{'SCHEDULE I':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    head += _wrap(_sentence(
        "The following table sets forth the name, position, independence, present principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org}"), 78)

    def independent(index: int, person: dict) -> list[str]:
        director = any("director" in t.lower() or "trustee" in t.lower() for t in person["positions"])
        if not director:
            return ["N/A"]
        return ["Yes" if (seed + index * 3) % 4 else "No"]

    lines = _table(roster, options, widths, captions, independent, "I-2", head)
    lines += ["", "----------"]
    lines += _wrap("(1) \"Yes\" means that the Board of Directors has determined that the director is independent "
                   "within the meaning of the applicable listing standards. \"N/A\" is shown for executive officers "
                   "who do not serve as directors.", 78, "    ")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. an e-mail column ----------------------------------------------------------------------------------------
def _slug(org: str) -> str:
    words = [w for w in "".join(c if c.isalnum() else " " for c in org.lower()).split()
             if w not in ("inc", "corp", "corporation", "llc", "lp", "l", "p", "ltd", "co", "the", "company")]
    return "".join(words[:2]) or "company"


def email_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person, Name | Present Principal Occupation | Business Address | Citizenship). The
    feature this family adds (ours; the real file does not print it, rosters that double as a contact list for
    the filing do): an 'E-mail' column after the address holding a mailto link to a company mailbox
    ('legal@<org>.com', 'ir@<org>.com', 'corporatesecretary@<org>.com'; the same mailbox for several people),
    '&#8212;' where none is given. The addresses are not expected. Columns: Name | Position (titles one a line,
    '&#8212;' where none) | Principal Occupation (outside occupations one a line, '&#8212;' where none) | Business
    Address (lines apart by <br>) | E-mail | Citizenship (when printed). Header cells bold with markers, <th>
    without; border="1" in the ruled variant; the occupation cell's width is options.width * 2 pixels; 'n.'
    before the name in the numbered variant. A page break (options.page_break_in) after the entry's row closes
    the table, a <p> with page-break-before and 'A-2', and a new table with the header row when
    options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    domain = _slug(org) + ".com"
    boxes = ["legal", "ir", "corporatesecretary", None, "legal", "info"]
    heads = ["Name", "Position", "Principal Occupation", "Business Address", "E-mail"] + \
        (["Citizenship"] if options.citizenship else [])

    def cell(text: str, width: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{width}>{body}</td>"

    if options.markers:
        header = "<tr>" + "".join(f"<td valign=\"bottom\"><font size=\"2\"><b>{html.escape(h)}</b></font></td>"
                                  for h in heads) + "</tr>"
    else:
        header = "<tr>" + "".join(f"<th align=\"left\">{html.escape(h)}</th>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    parts = ["<html><head><title>Annex A</title></head><body>", "<p align=\"center\"><b>ANNEX A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 "Set forth below are the name, position, principal occupation, business address, e-mail "
                 "address" + (" and citizenship" if options.citizenship else "") +
                 f" of each director and executive officer of {org}")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        box = boxes[(seed + index * 5) % len(boxes)]
        mail = f"<a href=\"mailto:{box}@{domain}\">{box}@{domain}</a>" if box else "&#8212;"
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;"),
                 cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                      f" width=\"{options.width * 2}\""),
                 cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;"),
                 cell(mail, " nowrap")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. a Section 16 officer mark -----------------------------------------------------------------------------
def section16_officer_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; the real file does not have
    it, issuers' insider lists do): a narrow 'SEC. 16 OFFICER' column after the position holding 'X' for a person
    who is an officer for the purposes of Section 16 of the Exchange Act and nothing for the others, with a note
    under the table. The marks are not expected. Columns: NAME | POSITION ('--' where none) | SEC. 16 OFFICER |
    PRINCIPAL OCCUPATION (outside occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS |
    CITIZENSHIP (when printed). Bottom-aligned captions with a dashed underline; '<S>'/'<C>' with options.markers;
    'n.' before the name in the numbered variant; a dashed rule between entries in the ruled variant, else a
    blank line. A page break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form
    feed without markers), 'Page 2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [26, 24, 10, options.width + 2, 29, 15 if options.citizenship else 0]
    captions = [["NAME"], ["POSITION"], ["SEC. 16", "OFFICER"], ["PRINCIPAL OCCUPATION"], ["BUSINESS ADDRESS"],
                ["CITIZENSHIP"]]
    head = [f"{'EXHIBIT A':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}", 70)] + [""]
    head += _wrap(_sentence(
        "The name, position, present principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each executive officer and director of {org} are set forth below. An \"X\" in the third column "
        "marks an officer within the meaning of Rule 16a-1(f) under the Securities Exchange Act of 1934"), 78)

    def mark(index: int, person: dict) -> list[str]:
        officer = any("director" not in t.lower() for t in person["positions"])
        return [f"{'X':^8}".rstrip()] if officer and (seed + index) % 5 else [""]

    lines = _table(roster, options, widths, captions, mark, "Page 2", head)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. a nominee-for-re-election column ------------------------------------------------------------------------
def reelection_nominee_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm). The feature this family adds (ours; the real file does not have it, 13D filings made during a
    proxy contest do): a 'Nominee for Re-election at the 2027 Annual Meeting*' column after the position ('Yes',
    'No', 'Not a director' for officers only), and a starred note under the table. The answers are not expected.
    Columns: Name | Title (one a line, '&#8212;' where none) | Nominee ... | Principal Occupation (outside
    occupations one a line, '&#8212;' where none) | Business Address (lines apart by <br>) | Citizenship (when
    printed). Header cells bold and underlined; border="1" in the ruled variant; <font> wrappers with markers;
    the occupation cell's width is options.width * 2 pixels; 'n.' before the name in the numbered variant. A
    page break (options.page_break_in) after the entry's row closes the table, a <p> with page-break-before and
    '- 2 -', and a new table with the header row when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Title", "Nominee for Re-election at the 2027 Annual Meeting*", "Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cell(text: str, width: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{width}>{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b><u>{html.escape(h)}</u></b></td>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>{html.escape(org)}<br>Directors and Executive Officers</b></p>",
             opening, header]
    for index, person in enumerate(roster.people):
        director = any("director" in t.lower() or "trustee" in t.lower() for t in person["positions"])
        answer = ("Yes" if (seed + index * 7) % 3 else "No") if director else "Not a director"
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;"),
                 cell(answer, " align=\"center\""),
                 cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                      f" width=\"{options.width * 2}\""),
                 cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">- 2 -</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>",
              "<p>* Each director marked &#8220;Yes&#8221; has been nominated by the Board of Directors for "
              f"re-election at the 2027 Annual Meeting of Stockholders of {html.escape(org)}.</p>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"independence_column_table": independence_column_table,
            "email_column_html": email_column_html,
            "section16_officer_column_table": section16_officer_column_table,
            "reelection_nominee_column_html": reelection_nominee_column_html}

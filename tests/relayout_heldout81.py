"""Held-out re-layout families, eighty-first set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (09:41-09:45 UTC by `date`) by helper session gather81 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- letter_spaced_captions_table: an EDGAR <TABLE> whose column captions and title are LETTER-SPACED typewriter
  capitals ('N A M E', 'P R I N C I P A L' over 'O C C U P A T I O N', one word a line), as 1990s typed exhibits
  set their headings; the values themselves are printed plainly.
- membership_interest_percent_column_table: an EDGAR <TABLE> with a right-aligned 'PERCENTAGE INTEREST' column
  giving each person's percentage of the voting interests in the organisation ('12.5%', '*' for less than one per
  cent with a note under the table, '--' for a person who holds none), as general partners and managing members of
  fund managers are listed; the percentages are not expected.
- source_of_funds_amount_column_html: an HTML table with an Item 3 column 'Amount and Source of Funds' per person
  ('$1,250,000 (personal funds)', 'Not applicable' for a person who bought no Shares); not expected.
- ownership_code_column_key_table: a Form BD Schedule A style EDGAR <TABLE> with a narrow 'OWN. CODE' column
  ('NA', 'A', 'B', ...) and the key of the ownership codes under the table ('NA - less than 5%', 'A - 5% but less
  than 10%', ...); the codes are not expected.

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


# ---- 1. letter-spaced typewriter captions ---------------------------------------------------------------------
def _spaced(text: str) -> str:
    """'PRINCIPAL OCCUPATION' -> 'P R I N C I P A L   O C C U P A T I O N'."""
    return "   ".join(" ".join(word) for word in text.upper().split())


def letter_spaced_captions_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position |
    Principal Occupation | Business Address) and IDT Corporation's Exhibit 7 (dev/text_fixed4col_position_
    occupation_idt_corporation.txt: the same columns under a caption). The feature this family adds (ours; neither
    real file has it, typed exhibits of the 1990s do): the title lines and every column caption are LETTER-SPACED
    capitals, each word's letters apart by one space and words apart by three ('S C H E D U L E   A'), a caption
    of several words stacked one word a line ('P R I N C I P A L' over 'O C C U P A T I O N'), bottom-aligned and
    underlined with '='. The values are printed plainly. Columns: NAME | POSITION ('--' where none) | PRINCIPAL
    OCCUPATION (outside occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP
    (when printed). '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered variant; a dashed rule
    between entries in the ruled variant, else a blank line. A page break (options.page_break_in) after the
    entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers), 'A-2', a new <TABLE> with the caption
    when options.repeat_header."""
    org = roster.organization
    widths = [26, 24, max(options.width + 2, 24), 30, 24 if options.citizenship else 0]
    live = [w for w in widths if w]
    words = [["NAME"], ["POSITION"], ["PRINCIPAL", "OCCUPATION"], ["BUSINESS", "ADDRESS"], ["CITIZENSHIP"]]
    caps = [[_spaced(word) for word in cell] for cell, w in zip(words, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'=' * (w - 2):<{w}}" for w in live).rstrip()
    caption = ["<CAPTION>", *_wrap_rows(caps, live), under] + ([_markers(live)] if options.markers else [])
    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    lines = [f"{_spaced('SCHEDULE A'):^78}".rstrip(), ""]
    lines += [f"{line:^78}".rstrip() for line in _wrap(title, 38)] if len(_spaced(title)) > 78 else \
        [f"{_spaced(title):^78}".rstrip()]
    lines.append("")
    lines += _wrap(_sentence(
        "The name, position, present principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org} are set forth below"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 _lines(person["other_positions"], widths[2]) or ["--"],
                 _lines(person["address"], widths[3]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "A-2", caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a percentage interest column ----------------------------------------------------------------------------
def _interest(seed: int, index: int) -> str:
    """A percentage for most persons, '*' (less than one per cent) for some, '--' for every fourth."""
    pick = (seed + index * 7) % 12
    if pick % 4 == 3:
        return "--"
    if pick == 0:
        return "*"
    return f"{(seed + index * 13) % 180 / 10 + 1.0:.1f}%"


def membership_interest_percent_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Forstmann Little's Schedule I (tests/data/rosters_real/dev/text_centered_names_gp_preamble_forstmann_
    little.txt: the general partners of a fund's general partner) printed as UCSG's fixed-width table (dev/text_
    fixed5col_ownership_ucsg.txt, whose columns include the persons' holdings). The feature this family adds
    (ours; neither real file prints it, rosters of the partners and managing members of fund managers do): a
    narrow right-aligned 'PERCENTAGE INTEREST' column giving each person's percentage of the voting interests in
    the organisation ('12.5%'), '*' with a note under the table ('*  Less than 1%.') for a small holder, '--' for
    a person who holds none; the percentages are not expected. Columns: NAME | POSITION WITH <ORG> ('--' where
    none) | PERCENTAGE INTEREST | PRINCIPAL OCCUPATION (outside occupations, wrapping at options.width; '--' where
    none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). Bottom-aligned captions with a dashed underline;
    '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered variant; a dashed rule between entries
    in the ruled variant, else a blank line. A page break (options.page_break_in) after the entry's first line:
    '</TABLE>', '<PAGE>' (a form feed without markers), 'I-2', a new <TABLE> with the caption when
    options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [25, 24, 13, options.width + 2, 29, 15 if options.citizenship else 0]
    live = [w for w in widths if w]
    captions = [["NAME"], [f"POSITION WITH {org.upper()}"], ["PERCENTAGE INTEREST"], ["PRINCIPAL OCCUPATION"],
                ["BUSINESS ADDRESS"], ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options)
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", *[f"{t:^78}".rstrip() for t in
                                                  _wrap(f"DIRECTORS, EXECUTIVE OFFICERS AND MEMBERS OF {org.upper()}", 70)], ""]
    lines += _wrap(_sentence(
        f"Set forth below are the name, position with {org}, percentage of the voting interests in {org} held, "
        "present principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each person who is a member, director or executive officer of {org}"), 78)
    lines += ["", "<TABLE>", *caption]
    stars = False
    for index, person in enumerate(roster.people):
        share = _interest(seed, index)
        stars = stars or share == "*"
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 [f"{share:>{widths[2] - 4}}"],
                 _lines(person["other_positions"], widths[3]) or ["--"],
                 _lines(person["address"], widths[4]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[5] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "I-2", caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    if stars:
        lines += ["", "-----------", "*  Less than 1%."]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. Item 3 amount and source of funds per person -----------------------------------------------------------
_SOURCES = ["personal funds", "personal funds and margin borrowings", "funds of a family trust",
            "personal funds (IRA account)"]


def _funds(seed: int, index: int) -> str:
    if (seed + index) % 3 == 1:
        return "Not applicable"
    amount = (1 + (seed + index * 11) % 60) * 25_000
    return f"${amount:,} ({_SOURCES[(seed + index) % len(_SOURCES)]})"


def source_of_funds_amount_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person, Name | Present Principal Occupation | Business Address | Citizenship). The
    feature this family adds (ours; the real file does not print it, Schedule 13D filings whose officers bought
    Shares for their own account answer Item 3 per person): a last column 'Amount and Source of Funds (Item 3)'
    with the aggregate purchase price and its source ('$1,250,000 (personal funds)', '$75,000 (funds of a family
    trust)'), 'Not applicable' for a person who bought no Shares; a preamble says what the column means. These are
    not expected. Columns: Name | Position with <Org> (titles one a line, '&#8212;' where none) | Present Principal
    Occupation (outside occupations one a line, '&#8212;' where none) | Business Address (lines apart by <br>) |
    Citizenship (when printed) | Amount and Source of Funds (Item 3). Header cells bold in <font> with markers,
    <th> with a bottom border without; border="1" in the ruled variant; the occupation cell's width is
    options.width * 2 pixels; 'n.' before the name in the numbered variant. A page break (options.page_break_in)
    after the entry's row closes the table, a <p> with page-break-before and 'A-2', and a new table with the
    header row when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else []) + ["Amount and Source of Funds (Item 3)"]

    def cell(text: str, width: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{width}>{body}</td>"

    if options.markers:
        header = "<tr>" + "".join(f"<td valign=\"bottom\"><font size=\"2\"><b>{html.escape(h)}</b></font></td>"
                                  for h in heads) + "</tr>"
    else:
        header = "<tr>" + "".join(f"<th style=\"text-align:left; border-bottom:1px solid black\">{html.escape(h)}"
                                  "</th>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"{border}>"
    parts = ["<html><head><title>Schedule A</title></head><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 f"The following table sets forth the name, position with {org}, present principal occupation, "
                 "business address" + (" and citizenship" if options.citizenship else "") +
                 f" of each director and executive officer of {_stop(org)} The last column gives, in answer to "
                 "Item 3, the aggregate purchase price of the Shares bought by that person for his or her own "
                 "account and the source of the funds used")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;"),
                 cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                      f" width=\"{options.width * 2}\""),
                 cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        cells.append(cell(html.escape(_funds(seed, index))))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. Form BD Schedule A ownership codes with their key --------------------------------------------------------
_CODES = ["NA", "NA", "A", "NA", "B", "NA", "C", "NA", "D", "E"]
_KEY = ["Ownership codes:   NA - less than 5%          B - 10% but less than 25%     D - 50% but less than 75%",
        "                   A  - 5% but less than 10%  C - 25% but less than 50%     E - 75% or more"]


def ownership_code_column_key_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Bear Stearns' fixed-width table (tests/data/rosters_real/dev/text_fixed5col_employer_bsci.txt, a
    broker-dealer's persons) and AIG's Exhibit A (dev/text_fixed4col_aig.txt). The feature this family adds (ours;
    neither real file has it, broker-dealer and investment adviser filers reproduce their Form BD / Form ADV
    Schedule A this way): a narrow 'OWN. CODE' column after the position giving each person's ownership code of
    the organisation's securities ('NA', 'A', 'B', 'C', 'D', 'E'), and the key of the codes under the table
    ('NA - less than 5%', 'A - 5% but less than 10%', ...); the codes are not expected. Columns: FULL NAME | TITLE
    OR STATUS ('--' where none) | OWN. CODE | PRINCIPAL OCCUPATION (outside occupations, wrapping at
    options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). Bottom-aligned captions with
    a dashed underline; '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered variant; a dashed
    rule between entries in the ruled variant, else a blank line. A page break (options.page_break_in) after the
    entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers), '- 2 -', a new <TABLE> with the
    caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [26, 24, 7, options.width + 2, 29, 15 if options.citizenship else 0]
    live = [w for w in widths if w]
    captions = [["FULL NAME"], ["TITLE OR STATUS"], ["OWN.", "CODE"], ["PRINCIPAL OCCUPATION"],
                ["BUSINESS ADDRESS"], ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options)
    lines = [f"{'EXHIBIT B':>78}", "", *[f"{t:^78}".rstrip() for t in
                                         _wrap(f"DIRECT OWNERS, DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}",
                                               70)], ""]
    lines += _wrap(_sentence(
        f"The following information concerning each director and executive officer of {org} is set forth in "
        f"the form of Schedule A to its Form BD: full name, title or status, ownership code, principal "
        "occupation" + (", business address and citizenship" if options.citizenship else " and business address")),
        78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 [_CODES[(seed + index * 3) % len(_CODES)]],
                 _lines(person["other_positions"], widths[3]) or ["--"],
                 _lines(person["address"], widths[4]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[5] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "- 2 -", caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    lines += ["", *_KEY]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"letter_spaced_captions_table": letter_spaced_captions_table,
            "membership_interest_percent_column_table": membership_interest_percent_column_table,
            "source_of_funds_amount_column_html": source_of_funds_amount_column_html,
            "ownership_code_column_key_table": ownership_code_column_key_table}

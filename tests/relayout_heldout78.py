"""Held-out re-layout families, seventy-eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (09:25-09:30 UTC by `date`) by helper session gather78 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- intentionally_blank_continued_schedule_table: an EDGAR <TABLE> that is closed half way through the roster, between
  two entries, by a centred '[Remainder of page intentionally left blank. Schedule I continues on the next page.]',
  a page break, 'SCHEDULE I (continued)' and a new <TABLE> with its caption, as offer documents print a schedule
  that does not fill its first page.
- board_designee_column_html: an HTML table with a 'Designated By' column naming, for each director, the holder or
  committee that designated that director under a shareholders agreement ('Westbrook Capital Partners, L.P.',
  'Holders of the Series A Preferred Stock'), '&#8212;' for an officer who is no director; those designators are
  neither positions nor occupations of the person and are not expected.
- voting_dispositive_power_columns_table: an EDGAR <TABLE> answering Item 5(b) per person in four right-aligned
  numeric columns, SOLE VOTING POWER | SHARED VOTING POWER | SOLE DISPOSITIVE POWER | SHARED DISPOSITIVE POWER
  ('-0-' for none, '12,500' otherwise), after the occupation and before the address.
- municipality_of_residence_under_name_table: a Canadian-style 'NAME AND MUNICIPALITY OF RESIDENCE' column: the
  person's name and, under it, the town of residence ('Westmount, Quebec', 'Greenwich, Connecticut'), which is not
  the business address (that stands in its own column) and is not expected.

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


def _stop(text: str) -> str:
    return text if text.endswith(".") else text + "."


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


def _is_director(person: dict) -> bool:
    titles = [t.lower() for t in person["positions"]]
    return any("director" in t and "managing director" not in t and "director of" not in t for t in titles) or \
        any("board" in b.lower() for b in person["bodies"])


# ---- 1. '[Remainder of page intentionally left blank]' and 'SCHEDULE I (continued)' ------------------------------
def intentionally_blank_continued_schedule_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position |
    Principal Occupation | Business Address, the caption underlined) and IDT Corporation's Exhibit 7 (dev/text_
    fixed4col_position_occupation_idt_corporation.txt). The feature this family adds (ours; neither real file has
    it, offers to purchase and proxy schedules print it): the first page of the schedule ends HALF WAY through the
    roster, between two entries (after entry (n + 1) // 2 of a roster of three or more), with '</TABLE>', a centred
    '[Remainder of page intentionally left blank. Schedule I continues on the next page.]', a page break ('<PAGE>',
    a form feed without markers), then 'SCHEDULE I
    (continued)' centred, the title line again with '(continued)', and a new <TABLE> whose caption is always
    repeated. Columns: NAME | POSITION WITH <ORG> ('--' where none) | PRESENT PRINCIPAL OCCUPATION (outside
    occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed).
    Bottom-aligned captions with a dashed underline; '<S>'/'<C>' with options.markers; 'n.' before the name in the
    numbered variant; a dashed rule between entries in the ruled variant, else a blank line. A page break
    (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers), 'I-2'
    ('I-3' after the continued page), a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    count = len(roster.people)
    widths = [26, 26, options.width + 2, 30, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    captions = [["NAME"], [f"POSITION WITH {org.upper()}"], ["PRESENT PRINCIPAL OCCUPATION"], ["BUSINESS ADDRESS"],
                ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options)
    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", *[f"{t:^78}".rstrip() for t in _wrap(title, 70)], ""]
    lines += _wrap(_sentence(
        f"Set forth below are the name, current position with {org}, present principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org}"), 78)
    lines += ["", "<TABLE>", *caption]
    split = (count + 1) // 2 - 1 if count >= 3 else None
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 _lines(person["other_positions"], widths[2]) or ["--"],
                 _lines(person["address"], widths[3]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "I-2" if split is None or index <= split else "I-3", caption)
        if index == split:
            lines += ["</TABLE>", "", "",
                      f"{'[Remainder of page intentionally left blank.':^78}".rstrip(),
                      f"{'Schedule I continues on the next page.]':^78}".rstrip(), "", "",
                      "<PAGE>" if options.markers else "\f", "", f"{'SCHEDULE I (continued)':^78}".rstrip(), "",
                      *[f"{t:^78}".rstrip() for t in _wrap(title + " (continued)", 70)], "", "<TABLE>", *caption]
        else:
            lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a 'Designated By' column --------------------------------------------------------------------------------
_DESIGNATORS = ["Westbrook Capital Partners, L.P.", "Holders of the Series A Preferred Stock",
                "Aldercrest Holdings Ltd.", "Nominating and Corporate Governance Committee"]


def board_designee_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person, Name | Present Principal Occupation | Business Address | Citizenship). The
    feature this family adds (ours; the real file does not print it, rosters of boards seated under an investor
    rights or shareholders agreement do): a 'Designated By' column after the position naming, for each director,
    the holder or committee that designated that director ('Westbrook Capital Partners, L.P.', 'Holders of the
    Series A Preferred Stock', 'Aldercrest Holdings Ltd.', 'Nominating and Corporate Governance Committee'; from
    the organisation's name and the entry's place), '&#8212;' for a person who is no director; a preamble says what
    the column means. The designators are not the person's positions or occupations and are not expected.
    Columns: Name | Position with <Org> (titles one a line, '&#8212;' where none) | Designated By | Present
    Principal Occupation (outside occupations one a line, '&#8212;' where none) | Business Address (lines apart by
    <br>) | Citizenship (when printed). Header cells bold in <font> with markers, <th> with a bottom border
    without; border="1" in the ruled variant; the occupation cell's width is options.width * 2 pixels; 'n.' before
    the name in the numbered variant. A page break (options.page_break_in) after the entry's row closes the table,
    a <p> with page-break-before and 'A-2', and a new table with the header row when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Designated By", "Present Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

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
                 f"The following table sets forth the name, position with {org}, present principal occupation"
                 + (", business address and citizenship" if options.citizenship else " and business address") +
                 f" of each director and executive officer of {_stop(org)} Pursuant to the Shareholders Agreement, each "
                 "director was designated by the party named opposite the director's name under 'Designated By'")) +
             "</p>", opening, header]
    for index, person in enumerate(roster.people):
        designee = _DESIGNATORS[(seed + index * 3) % len(_DESIGNATORS)] if _is_director(person) else ""
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;"),
                 cell(html.escape(designee) or "&#8212;"),
                 cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                      f" width=\"{options.width * 2}\""),
                 cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. Item 5(b) voting and dispositive power columns ------------------------------------------------------------
def _powers(seed: int, index: int) -> list[str]:
    """Sole voting, shared voting, sole dispositive, shared dispositive: '-0-' for most persons; a holding for
    every third (sole powers equal, shared powers '-0-' or a family trust's count)."""
    if (seed + index) % 3:
        return ["-0-"] * 4
    sole = f"{(1 + (seed + index * 7) % 40) * 2500:,}"
    shared = f"{(1 + (seed + index * 5) % 9) * 1000:,}" if (seed + index) % 2 else "-0-"
    return [sole, shared, sole, shared]


def voting_dispositive_power_columns_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the UCSG Exhibit (tests/data/rosters_real/dev/text_fixed5col_ownership_ucsg.txt: an EDGAR <TABLE> whose
    columns include the persons' shares) and AIG's Exhibit A (dev/text_fixed4col_aig.txt). The feature this family
    adds (ours; neither real file splits the powers, Item 5(b) of Schedule 13D asks for them): four narrow
    right-aligned numeric columns answering Item 5(b) for each person, SOLE VOTING POWER | SHARED VOTING POWER |
    SOLE DISPOSITIVE POWER | SHARED DISPOSITIVE POWER, '-0-' where none and share counts with commas ('12,500')
    for every third person, placed after the occupation and before the address. Columns: NAME | POSITION WITH
    <ORG> ('--' where none) | PRINCIPAL OCCUPATION (outside occupations, wrapping at options.width; '--' where
    none) | the four powers | BUSINESS ADDRESS | CITIZENSHIP (when printed). Bottom-aligned captions with a dashed
    underline; '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered variant; a dashed rule between
    entries in the ruled variant, else a blank line. A page break (options.page_break_in) after the entry's first
    line: '</TABLE>', '<PAGE>' (a form feed without markers), '2', a new <TABLE> with the caption when
    options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [24, 22, options.width + 2, 11, 11, 13, 13, 28, 15 if options.citizenship else 0]
    live = [w for w in widths if w]
    captions = [["NAME"], [f"POSITION WITH {org.upper()}"], ["PRINCIPAL OCCUPATION"], ["SOLE VOTING POWER"],
                ["SHARED VOTING POWER"], ["SOLE DISPOSITIVE POWER"], ["SHARED DISPOSITIVE POWER"],
                ["BUSINESS ADDRESS"], ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options)
    lines = [f"{'EXHIBIT 1':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += _wrap(_sentence(
        f"The name, position with {org}, principal occupation, business address" +
        (", citizenship" if options.citizenship else "") +
        f" of each director and executive officer of {org}, and the number of Shares as to which each such person "
        "has sole or shared power to vote or to direct the vote and sole or shared power to dispose or to direct "
        "the disposition (Item 5(b)), are set forth below"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        powers = [[f"{p:>{w - 3}}"] for p, w in zip(_powers(seed, index), widths[3:7])]
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 _lines(person["other_positions"], widths[2]) or ["--"], *powers,
                 _lines(person["address"], widths[7]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[8] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "2", caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. NAME AND MUNICIPALITY OF RESIDENCE --------------------------------------------------------------------
_TOWNS = {"US": ["Greenwich, Connecticut", "Scarsdale, New York", "Short Hills, New Jersey", "Rye, New York",
                 "Wellesley, Massachusetts", "Lake Forest, Illinois", "Palo Alto, California"],
          "CA": ["Westmount, Quebec", "Oakville, Ontario", "Town of Mount Royal, Quebec", "West Vancouver, British "
                 "Columbia", "Rosedale, Toronto, Ontario"],
          "GB": ["Richmond, Surrey, England", "Sevenoaks, Kent, England"],
          "FR": ["Neuilly-sur-Seine, France", "Versailles, France"]}


def _town(person: dict, seed: int, index: int) -> str:
    """A town of residence from the business address's country, else the business city itself."""
    towns = _TOWNS.get(person["address_country"] or "")
    if towns:
        return towns[(seed + index * 5) % len(towns)]
    return person["address_city"] or "Not disclosed"


def municipality_of_residence_under_name_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's exhibits (tests/data/rosters_real/dev/labelled_list_power_corporation_
    2005.txt and dev/labelled_roman_power_corp.txt: a Canadian issuer's directors and officers, Montreal and
    Toronto addresses) printed as Bear Stearns' fixed-width table (dev/text_fixed5col_employer_bsci.txt). The
    feature this family adds (ours; the real files do not print it, Canadian circulars and annual information
    forms do, as 'Name and Municipality of Residence'): the first column is captioned 'NAME AND MUNICIPALITY OF
    RESIDENCE' and holds the name and, on the next line, the person's town of residence ('Westmount, Quebec',
    'Greenwich, Connecticut'; a suburb from the business address's country, else that address's city), which is
    not the business address and is not expected; the business address stands in its own column. Columns: NAME
    AND MUNICIPALITY OF RESIDENCE | OFFICE HELD WITH <ORG> ('--' where none) | PRINCIPAL OCCUPATION (outside
    occupations, wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed).
    Bottom-aligned captions with a dashed underline; '<S>'/'<C>' with options.markers; names in capitals in the
    upper_last_first variant as relayout.printed_name gives them; 'n.' before the name in the numbered variant; a
    dashed rule between entries in the ruled variant, else a blank line. A page break (options.page_break_in) after
    the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers), '- 2 -', a new <TABLE> with the
    caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [34, 24, options.width + 2, 30, 14 if options.citizenship else 0]
    live = [w for w in widths if w]
    captions = [["NAME AND MUNICIPALITY OF RESIDENCE"], [f"OFFICE HELD WITH {org.upper()}"],
                ["PRINCIPAL OCCUPATION"], ["BUSINESS ADDRESS"], ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options)
    lines = [f"{'ANNEX A':>78}", "", f"{'DIRECTORS AND OFFICERS OF ' + org.upper():^78}".rstrip(), ""]
    lines += _wrap(_sentence(
        f"The following table sets out the name and municipality of residence, the office held with {org}, the "
        "principal occupation" + (", the business address and the citizenship" if options.citizenship else
                                  " and the business address") +
        f" of each director and officer of {_stop(org)} The municipality of residence is given for information only; "
        "each person's business address is set out in the fourth column"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ") +
                 _wrap(_town(person, seed, index), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 _lines(person["other_positions"], widths[2]) or ["--"],
                 _lines(person["address"], widths[3]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "- 2 -", caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"intentionally_blank_continued_schedule_table": intentionally_blank_continued_schedule_table,
            "board_designee_column_html": board_designee_column_html,
            "voting_dispositive_power_columns_table": voting_dispositive_power_columns_table,
            "municipality_of_residence_under_name_table": municipality_of_residence_under_name_table}

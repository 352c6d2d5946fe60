"""Held-out re-layout families, seventy-fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (09:02-09:08 UTC by `date`) by helper session gather75 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- employer_principal_business_column_table: an EDGAR <TABLE> with a 'PRINCIPAL BUSINESS OF EMPLOYER' column (the
  'principal business' Item 2(c) asks for, as Bear Stearns' Exhibit 1.1 prints it: 'Securities broker-dealer',
  'Educational institution'), '--' for the retired; descriptions of businesses that are neither titles nor
  occupations.
- other_directorships_column_html: an HTML table with an 'Other Public Company Directorships' column (as fund and
  proxy tables print 'Other Directorships Held'), naming OTHER companies on whose boards a person sits, or 'None';
  those board seats are not the person's principal occupation and are not expected.
- sixty_day_transactions_column_table: an EDGAR <TABLE> whose last column answers Item 5(c) for each person,
  'TRANSACTIONS IN THE SHARES DURING THE PAST 60 DAYS': 'None' for most, for one or two a trade with a date, a share
  count and a price ('Sold 2,500 Shares on March 14, 2011 at $41.27 per Share in the open market').
- remarks_field_labelled_blocks: Micron-style labelled blocks with a closing 'Remarks:' field for some persons,
  a disclaimer of beneficial ownership naming the organisation ('Disclaims beneficial ownership of the Shares held
  by <Org> except to the extent of any pecuniary interest therein.').

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


# ---- 1. a PRINCIPAL BUSINESS OF EMPLOYER column -------------------------------------------------------------------
_BUSINESSES = ["Securities broker-dealer", "Educational institution", "Commercial banking", "Investment management",
               "Legal services", "Property and casualty insurance", "Private equity investing",
               "Manufacture of medical devices", "Real estate investment trust", "Telecommunications services",
               "Management consulting", "Oil and gas exploration and production", "Not-for-profit museum",
               "Economic research organization"]


_KEYWORDS = [(("university", "college", "school", "institute of"), "Educational institution"),
             (("museum",), "Not-for-profit museum"), (("research",), "Economic research organization"),
             (("bank", "citicorp"), "Commercial banking"), (("counsel", "llp", "attorney", "law"), "Legal services"),
             (("capital", "partners", "investment", "fund", "asset"), "Investment management"),
             (("insurance", "assurance"), "Property and casualty insurance")]


def _business(person: dict, organization: str, seed: int, index: int) -> list[str]:
    """One description per outside occupation, from a word of it where one says the business ('University' ->
    'Educational institution'), else from the seed; '--' for a retired person's or a private investor's; the
    organisation's own business (from its name the same way) for a person with none."""
    def said(text: str, fallback: int) -> str:
        low = text.lower()
        found = [business for words, business in _KEYWORDS if any(word in low for word in words)]
        return found[0] if found else _BUSINESSES[fallback % len(_BUSINESSES)]

    if not person["other_positions"]:
        return [said(organization, seed)]
    return ["--" if other.lower().startswith(("retired", "private investor")) else
            said(other, seed + 3 * index + 5 * k + 1) for k, other in enumerate(person["other_positions"])]


def _paired(jobs: list[str], businesses: list[str], widths: list[int]) -> tuple[list[str], list[str]]:
    """Each occupation and its employer's business start on the same line."""
    left: list[str] = []
    right: list[str] = []
    for job, business in zip(jobs, businesses):
        job_lines, business_lines = _lines([job], widths[0]), _lines([business], widths[1])
        depth = max(len(job_lines), len(business_lines))
        left += job_lines + [""] * (depth - len(job_lines))
        right += business_lines + [""] * (depth - len(business_lines))
    return left, right


def employer_principal_business_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Bear Stearns' Exhibit 1.1 (tests/data/rosters_real/dev/text_fixed5col_employer_bsci.txt: Name | Present
    Principal Occupation or Employment | Name of Employer | Principal Business of Employer | Address of Employer,
    'Securities broker-dealer' and 'Educational institution' in the fourth column, '--' for a private investor) and
    Micron's Exhibit 1 (dev/labelled_blocks_micron.txt: 'Name, principal business and address of corporation ...':
    'a manufacturer of semiconductor memory products'). The feature this family adds (the later families after BSCI
    and Micron left it out): a 'PRINCIPAL BUSINESS OF EMPLOYER' column right after the occupation, one short
    description per outside occupation on the occupation's first line ('Legal services', 'Economic research
    organization'; from a word of the occupation where one says the business, else from a fixed list), '--' where
    the occupation begins 'Retired' or 'Private investor', and for a person with no outside occupation the
    business of <Org> itself (from its name the same way; the same description for all of them). Columns: NAME | POSITION WITH <ORG> ('--' where none) |
    PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT (outside occupations, wrapping at options.width; '--' where none) |
    PRINCIPAL BUSINESS OF EMPLOYER | BUSINESS ADDRESS | CITIZENSHIP (when printed). Bottom-aligned captions, a
    dashed underline under each caption, '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered
    variant; a dashed rule between entries in the ruled variant, else a blank line. A page break
    (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers), '2',
    a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [24, 24, options.width + 2, 22, 28, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    captions = [["NAME"], [f"POSITION WITH {org.upper()}"], ["PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT"],
                ["PRINCIPAL BUSINESS OF EMPLOYER"], ["BUSINESS ADDRESS"], ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options)
    lines = [f"{'EXHIBIT 1.1':>78}", "", f"{'IDENTITY AND BACKGROUND OF THE DIRECTORS AND OFFICERS OF':^78}"
             .rstrip(), f"{org.upper():^78}".rstrip(), ""]
    lines += _wrap(_sentence(
        "To the knowledge of the Reporting Persons, the following sets forth the names, positions with "
        f"{org}, present principal occupations or employment, the principal businesses of the employers, "
        + ("business addresses and citizenship" if options.citizenship else "and business addresses") +
        f" of the directors and executive officers of {org}"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        jobs, trades = _paired(person["other_positions"] or ["--"], _business(person, org, seed, index), widths[2:4])
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"], jobs, trades,
                 _lines(person["address"], widths[4]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[5] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "2", caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. an Other Public Company Directorships column --------------------------------------------------------------
_BOARDS = ["Harbor Point Bancorp, Inc.", "Meridian Specialty Chemicals Corp.", "Crestline Energy Partners, L.P.",
           "Northgate Retail Holdings, Inc.", "Altavista Biosciences, Inc.", "Pinebrook Realty Trust",
           "Summit Ridge Utilities Co.", "Bluewater Shipping Ltd.", "Lakeview Software Corporation",
           "Granite Peak Mining Company"]


def _boards(seed: int, index: int) -> list[str]:
    """No other board for every third person; one or two other companies for the rest."""
    pick = (seed + index * 7) % 6
    if pick in (0, 3):
        return []
    first = (seed + index * 3) % len(_BOARDS)
    return [_BOARDS[first]] + ([_BOARDS[(first + 4) % len(_BOARDS)]] if pick in (2, 5) else [])


def other_directorships_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person, Name | Present Principal Occupation | Business Address | Citizenship) and the
    Citizens Funds trustees' table (dev/text_fixed3col_name_address_age_citizens_funds.txt). The feature this
    family adds (ours; neither real file prints it, fund and proxy director tables do, as 'Other Directorships Held
    by Director'): an 'Other Public Company Directorships' column between the occupation and the address naming
    one or two OTHER listed companies on whose boards the person sits (invented names: 'Harbor Point Bancorp, Inc.',
    'Crestline Energy Partners, L.P.'), one a line, or 'None'; those seats are not the person's principal
    occupation and are not expected. Columns: Name | Position(s) with <Org> (titles one a line, '&#8212;' where
    none) | Principal Occupation (outside occupations one a line, '&#8212;' where none) | Other Public Company
    Directorships | Business Address (lines apart by <br>) | Citizenship (when printed). Header cells bold in
    <font> with markers, <th> with a bottom border without; border="1" in the ruled variant; the occupation cell's
    width is options.width * 2 pixels; 'n.' before the name in the numbered variant. A page break
    (options.page_break_in) after the entry's row closes the table, a <p> with page-break-before and 'A-2', and a
    new table with the header row when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position(s) with {org}", "Principal Occupation", "Other Public Company Directorships",
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
                 f"The following table sets forth the name, position with {org}, present principal occupation, "
                 "other public company directorships" + (", business address and citizenship" if
                                                         options.citizenship else " and business address") +
                 f" of each director and executive officer of {org}")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;"),
                 cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                      f" width=\"{options.width * 2}\""),
                 cell("<br>".join(html.escape(b) for b in _boards(seed, index)) or "None"),
                 cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. a per-person Item 5(c) transactions column ----------------------------------------------------------------
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _trade(seed: int, index: int) -> str:
    """A sale or purchase with a date, a share count and a price."""
    verb = "Sold" if (seed + index) % 2 else "Purchased"
    shares = f"{(1 + (seed + index * 13) % 9) * 500:,}"
    price = f"{20 + (seed + index * 7) % 40}.{(seed + index * 11) % 100:02d}"
    day = f"{_MONTHS[(seed + index) % 12]} {1 + (seed + index) % 28}, {2003 + seed % 20}"
    return f"{verb} {shares} Shares on {day} at ${price} per Share in the open market"


def _trades(roster: Roster) -> list[str]:
    """'None' for everyone but one person (two in rosters of five or more)."""
    seed, count = _seed(roster.organization), len(roster.people)
    cells = ["None"] * count
    traders = {seed % count} | ({(seed + 2) % count} if count >= 5 else set())
    for index in traders:
        cells[index] = _trade(seed, index)
    return cells


def sixty_day_transactions_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address) and AIG's Exhibit A
    (dev/text_fixed4col_aig.txt). The feature this family adds (ours; neither real file prints it, and the earlier
    trailing_transactions_schedule put the trades in a second schedule after the roster): the roster answers Item
    5(c) in its own LAST column, 'TRANSACTIONS IN THE SHARES DURING THE PAST 60 DAYS', beside each person: 'None'
    for most, and for one person (two in rosters of five or more) a trade with a verb, a share count, a date and a
    price ('Sold 2,500 Shares on March 14, 2011 at $41.27 per Share in the open market'), wrapping in the cell.
    Columns: NAME | POSITION WITH <ORG> ('--' where none) | PRINCIPAL OCCUPATION (outside occupations, wrapping at
    options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed) | the transactions. Captions
    bottom-aligned with a dashed underline; '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered
    variant; a dashed rule between entries in the ruled variant, else a blank line. A page break
    (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers),
    'I-2', a new <TABLE> with the caption when options.repeat_header. The preamble refers to the column for Item
    5(c)."""
    org = roster.organization
    widths = [24, 22, options.width + 2, 28, 16 if options.citizenship else 0, 30]
    live = [w for w in widths if w]
    captions = [["NAME"], [f"POSITION WITH {org.upper()}"], ["PRINCIPAL OCCUPATION"], ["BUSINESS ADDRESS"],
                ["CITIZENSHIP"], ["TRANSACTIONS IN THE SHARES DURING THE PAST 60 DAYS"]]
    caption = _caption(captions, widths, options)
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += _wrap(_sentence(
        f"The name, position with {org}, principal occupation, business address" +
        (", citizenship" if options.citizenship else "") +
        f" and transactions in the Shares during the past 60 days of each director and executive officer of {org} "
        "are set forth below. The last column answers Item 5(c) of Schedule 13D for each such person"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, (person, trade) in enumerate(zip(roster.people, _trades(roster))):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 _lines(person["other_positions"], widths[2]) or ["--"],
                 _lines(person["address"], widths[3]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else [],
                 _wrap(trade, widths[5] - 2, "  ")]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "I-2", caption)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. labelled blocks closing with a Remarks: field ---------------------------------------------------------------
def _remarks(roster: Roster) -> list[str]:
    """A disclaimer for every second person, starting where the organisation's name puts it."""
    org, seed = roster.organization, _seed(roster.organization)
    note = (f"Disclaims beneficial ownership of the Shares held by {org} except to the extent of any pecuniary "
            "interest therein.")
    return [note if (seed + index) % 2 else "" for index in range(len(roster.people))]


def remarks_field_labelled_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: one block per
    person of labelled fields, the values from column 38, a blank line between the fields) and Canopy's labelled
    occupation blocks (dev/labelled_occupation_canopy.txt). The feature this family adds (ours; neither real file
    has it): for every second person the block closes with a 'Remarks:' field holding a disclaimer of beneficial
    ownership that NAMES the organisation ('Disclaims beneficial ownership of the Shares held by <Org> except to
    the extent of any pecuniary interest therein.'), wrapped beside the label; the others have no Remarks field.
    Fields: 'Name:' | 'Position with <Org>:' (one title a line; the field left out where none) | 'Principal
    Occupation:' (outside occupations one a line, wrapping at options.width + 6; left out where none) | 'Business
    Address:' (lines stacked) | 'Citizenship:' (when printed) | 'Remarks:'. Labels end with ':' and are padded to
    column 38, or end with ' . . .' dot leaders without options.markers; 'n.' before the name in the numbered
    variant; a row of '=' after every block in the ruled variant. A page break (options.page_break_in) after the
    entry's name line: '<PAGE>' (a form feed without markers), 'Page 2 of Exhibit 1' and, when
    options.repeat_header, the exhibit title again."""
    org = roster.organization
    pad = 37

    def field(label: str, values: list[str], width: int = 40) -> list[str]:
        head = f"{label}:" if options.markers else f"{label} . . ."
        pieces = [piece for value in values for piece in _wrap(value, width)]
        return [f"{(head if k == 0 else ''):<{pad}}{piece}" for k, piece in enumerate(pieces)] + [""]

    title = [f"{'EXHIBIT 1':>78}", "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), ""]
    lines = ["<PAGE>" if options.markers else "", "", *title]
    lines += _wrap(_sentence(
        f"The following is a list of the directors and executive officers of {org}, with the name, position, "
        "principal occupation" + (", business address and citizenship" if options.citizenship else
                                  " and business address") + " of each, and any remark about the Shares "
        "reported herein"), 78) + [""]
    for index, (person, remark) in enumerate(zip(roster.people, _remarks(roster))):
        block = field("Name", [_numbered(index, printed_name(person, options), options)])
        if options.page_break_in == index:
            block += ["<PAGE>" if options.markers else "\f", f"{'Page 2 of Exhibit 1':^78}".rstrip(), ""] + \
                (title if options.repeat_header else [])
        if person["positions"]:
            label = f"Position with {org}"
            block += field(label if len(label) + 7 < pad else "Position", person["positions"])
        if person["other_positions"]:
            block += field("Principal Occupation", person["other_positions"], options.width + 6)
        block += field("Business Address", person["address"] or ["--"])
        if options.citizenship:
            block += field("Citizenship", [person["citizenship"] or ""])
        if remark:
            block += field("Remarks", [remark])
        lines += block + (["=" * 78, ""] if options.rules else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"employer_principal_business_column_table": employer_principal_business_column_table,
            "other_directorships_column_html": other_directorships_column_html,
            "sixty_day_transactions_column_table": sixty_day_transactions_column_table,
            "remarks_field_labelled_blocks": remarks_field_labelled_blocks}

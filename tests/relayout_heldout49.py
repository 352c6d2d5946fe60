"""Held-out re-layout families, forty-ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (23:38-23:44 UTC by `date`) by helper session gather49 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it:

- edgar_f_tag_value_footnotes: EDGAR's own footnote tags on VALUES - a title, an address line or a citizenship
  carries a '<F1>' reference tag glued to it, the notes in an '<FN>' section inside the <TABLE>.
- birth_date_place_column_html: a 'Date and Place of Birth' column, a city and country that are neither the
  business address nor the citizenship.
- trailing_transactions_schedule: after the roster, a 'SCHEDULE II' table of the last sixty days' trades in which
  roster persons are named again, with dates, share counts and prices.
- table_of_contents_schedule_pages: an offer to purchase's TABLE OF CONTENTS (dot leaders, page numbers, one line
  naming the schedule and the organisation) before the roster, whose pages are numbered 'S-1', 'S-2'.

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
    _heading,
    _numbered,
    _wrap_rows,
    expected,
    printed_name,
    weighted_seed,
    wrap_words,
)


def _page_furniture(options: Options, caption: list[str], folio: str = "-2-") -> list[str]:
    return ["", f"{folio:^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
        caption if options.repeat_header else [])


# ---- 1. EDGAR footnote reference tags glued to values, the notes in an <FN> section inside the table ---------------
_NOTES = {
    "title": "Elected to this office effective as of the date of the Company's most recent annual meeting of "
             "shareholders.",
    "address": "All correspondence relating to this Schedule should be marked for the attention of the Corporate "
               "Secretary.",
    "citizenship": "Citizenship as shown in the records of the Company on the date of this Amendment.",
    "occupation": "A position held other than with the Company; the Company has no interest in this employer.",
}


def edgar_f_tag_value_footnotes(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After American International Group's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/909815/000095012306004856/y19970a5exv99wa.txt: an EDGAR <TABLE> of
    fixed-width columns, name | title | occupation | address, rows apart by a blank line). The feature this family
    adds (ours; AIG prints no notes): some VALUES carry a FOOTNOTE REFERENCE glued to their last word, written with
    EDGAR's own ASCII footnote tags as 1990s filings wrote them - 'Director<F1>', '70 Pine Street<F2>', 'United
    Kingdom<F3>' - and the notes stand in an '<FN>' section inside the table, before '</TABLE>' ('<F1> Elected to
    this office ...'); without options.markers the typist's '(1)' marks are glued on instead and the notes follow
    the table under a short rule. The notes give no value of their own (an election date, a mailing instruction,
    the records the citizenship comes from). Which value is marked turns with the row: the first title, the last
    address line, the citizenship (the first title where no citizenship is printed), and every fourth person's
    first outside occupation as well; one note per kind, numbered in the order the kinds first occur. Columns: Name
    | Position(s) Held with the Company | Other Principal Occupation or Employment | Business Address |
    Citizenship, two-line captions with dashed underlines, '<S>'/'<C>' marks with options.markers; titles one a
    line, occupation and address wrapping at options.width; 'n.' before the name in the numbered variant; a dashed
    rule between entries in the ruled variant. A page break (options.page_break_in) falls after that entry's first
    line, with the captions again if they repeat."""
    org = roster.organization
    widths = [28, 26, options.width + 2, 32, 26 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "Position(s) Held", "Other Principal Occupation", "", ""]
    bottoms = ["Name", "with the Company", "or Employment", "Business Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    numbers: dict[str, int] = {}

    def mark(kind: str) -> str:
        number = numbers.setdefault(kind, len(numbers) + 1)
        return f"<F{number}>" if options.markers else f"({number})"

    preamble = wrap_words(_full_stop(f"Set forth below are the name, position(s) held with {org} (the \"Company\"), other "
                               f"present principal occupation or employment, business address"
                               + (" and citizenship" if options.citizenship else "")
                               + " of each director and executive officer of the Company"), 78)
    lines = [_heading(org, options).rstrip("\n"), "", *preamble, "", "<TABLE>", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        titles = list(person["positions"])
        others = list(person["other_positions"])
        address = list(person["address"])
        citizenship = person["citizenship"] or ""
        turn = index % 3
        if turn == 2 and not options.citizenship:
            turn = 0
        if turn == 0 and titles:
            titles[0] += mark("title")
        elif turn == 1:
            address[-1] += mark("address")
        elif turn == 2:
            citizenship += mark("citizenship")
        if index % 4 == 3 and others:
            others[0] += mark("occupation")
        cells = [wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for title in titles for piece in wrap_words(title, widths[1] - 2, "  ")],
                 [piece for other in others for piece in wrap_words(other, widths[2] - 2, "  ")],
                 [piece for line in address for piece in wrap_words(line, widths[3] - 2, "  ")],
                 wrap_words(citizenship, widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_furniture(options, caption + [""])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    notes = []
    for kind, number in numbers.items():
        tag = f"<F{number}>" if options.markers else f"({number})"
        notes += wrap_words(f"{tag} {_NOTES[kind]}", 76, " " * (len(tag) + 1))
    if options.markers:
        lines += ["<FN>", *notes, "</FN>", "</TABLE>"]
    else:
        lines += ["</TABLE>", "", "-" * 12, *notes]
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML: a date and place of birth column ----------------------------------------------------------------
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_BIRTHPLACES = ["Lyon, France", "Hamburg, Germany", "Montreal, Quebec, Canada", "Cleveland, Ohio", "Milan, Italy",
                "Buenos Aires, Argentina", "Edinburgh, Scotland", "Osaka, Japan", "Rotterdam, The Netherlands",
                "Baltimore, Maryland", "Zurich, Switzerland", "Dublin, Ireland", "Winnipeg, Manitoba, Canada"]


def _birth(person: dict, options: Options) -> tuple[str, str]:
    """A fictitious date and place of birth: the place never the business address's city."""
    seed = weighted_seed(person["name"])
    year, month, day = 1934 + seed % 36, seed % 12, 1 + seed % 28
    date = f"{_MONTHS[month]} {day}, {year}" if options.markers else f"{day} {_MONTHS[month]} {year}"
    city = (person["address_city"] or "").casefold()
    places = [p for p in _BIRTHPLACES if not city or city not in p.casefold()]
    return date, places[seed % len(places)]


def birth_date_place_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Novo Holdings A/S Schedule I (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1865494/000138832526000003/ex-99-01242026_120118.htm: an HTML
    table filed by a European holder, a cell per fact: name and title, address, principal occupation,
    citizenship). The feature this family adds (ours; Novo prints no birth data): a 'Date and Place of Birth'
    COLUMN, as rosters of European and Latin American filers give it to identify each person - the date on one
    line, the town and country of birth under it ('March 4, 1951<br>Lyon, France'; '4 March 1951' and one line
    'date, place' without options.markers) - so each row holds a second city and country that are neither the
    business address nor the citizenship (the birthplace is never the address's city; it may be abroad for a
    citizen of the United States). Columns: Name | Date and Place of Birth | Citizenship | Business Address (lines
    apart by <br>) | Position(s) with <Org> (titles apart by <br>) | Other Present Principal Occupation or
    Employment ('&nbsp;' where there is none); a bold header row of <td> cells; 'n.' before the name in the
    numbered variant; the ruled variant draws the cell borders. A page break after entry options.page_break_in
    (not the last) ends the table; a new one follows with the header row again if it repeats."""
    org = roster.organization
    heads = ["Name", "Date and Place of Birth"] + (["Citizenship"] if options.citizenship else []) + [
        "Business Address", f"Position(s) with {org}", "Other Present Principal Occupation or Employment"]
    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    border = " border=\"1\"" if options.rules else " border=\"0\""
    opening = f"<table{border} cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
    says = "name, date and place of birth, " + ("citizenship, " if options.citizenship else "") + \
        f"business address, position with {org} and other present principal occupation or employment"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_full_stop(f"The following table sets forth the {says} of each director and "
                                           f"executive officer of {org}")) + "</p>", opening, header]
    for index, person in enumerate(roster.people):
        date, place = _birth(person, options)
        birth = f"{html.escape(date)}<br>{html.escape(place)}" if options.markers else \
            html.escape(f"{date}, {place}")
        cells = [html.escape(_numbered(index, printed_name(person, options), options)), birth]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        cells += ["<br>".join(html.escape(line) for line in person["address"]),
                  "<br>".join(html.escape(t) for t in person["positions"]) or "&nbsp;",
                  "<br>".join(html.escape(o) for o in person["other_positions"]) or "&nbsp;"]
        parts.append("<tr valign=\"top\">" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. the roster, then a Schedule II of recent trades naming roster persons again -------------------------------
_ISSUER = "Halvorsen Marine Technologies, Inc."
_NATURES = ["Open market purchase", "Open market sale", "Exercise of stock options", "Gift"]


def _trades(roster: Roster) -> list[tuple[str, str, str, str, str]]:
    """(name, date, nature, shares, price) for a few roster persons: the first twice, the last (and the third where
    there are five or more) once."""
    chosen = [0, 0] + ([2] if len(roster.people) >= 5 else []) + ([len(roster.people) - 1]
                                                                 if len(roster.people) > 1 else [])
    out = []
    for turn, index in enumerate(chosen):
        person = roster.people[index]
        seed = weighted_seed(person["name"]) + turn * 7
        nature = _NATURES[seed % len(_NATURES)]
        shares = f"{(1 + seed % 40) * 250:,}"
        price = "--" if nature == "Gift" else f"${18 + seed % 23}.{seed % 100:02d}"
        out.append((person["name"], f"{1 + seed % 2:02d}/{1 + (seed + turn) % 28:02d}/2005", nature, shares, price))
    return out


def trailing_transactions_schedule(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1086472/000089183601500310/exh7.txt: an EDGAR
    <TABLE> Name | Position | Principal Occupation | Business Address, the citizenship in the preamble). The feature
    this family adds (ours; IDT's exhibit ends with the roster): the roster is followed, on a page of its own, by a
    'SCHEDULE II' - 'TRANSACTIONS IN THE COMMON STOCK OF <ISSUER> DURING THE PAST SIXTY DAYS' - as Schedule 13D
    Item 5(c) answers are printed: a second table Name | Trade Date | Nature of Transaction | Number of Shares |
    Price per Share, in which some roster persons are NAMED AGAIN (always in the natural name order), one of them on
    two rows, beside dates, share counts, prices and '--' for a gift, so the same names stand a second time in a
    table that gives none of their roster facts. The roster table: Name | Position(s) with <Org> ('Position(s)'
    where the name is too long for the column) | Present Principal Occupation | Business Address | Citizenship, one-line captions over dashed underlines, '<S>'/'<C>'
    marks and '<PAGE>' with options.markers (a form feed without), titles and occupations wrapping at
    options.width; 'n.' before the name in the numbered variant; a dashed rule between entries in the ruled
    variant. A page break (options.page_break_in) falls after that entry's first line, with the captions again if
    they repeat."""
    org = roster.organization
    widths = [28, options.width, options.width + 4, 32, 18 if options.citizenship else 0]
    live = [w for w in widths if w]
    heads = ["Name", f"Position(s) with {org}" if len(f"Position(s) with {org}") <= widths[1] - 2 else "Position(s)",
             "Present Principal Occupation", "Business Address", "Citizenship"]
    caption = ["".join(f"{h:<{w}}" for h, w in zip(heads, widths) if w).rstrip(),
               "".join(f"{'-' * min(len(h), w - 2):<{w}}" for h, w in zip(heads, widths) if w).rstrip()]
    preamble = wrap_words(_full_stop(f"The name, present position with {org}, present principal occupation or employment, "
                               f"business address" + (" and citizenship" if options.citizenship else "")
                               + f" of each director and executive officer of {org} are set forth below"), 78)
    lines = [_heading(org, options).rstrip("\n"), "", *preamble, "", "<TABLE>", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        cells = [wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for title in person["positions"] for piece in wrap_words(title, widths[1] - 2, "  ")],
                 [piece for other in person["other_positions"] for piece in wrap_words(other, widths[2] - 2, "  ")],
                 [piece for line in person["address"] for piece in wrap_words(line, widths[3] - 2, "  ")],
                 wrap_words(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_furniture(options, caption + [""])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    lines.append("</TABLE>")
    trade_widths = [30, 12, 28, 12, 12]
    trade_heads = [["", "Trade", "", "Number of", "Price per"], ["Name", "Date", "Nature of Transaction", "Shares",
                                                               "Share"]]
    lines += ["", "<PAGE>" if options.markers else "\f", "", f"{'SCHEDULE II':^78}".rstrip(), "",
              f"{'TRANSACTIONS IN THE COMMON STOCK OF ' + _ISSUER.upper():^78}".rstrip(),
              f"{'DURING THE PAST SIXTY DAYS':^78}".rstrip(), "",
              *wrap_words(f"The following table sets forth all transactions in the Common Stock of {_ISSUER} effected "
                     f"during the past sixty days by the persons named in Schedule I. Unless otherwise indicated, "
                     f"each transaction was effected on the Nasdaq National Market.", 78), "", "<TABLE>",
              *["".join(f"{h:<{w}}" for h, w in zip(head, trade_widths)).rstrip() for head in trade_heads],
              "".join(f"{'-' * (w - 2):<{w}}" for w in trade_widths).rstrip()]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], trade_widths)).rstrip())
    for trade in _trades(roster):
        cells = [wrap_words(trade[0], trade_widths[0] - 2), [trade[1]], wrap_words(trade[2], trade_widths[2] - 2),
                 [trade[3]], [trade[4]]]
        lines += _wrap_rows(cells, trade_widths)
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. an offer to purchase's table of contents before the schedule, the schedule's pages numbered S-1 ----------
def _toc_line(text: str, page: str, indent: int = 0) -> list[str]:
    """A contents entry: the text (wrapped under itself where long), dot leaders, the page flush right."""
    pieces = wrap_words(text, 62 - indent, "     " if indent else "    ")
    heads = [" " * indent + piece for piece in pieces]
    last = heads[-1]
    return heads[:-1] + [f"{last} {'.' * max(3, 70 - len(last))} {page:>4}"]


def table_of_contents_schedule_pages(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Forstmann Little Schedule I (tests/data/rosters_real/dev/text_centered_names_gp_preamble_forstmann_
    little.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1084242/000089534503000340/exh-99_1.txt: the Schedule I
    of a Schedule 13D exhibit, typed text, centred headings, a preamble, then the persons).
    The feature this family adds (ours; the stored file is the schedule alone): the text opens, as an Offer to
    Purchase filed as an exhibit to a Schedule TO (or a long 13D with annexes) does, with the document's TABLE OF
    CONTENTS - a 'Page' column, dot leaders, numbered sections such as '9. Certain Information Concerning <Org>'
    and a last line 'SCHEDULE I -- Directors and Executive Officers of <Org> ..... S-1' that names the schedule and
    the organisation - then the schedule itself on pages numbered 'S-1', 'S-2' at their foot. The schedule: a
    centred heading, a preamble, then columns without table tags 'Name and Business Address' (the name, every
    address line under it) | 'Present Principal Occupation or Employment' ('<title> of <Org>' lines then the
    outside occupations, wrapping at options.width) | 'Citizenship'; '<PAGE>' between pages with options.markers (a
    form feed without); 'n.' before the name in the numbered variant; a dashed rule between entries in the ruled
    variant (else a blank line). A page break (options.page_break_in) falls after that entry's second line, the
    page numbered 'S-1', the captions again if they repeat."""
    org = roster.organization
    toc = [f"{'TABLE OF CONTENTS':^78}".rstrip(), "", f"{'Page':>76}", f"{'----':>76}",
           *_toc_line("SUMMARY TERM SHEET", "1"), *_toc_line("INTRODUCTION", "5"),
           *_toc_line("THE TENDER OFFER", "7")]
    sections = ["Terms of the Offer", "Acceptance for Payment and Payment for Shares", "Procedures for Accepting the "
                "Offer and Tendering Shares", "Withdrawal Rights", "Certain Tax Consequences", "Price Range of "
                "Shares; Dividends", "Certain Information Concerning the Company", f"Certain Information Concerning "
                f"{org}", "Source and Amount of Funds", "Conditions of the Offer", "Fees and Expenses",
                "Miscellaneous"]
    page = 7
    for number, section in enumerate(sections, 1):
        toc += _toc_line(f"{number:>2}.  {section}", str(page), 3)
        page += 2 + number % 3
    toc += _toc_line(f"SCHEDULE I -- Directors and Executive Officers of {org}", "S-1")
    widths = [40, options.width + 6, 18 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["Name and", "Present Principal Occupation", ""]
    bottoms = ["Business Address", "or Employment", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    pagebreak = ["<PAGE>"] if options.markers else ["\f"]
    preamble = wrap_words(_full_stop("The name, business address, present principal occupation or employment"
                               + (" and citizenship" if options.citizenship else "")
                               + f" of each director and executive officer of {org} are set forth below. Each "
                               f"occupation set forth opposite an individual's name refers to employment with {org} "
                               f"unless another employer is named"), 74)
    lines = ["", *toc, "", "", *pagebreak, "", f"{'SCHEDULE I':^78}".rstrip(), "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), "",
             *[f"    {line}" for line in preamble], "", *caption, ""]
    folio = 1
    for index, person in enumerate(roster.people):
        stack = wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2)
        stack += [f"  {piece}" for line in person["address"] for piece in wrap_words(line, widths[0] - 4, "  ")]
        occupation = [piece for item in [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]
                      for piece in wrap_words(item, widths[1] - 2, "  ")]
        citizenship = wrap_words(person["citizenship"] or "", widths[2] - 2) if options.citizenship else []
        rows = _wrap_rows([c for c, w in zip([stack, occupation, citizenship], widths) if w], live)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", f"{f'S-{folio}':^78}".rstrip(), *pagebreak, ""] + (
                caption + [""] if options.repeat_header else [])
            folio += 1
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    lines += ["", f"{f'S-{folio}':^78}".rstrip()]
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"edgar_f_tag_value_footnotes": edgar_f_tag_value_footnotes,
            "birth_date_place_column_html": birth_date_place_column_html,
            "trailing_transactions_schedule": trailing_transactions_schedule,
            "table_of_contents_schedule_pages": table_of_contents_schedule_pages}

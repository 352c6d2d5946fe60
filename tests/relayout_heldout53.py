"""Held-out re-layout families, fifty-third set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (02:38-02:41 UTC by `date`) by helper session gather53 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it:

- ceased_persons_after_restated_roster: an amendment's restated Schedule I followed, in the same two-column layout,
  by the persons who have CEASED to be directors or officers since the last amendment - fictitious names with
  'Formerly <title> of <Org> (until <date>)' beside them and no address or citizenship; nothing there is expected.
- parent_subsidiary_position_columns_html: one HTML table with TWO position columns side by side, 'Position with
  <Org>' and 'Position with <Sub>' (the wholly owned subsidiary that is the other reporting person), an em dash
  where a person holds no office in the subsidiary; a person with offices in both is two records.
- edgar_revision_tags_changed_entries: an amended EDGAR <TABLE> whose changed entries are bracketed by EDGAR's
  revision tags '<R>' and '</R>' on lines of their own inside the table (a change bar '|' in the left margin of
  every changed line without markers).
- document_id_stamps_page_feet: a roster over several pages, each page's foot carrying the law firm's document
  management stamp ('NY2:\\1534127\\03\\...', 'NYDOCS01/1012345.2', '#4821-3396-7125 v2') under the page
  number, one page ending inside an entry.

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


def _first_word(org: str) -> str:
    """'AIG' for American International Group, Inc. (three capitalised words or more), else the first word."""
    words = [w.strip(",.") for w in org.split() if w.strip(",.") and w.strip(",.").lower() not in ("the", "and")]
    capitals = [w for w in words if w[0].isupper() and w not in ("Inc", "Ltd", "Corp", "LLC", "Co", "L.P")]
    return "".join(w[0] for w in capitals) if len(capitals) >= 3 else (words[0] if words else org)


# ---- 1. an amendment's restated roster, then the persons who have ceased to be directors or officers ------------
_FORMER = ["Harold T. Brennan", "Margaret L. Okafor", "Dieter W. Lindqvist", "Sandra K. Villanueva",
           "Francis X. Delahunt", "Yoshiko M. Arakawa"]
_FORMER_TITLES = ["Senior Vice President and Chief Financial Officer", "Director", "Executive Vice President",
                  "Director and Vice Chairman", "General Counsel and Secretary", "Treasurer"]
_DATES = ["March 31, 2005", "June 30, 2005", "January 14, 2006", "May 2, 2006", "September 1, 2005",
          "November 18, 2005"]


def ceased_persons_after_restated_roster(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MetLife's 2005 Exhibit 1 (tests/data/rosters_real/dev/text_twocol_nameaddr_metlife.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/898174/000095012305001628/y05541exv99w1.txt: an EDGAR <TABLE> of two
    columns, 'Name And Business Address' - the name, then the address lines - | 'Principal Occupation or
    Employment', a 'Page 11 of 24' header). The feature this family adds (ours; MetLife's exhibit lists only the
    present persons): the exhibit is an AMENDMENT's restated Schedule I, and after the present persons a second part
    headed 'PERSONS WHO HAVE CEASED TO BE DIRECTORS OR EXECUTIVE OFFICERS' lists, in the same two columns, two or
    three fictitious former directors and officers (never a roster name) with 'Formerly <title> of <Org> (until
    <date>)' beside the name and no address or citizenship - as amendments tell the reader who is no longer a
    covered person; none of them is expected. Entries: the name (capitals 'SURNAME, Given' in the first variant
    after relayout.printed_name), every address line under it; '<Title> of <Org>' lines then the outside
    occupations wrapping at options.width + 10, 'Citizenship: <country>' as the last line of the right-hand cell;
    '<S>'/'<C>' marks with options.markers; 'n.' before the name in the numbered variant; a dashed rule between
    entries in the ruled variant. A page break (options.page_break_in) falls after that entry's first line, with
    the caption again if it repeats."""
    org = roster.organization
    widths = [42, options.width + 10]
    caption = [f"{'Name and Business Address':<{widths[0]}}Principal Occupation or Employment",
               f"{'-' * 25:<{widths[0]}}{'-' * 34}"]
    seed = weighted_seed(org)
    count = 2 + seed % 2
    taken = {p["name"] for p in roster.people}
    former = [n for n in _FORMER[seed % 3:] + _FORMER[:seed % 3] if n not in taken][:count]
    preamble = wrap_words(_full_stop(
        "Schedule I to the Statement is hereby amended and restated in its entirety as follows. Set forth below "
        "are the name, business address" + ("," if options.citizenship else " and")
        + " present principal occupation or employment" + (" and citizenship" if options.citizenship else "")
        + f" of each director and executive officer of {org}, followed by the persons named in Schedule I to "
        f"Amendment No. {3 + seed % 4} who have since ceased to be directors or executive officers of {org}"), 78)
    lines = [f"{'Page ' + str(9 + seed % 5) + ' of ' + str(20 + seed % 9):>78}", "",
             f"{'SCHEDULE I':^78}".rstrip(), f"{'(as amended and restated)':^78}".rstrip(), "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), "", *preamble, "", "<TABLE>",
             *caption]
    if options.markers:
        lines.append(f"{'<S>':<{widths[0]}}<C>")
    lines.append("")
    for index, person in enumerate(roster.people):
        left = wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2)
        left += [piece for line in person["address"] for piece in wrap_words(line, widths[0] - 2, "  ")]
        right = [piece for item in [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]
                 for piece in wrap_words(item, widths[1], "  ")]
        if options.citizenship:
            right += wrap_words(f"Citizenship: {person['citizenship'] or ''}", widths[1], "  ")
        rows = _wrap_rows([left, right], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'Page ' + str(10 + seed % 5) + ' of ' + str(20 + seed % 9):>78}",
                         "<PAGE>" if options.markers else "\f", ""] + (caption + [""] if options.repeat_header
                                                                         else [])
        lines += rows
        lines.append("-" * (widths[0] + widths[1]) if options.rules else "")
    lines += ["</TABLE>", "", f"{'PERSONS WHO HAVE CEASED TO BE DIRECTORS OR EXECUTIVE OFFICERS':^78}".rstrip(), "",
              *wrap_words(_full_stop(f"Each of the following persons was named in Schedule I to Amendment No. "
                               f"{3 + seed % 4} and is no longer a director or executive officer of {org}"), 78), "", "<TABLE>",
              f"{'Name':<{widths[0]}}Former Position",
              f"{'-' * 4:<{widths[0]}}{'-' * 15}"]
    if options.markers:
        lines.append(f"{'<S>':<{widths[0]}}<C>")
    lines.append("")
    for turn, name in enumerate(former):
        shown = printed_name({"name": name}, options)
        title = _FORMER_TITLES[(seed + turn * 2) % len(_FORMER_TITLES)]
        right = wrap_words(f"Formerly {title} of {org} (until {_DATES[(seed + turn) % len(_DATES)]})", widths[1], "  ")
        lines += _wrap_rows([wrap_words(shown, widths[0] - 2), right], widths)
        lines.append("-" * (widths[0] + widths[1]) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML: positions with the organisation and with its subsidiary in two columns side by side ---------------
_SUB_TITLES = [["Director", "President"], ["Director", "Vice President"], ["Vice President and Treasurer"],
               ["Director", "Secretary"]]


def _sub_bodies(titles: list[str]) -> list[str]:
    bodies = ["board of directors"] if "Director" in titles else []
    return bodies + (["executive officers"] if any(t != "Director" for t in titles) else [])


def parent_subsidiary_position_columns_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's 2020 Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm, an HTML table filed with a Schedule 13D: a bold header row, the name in the first cell, the
    occupation in a wide cell) and the Novo Holdings A/S / Novo Nordisk Foundation Schedule I (dev/html_as_text_
    cells_multi_entity_novo.txt: one person on both boards with different titles). The feature this family adds
    (ours; those rosters print one organisation per table): the statement is filed jointly by <Org> and its wholly
    owned subsidiary '<Word> Investment Holdings, Inc.' (<Word> the initials of three capitalised words or more, else the first word) that holds the shares, and ONE table gives each person's
    offices in the two reporting persons SIDE BY SIDE - 'Position(s) with <Org>' | 'Position(s) with <Sub>' - an em
    dash where the person holds no office in one of them. Every other person (the first included) holds an office in
    the subsidiary (titles turning through 'Director<br>President', 'Director<br>Vice President', 'Vice President
    and Treasurer', 'Director<br>Secretary'); such a person is two records, the organisation's (in the roster's
    order, first) and then the subsidiary's, whose bodies follow its titles. Columns: Name | Position(s) with <Org>
    | Position(s) with <Sub> | Other Present Principal Occupation or Employment | Business Address | Citizenship;
    titles apart by <br>; 'n.' before the name in the numbered variant; the ruled variant draws the cell borders.
    A page break after entry options.page_break_in (not the last) ends the table; a new one follows with the header
    row again if it repeats."""
    org = roster.organization
    sub = f"{_first_word(org)} Investment Holdings, Inc."
    heads = ["Name", f"Position(s) with {org}", f"Position(s) with {sub}",
             "Other Present Principal Occupation or Employment", "Business Address"] + (
        ["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(f"<td valign=\"bottom\" style=\"border-bottom:1px solid #000\"><b>{html.escape(h)}</b>"
                              f"</td>" for h in heads) + "</tr>"
    border = " border=\"1\"" if options.rules else " border=\"0\""
    opening = f"<table{border} cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
    says = "name, position with each of the Reporting Persons, other present principal occupation or employment, " \
        "business address" + (" and citizenship" if options.citizenship else "")
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())} AND "
             f"{html.escape(sub.upper())}</b></p>",
             "<p>" + html.escape(_full_stop(
                 f"The following table sets forth the {says} of each director and executive officer of {org} and "
                 f"of {sub} (together, the \"Reporting Persons\"). {sub} is a wholly owned subsidiary of {org} and "
                 f"the record holder of the shares reported in this Statement")) + "</p>", opening, header]
    people = [expected(p, org, options) for p in roster.people]
    for index, person in enumerate(roster.people):
        sub_titles = _SUB_TITLES[(index // 2) % len(_SUB_TITLES)] if index % 2 == 0 else []
        cells = [html.escape(_numbered(index, printed_name(person, options), options)),
                 "<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;",
                 "<br>".join(html.escape(t) for t in sub_titles) or "&#8212;",
                 "<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                 "<br>".join(html.escape(line) for line in person["address"])]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append("<tr valign=\"top\">" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if sub_titles:
            people.append(expected(person, sub, options, positions=list(sub_titles), bodies=_sub_bodies(sub_titles)))
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", people


# ---- 3. an amended EDGAR table whose changed entries are bracketed by <R> and </R> revision tags ----------------
def edgar_revision_tags_changed_entries(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Nevada Holdings' Exhibit 4 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    nevada.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1086472/000089183601500310/exh4.txt: an EDGAR
    <TABLE> Name | Position | Present Principal Occupation or Employment | Address) as an AMENDMENT would restate it.
    The feature this family adds (ours; IDT's exhibit is an original filing): the entries that changed since the
    previous amendment (the second, then every third, and the last) are bracketed by EDGAR's revision tags, '<R>' on
    a line of its own before the entry's first row and '</R>' on a line of its own after its last, INSIDE the
    <TABLE> as the EDGAR Filer Manual lets an amendment mark revised material; without options.markers a typist's
    CHANGE BAR '|' stands in the left margin of every line of a changed entry (every row of the table is indented two
    columns so the bar takes no column's room), and the preamble says so. Columns: Name | Position(s) with <Org> (one
    title a line) | Present Principal Occupation (outside occupations, wrapping at options.width) | Business Address |
    Citizenship, two-line captions with dashed underlines; 'n.' before the name in the numbered variant; a dashed
    rule between entries in the ruled variant. A page break (options.page_break_in) falls after that entry's first
    line, with the captions again if they repeat."""
    org = roster.organization
    widths = [28, 26, options.width + 2, 32, 18 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "Position(s)", "Present Principal", "Business", ""]
    bottoms = ["Name", "with the Company", "Occupation", "Address", "Citizenship"]
    margin = "" if options.markers else "  "
    caption = [margin + line for line in _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)]
    caption.append(margin + "".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    seed = weighted_seed(org)
    changed = {i for i in range(len(roster.people)) if i % 3 == 1} | {len(roster.people) - 1}
    note = ("Revised information is marked by a vertical bar in the left margin." if not options.markers else "")
    preamble = wrap_words(_full_stop(
        f"Schedule I to the Statement is hereby amended and restated to read in its entirety as follows. Set forth "
        f"below are the name, position with {org} (the \"Company\"), present principal occupation or employment, "
        f"business address" + (" and citizenship" if options.citizenship else "")
        + f" of each director and executive officer of the Company as of the date of Amendment No. {2 + seed % 5}")
        + (" " + note if note else ""), 78)
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
        bar = "| " if index in changed else "  "
        rows = [(bar if row.strip() else bar.rstrip()) + row if not options.markers else row for row in rows]
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption + [""] if options.repeat_header else [])
        if index in changed and options.markers:
            rows = ["<R>", *rows, "</R>"]
        lines += rows
        lines.append(margin + "-" * sum(live) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", "\n".join(line.rstrip() for line in lines).rstrip() + "\n", \
        [expected(p, org, options) for p in roster.people]


# ---- 4. page feet carrying the law firm's document management stamp --------------------------------------------
def _stamp(org: str, page: int) -> str:
    seed = weighted_seed(org)
    number = 1000000 + seed * 37 % 900000
    kind = seed % 3
    if kind == 0:
        return f"NY2:\\{number}\\{1 + seed % 7:02d}\\{chr(65 + seed % 26)}$J{seed % 1000:03d}!.DOC\\{70000 + seed % 9000}" \
               f".{page:04d}"
    if kind == 1:
        return f"NYDOCS01/{number}.{1 + seed % 5}"
    return f"#{4800 + seed % 199}-{1000 + seed % 8999:04d}-{1000 + number % 8999:04d} v{1 + seed % 4}"


def document_id_stamps_page_feet(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After American International Group's 2006 Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/909815/000095012306004856/y19970a5exv99wa.txt: an EDGAR <TABLE>,
    name | title | occupation | address, rows apart by a blank line). The feature this family adds (ours; AIG's
    stored exhibit shows no page feet): the roster runs over several typed pages and each page's FOOT carries, under
    the centred page number, the law firm's DOCUMENT MANAGEMENT STAMP flush left as word-processing systems printed
    it and EDGAR conversions kept it - 'NY2:\\1534127\\03\\V$J903!.DOC\\70021.0004', 'NYDOCS01/1012345.2' or
    '#4821-3396-7125 v2' (one style per organisation) - a line of codes, digits and a city's abbreviation that
    belongs to no entry. A new page opens before the fifth, ninth, ... entry (between entries, the <TABLE> closed and
    opened again), and once inside an entry after its first line (options.page_break_in, else the third entry
    where there is one), so pages are of uneven length; pages numbered 'A-1', 'A-2', ...; '<PAGE>' between pages with
    options.markers (a form feed without); the captions again after a page break if they repeat. Columns: Name |
    Title (one a line) | Other Principal Occupation (wrapping at options.width) | Business Address | Citizenship;
    'n.' before the name in the numbered variant; a dashed rule between entries in the ruled variant."""
    org = roster.organization
    widths = [28, 28, options.width + 2, 32, 18 if options.citizenship else 0]
    live = [w for w in widths if w]
    heads = ["Name", "Title", "Other Principal Occupation", "Business Address", "Citizenship"]
    caption = ["".join(f"{h:<{w}}" for h, w in zip(heads, widths) if w).rstrip(),
               "".join(f"{'-' * min(len(h), w - 2):<{w}}" for h, w in zip(heads, widths) if w).rstrip()]
    pagebreak = "<PAGE>" if options.markers else "\f"
    page = [1]

    def foot() -> list[str]:
        out = ["", f"{'A-' + str(page[0]):^78}".rstrip(), _stamp(org, page[0]), pagebreak, ""]
        page[0] += 1
        return out

    preamble = wrap_words(_full_stop("The following table sets forth the name, title, other present principal occupation "
                               "or employment, business address" + (" and citizenship" if options.citizenship else "")
                               + f" of each director and executive officer of {org}"), 78)
    lines = [f"{'EXHIBIT A':>78}", "", _heading(org, options).rstrip("\n"), "", *preamble, "", "<TABLE>", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    inside = options.page_break_in if options.page_break_in is not None else (2 if len(roster.people) > 2 else None)
    for index, person in enumerate(roster.people):
        if index and index % 4 == 0:
            lines += ["</TABLE>", *foot(), "<TABLE>", *(caption if options.repeat_header else [])]
            if options.markers:
                lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"], widths)
                                     if w).rstrip())
        cells = [wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for title in person["positions"] for piece in wrap_words(title, widths[1] - 2, "  ")],
                 [piece for other in person["other_positions"] for piece in wrap_words(other, widths[2] - 2, "  ")],
                 [piece for line in person["address"] for piece in wrap_words(line, widths[3] - 2, "  ")],
                 wrap_words(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if inside == index and len(rows) > 1:
            rows[1:1] = foot() + (caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    lines += ["</TABLE>", *foot()[:3]]
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"ceased_persons_after_restated_roster": ceased_persons_after_restated_roster,
            "parent_subsidiary_position_columns_html": parent_subsidiary_position_columns_html,
            "edgar_revision_tags_changed_entries": edgar_revision_tags_changed_entries,
            "document_id_stamps_page_feet": document_id_stamps_page_feet}

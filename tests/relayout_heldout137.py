"""Held-out re-layout families, hundred-and-thirty-seventh set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (20:06-20:11 UTC by `date`) by helper session gather137 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real development rosters already have, in a combination no one earlier
family has (where each choice comes from is said per bullet and in each docstring):

- pipe_cells_address_before_occupation_citizenship_postamble_exceptions: HTML saved as text with every cell between
  two '|' lines (real: dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt), the column order Name |
  Position | Business Address | Present Principal Occupation (the address before the occupation as relayout_
  heldout128.saved_as_text_cells_address_second / heldout134.address_citizenship_first_html order it), and the
  citizenship said ONCE in a POSTAMBLE naming the exceptions (St. Paul says it once in its preamble; the postamble
  place is relayout_heldout chittenden_term_is_sentences_citizenship_postamble's and National Grid's, dev/text_
  stacked_name_title_lines_postamble_address_national_grid.txt, which states its address after the list).
- edgar_dot_leader_names_section_rows_occupation_address_column_citizenship_last: an EDGAR <TABLE> with '<S>'/'<C>'
  (real: dev/text_fixed4col_aig.txt), the name followed by dot leaders to its column's edge (real: dev/text_
  dotleader_twocol_history_danaher.txt, there without table tags), 'DIRECTORS' / 'EXECUTIVE OFFICERS' section rows
  inside the table (real: dev/text_sections_directors_officers_msdw_oip_2004.txt's section captions), ONE wide
  column for 'Title of <Org>' items, the outside occupation and the address lines (relayout.two_column; Danaher's
  occupation-then-address column), CITIZENSHIP as the last column (real: dev/text_name_title_citizenship_
  citigroup.txt).
- html_run_in_name_paragraphs_section_headings_address_default_preamble: HTML without a table: one <p> per person,
  the bold name run in and followed by sentences (real: dev/prose_chittenden_corporation.txt, there in text;
  relayout_heldout65.html_bold_name_prose_paragraphs), underlined section headings 'Directors' / 'Executive
  Officers' (heldout134.board_officer_sections_labelled_text, MSDW), the business address said once in the preamble
  for the people who share it (Chittenden's preamble) with an address sentence only for the others (relayout.
  indented_rows_no_blank_lines after Harvard's Exhibit A), each person's citizenship in a sentence of its own.
- stacked_title_of_org_lines_numbered_sections_citizenship_exceptions_text: no table tags: the name on a line, then
  one 'Title, <Org>' line per position (real: dev/text_stacked_name_title_lines_postamble_address_national_grid.
  txt), the outside occupation lines, the address lines indented three spaces (National Grid's postamble address),
  under numbered body sections '1. Directors of <Org>' / '2. Executive Officers of <Org>' (real: dev/text_dotleader_
  twocol_history_danaher.txt), the citizenship a preamble default with a 'Citizenship:' line only for exceptions
  (relayout_heldout128.surname_heading_labels_preamble_default_text; Danaher's preamble default).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then); a default said once (a preamble or a
postamble) is each covered person's own value: it is said only of the people who have it, the others' own values
are printed with them.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
from collections import Counter

from relayout import Options, Roster, expected, printed_name
from relayout_heldout99 import _done, _edgar_table, _lines, _numbered, _sentence, _wrap


def _centred(text: str, width: int = 70) -> list[str]:
    return [f"{t:^78}".rstrip() for t in _wrap(text, width)]


def _is_board(person: dict) -> bool:
    titles = " ".join(person["positions"]).lower()
    return any(w in titles for w in ("director", "supervisory", "board", "trustee", "chairman"))


def _common(values: list) -> object:
    """The most frequent value (the first seen among equals)."""
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def _citizen(value: str) -> str:
    """'a citizen of the United States', 'a Canadian citizen', 'a U.S. citizen': the value printed as it is."""
    if value.endswith("ian") or value in ("U.S.", "U.K."):
        return f"a {value} citizen"
    the = "the " if value.startswith(("United", "Republic", "Netherlands", "Kingdom")) else ""
    return f"a citizen of {the}{value}"


def _break(options: Options, folio: str) -> list[str]:
    return ["", "<PAGE>" if options.markers else "\f", f"{folio:^78}".rstrip(), ""]


# ---- 1. pipe cells, address before occupation, citizenship in a postamble --------------------------------------
def pipe_cells_address_before_occupation_citizenship_postamble_exceptions(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After St. Paul Travelers' Exhibit 1 (tests/data/rosters_real/dev/html_as_text_pipes_truncated_cells_st_paul_
    travelers.txt: an HTML table saved as text, every cell between two '|' lines and each of its lines on a line of
    its own, the heading and the preamble unindented). Choices combined: the cells Name | Position | Business
    Address | Present Principal Occupation (the address before the occupation: relayout_heldout128.saved_as_text_
    cells_address_second, relayout_heldout134.address_citizenship_first_html), the cell text wrapped at
    options.width - 10 as St. Paul's narrow saved cells are, titles one per item, an empty cell as two '|' lines
    (St. Paul), '(n)' before the name when numbered; NO citizenship column: after the table a postamble 'Each of
    the individuals listed above is a citizen of X, except A, who is a citizen of Y, and ...' (St. Paul's
    'All of the individuals listed below are citizens of the United States' moved after the list, as National
    Grid's dev/text_stacked_name_title_lines_postamble_address_national_grid.txt states its common address after
    the list); no postamble when options.citizenship is False. A ruled variant puts a line of '_' between rows (a
    saved <hr>); a page break (form feed or '<PAGE>', the folio '1-2', '<Org> (continued)' and the caption cells
    again when options.repeat_header) after the entry's row, as a saved table breaks between rows."""
    org = roster.organization
    width = max(options.width - 10, 16)

    def cell(lines: list[str]) -> list[str]:
        return ["|"] + [piece for line in lines for piece in _wrap(line, width)] + ["|"]

    caption = cell(["Name"]) + cell(["Position"]) + cell(["Business Address"]) + \
        cell(["Present Principal Occupation or Employment"])
    lines = ["EXHIBIT 1", "DIRECTORS AND EXECUTIVE OFFICERS OF", org.upper()]
    lines += _wrap(f"The names, positions, business addresses and present principal occupations of the directors "
                   f"and executive officers of {org} are set forth below.", 78)
    lines += [org] + caption
    for index, person in enumerate(roster.people):
        name = f"({index + 1}) {printed_name(person, options)}" if options.numbered else printed_name(person, options)
        lines += cell([name]) + cell(person["positions"]) + cell(person["address"]) + cell(person["other_positions"])
        if options.rules:
            lines.append("_" * 40)
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += _break(options, "1-2") + ([org + " (continued)"] + caption if options.repeat_header else [])
    if options.citizenship:
        default = _common([p["citizenship"] for p in roster.people])
        others = [p for p in roster.people if p["citizenship"] != default]
        text = f"Each of the individuals listed above is {_citizen(default)}"
        if others:
            text += ", except " + " and ".join(f"{p['name']}, who is {_citizen(p['citizenship'])}" for p in others)
        lines += [""] + _wrap(_sentence(text), 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. EDGAR table: dot-leader names, section rows, one occupation-and-address column, citizenship last ---------
def edgar_dot_leader_names_section_rows_occupation_address_column_citizenship_last(
        roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> with bottom-
    aligned dash-underlined captions and '<S>'/'<C>'; relayout_heldout99._edgar_table). Choices combined: the name
    (wrapped at 26, 'n.' before it when numbered) with dot leaders to its column's edge on its last line (Danaher's
    dev/text_dotleader_twocol_history_danaher.txt, there without table tags); a section row 'DIRECTORS' or
    'EXECUTIVE OFFICERS' inside the table wherever the kind changes, the people in the roster's order (MSDW's
    dev/text_sections_directors_officers_msdw_oip_2004.txt captions its sections 'DIRECTORS' / 'OFFICERS';
    relayout_heldout134.board_officer_sections_labelled_text puts a heading wherever the kind changes); ONE column
    'PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS' (wrapping at options.width) holding 'Title of <Org>' items,
    the outside occupations and the address lines (relayout.two_column; Danaher's occupation-then-address column);
    CITIZENSHIP the last column (dev/text_name_title_citizenship_citigroup.txt). A page break after the entry's first
    line with 'A-2'; a section row is no person."""
    org = roster.organization

    def name(index: int, person: dict) -> list[str]:
        pieces = _wrap(_numbered(index, printed_name(person, options), options), 26, "  ")
        if len(pieces[-1]) <= 24:
            pieces[-1] = pieces[-1] + " " + "." * (26 - len(pieces[-1]))
        return pieces

    def right(index: int, person: dict) -> list[str]:
        items = [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]
        out = _lines(items, options.width + 2) if items else ["--"]
        return out + _lines(person["address"], options.width + 2)

    def section(person: dict) -> str:
        return "DIRECTORS" if _is_board(person) else "EXECUTIVE OFFICERS"

    columns = [(30, ["NAME"], name),
               (options.width + 4, ["PRESENT PRINCIPAL OCCUPATION", "AND BUSINESS ADDRESS"], right),
               (16 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 14))]
    head = [f"{'EXHIBIT A':>78}", ""] + _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    head += _wrap(_sentence(f"     The following table sets forth the name, present principal occupation, business "
                            f"address{' and citizenship' if options.citizenship else ''} of each director and "
                            f"executive officer of {org}"), 78)
    lines = _edgar_table(roster, options, columns, "A-2", head)
    # put the section rows in: before the first row of each entry whose kind differs from the one before
    out: list[str] = []
    starts = _entry_starts(lines, roster, options)
    current = None
    for number, line in enumerate(lines):
        if number in starts:
            person = roster.people[starts[number]]
            kind = section(person)
            if kind != current:
                current = kind
                out += [f"{'':<6}{kind}", ""]
        out.append(line)
    return ".txt", _done(out), [expected(p, org, options) for p in roster.people]


def _entry_starts(lines: list[str], roster: Roster, options: Options) -> dict[int, int]:
    """The line number at which each entry's first row starts (its printed name), found in order."""
    starts: dict[int, int] = {}
    at = lines.index("<TABLE>")
    for index, person in enumerate(roster.people):
        first = _numbered(index, printed_name(person, options), options).split()[0]
        while not lines[at].startswith(first) or at in starts:
            at += 1
        starts[at] = index
        at += 1
    return starts


# ---- 3. HTML run-in name paragraphs under section headings, the address said once --------------------------------
def html_run_in_name_paragraphs_section_headings_address_default_preamble(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After Chittenden's Exhibit 99.1 (tests/data/rosters_real/dev/prose_chittenden_corporation.txt: each person a
    paragraph that runs in the name, then sentences; the common business address in the preamble), set as HTML
    without a table (relayout_heldout65.html_bold_name_prose_paragraphs: <p> paragraphs with a bold run-in name).
    Choices combined: underlined <p><u>Directors</u></p> / <p><u>Executive Officers</u></p> headings wherever the
    kind changes, the people in the roster's order (relayout_heldout134.board_officer_sections_labelled_text; MSDW's
    dev/text_sections_directors_officers_msdw_oip_2004.txt); sentences '<Surname> serves as <titles> of <Org>.',
    '<Surname>'s principal occupation is <occupation>.', '<Surname>'s business address is <address>.' and
    '<Surname>'s citizenship is <X>.'; the business address said once in the preamble when two or more people share
    it, an address sentence only for the others (Chittenden; relayout.indented_rows_no_blank_lines after Harvard);
    'n.' before the bold name when numbered, an <hr/> between paragraphs in the ruled variant, <font> with markers; a
    page break (a <p> with page-break-before and 'Page 2', the heading '(continued)' when options.repeat_header
    and the next person is of the same kind) after the entry's paragraph."""
    org = roster.organization
    addresses = [tuple(p["address"]) for p in roster.people]
    common = _common(addresses)
    shared = common if addresses.count(common) > 1 else None

    def para(text: str) -> str:
        if options.markers:
            return f"<p><font size=\"2\" face=\"Times New Roman\">{text}</font></p>"
        return f"<p>{text}</p>"

    parts = ["<html><body>", "<p align=\"center\"><b>EXHIBIT 99.1</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>"]
    pre = _sentence(f"Set forth below are the directors and executive officers of {org}")
    if shared:
        pre += (f" Unless an address is given below, the business address of each of them is "
                f"{_sentence(', '.join(shared))}")
    parts.append(para(html.escape(pre, quote=False)))
    heading = None
    for index, person in enumerate(roster.people):
        kind = "Directors" if _is_board(person) else "Executive Officers"
        if kind != heading:
            heading = kind
            parts.append(f"<p><u>{kind}</u></p>")
        surname = person["name"].replace(",", "").split()
        surname = surname[-2] if surname[-1].rstrip(".").upper() in ("JR", "SR", "II", "III", "IV") else surname[-1]
        said = []
        if person["positions"]:
            titles = " and as ".join(f"{t} of {org}" for t in person["positions"])
            said.append(_sentence(f"{surname} serves as {titles}"))
        if person["other_positions"]:
            said.append(_sentence(f"{surname}'s principal occupation is {'; '.join(person['other_positions'])}"))
        if tuple(person["address"]) != shared:
            said.append(_sentence(f"{surname}'s business address is {', '.join(person['address'])}"))
        if options.citizenship:
            said.append(_sentence(f"{surname}'s citizenship is {person['citizenship']}"))
        name = html.escape(_numbered(index, printed_name(person, options), options))
        parts.append(para(f"<b>{name}.</b> " + html.escape(" ".join(said), quote=False)))
        if options.rules:
            parts.append("<hr/>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts.append("<p style=\"page-break-before:always\" align=\"center\">Page 2</p>")
            following = "Directors" if _is_board(roster.people[index + 1]) else "Executive Officers"
            if options.repeat_header and following == heading:
                parts.append(f"<p><u>{heading} (continued)</u></p>")
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. stacked 'Title, Org' lines under numbered sections, citizenship exceptions ----------------------------
def stacked_title_of_org_lines_numbered_sections_citizenship_exceptions_text(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """After National Grid's Exhibit A (tests/data/rosters_real/dev/text_stacked_name_title_lines_postamble_address_
    national_grid.txt: no table tags, the name on a line of its own and under it one 'Title, <Org>' line per
    position, a blank line between persons, address lines indented three spaces). Choices combined: numbered body
    sections '1. Directors of <Org>' / '2. Executive Officers of <Org>' wherever the kind changes, the people in the
    roster's order (Danaher's dev/text_dotleader_twocol_history_danaher.txt); the outside occupation lines after the
    titles, then the person's own address lines indented three spaces (National Grid's postamble address printed per
    person); the citizenship a preamble default 'Unless otherwise indicated, each person named below is a citizen of
    X' (Danaher's preamble) with a 'Citizenship: Y' line only for the exceptions (relayout_heldout128.surname_
    heading_labels_preamble_default_text); no citizenship at all when options.citizenship is False. Title and
    occupation lines wrap at options.width + 30 flush left as National Grid's do, address lines with a two-space
    hanging indent; '(a)', '(b)' ... before the name when numbered (Power Corporation's lettered lists, dev/
    labelled_list_power_corporation_2005.txt); a row of '=' between persons in the ruled variant; a page break
    ('<PAGE>' or a form feed, '-2-', the section heading '(continued)' when options.repeat_header) after the entry's
    name line."""
    org = roster.organization
    default = _common([p["citizenship"] for p in roster.people]) if options.citizenship else None
    width = options.width + 30
    lines = ["<PAGE>" if options.markers else "", f"{'Exhibit A':^78}".rstrip(), ""]
    lines += _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    pre = (f"     The name, position, present principal occupation and business address of each director and "
           f"executive officer of {org} are set forth below.")
    if default:
        pre += f" Unless otherwise indicated, each person named below is {_citizen(default)}."
    lines += _wrap(pre, 78) + [""]
    heading = kind_now = None
    number = 0
    for index, person in enumerate(roster.people):
        kind = "Directors" if _is_board(person) else "Executive Officers"
        if kind != kind_now:
            number += 1
            kind_now = kind
            heading = f"{number}. {kind} of {org}"
            lines += [heading, ""]
        letter = f"({chr(ord('a') + index % 26) * (index // 26 + 1)}) " if options.numbered else ""
        entry = [letter + printed_name(person, options)]
        for value in [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]:
            entry += _wrap(value, width)
        entry += ["   " + piece for line in person["address"] for piece in _wrap(line, width - 3, "  ")]
        if default and person["citizenship"] != default:
            entry.append(f"Citizenship: {person['citizenship']}")
        if options.page_break_in == index:
            entry[1:1] = _break(options, "-2-") + ([f"{heading} (continued)", ""] if options.repeat_header else [])
        lines += entry + (["=" * 40] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "pipe_cells_address_before_occupation_citizenship_postamble_exceptions":
        pipe_cells_address_before_occupation_citizenship_postamble_exceptions,
    "edgar_dot_leader_names_section_rows_occupation_address_column_citizenship_last":
        edgar_dot_leader_names_section_rows_occupation_address_column_citizenship_last,
    "html_run_in_name_paragraphs_section_headings_address_default_preamble":
        html_run_in_name_paragraphs_section_headings_address_default_preamble,
    "stacked_title_of_org_lines_numbered_sections_citizenship_exceptions_text":
        stacked_title_of_org_lines_numbered_sections_citizenship_exceptions_text,
}

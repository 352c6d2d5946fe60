"""Held-out re-layout families, hundred-and-thirty-eighth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (20:06-20:14 UTC by `date`) by helper session gather138 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- section_sign_bullet_entries_text: National Grid's stacked name-over-titles entries, each entry marked by a '§'
  at the left margin before the name: the Wingdings square bullet of a word processor's bulleted list, which a
  conversion to plain text prints as '§' (a way of marking entries).
- election_vote_percent_column_table: Citizens Funds' EDGAR <TABLE> whose first cell stacks the name over the
  address, with a right-aligned '% OF VOTES CAST FOR AT 2026 ANNUAL MEETING' column ('96.4%' for directors, 'N/A'
  for officers), and a note under the table; the column is no value.
- small_caps_surname_html: Southwestern Energy's HTML one-row-per-person table whose name cells set the surname in
  small capitals with CSS, the given names in a plain run before it: `<span style="font-variant:small-caps">`
  (a typographic habit of a conversion from a word processor; earlier 'capital surname' families type the
  surname in capitals, here its text keeps its ordinary case).
- security_clearance_column_html: an HTML table after Trilogy's flag columns with a 'Personnel Security Clearance'
  column ('Top Secret', 'Secret', 'Not Required', 'In Process'), as the roster of a defence contractor under a
  foreign ownership, control or influence (FOCI) mitigation agreement prints it, with a note under the table; the
  column is no value.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, expected, is_director, printed_name
from relayout_heldout99 import _done, _edgar_table, _html_table, _joined, _lines, _numbered, _seed, _sentence, _wrap


# ---- 1. '§' bullets before the names -----------------------------------------------------------------------------
def section_sign_bullet_entries_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After National Grid's Exhibit A (tests/data/rosters_real/dev/text_stacked_name_title_lines_postamble_
    address_national_grid.txt: no table, the name on a line of its own over one line per title, a blank line
    between entries). The feature this family adds (ours; a bulleted list typed in a word processor with the
    Wingdings square bullet comes out of a conversion to plain text with '§' for the bullet, as EDGAR text exhibits
    made that way show; the nearest earlier family, relayout_heldout40.ascii_bullet_outline, uses a typed '*' or
    '-' and replaces it by the number): every entry opens with '§' at the left margin, kept when numbered, then
    the name (numbered when options.numbered) at column 6; the lines under it are indented to column 6:
    '<position>, <org>' (one line per title), the other positions one a line, the business address lines, and
    'Citizenship: <X>' when printed.
    A dashed rule between entries in the ruled variant (else a blank line); a page break after the entry's first
    line with 'A-2'."""
    org = roster.organization
    width = options.width + 36
    said = ", business addresses and citizenship" if options.citizenship else " and business addresses"
    lines = [f"{'EXHIBIT A':>78}", "", ""]
    lines += _wrap(f"Names, positions, principal occupations{said} of the directors and executive officers of "
                   f"{org}:", 78)
    lines += ["", ""]
    for index, person in enumerate(roster.people):
        body = [piece for title in person["positions"] for piece in _wrap(f"{title}, {org}", width, "  ")]
        body += [piece for value in person["other_positions"] for piece in _wrap(value, width, "  ")]
        body += [piece for value in person["address"] for piece in _wrap(value, width, "  ")]
        if options.citizenship and person["citizenship"]:
            body += _wrap(f"Citizenship: {person['citizenship']}", width, "  ")
        entry = [f"{'§':<5}{_numbered(index, printed_name(person, options), options)}"] + \
            [f"     {line}" for line in body]
        if options.page_break_in == index and len(entry) > 1:
            entry[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'A-2':^78}".rstrip(), ""]
        lines += entry
        lines.append("     " + "-" * 60 if options.rules else "")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. the vote each director received ---------------------------------------------------------------------------
def election_vote_percent_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Citizens Funds trustees and officers table (tests/data/rosters_real/dev/text_fixed3col_name_
    address_age_citizens_funds.txt: an EDGAR <TABLE> whose first cell stacks the name over the address). The
    feature this family adds (ours; an activist's or a fund's filing may give the support each board member received
    when last elected, as the issuer reported it on Form 8-K Item 5.07): a right-aligned '% OF VOTES CAST FOR AT
    2026 ANNUAL MEETING' column after the first cell, a percentage with one decimal made up from a seed ('96.4%')
    for directors and trustees, 'N/A' for the others, with a note under the table; the column is no value.
    Columns: NAME AND ADDRESS (the name, then the address lines) | % OF VOTES CAST FOR ... | POSITION(S) HELD WITH
    <ORG> ('--' where none) | PRINCIPAL OCCUPATION(S) (wrapping at options.width; '--' where none) | CITIZENSHIP
    (when printed). A page break after the entry's first line with '-2-'."""
    org = roster.organization
    seed = _seed(org)

    def votes(index: int, person: dict) -> list[str]:
        if not is_director(person):
            return [f"{'N/A':>10}"]
        tenths = 1000 - (seed + 37 * index) % 260
        return [f"{tenths // 10}.{tenths % 10}%".rjust(10)]

    def first(index: int, person: dict) -> list[str]:
        name = _wrap(_numbered(index, printed_name(person, options), options), 30, "  ")
        return name + _lines(person["address"], 32)

    columns = [(34, ["NAME AND ADDRESS"], first),
               (13, ["% OF VOTES", "CAST FOR AT", "2026 ANNUAL", "MEETING"], votes),
               (26, ["POSITION(S) HELD WITH", org.upper()], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL OCCUPATION(S)"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'EXHIBIT B':>78}", "", f"{'DIRECTORS AND OFFICERS':^78}".rstrip()]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"OF {org.upper()}", 70)]
    said = ", principal occupation and citizenship" if options.citizenship else " and principal occupation"
    head += [""] + _wrap(_sentence(f"     The name, business address, position{said} of each director and "
                                   f"executive officer of {org} are set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "-2-", head)
    lines += [""] + _wrap("The percentage beside each director is the number of votes cast FOR his or her election "
                          "at the 2026 Annual Meeting of Shareholders as a percentage of the votes cast FOR and "
                          "AGAINST (or WITHHELD), as reported by the Company on Form 8-K; 'N/A' denotes an officer "
                          "who is not a director.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. small capitals for the surname ---------------------------------------------------------------------------
_SUFFIXES = ("JR", "SR", "II", "III", "IV")


def _small_caps_name(name: str, surname_first: bool) -> str:
    """'Martin S. Feldstein' -> 'Martin S. <span ...>Feldstein</span>'; 'FELDSTEIN, Martin S.' -> the part before
    the first comma in the span; a closing 'Jr.' stays outside it."""
    def caps(text: str) -> str:
        return f"<span style=\"font-variant:small-caps\">{html.escape(text)}</span>"

    if surname_first and "," in name:
        last, rest = name.split(",", 1)
        return caps(last) + html.escape("," + rest)
    words = name.split()
    tail = []
    while len(words) > 1 and words[-1].rstrip(".,").upper() in _SUFFIXES:
        tail.insert(0, words.pop())
    if len(words) < 2:
        return caps(name)
    if words[-1].endswith(","):
        words[-1] = words[-1][:-1]
        tail.insert(0, ",")
    given = html.escape(" ".join(words[:-1]))
    rest = "".join(t if t == "," else " " + html.escape(t) for t in tail)
    return f"{given} {caps(words[-1])}{rest}"


def small_caps_surname_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; a word processor's small-capitals
    character style survives a conversion to HTML as CSS): each name cell sets the surname (the part before the
    comma when options.upper_last_first) in `<span style="font-variant:small-caps">`, the given names and a
    closing 'Jr.' outside it, the source text in its ordinary case. Columns: Name | Position with <org> |
    Present Principal Occupation or Employment | Business Address | Citizenship (when printed); 'n.' before the
    name when numbered; border="1" when ruled; <font> with markers; a page break after the entry's row with
    'A-2'."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation or Employment", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        number = f"{index + 1}. " if options.numbered else ""
        name = _small_caps_name(printed_name(person, options), options.upper_last_first)
        row = [number + name, _joined(person["positions"]),
               _joined(person["other_positions"]), _joined(person["address"])]
        return row + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    title = ["SCHEDULE A", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = [html.escape(f"Unless otherwise indicated, each occupation refers to employment with {org}.")]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 4. a personnel security clearance column --------------------------------------------------------------------
_CLEARANCES = ["Top Secret", "Secret", "Not Required", "Top Secret", "In Process", "Secret"]


def security_clearance_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Trilogy's directors and officers tables (tests/data/rosters_real/dev/html_as_text_pipes_yes_no_flag_
    columns_footnotes_trilogy_2008.txt: an HTML roster saved as text, Yes/No flag columns beside the occupation,
    a footnote under it), set as a real HTML table. The feature this family adds (ours; a defence contractor
    owned or controlled from abroad operates under a FOCI mitigation agreement with the Defense Counterintelligence
    and Security Agency, and its roster of directors and officers states each one's personnel security
    clearance): a 'Personnel Security Clearance' column after the position, 'Top Secret', 'Secret', 'Not
    Required' or 'In Process' (a seed picks it), with a note under the table; no value. Columns: Name |
    Position with <org> | Personnel Security Clearance (1) | Principal Occupation | Business Address |
    Citizenship (when printed); 'n.' before the name when numbered;
    border="1" when ruled; <font> with markers; a page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Personnel Security Clearance (1)", "Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        clearance = _CLEARANCES[(seed + 5 * index) % len(_CLEARANCES)]
        row = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               clearance, _joined(person["other_positions"]), _joined(person["address"])]
        return row + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    title = ["SCHEDULE A", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = ["(1) The level of personnel security clearance held by the person under the National Industrial "
             "Security Program, as required by the Company&#8217;s Foreign Ownership, Control or Influence "
             "(FOCI) mitigation agreement; &#8220;Not Required&#8221; denotes a person excluded from access to "
             "classified information by resolution of the Board, and &#8220;In Process&#8221; a pending "
             "application."]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "section_sign_bullet_entries_text": section_sign_bullet_entries_text,
    "election_vote_percent_column_table": election_vote_percent_column_table,
    "small_caps_surname_html": small_caps_surname_html,
    "security_clearance_column_html": security_clearance_column_html,
}

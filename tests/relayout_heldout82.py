"""Held-out re-layout families, eighty-second set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (09:59-10:02 UTC by `date`) by helper session gather82 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real development roster's own layout (tests/data/rosters_real/dev/), printing the other persons the way that filing
prints its own, with only the small differences two law firms' filings show:

- scout_numbered_rows_titles_under_name: Scout Capital's Exhibit I, an EDGAR <TABLE> with a number column, the name
  and the person's titles with the organisation under it, citizenship, business address and occupation; here the
  columns run NAME | BUSINESS ADDRESS | PRINCIPAL OCCUPATION | CITIZENSHIP, with '=' rules between entries.
- metlife_name_address_occupation_one_list: MetLife's Exhibit 1, the name with its business address under it beside
  the principal occupation, one list with no DIRECTORS / EXECUTIVE OFFICERS sections, the citizenship said once in
  the preamble when every person shares it (else a third column).
- micron_labelled_blocks_citizenship_field: Micron's Exhibit 1 labelled blocks (label column, value beside it,
  wrapped labels), with other label words and a 'Citizenship:' field in every block.
- harvard_name_office_occupation_address_list: Harvard College's Exhibit A, a plain-text list under a dashed
  sub-heading and dash-underlined captions, Name | Office/Position | Principal Occupation and Business Address.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import textwrap

from relayout import Options, Roster, _wrap_rows, expected, printed_name


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _lines(values: list[str], width: int, indent: str = "  ") -> list[str]:
    return [piece for value in values for piece in _wrap(value, width, indent)]


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _stop(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _titles(person: dict, org: str) -> str:
    """'Director and President of Org' (the person's offices with the organisation), '' when none."""
    titles = person["positions"]
    if not titles:
        return ""
    joined = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
    return f"{joined} of {org}"


def _shared_citizenship(roster: Roster, options: Options) -> str | None:
    """The one citizenship every person holds (said once in a preamble), None when they differ or none is printed."""
    found = {p["citizenship"] for p in roster.people}
    return found.pop() if options.citizenship and len(found) == 1 and None not in found else None


def _comma(org: str) -> str:
    return org + "," if not org.endswith(",") else org


def _citizen_of(country: str) -> str:
    return f"the {country}" if country.startswith("United") else country


def _page(rows: list[str], index: int, options: Options, folio: str, header: list[str], tags: bool) -> list[str]:
    """A page break after the entry's first line when options.page_break_in is this entry."""
    if options.page_break_in == index and len(rows) > 1:
        rows[1:1] = (["</TABLE>"] if tags else []) + ["", "<PAGE>" if options.markers else "\f",
                                                     f"{folio:^78}".rstrip(), ""] + \
            (["<TABLE>"] if tags else []) + (header if options.repeat_header else [])
    return rows


# ---- 1. Scout Capital: numbered rows, titles under the name ----------------------------------------------------
def scout_numbered_rows_titles_under_name(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital Corp.'s Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_
    capital.txt): an EDGAR <TABLE>, a narrow number column ('1.'), the name with the person's offices with the
    organisation on the lines under it ('Director and Officer of Scout Capital Corp.'), the business address and
    present principal occupation in their own columns. What differs from the real file (another firm's choices):
    the title 'ANNEX I' over 'INFORMATION CONCERNING THE OFFICERS AND DIRECTORS OF <ORG>', the
    columns ordered NAME | BUSINESS ADDRESS | PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT (outside occupations,
    wrapping at options.width; where the person has none, the offices again, 'Title, <Org>', as Scout prints its
    officer's occupation; '--' where neither) | CITIZENSHIP last (when printed), '=' rules between entries
    ('-' in the ruled variant) and no blank line after them; the number column is always printed ('(1)' in the
    numbered variant). '<S>'/'<C>' with options.markers; a page break after the entry's first line repeats the
    caption when options.repeat_header ('I-2')."""
    org = roster.organization
    widths = [6, 32, 30, max(options.width + 2, 26), 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    caps = [["", ""], ["", "NAME"], ["", "BUSINESS ADDRESS"], ["PRESENT PRINCIPAL", "OCCUPATION OR EMPLOYMENT"],
            ["", "CITIZENSHIP"]]
    header = ["<CAPTION>", *_wrap_rows([c for c, w in zip(caps, widths) if w], live),
              " ".join("-" * (w - 1) for w in live)]
    if options.markers:
        header.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * len(live), live)).rstrip())
    lines = [f"{'ANNEX I':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(
        f"INFORMATION CONCERNING THE OFFICERS AND DIRECTORS OF {org.upper()}", 56)]
    lines += ["", "<TABLE>", *header]
    rule = ("-" if options.rules else "=") * (sum(live) - 1)
    for index, person in enumerate(roster.people):
        number = f"({index + 1})" if options.numbered else f"{index + 1}."
        cells = [[number], _wrap(printed_name(person, options), widths[1] - 2) +
                 _wrap(_titles(person, org), widths[1] - 4, "  "),
                 _lines(person["address"], widths[2] - 2),
                 _lines(person["other_positions"] or [f"{t}, {org}" for t in person["positions"]], widths[3] - 2)
                 or ["--"],
                 _wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "I-2", header, True)
        lines.append(rule)
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. MetLife: name and address beside the occupation -------------------------------------------------------
def metlife_name_address_occupation_one_list(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MetLife's Exhibit 1 (tests/data/rosters_real/dev/text_twocol_nameaddr_metlife.txt): a preamble, then an
    EDGAR <TABLE> 'Name and Business Address' (the name, its business address on the lines under it) beside
    'Principal Occupation or Employment' (each office 'Title, <Org>', then the outside occupations, wrapping at
    options.width), a blank line between persons; the preamble says 'Each person listed below is a citizen of the
    United States.' when every person shares one citizenship, else a third 'Citizenship' column is printed. What
    differs from the real file: one list with no DIRECTORS / EXECUTIVE OFFICERS section headings, the title
    'EXHIBIT 99.1' and 'EXECUTIVE OFFICERS AND DIRECTORS OF <ORG>', the caption words 'Name and Present Business
    Address' | 'Present Principal Occupation or Employment', a 'Page n of 9' folio, every address printed (no
    'unless otherwise noted' default). '<S>'/'<C>' with options.markers; 'n.' before the name in the numbered
    variant; a dashed rule between persons in the ruled variant. A page break after the entry's first line."""
    org = roster.organization
    shared = _shared_citizenship(roster, options)
    column = options.citizenship and shared is None
    widths = [43, max(options.width + 16, 44), 16 if column else 0]
    live = [w for w in widths if w]
    caps = [["Name and Present Business Address"], ["Present Principal Occupation or Employment"], ["Citizenship"]]
    header = ["<CAPTION>", *_wrap_rows([c for c, w in zip(caps, widths) if w], live),
              "".join(f"{'-' * len(c[0]):<{w}}" for c, w in zip(caps, widths) if w).rstrip()]
    if options.markers:
        header.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], live)).rstrip())
    lines = [f"{'Page 9 of 14':>78}", "", f"{'EXHIBIT 99.1':>70}", "", "",
             *[f"{t:^78}".rstrip() for t in _wrap(f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}", 60)], ""]
    lines += _wrap(_stop("Set forth below is the name, business address and present principal occupation or "
                         f"employment of each director and executive officer of {org}") +
                   (f" Each person listed below is a citizen of {_citizen_of(shared)}." if shared else ""), 78)
    lines += ["", "<TABLE>", *header, ""]
    for index, person in enumerate(roster.people):
        offices = [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2) +
                 _lines(person["address"], widths[0] - 2, ""),
                 _lines(offices, widths[1] - 2, "") or ["None"],
                 _wrap(person["citizenship"] or "", widths[2] - 2) if column else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "Page 10 of 14", header, True)
        lines.append("-" * 60 if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. Micron: labelled blocks ---------------------------------------------------------------------------------
def micron_labelled_blocks_citizenship_field(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt): per person a
    block of labels in a left column with the values beside them, a blank line between fields, long labels wrapped
    over several lines in the label column. What differs from the real file: a 32-character label column, the label
    words 'Name:', 'Position with <Org>:' (the person's offices; 'None' where none), 'Residence or Business
    Address:', 'Present Principal Occupation or Employment:' (outside occupations, wrapping at options.width; where the person has
    none, the offices again, 'Title of <Org>', as Micron prints its own chairman's occupation) and 'Citizenship:' in every block (when printed) in place of Micron's
    sentence 'All directors are United States citizens.' and its employer field; the title 'SCHEDULE I' and
    'DIRECTORS AND EXECUTIVE OFFICERS'. 'n.' before the name in the numbered variant; a dashed rule between blocks
    in the ruled variant, else two blank lines. No table tags. A page break after the block's first line:
    '<PAGE>' (a form feed without markers) and 'I-2'."""
    org = roster.organization
    label_width = 32
    value_width = max(options.width + 8, 36)
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS':^78}".rstrip(), ""]
    lines += _wrap(_stop(f"     The following is a list of all directors and executive officers of {org}"), 78)
    lines.append("")
    for index, person in enumerate(roster.people):
        fields = [("Name:", [_numbered(index, printed_name(person, options), options)]),
                  (f"Position with {org}:", [", ".join(person["positions"]) or "None"]),
                  ("Residence or Business Address:", person["address"]),
                  ("Present Principal Occupation or Employment:",
                   person["other_positions"] or [f"{t} of {org}" for t in person["positions"]])]
        if options.citizenship:
            fields.append(("Citizenship:", [person["citizenship"] or ""]))
        rows: list[str] = []
        for label, values in fields:
            rows += _wrap_rows([_wrap(label, label_width - 4), _lines(values, value_width, "")],
                               [label_width, value_width]) + [""]
        lines += _page(rows, index, options, "I-2", [], False)
        lines += ["-" * 70, ""] if options.rules else [""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. Harvard: a plain name / office list ---------------------------------------------------------------------
def harvard_name_office_occupation_address_list(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Harvard College's Exhibit A (tests/data/rosters_real/dev/text_name_office_harvard_college.txt): no table
    tags, a preamble, a sub-heading underlined with dashes, captions each underlined with dashes of its own length
    ('Name' over '----'), one person a row with a blank line between rows, a 'Page n of m Pages' folio. What
    differs from the real file: a third column 'Principal Occupation and Business Address' (the outside occupations
    first, a blank line, then the business address lines, wrapping at options.width) where Harvard gives one
    default address in the preamble, 'None' under 'Office/Position' where the person holds none, the sub-heading
    'Directors and Executive Officers of <Org>', citizenship said once in the preamble when every person shares it,
    else a 'Citizenship' column. 'n.' before the name in the numbered variant; a dashed rule between rows in the
    ruled variant. A page break after a row's first line: a form feed ('<PAGE>' with markers), a folio, and the
    captions again when options.repeat_header."""
    org = roster.organization
    shared = _shared_citizenship(roster, options)
    column = options.citizenship and shared is None
    widths = [30, 28, max(options.width + 4, 34), 16 if column else 0]
    live = [w for w in widths if w]
    caps = [["Name"], ["Office/Position"], ["Principal Occupation and Business Address"], ["Citizenship"]]
    caps = [_wrap(c[0], w - 2) for c, w in zip(caps, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'-' * max(len(line) for line in c):<{w}}" for c, w in zip(caps, live)).rstrip()
    header = _wrap_rows(caps, live) + [under, ""]
    sub = f"Directors and Executive Officers of {org}"
    lines = ["", f"{'EXHIBIT A':^78}".rstrip(), "", f"{'Directors and Executive Officers':^78}".rstrip(), ""]
    lines += _wrap("     The names of the directors and executive officers of " + _comma(org) + " their present "
                   "principal occupation or employment and their business addresses are set forth below." +
                   (f" Each of them is a citizen of {_citizen_of(shared)}." if shared else ""), 78)
    lines += ["", sub, "-" * len(sub), "", *header]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1] - 2) or ["None"],
                 _lines(person["other_positions"], widths[2] - 2) + ([""] if person["other_positions"] else []) +
                 _lines(person["address"], widths[2] - 2),
                 _wrap(person["citizenship"] or "", widths[3] - 2) if column else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        lines += _page(rows, index, options, "Page 8 of 9 Pages", header, False)
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    lines += ["", f"{'Page 8 of 9 Pages':^78}".rstrip()]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "scout_numbered_rows_titles_under_name": scout_numbered_rows_titles_under_name,
    "metlife_name_address_occupation_one_list": metlife_name_address_occupation_one_list,
    "micron_labelled_blocks_citizenship_field": micron_labelled_blocks_citizenship_field,
    "harvard_name_office_occupation_address_list": harvard_name_office_occupation_address_list,
}

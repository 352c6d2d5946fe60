"""Held-out re-layout families, hundred-and-fourteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (15:11-15:13 UTC by `date`) by helper session gather114 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- cik_number_column_table: an EDGAR <TABLE> with an 'SEC CIK No.' column after the name holding each person's
  ten-digit EDGAR Central Index Key ('0001234567') or '--' for a person who never filed with the Commission; the
  number is no value and is not expected.
- academic_title_prefix_names_html: an HTML table of a German Aktiengesellschaft's Management Board and Supervisory
  Board in which some names are printed after their academic titles ('Dr. ', 'Prof. Dr. ', 'Dr.-Ing. '), as
  German issuers print them; the title is no part of the expected name.
- continued_page_footers_blocks: labelled blocks over several pages, each page but the last closing with a
  right-aligned '(continued on next page)' line and each page but the first opening with 'SCHEDULE I (continued
  from previous page)'; the page furniture is no value.
- honours_postnominal_names_table: an EDGAR <TABLE> of a British plc's directors in which some names carry the
  orders and fellowships after them ('CBE', 'OBE', 'KBE', 'FRS', 'FREng'), as UK annual reports print them; the
  letters are no part of the expected name.

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

from relayout import Options, Roster, expected, printed_name
from relayout_heldout99 import (
    _done,
    _edgar_table,
    _html_table,
    _joined,
    _lines,
    _numbered,
    _seed,
    _sentence,
    _wrap,
)


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]


def _decorated(person: dict, options: Options, before: str, after: str) -> str:
    """The printed name with a prefix before the given names and letters after the whole name: 'Dr. Hans Weber' or
    'WEBER, Dr. Hans'; 'Jane Smith CBE' or 'SMITH, Jane, CBE'."""
    name = printed_name(person, options)
    if before:
        if options.upper_last_first and ", " in name:
            surname, given = name.split(", ", 1)
            name = f"{surname}, {before}{given}"
        else:
            name = before + name
    if after:
        name = f"{name}, {after}" if options.upper_last_first else f"{name} {after}"
    return name


# ---- 1. an EDGAR CIK column -----------------------------------------------------------------------------------------
def cik_number_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Schedule I (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE>, Name | Position | Present Principal Occupation | Citizenship). The feature this
    family adds (ours; filers whose officers are Section 16 reporting persons sometimes give each one's EDGAR Central
    Index Key so that the reader can find his or her own filings): an 'SEC CIK No.' column after the name holding a
    ten-digit zero-padded key ('0001234567', from a seed) or '--' for one person in four (who never filed); not
    expected. Columns: NAME | SEC CIK NO. | POSITION WITH <ORG> ('--' where none) | PRESENT PRINCIPAL OCCUPATION
    (wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed); a note under the
    table says what the key is. A page break after the entry's first line with 'Schedule I - Page 2'."""
    org = roster.organization
    seed = _seed(org)

    def cik(index: int, person: dict) -> list[str]:
        if (seed + index * 5) % 4 == 3:
            return ["    --"]
        return [f"{1000000 + (seed * 7919 + index * 104729) % 1900000:010d}"]

    columns = [(27, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 25, "  ")),
               (13, ["SEC CIK NO."], cik),
               (24, ["POSITION WITH", org.upper()], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (30, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 30) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = _head("SCHEDULE I", org, "DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    said = "business address and citizenship" if options.citizenship else "and business address"
    head += _wrap(_sentence(f"The name, position, present principal occupation, {said} of each director and "
                            f"executive officer of {org} are set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "Schedule I - Page 2", head)
    lines += [""] + _wrap("SEC CIK No. is the Central Index Key assigned to the person by the Commission's EDGAR "
                          "system; '--' means that no key has been assigned.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. German academic titles before names -------------------------------------------------------------------------
_ACADEMIC = ["Dr. ", "", "Prof. Dr. ", "", "Dr.-Ing. ", "", "Dr. rer. nat. "]


def academic_title_prefix_names_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; Schedule 13D and Schedule TO filings of
    German acquirers - Bayer, Siemens, Merck KGaA - print the members of the Vorstand and Aufsichtsrat with their
    academic degrees before the name, 'Prof. Dr. Hans Weber'): for about half the persons (from a seed) 'Dr. ',
    'Prof. Dr. ', 'Dr.-Ing. ' or 'Dr. rer. nat. ' before the given names ('WEBER, Dr. Hans' in the surname-first
    variant); the title is not expected (the name is). Columns: Name | Position with <org> ('&#8212;' where none) |
    Present Principal Occupation ('&#8212;' where none) | Business Address | Citizenship (when printed); a note under
    the table says that academic titles are given as customary in Germany; 'n.' before the name when numbered; a page
    break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        title = _ACADEMIC[(seed + index * 3) % len(_ACADEMIC)]
        name = _numbered(index, _decorated(person, options, title, ""), options)
        out = [html.escape(name), _joined(person["positions"]), _joined(person["other_positions"]),
               _joined(person["address"])]
        return out + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    notes = ["Academic titles are given before the names as is customary in the Federal Republic of Germany."]
    text = _html_table(roster, options, heads, cells,
                       ["SCHEDULE A", f"Members of the Management Board and the Supervisory Board of {org}"],
                       "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. '(continued on next page)' footers ---------------------------------------------------------------------------
def continued_page_footers_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: a name over
    labelled lines, values from one column). The feature this family adds (ours; typeset schedules converted to
    text keep the printer's page furniture): the blocks run over several pages, each page but the last closed by a
    right-aligned '(continued on next page)' line, then the centred folio 'I-n' and a page break ('<PAGE>' with
    markers, else a form feed), each later page opened by a centred 'SCHEDULE I (continued from previous page)'
    (only 'I-n' at the foot and the page break when options.repeat_header is False). A page ends after every third
    entry and after the name line of entry options.page_break_in (inside the entry). Each entry: 'Name:' (n. before
    it when numbered), 'Position:' and 'Principal Occupation:' (each only where the person has one), 'Business
    Address:' (one line per address line) and 'Citizenship:' (when printed), values from column 24 wrapping at
    options.width + 30; a blank line (a dashed line in the ruled variant) between entries."""
    org = roster.organization
    width = options.width + 30
    lines = _head("SCHEDULE I", org, "DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    said = "business address and citizenship" if options.citizenship else "and business address"
    lines += _wrap(_sentence(f"Set forth below are the name, position, present principal occupation, {said} of "
                             f"each director and executive officer of {org}"), 78) + [""]
    page = [1]

    def turn() -> list[str]:
        out = ["", f"{'(continued on next page)':>78}" if options.repeat_header else "", f"{f'I-{page[0]}':^78}",
               "<PAGE>" if options.markers else "\f", ""]
        page[0] += 1
        if options.repeat_header:
            out += [f"{'SCHEDULE I (continued from previous page)':^78}".rstrip(), ""]
        return out

    def field(label: str, values: list[str]) -> list[str]:
        out = []
        for value in values:
            for line in _wrap(value, width):
                out.append(f"{label if not out else '':<24}{line}")
        return out

    for index, person in enumerate(roster.people):
        name = f"{index + 1}.  " if options.numbered else ""
        block = [f"{name + 'Name:':<24}{printed_name(person, options)}"]
        if options.page_break_in == index:
            block += turn()
        if person["positions"]:
            block += field("Position:", person["positions"])
        if person["other_positions"]:
            block += field("Principal Occupation:", person["other_positions"])
        block += field("Business Address:", person["address"])
        if options.citizenship:
            block += field("Citizenship:", [person["citizenship"] or ""])
        lines += block
        if index + 1 < len(roster.people) and index % 3 == 2 and options.page_break_in != index:
            lines += turn()
        else:
            lines += ["-" * 78] if options.rules else [""]
    lines += ["", f"{f'I-{page[0]}':^78}"]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. British honours after names ----------------------------------------------------------------------------------
_HONOURS = ["CBE", "", "OBE", "", "", "KBE", "FRS", "", "FREng", "CBE FRSE"]


def honours_postnominal_names_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Schedule (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> of fixed
    columns). The feature this family adds (ours; Schedule 13D filings of British plcs copy their board from the
    annual report, which prints each director's orders and fellowships after the name, 'Sir ... KBE', 'Jane Smith
    CBE FRS'): for some persons (from a seed) 'CBE', 'OBE', 'KBE', 'FRS', 'FREng' or 'CBE FRSE' after the name
    ('SMITH, Jane, CBE' in the surname-first variant); the letters are not expected (the name is). Columns: Name |
    Position with <org> ('--' where none) | Principal Occupation (wrapping at options.width; '--' where none) |
    Business Address | Nationality (when printed); a page break after the entry's first line with 'Page 2'; the
    dashed rules in the ruled variant are '=' lines."""
    org = roster.organization
    seed = _seed(org)

    def name(index: int, person: dict) -> list[str]:
        letters = _HONOURS[(seed + index * 7) % len(_HONOURS)]
        return _wrap(_numbered(index, _decorated(person, options, "", letters), options), 28, "  ")

    columns = [(30, ["Name"], name),
               (24, [f"Position with {org}"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["Principal Occupation"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (30, ["Business Address"], lambda i, p: _lines(p["address"], 30) or ["--"]),
               (15 if options.citizenship else 0, ["Nationality"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = _head("SCHEDULE A", org, "DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    said = "business address and nationality" if options.citizenship else "and business address"
    head += _wrap(_sentence(f"Set out below are the name, position, principal occupation, {said} of each director "
                            f"and executive officer of {org}") + " Honours and fellowships are shown after the names.",
                  78)
    widths = 30 + 24 + options.width + 2 + 30 + (15 if options.citizenship else 0)
    lines = _edgar_table(roster, options, columns, "Page 2", head,
                         separator="=" * (widths - 2) if options.rules else None)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"cik_number_column_table": cik_number_column_table,
            "academic_title_prefix_names_html": academic_title_prefix_names_html,
            "continued_page_footers_blocks": continued_page_footers_blocks,
            "honours_postnominal_names_table": honours_postnominal_names_table}

"""Held-out re-layout families, thirteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 (14:25-15:00 UTC by `date`) by helper session gather13 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in
its docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the
ONE layout feature each family adds is said plainly, and it is ours, not the real file's. They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py). tests/test_relayout_families.py only checks that each prints the people it
expects; nothing here says anything about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import re
import textwrap

from relayout import Options, Roster, _full_stop, _heading, _occupation, _page_break, expected, printed_name
from relayout_heldout7 import _numbered
from relayout_heldout7 import _side_by_side as _columns


def _listing(items: list[str]) -> str:
    """'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


# ---- 1. a word-processor table saved as text: cells separated by ONE tab, nothing aligned -------------------
def tab_separated_cells(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_corporation.txt,
    sec.gov .../1086472/000089183601500310/exh7.txt: a four-column Name / Position / Principal Occupation /
    Business Address table with wrapping cells), here as a word processor or a converter saves such a table as
    plain text. The feature this family adds: the cells of a row are separated by ONE literal TAB character, so
    nothing lines up on the page (a long name pushes the rest of its row to the right, a short one pulls it
    left); an empty cell is simply two tabs in a row; a cell that wraps (an address line, a long occupation)
    continues on the next line after as many tabs as there are cells before it. Columns: Name | Position with
    <Org> | Present Principal Occupation (outside ones) | Business Address | Citizenship; numbered variants
    put 'n.' in a first cell of its own. In the ruled variant no blank line separates the rows (only the tab
    count tells a new row from a continuation line)."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"]
    heads += ["Citizenship"] if options.citizenship else []
    heads = ([""] if options.numbered else []) + heads
    header = "\t".join(heads)
    fields = ["name", f"position with {org}", "present principal occupation", "business address"]
    intro = (f"The {_listing(fields + (['citizenship'] if options.citizenship else []))} of each director and "
             f"executive officer of {org} are set forth below.")
    lines = [_heading(org, options).rstrip("\n"), "", *textwrap.wrap(intro, 78), "", header, ""]
    for index, person in enumerate(roster.people):
        cells = [[printed_name(person, options)], ["; ".join(person["positions"])],
                 textwrap.wrap("; ".join(person["other_positions"]), options.width), list(person["address"])]
        cells += [[person["citizenship"]]] if options.citizenship else []
        cells = ([[f"{index + 1}."]] if options.numbered else []) + cells
        rows = ["\t".join(cell[0] if cell else "" for cell in cells)]
        for row in range(1, max(len(cell) for cell in cells)):
            texts = [cell[row] if row < len(cell) else "" for cell in cells]
            last = max(at for at, text in enumerate(texts) if text)
            rows.append("\t".join(texts[:last + 1]))
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_break(header if options.repeat_header else None)
        lines += rows + ([] if options.rules else [""])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. a typewritten 1990s roster in ALL CAPITALS with abbreviations ----------------------------------------
_ABBREVIATIONS = [(r"\bNew York, New York\b", "New York, N.Y."), (r"\bMassachusetts\b", "Mass."),
                  (r"\bIllinois\b", "Ill."), (r"\bOntario\b", "Ont."), (r"\bCorporation\b", "Corp."),
                  (r"\bCompany\b", "Co."), (r"\bIncorporated\b", "Inc."), (r"\bStreet\b", "St."),
                  (r"\bAvenue\b", "Ave."), (r"\bSquare\b", "Sq."), (r"\bVice President\b", "Vice Pres."),
                  (r"\bChief Executive Officer\b", "Chief Exec. Officer"), (r" and ", " & ")]


def _typed(text: str) -> str:
    """A value as a 1990s typist printed it: abbreviated, '&' for 'and', all in capitals."""
    for pattern, short in _ABBREVIATIONS:
        text = re.sub(pattern, short, text)
    return text.upper()


def _typed_citizenship(citizenship: str) -> str:
    return "U.S.A." if citizenship == "United States" else citizenship.upper()


def all_caps_typewritten(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the typed fixed-width rosters of the 1990s and early 2000s (tests/data/rosters_real/dev/
    text_indented_nameaddr_conagra_2000.txt, sec.gov .../1027881/000090044000000032/0002.txt: name with the
    address lines under it in the left column, the office in the right; and the Scout Capital <Table>,
    .../1025863/000091205701544973/a2067023zex-1.txt). Columns: NAME AND BUSINESS ADDRESS (name, then the
    address lines) | PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT ('TITLE OF <ORG>; outside occupation', wrapping)
    | CITIZENSHIP. The feature this family adds: EVERYTHING is in capitals as a typist printed it - names,
    titles, employers, addresses and citizenship ('U.S.A.' for the United States) - with the abbreviations of
    such typing: '&' for 'and', CORP., CO., INC., ST., AVE., SQ., 'N.Y.', 'MASS.', 'ILL.', 'ONT.', 'VICE PRES.',
    'CHIEF EXEC. OFFICER'. The expected values are the printed (capitalised, abbreviated) ones; names are the
    people's names (the scorer compares names without regard to case)."""
    org = roster.organization
    width = options.width
    starts = [0, 36, 38 + width]
    caps = [["NAME AND", "BUSINESS ADDRESS"], ["PRESENT PRINCIPAL", "OCCUPATION OR EMPLOYMENT"]]
    caps += [["", "CITIZENSHIP"]] if options.citizenship else []
    header = _columns(caps, starts)
    rule = _columns([["-" * 32], ["-" * width], ["-" * 11] if options.citizenship else []], starts)
    intro = (f"THE FOLLOWING TABLE SETS FORTH THE NAME, BUSINESS ADDRESS, PRESENT PRINCIPAL OCCUPATION OR "
             f"EMPLOYMENT{' AND CITIZENSHIP' if options.citizenship else ''} OF EACH DIRECTOR AND EXECUTIVE "
             f"OFFICER OF {_full_stop(org.upper())}")
    lines = [_heading(org, options).rstrip("\n"), "", *textwrap.wrap(intro, 76), "", "<TABLE>", *header, *rule]
    if options.markers:
        lines += _columns([["<S>"], ["<C>"], ["<C>"] if options.citizenship else []], starts)
    people = []
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options).upper(), options)
        left = textwrap.wrap(name, 34) + [p for line in person["address"] for p in textwrap.wrap(_typed(line), 34)]
        cells = [left, textwrap.wrap(_typed(_occupation(person, org)), width)]
        citizenship = _typed_citizenship(person["citizenship"]) if options.citizenship else None
        cells += [[citizenship]] if options.citizenship else []
        rows = _columns(cells, starts)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = _page_break("\n".join(header) if options.repeat_header else None)
        lines += rows + (["-" * (starts[-1] + 11)] if options.rules else [""])
        people.append(expected(person, org, options, positions=[_typed(t) for t in person["positions"]],
                               other_positions=[_typed(o) for o in person["other_positions"]],
                               citizenship=citizenship, address=", ".join(_typed(a) for a in person["address"]),
                               address_city=(person["address_city"] or "").upper() or None))
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines) + "\n", people


# ---- 3. positions printed employer first: 'ACME CORPORATION -- President; Director' under the name ----------
def _employer_first(occupation: str) -> str:
    """'Counsel, Cassels, Brock & Blackwell' -> 'CASSELS, BROCK & BLACKWELL -- Counsel'."""
    title, comma, employer = occupation.partition(", ")
    return f"{employer.upper()} -- {title}" if comma else occupation


def employer_first_positions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Bear Stearns roster (tests/data/rosters_real/dev/text_fixed5col_employer_bsci.txt, sec.gov
    .../1058444/000095013506005955/b62468scexv1w1.txt: the name of the employer in a column of its own) and the
    National Grid list (dev/text_stacked_name_title_lines_postamble_address_national_grid.txt: title lines under
    each name). The feature this family adds: every position is printed on a line under the name with the
    ORGANISATION FIRST, in capitals, then ' -- ' and the title(s) held there: 'POWER CORPORATION OF CANADA --
    Director; President and Co-Chief Executive Officer' for the roster's own organisation, 'CASSELS, BROCK &
    BLACKWELL -- Counsel' for an outside occupation (whose printed employer may itself contain commas). Then
    labelled 'Business Address:' and 'Citizenship:' lines. The expected other positions keep the people's
    'Title, Employer' strings: the same words as printed, in the order of the other families (the scorer
    compares the words, not their order)."""
    org = roster.organization
    intro = (f"Set forth below are the name, each present position (the organization in which it is held "
             f"first, then the position), the business address"
             f"{' and the citizenship' if options.citizenship else ''} of each director and executive officer "
             f"of {_full_stop(org)}")
    lines = [_heading(org, options).rstrip("\n"), "", *textwrap.wrap(intro, 78), ""]
    for index, person in enumerate(roster.people):
        entry = [_numbered(index, printed_name(person, options), options)]
        held = [f"{org.upper()} -- {'; '.join(person['positions'])}"]
        held += [_employer_first(o) for o in person["other_positions"]]
        for line in held:
            entry += textwrap.wrap(line, 76, initial_indent="     ", subsequent_indent="         ")
        entry += textwrap.wrap(f"Business Address: {', '.join(person['address'])}", 76,
                               initial_indent="     ", subsequent_indent="                       ")
        if options.citizenship:
            entry.append(f"     Citizenship: {person['citizenship']}")
        if options.page_break_in == index:
            entry[2:2] = _page_break()
        lines += entry + (["     " + "-" * 30, ""] if options.rules else [""])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. the business address given once per group, as a sub-heading over the group's entries --------------
_GROUP_HEADINGS = ["Persons whose business address is {address}:",
                   "The business address of each of the following persons is {address}:"]


def address_group_subheadings(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the rosters whose preamble gives one business address for everyone (Harvard College,
    tests/data/rosters_real/dev/text_name_office_harvard_college.txt; Ariel Capital, sec.gov .../764762/
    000092735600001800/0004.txt) and ConAgra's name-and-address column (dev/text_indented_nameaddr_conagra_
    foods.txt). The feature this family adds: the people are GROUPED BY BUSINESS ADDRESS, each group opened
    by a sub-heading that states the address once ('Persons whose business address is 70 Pine Street, ...:',
    the next group 'The business address of each of the following persons is ...:'), followed by the group's
    entries, then the next group's sub-heading; a person whose address no one else shares forms a group of
    one. The entries print no address: a fixed-width Name | Position and Present Principal Occupation (the
    titles as 'Title of <Org>', then the outside ones) | Citizenship table whose column header is printed once,
    above the first group. The printed order is the groups' order (so not the roster's); the expected address
    of each person is that of the sub-heading above them."""
    org = roster.organization
    width = options.width
    starts = [0, 32, 34 + width]
    caps = [["Name"], ["Position and Present", "Principal Occupation"]]
    caps += [["Citizenship"]] if options.citizenship else []
    header = _columns(caps, starts)
    fields = ["name", f"position with {org}", "present principal occupation"]
    intro = (f"The following table sets forth the {_listing(fields + (['citizenship'] if options.citizenship else []))}"
             f" of each director and executive officer of {org}, grouped by business address.")
    lines = [_heading(org, options).rstrip("\n"), "", *textwrap.wrap(intro, 78), "", *header,
             *_columns([["-" * 28], ["-" * width], ["-" * 11] if options.citizenship else []], starts)]
    if options.markers:
        lines += _columns([["<S>"], ["<C>"], ["<C>"] if options.citizenship else []], starts)
    groups: dict[tuple, list[int]] = {}
    for index, person in enumerate(roster.people):
        groups.setdefault(tuple(person["address"]), []).append(index)
    number = 0
    for group, (address, members) in enumerate(groups.items()):
        heading = _GROUP_HEADINGS[group % 2].format(address=", ".join(address))
        lines += [""] + textwrap.wrap(heading, 78) + [""]
        for index in members:
            person = roster.people[index]
            cells = [textwrap.wrap(_numbered(number, printed_name(person, options), options), 30),
                     textwrap.wrap(_occupation(person, org), width)]
            cells += [[person["citizenship"]]] if options.citizenship else []
            rows = _columns(cells, starts)
            if options.page_break_in == index:
                at = 1 if len(rows) > 1 else 0
                rows[at:at] = _page_break("\n".join(header) if options.repeat_header else None)
            lines += rows + (["-" * (starts[-1] + 11)] if options.rules else [""])
            number += 1
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"tab_separated_cells": tab_separated_cells, "all_caps_typewritten": all_caps_typewritten,
            "employer_first_positions": employer_first_positions,
            "address_group_subheadings": address_group_subheadings}

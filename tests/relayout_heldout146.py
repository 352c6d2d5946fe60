"""Held-out re-layout families, hundred-and-forty-sixth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (22:13-22:17 UTC by `date`) by helper session gather146 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real development rosters already have, in a combination no one earlier
family has (checked against the docstrings of heldout131, 134, 137, 140 and 143):

- pipe_cells_section_headings_citizenship_default_preamble_address_last_column: pipe cells (St. Paul Travelers,
  dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt) under centred 'DIRECTORS' / 'EXECUTIVE OFFICERS'
  headings (MSDW OIP, dev/text_sections_directors_officers_msdw_oip_2001.txt), the citizenship said once in the
  PREAMBLE with the exceptions named (Micron, dev/labelled_blocks_micron.txt; heldout128), the address the LAST
  cell. heldout137's pipe family had the citizenship in a postamble and no sections.
- run_in_prose_numbered_sections_address_postamble_exceptions: run-in prose paragraphs (Chittenden,
  dev/prose_chittenden_corporation.txt) under Danaher's numbered sections '1. DIRECTORS' (dev/text_dotleader_twocol_
  history_danaher.txt), the citizenship in each sentence, the business address said once AFTER the list with the
  exceptions by name (National Grid, dev/text_stacked_name_title_lines_postamble_address_national_grid.txt).
- stacked_lines_name_titles_occupation_address_citizenship_postamble_exceptions: National Grid's stacked lines
  (name, then one title a line, then the occupation, then the address lines), no sections, the citizenship said once
  in a POSTAMBLE with exceptions (heldout137's pipe postamble); heldout137's stacked family had numbered sections and
  the citizenship exceptions in a preamble.
- labelled_blocks_citizenship_label_first_section_headings_address_default_preamble: Micron's labelled blocks
  (dev/labelled_blocks_micron.txt) with 'Citizenship:' the label right after 'Name:' (Power Corporation's labelled
  list, dev/labelled_list_power_corporation_2005.txt), underlined section headings (heldout134), the address
  said once in the preamble with a 'Business Address:' label only for the exceptions (Chittenden; heldout143's
  labelled family had no sections and both defaults in the preamble).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no citizenship
where options.citizenship is False; a default said once is each covered person's own value.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import Options, Roster, expected, printed_name
from relayout_heldout99 import _done, _lines, _numbered, _sentence, _wrap
from relayout_heldout137 import _centred, _citizen, _common
from relayout_heldout143 import _break, _runs, _shared_address


def _head(options: Options, title: str, org: str) -> list[str]:
    return ["<PAGE>" if options.markers else "", f"{title:^78}".rstrip(), ""] + \
        _centred(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]


def _citizenship_sentence(roster: Roster, lead: str) -> str:
    default = _common([p["citizenship"] for p in roster.people])
    others = [p for p in roster.people if p["citizenship"] != default]
    text = f"{lead} {_citizen(default)}"
    if others:
        text += ", except " + " and ".join(f"{p['name']}, who is {_citizen(p['citizenship'])}" for p in others)
    return _sentence(text)


def _address_postamble(roster: Roster, options: Options) -> list[str]:
    shared = _shared_address(roster)
    tail = ", except as follows:" if any(tuple(p["address"]) != shared for p in roster.people) else "."
    if shared:
        out = _wrap(f"     The business address of each of the persons named above is {', '.join(shared)}{tail}", 78)
    else:
        out = _wrap("     The business addresses of the persons named above are as follows:", 78)
    for person in roster.people:
        if tuple(person["address"]) != shared:
            out += ["    " + line for line in
                    _wrap(f"{printed_name(person, options)} -- {', '.join(person['address'])}", 70, "    ")]
    return out


# ---- 1. pipe cells under section headings, citizenship in the preamble, address last ---------------------------
def pipe_cells_section_headings_citizenship_default_preamble_address_last_column(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """Pipe cells '| Name | Position with <Org> | Principal Occupation | Business Address |' (St. Paul Travelers'
    HTML saved as text, dev/html_as_text_pipes_truncated_cells_st_paul_travelers.txt), one row of cells per person,
    titles joined '; ', address lines joined ', ', under centred 'DIRECTORS' / 'EXECUTIVE OFFICERS' headings wherever
    the kind changes (MSDW OIP, dev/text_sections_directors_officers_msdw_oip_2001.txt); the citizenship said once in
    the preamble with the exceptions named (Micron's 'All directors are United States citizens'; relayout_heldout128),
    none when options.citizenship is False. '1.' numbering; a '|---' row between entries when ruled; a page break
    ('<PAGE>' or form feed, 'A-2', the caption again when options.repeat_header) after the entry's row."""
    org = roster.organization
    lines = _head(options, "SCHEDULE A", org)
    pre = f"     The following table sets forth the name, position with {org}, principal occupation and business " \
          f"address of each director and executive officer of {_sentence(org)}"
    if options.citizenship:
        pre += " " + _citizenship_sentence(roster, "Each of the persons listed below is")
    lines += _wrap(pre, 78) + [""]
    caption = f"| Name | Position with {org} | Principal Occupation | Business Address |"
    for kind, first, people in _runs(roster):
        lines += [""] + _centred(kind.upper()) + ["", caption]
        for offset, person in enumerate(people):
            index = first + offset
            cells = [_numbered(index, printed_name(person, options), options), "; ".join(person["positions"]) or "--",
                     "; ".join(person["other_positions"]) or "--", ", ".join(person["address"])]
            lines.append("| " + " | ".join(cells) + " |")
            if options.rules:
                lines.append("|---|---|---|---|")
            if options.page_break_in == index:
                lines += _break(options, "A-2") + ([caption] if options.repeat_header else [])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. run-in prose under numbered sections, the address in a postamble ---------------------------------------
def run_in_prose_numbered_sections_address_postamble_exceptions(roster: Roster, options: Options) -> tuple[
        str, str, list[dict]]:
    """Chittenden's run-in prose (dev/prose_chittenden_corporation.txt): one indented paragraph per person, '<Name>
    is <titles> of <Org>.' then 'Present principal occupation: ...' when there is one and '<He or she> is a citizen
    of X.' (here 'The person is ...'), under Danaher's numbered section lines '1. DIRECTORS' / '2. EXECUTIVE
    OFFICERS' (dev/text_dotleader_twocol_history_danaher.txt); the business address said once after the list with the
    exceptions by name (National Grid's postamble, dev/text_stacked_name_title_lines_postamble_address_national_grid.
    txt; relayout_heldout143's EDGAR family). '(n)' before the name when numbered, a '*' row when ruled, a page break
    ('-2-') after the entry's paragraph."""
    org = roster.organization
    lines = _head(options, "ANNEX I", org)
    lines += _wrap(f"     Set forth below are the name, position with {org}, present principal occupation"
                   f"{' and citizenship' if options.citizenship else ''} of each director and executive officer of "
                   f"{org}; their business addresses follow the list.", 78) + [""]
    for number, (kind, first, people) in enumerate(_runs(roster), 1):
        lines += [f"{number}. {kind.upper()}", ""]
        for offset, person in enumerate(people):
            index = first + offset
            name = printed_name(person, options)
            name = f"({index + 1}) {name}" if options.numbered else name
            text = f"{name} is {' and '.join(person['positions'])} of {_sentence(org)}" if person["positions"] else \
                f"{name} is with {_sentence(org)}"
            if person["other_positions"]:
                text += f" Present principal occupation: {_sentence('; '.join(person['other_positions']))}"
            if options.citizenship and person["citizenship"]:
                text += f" The person is {_citizen(person['citizenship'])}."
            lines += _wrap("     " + text, 78) + [""]
            if options.rules:
                lines += ["*" * 20, ""]
            if options.page_break_in == index:
                lines += _break(options, "-2-")
    lines += _address_postamble(roster, options)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. stacked lines, the citizenship in a postamble -----------------------------------------------------------
def stacked_lines_name_titles_occupation_address_citizenship_postamble_exceptions(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """National Grid's stacked lines (dev/text_stacked_name_title_lines_postamble_address_national_grid.txt): the
    name on its own line, each title with the organisation on a line of its own, then the outside occupation lines,
    then the business address lines, a blank line between persons, no sections; the citizenship said once AFTER the
    list with the exceptions named (relayout_heldout137.pipe_cells_address_before_occupation_citizenship_postamble_
    exceptions), none when options.citizenship is False. '1.' when numbered, '-' rows when ruled, a page break
    ('Page 2') after the entry's name line."""
    org = roster.organization
    lines = _head(options, "SCHEDULE I", org)
    lines += _wrap(f"     The name, position with {org}, principal occupation and business address of each "
                   f"director and executive officer of {org} are set forth below.", 78) + [""]
    for index, person in enumerate(roster.people):
        lines += _wrap(_numbered(index, printed_name(person, options), options), 70, "   ")
        if options.page_break_in == index:
            lines += _break(options, "Page 2")
        lines += _lines([f"{t}, {org}" for t in person["positions"]], options.width + 20)
        lines += _lines(person["other_positions"], options.width + 20)
        lines += person["address"]
        lines += (["-" * 30] if options.rules else []) + [""]
    if options.citizenship:
        lines += _wrap("     " + _citizenship_sentence(roster, "Each of the persons listed above is"), 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. labelled blocks, citizenship right after the name, section headings, address default ---------------------
def labelled_blocks_citizenship_label_first_section_headings_address_default_preamble(roster: Roster,
                                                                                      options: Options) -> tuple[
        str, str, list[dict]]:
    """Micron's labelled blocks (dev/labelled_blocks_micron.txt: labels at the margin, values from column 37) with the
    'Citizenship:' label right after 'Name:' (Power Corporation's labelled list, dev/labelled_list_power_
    corporation_2005.txt), then 'Position:' (titles one a line) and 'Principal Occupation:'; underlined 'Directors' /
    'Executive Officers' headings wherever the kind changes (relayout_heldout134); the business address said once in
    the preamble (Chittenden, dev/prose_chittenden_corporation.txt) and a 'Business Address:' label only for the
    others; every block has its address when no two share one. 'n.' when numbered, '_' rows when ruled, a page break
    ('1-2') after the 'Name:' line."""
    org = roster.organization
    shared = _shared_address(roster)
    col = 37

    def label(name: str, values: list[str]) -> list[str]:
        out: list[str] = []
        for value in values:
            for piece in _wrap(value, options.width + 8, "  "):
                out.append(f"{name if not out else '':<{col}}{piece}")
        return out or [name]

    lines = _head(options, "EXHIBIT 1", org)
    pre = f"     The following is a list of all directors and executive officers of {_sentence(org)}"
    if shared:
        pre += f" Unless otherwise indicated below, the business address of each person is {_sentence(', '.join(shared))}"
    lines += _wrap(pre, 78) + [""]
    for kind, first, people in _runs(roster):
        lines += [kind, "-" * len(kind), ""]
        for offset, person in enumerate(people):
            index = first + offset
            entry = label("Name:", [_numbered(index, printed_name(person, options), options)])
            if options.page_break_in == index:
                entry += _break(options, "1-2")
            if options.citizenship and person["citizenship"]:
                entry += label("Citizenship:", [person["citizenship"]])
            entry += label("Position:", person["positions"] or ["--"])
            if person["other_positions"]:
                entry += label("Principal Occupation:", person["other_positions"])
            if tuple(person["address"]) != shared:
                entry += label("Business Address:", person["address"])
            lines += entry + (["_" * 40] if options.rules else []) + [""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "pipe_cells_section_headings_citizenship_default_preamble_address_last_column":
        pipe_cells_section_headings_citizenship_default_preamble_address_last_column,
    "run_in_prose_numbered_sections_address_postamble_exceptions":
        run_in_prose_numbered_sections_address_postamble_exceptions,
    "stacked_lines_name_titles_occupation_address_citizenship_postamble_exceptions":
        stacked_lines_name_titles_occupation_address_citizenship_postamble_exceptions,
    "labelled_blocks_citizenship_label_first_section_headings_address_default_preamble":
        labelled_blocks_citizenship_label_first_section_headings_address_default_preamble,
}

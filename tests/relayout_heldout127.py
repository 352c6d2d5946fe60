"""Held-out re-layout families, hundred-and-twenty-seventh set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (18:08-18:20 UTC by `date`) by helper session gather127 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS, each printing the other persons the way one
real roster (tests/data/rosters_real/dev/) prints its own, with only the small differences two law firms' filings
show. The rosters: counted by family bullet over the close-variant sets (23 ... 124, siblings together), no roster
is below four; of those at four the ones last used longest ago: IDT (23, 44, 73, 97), Trilogy (41, 41, 73, 100),
and of the three last used at 103 (Harvard, National Grid, Refac) Harvard and Refac:

- idt_exhibit_7_as_of_heading_position_occupation_stacked_address: IDT's Exhibit 7 EDGAR table Name | Position |
  Principal Occupation | Business Address, the occupation column repeating the titles where there is no outside one
  (the real's), the address stacked one line a line, the 'AS OF' heading and the real preamble's citizenship
  sentence, here 'EXHIBIT 99.3', widths 26 | 28 | width | rest.
- trilogy_pipe_cells_director_officer_flags_address_citizenship: Trilogy's 2009 Schedule I saved as text, '|' before
  every cell, one cell a line: Name | Director | Executive Officer | Present Principal Occupation or Employment
  (Yes/No flags, the occupation '<titles> of <Org>; and <outside>'), here with Business Address and Citizenship
  cells too and one table only.
- harvard_name_office_position_underlined_labels_address_column: Harvard's Exhibit A, underlined labels, 'Name' at
  the margin and 'Office/Position' at column 37, a blank line between persons, the default address in the
  preamble ('If no business address is given ...'), here with a third column for the outside occupation and a
  fourth for an address other than the default, the citizenship sentence after the table.
- refac_name_comma_titles_under_dashed_rows_occupation_address: Refac's Exhibit 99.2 'Name and Title' | 'Occupation
  and Business Address' table, the name with a comma and the titles wrapped under it, the occupation '<titles> of
  <Org>' (or the outside one) and, here, the address lines where not the default, a full-width hyphen line after
  every row.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Not yet measured.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import textwrap

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _wrap_rows,
    centre,
    expected,
    is_director,
    printed_name,
    wrap_lines,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default


def _people(roster: Roster, options: Options, by_default: bool) -> list[dict]:
    return [expected(p, roster.organization, options,
                     **(_citizenship_by_default(p, roster, options) if by_default else {})) for p in roster.people]


def _shared_address(roster: Roster) -> list[str]:
    default = _default_address(roster)
    return default if sum(p["address"] == default for p in roster.people) > 1 else []


def _page(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _and(items: list[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    if any("," in item or " and " in item for item in items):
        return "; ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _citizens_sentence(roster: Roster, start: str) -> str:
    default, country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, country, default)]
    return f"{start} {_is_citizen(default)}" + (f", other than {_named_exceptions(others)}." if others else ".")


# ---- 1. IDT: Exhibit 7 table, position and occupation columns, address stacked -------------------------------------
def idt_exhibit_7_as_of_heading_position_occupation_stacked_address(roster: Roster,
                                                                    options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's 2001 Exhibit 7 (dev/text_fixed4col_position_occupation_idt_corporation.txt): the
    exhibit word at the margin, a centred two-line heading 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG> AS OF
    <DATE>', the real preamble ('The name, position, principal occupation and business address of each executive
    officer and director of <Org> is set forth below. Unless otherwise indicated, each occupation set forth opposite
    an executive officer's name refers to employment with <Org>. Each person listed below is a citizen of X, other
    than A, who is ....'), then a <TABLE> whose <CAPTION> labels 'Name' | 'Position' | 'Principal Occupation' |
    'Business Address' are underlined by hyphens of their own length: the name, the titles joined 'A and B'
    wrapping, the outside occupations '; '-joined wrapping (where none the titles again, the real's), the address one line a
    line; a blank line after each row. Here 'EXHIBIT 99.3', widths 26 | 28 | width + 2 | rest (the real 28 | 30 |
    32). Variants: '1.' before the name; 'SURNAME, Given'; a hyphen line after each row when ruled; no tags without
    markers; without citizenship the sentence left out; a page break after a row: '</TABLE>', '<PAGE>' (form feed),
    '2' centred and the caption again if the header repeats."""
    org = roster.organization
    widths = [26, 28, options.width + 2, 40]
    labels = ["Name", "Position", "Principal Occupation", "Business Address"]
    caption = ["".join(f"{label:<{w}}" for label, w in zip(labels, widths)),
               "".join(f"{'-' * len(label):<{w}}" for label, w in zip(labels, widths))]
    marks = "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths))
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([marks] if options.markers else [])
    lines = ["EXHIBIT 99.3", "", "", centre("DIRECTORS AND EXECUTIVE OFFICERS OF")]
    lines += [centre(line) for line in wrap_lines(f"{org.upper()} AS OF MARCH 14, 2003", 70)] + [""]
    text = (f"The name, position, principal occupation and business address of each executive officer and director "
            f"of {org} is set forth below. Unless otherwise indicated, each occupation set forth opposite an "
            f"executive officer's name refers to employment with {org}.")
    if options.citizenship:
        text += " " + _citizens_sentence(roster, "Each person listed below is")
    lines += textwrap.wrap(text, 78, initial_indent=" " * 9, break_on_hyphens=False) + [""]
    lines += head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        titles = wrap_lines(_and(person["positions"]), widths[1] - 2)
        occupation = wrap_lines("; ".join(person["other_positions"]), widths[2] - 2) if person["other_positions"] \
            else titles
        cells = [wrap_lines(name, widths[0] - 2), titles, occupation, person["address"]]
        lines += _wrap_rows(cells, widths) + ["-" * 110 if options.rules else ""]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", _page(options), centre("2"), ""]
            lines += head if options.repeat_header else (["<TABLE>", marks] if options.markers else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 2. Trilogy: pipe cells one a line, Yes/No flag columns ---------------------------------------------------------
def trilogy_pipe_cells_director_officer_flags_address_citizenship(roster: Roster,
                                                                  options: Options) -> tuple[str, str, list[dict]]:
    """After Trilogy, Inc.'s 2009 Schedule I as saved to text
    (dev/html_as_text_pipes_yes_no_flag_columns_three_tables_trilogy_2009.txt): every cell on a line of its own with
    '|' before it, the header cells '|Name' '|Director' '|Executive' / 'Officer' (the real breaks the label after
    'Executive', its '|Executive' line before '|Name') and '|Present Principal Occupation or Employment', then per
    person the name, 'Yes'/'No' whether a director, 'Yes'/'No' whether an officer (any other title), the occupation
    ('A and B of <Org>; and <outside>', the real way; a '|' line alone then the text below it, as the real prints
    it). Here one table only, headed 'SCHEDULE I' / 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', and two more cells
    'Business Address' (the lines ', '-joined) and 'Citizenship' (labels of other real rosters). Variants: '1.'
    before the name; 'SURNAME, Given'; a '|' line alone after each person when ruled; no Citizenship cells without
    citizenship; a page break after a person: '<PAGE>' (form feed), 'I-2' and the header cells again if the header
    repeats."""
    org = roster.organization
    header = ["|Executive", "|Name", "|Director", "|Officer", "|Present Principal Occupation or Employment",
              "|Business Address"] + (["|Citizenship"] if options.citizenship else [])
    lines = ["SCHEDULE I", *wrap_lines(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 76),
             f"The following table sets forth the name, business address, present principal occupation or "
             f"employment{' and citizenship' if options.citizenship else ''} of each director and executive officer "
             f"of {org}.", *header]
    for index, person in enumerate(roster.people):
        director = is_director(person)
        officer = any(title != "Director" for title in person["positions"])
        parts = ([f"{_and(person['positions'])} of {org}"] if person["positions"] else []) + \
            person["other_positions"]
        occupation = "; and ".join(parts) if parts else "None"
        lines += ["|" + (f"{index + 1}. " if options.numbered else "") + printed_name(person, options),
                  "|" + ("Yes" if director else "No"), "|" + ("Yes" if officer else "No"), "|", occupation,
                  "|" + ", ".join(person["address"])]
        if options.citizenship:
            lines.append("|" + person["citizenship"])
        if options.rules and index < len(roster.people) - 1:
            lines.append("|")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", _page(options), "I-2", ""] + (header if options.repeat_header else [])
    return ".txt", _done(lines), _people(roster, options, by_default=False)


# ---- 3. Harvard: Name / Office/Position underlined labels, the default address in the preamble ---------------------
def harvard_name_office_position_underlined_labels_address_column(roster: Roster,
                                                                  options: Options) -> tuple[str, str, list[dict]]:
    """After President and Fellows of Harvard College's Exhibit A (dev/text_name_office_harvard_college.txt):
    '<PAGE>', centred 'EXHIBIT A' and 'Directors and Executive Officers', the real preamble ('The names of the
    directors and executive officers of <Org> and their business addresses and present principal occupation or
    employment are set forth below. If no business address is given, the business address of such director or
    executive officer is <default>.'), the real sub-heading '<Title-case words> of <Org>' underlined by hyphens, the
    labels underlined by hyphens of their own length ('Name' at the margin, 'Office/Position' at column 37), one
    person a row and a blank line between rows (the real's), the titles joined 'A and B' wrapping. Here two more columns,
    'Principal Occupation' (outside occupations '; '-joined, wrapping) at 67 and 'Business Address' (only where not the default,
    one line a line) at width + 67, and after the table 'Each of the persons named above is a citizen of X, other
    than A, who is ....'. Variants: '1.' before the name; 'SURNAME, Given'; a hyphen line between rows when ruled;
    the citizenship sentence left out without citizenship; a page break after a row: a centred 'Page 7 of 8 Pages',
    '<PAGE>' (form feed) and the labels again if the header repeats."""
    org = roster.organization
    default = _shared_address(roster)
    widths = [36, 30, options.width + 4, 40]
    labels = ["Name", "Office/Position", "Principal Occupation", "Business Address"]
    head = ["".join(f"{label:<{w}}" for label, w in zip(labels, widths)),
            "".join(f"{'-' * len(label):<{w}}" for label, w in zip(labels, widths)), ""]
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("EXHIBIT A"), "",
                                                           centre("Directors and Executive Officers"), ""]
    text = (f"The names of the directors and executive officers of {org} and their business addresses and present "
            f"principal occupation or employment are set forth below.")
    if default:
        text += (" If no business address is given, the business address of such director or executive officer is "
                 + _full_stop(", ".join(default)))
    lines += textwrap.wrap(text, 79, initial_indent=" " * 5, break_on_hyphens=False) + [""]
    sub = f"Directors and Executive Officers of {org}"
    lines += [sub, "-" * len(sub), ""] + head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        occupation = wrap_lines("; ".join(person["other_positions"]), widths[2] - 2) if person["other_positions"] \
            else []
        address = [] if person["address"] == default else person["address"]
        titles = wrap_lines(_and(person["positions"]), widths[1] - 2)
        lines += _wrap_rows([wrap_lines(name, widths[0] - 2), titles, occupation, address], widths)
        if index < len(roster.people) - 1:
            lines += ["-" * 20, ""] if options.rules else [""]
            if options.page_break_in == index:
                lines += ["", centre("Page 7 of 8 Pages"), _page(options), ""] + (head if options.repeat_header
                                                                                 else [])
    if options.citizenship:
        lines += [""] + textwrap.wrap(_citizens_sentence(roster, "Each of the persons named above is"), 79,
                                      initial_indent=" " * 5, break_on_hyphens=False)
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 4. Refac: Name and Title | Occupation and Business Address, a hyphen line after every row ----------------------
def refac_name_comma_titles_under_dashed_rows_occupation_address(roster: Roster,
                                                                 options: Options) -> tuple[str, str, list[dict]]:
    """After Refac's Exhibit 99.2 (dev/text_twocol_nametitle_dashed_refac.txt): the exhibit word at the margin, the
    heading indented 12 ('Identity and Background of <Org> Officers and Directors', the real's), the real preamble
    (no conviction or civil proceeding, 'Unless otherwise specified, the business address of each person is
    <default>.'), a <TABLE> with a full-width hyphen line, the labels 'Name and Title' (margin) and 'Occupation and
    Business Address' (column 50) and another hyphen line, then per person: the name (with a comma where titles
    follow, the real's) and the titles ', '/'and'-joined wrapping under it; at column 50 the occupation ('<titles>
    of <Org>', or the outside occupations '; '-joined, the real's) wrapping at width + 12, then (here) the address
    lines where not the default; a full-width hyphen line after every row (the real's). Here 'Exhibit 1', the labels
    above the <CAPTION> kept, 'Citizenship' after the name line where not the default citizenship and the default in
    the preamble. Variants: '1.' before the name; 'SURNAME, Given'; an '=' line instead of hyphens when ruled; no
    tags without markers; without citizenship no citizenship printed; a page break after a row: '</TABLE>',
    '<PAGE>' (form feed), '2' centred and the labels again if the header repeats."""
    org = roster.organization
    default = _shared_address(roster)
    d_cit, country = _most_common_citizenship(roster)
    rule = ("=" if options.rules else "-") * 100
    head = ([rule, f"{'Name and Title':<50}Occupation and Business Address", rule]
            + (["<CAPTION>", "", f"{'<S>':<50}<C>"] if options.markers else []))
    lines = ["Exhibit 1", "", "", " " * 12 + f"Identity and Background of {org} Officers and Directors", "", ""]
    text = ("During the last five years, no person set forth below: (i) has been convicted in a criminal proceeding "
            "(excluding traffic violations or similar misdemeanors) or (ii) was party to a civil proceeding "
            "described in Item 2 of Schedule 13D.")
    if default:
        text += " Unless otherwise specified, the business address of each person is " + _full_stop(", ".join(default))
    if options.citizenship:
        text += " Unless otherwise specified, each person is " + _full_stop(_is_citizen(d_cit))
    lines += textwrap.wrap(text, 79, initial_indent=" " * 9, break_on_hyphens=False) + [""]
    lines += (["<TABLE>", ""] if options.markers else []) + head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        left = [name + ("," if person["positions"] else "")]
        if person["positions"]:
            left += wrap_lines(_and(person["positions"]), 40)
        if options.citizenship and not _covered(person, country, d_cit):
            left.append(f"Citizenship: {person['citizenship']}")
        occupation = "; ".join(person["other_positions"]) or \
            (f"{_and(person['positions'])} of {org}" if person["positions"] else "")
        right = wrap_lines(occupation, options.width + 12) if occupation else []
        if person["address"] != default:
            right += person["address"]
        lines += _wrap_rows([left, right], [50, options.width + 14]) + [rule]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", _page(options), centre("2"), ""]
            lines += (["<TABLE>"] if options.markers else []) + (head if options.repeat_header else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _people(roster, options, by_default=True)


FAMILIES = {
    "idt_exhibit_7_as_of_heading_position_occupation_stacked_address":
        idt_exhibit_7_as_of_heading_position_occupation_stacked_address,
    "trilogy_pipe_cells_director_officer_flags_address_citizenship":
        trilogy_pipe_cells_director_officer_flags_address_citizenship,
    "harvard_name_office_position_underlined_labels_address_column":
        harvard_name_office_position_underlined_labels_address_column,
    "refac_name_comma_titles_under_dashed_rows_occupation_address":
        refac_name_comma_titles_under_dashed_rows_occupation_address,
}

"""Held-out re-layout families, seventy-third set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (08:57-09:02 UTC by `date`) by helper session gather73 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring; the real files are listed in tests/data/rosters_real/SOURCES.md),
printing the other persons the way that filing prints its own, with only the small differences two law firms'
filings show (widths, label words, heading and preamble wording, name order and case, numbering, page breaks):

- yes_no_flag_rows_occupation_after_bar: Trilogy's 2009 Exhibit 99.1 as saved from HTML to text: '|' cells, the
  name on its own '|' line, a Yes/No cell per body, then an empty '|' line and the occupation on the next line;
  one table; the default address and citizenship in the preamble with every exception named there.
- present_position_occupation_address_table: IDT Corporation's Exhibit 7, an EDGAR <TABLE> Name | Present Position |
  Present Principal Occupation | Business Address, each label underlined by its own dashes, the titles joined
  'A and B' wrapping in the position cell, an insider's titles repeated as his occupation, the address stacked.
- directors_officers_title_lists_notes_after: MSDW OIP Investors' 2004 Exhibit 3, 'DIRECTORS  TITLE' and 'OFFICERS
  TITLE' name lists without table tags (a person on both in both), the defaults in the preamble, each person's own
  occupation, address or citizenship in a paragraph after the lists.
- name_address_offices_defined_term_phrase: ConAgra Foods' Schedule I, no header, the name over its address lines
  | '<A, B and C> of <Term>' wrapping from column 39, a blank line between persons, the real defined-term preamble.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order, the address
whole; where a preamble gives the default citizenship, that default as printed on the persons it covers; no
citizenship where options.citizenship is False (none is printed then).

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
    edgar_marks,
    expected,
    is_director,
    printed_name,
    wrap_lines,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout38 import _defined_term
from relayout_heldout41 import _bodies, _flag_label, _trilogy_occupation


def _people(roster: Roster, options: Options) -> list[dict]:
    """Every person's expected values in roster order; the preamble's default citizenship where it covers him."""
    return [expected(p, roster.organization, options, **_citizenship_by_default(p, roster, options))
            for p in roster.people]


def _exceptions(roster: Roster) -> list[dict]:
    default, country = _most_common_citizenship(roster)
    return [p for p in roster.people if not _covered(p, country, default)]


def _shared_address(roster: Roster) -> list[str]:
    """The address two or more persons share (the most common), else none."""
    default = _default_address(roster)
    return default if sum(p["address"] == default for p in roster.people) > 1 else []


def _joined(titles: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'; '; ' between titles where one holds a comma or an 'and' of its own."""
    if any("," in t or " and " in t for t in titles):
        return "; ".join(titles)
    if len(titles) < 3:
        return " and ".join(titles)
    return ", ".join(titles[:-1]) + " and " + titles[-1]


def _page(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


def _paragraph(text: str, width: int = 80, first: int = 0) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=" " * first, break_long_words=False, break_on_hyphens=False)


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


# ---- 1. Trilogy 2009: '|' cells, the occupation after an empty '|' line ------------------------------------------
def yes_no_flag_rows_occupation_after_bar(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Trilogy, Inc. / Versata Enterprises, Inc. Exhibit 99.1 of 2009 (tests/data/rosters_real/dev/
    html_as_text_pipes_yes_no_flag_columns_three_tables_trilogy_2009.txt, sec.gov https://www.sec.gov/Archives/edgar/
    data/945989/000136231009002019/c81090exv99w1.htm) as that file prints it: the HTML saved as text, the header
    cells one a '|' line ('|Executive' above '|Name', '|Director', '|Officer', '|Present Principal Occupation or
    Employment'), then per person the name on its own '|' line, a '|Yes' or '|No' line per body, an empty '|' line
    and the occupation on the next line without a bar: the titles no flag says, Trilogy's joining ('A, B, and C of
    <Org>; and <outside>'), '--' for nothing. Varies from gather41's two Trilogy families (the HTML table
    `html_yes_no_flags_preamble_exceptions`; the 2008 text save `pipe_cells_footnotes_after_each_table` with the name
    after an empty '|' line, footnote marks and notes after each table): the 2009 text save's own cell order, ONE
    table under 'Schedule I' / 'Directors and Executive Officers of <Org>', a preamble giving the default business
    address and citizenship and naming every exception in sentences ('The business address of A is ....'; '..., except
    B, who is a citizen of Canada.'). Variants: '1.' before the name; 'SURNAME, Given'; a blank line after each row
    when ruled; a page break (options.page_break_in) after that person's row: '<PAGE>' (a form feed without markers),
    '2' and the header cells again if the header repeats."""
    org = roster.organization
    bodies = _bodies(roster)
    labels = [_flag_label(b) for b in bodies]
    tops = [" ".join(label.split()[:-1]) for label in labels]
    header = [f"|{t}" for t in tops if t] + ["|Name"] + [f"|{label.split()[-1]}" for label in labels] + [
        "|Present Principal Occupation or Employment"]
    shared = _shared_address(roster)
    default, _ = _most_common_citizenship(roster)
    others = _exceptions(roster)
    preamble = (f"Set forth below are the name and present principal occupation or employment of each director and "
                f"executive officer of {_full_stop(org)}")
    if shared:
        preamble += f" Unless otherwise indicated, the business address of each such person is {_full_stop(', '.join(shared))}"
    for person in roster.people:
        if person["address"] != shared:
            preamble += f" The business address of {person['name']} is {_full_stop(', '.join(person['address']))}"
    if options.citizenship:
        preamble += " Each such person is " + _is_citizen(default) + (
            f", except {_named_exceptions(others)}." if others else ".")
    lines = ["Schedule I", "", f"Directors and Executive Officers of {org}", "", preamble, "", *header]
    for index, person in enumerate(roster.people):
        flagged = {label.casefold() for body, label in zip(bodies, labels) if body in person["bodies"]}
        occupation = _trilogy_occupation(person, org, flagged) or "--"
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        lines += [f"|{name}"] + [f"|{'Yes' if body in person['bodies'] else 'No'}" for body in bodies]
        lines += ["|", occupation]
        if options.rules:
            lines.append("")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", _page(options), "2", ""] + (header if options.repeat_header else [])
    return ".txt", _done(lines), _people(roster, options)


# ---- 2. IDT Corporation: Name | Present Position | Present Principal Occupation | Business Address ---------------
def present_position_occupation_address_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1086472/000089183601500310/exh7.txt):
    'EXHIBIT 2' at the left margin, the centred 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>', IDT's preamble
    (first line indented nine: 'The name, position, principal occupation and business address of each executive
    officer and director of <Org> is set forth below. Unless otherwise indicated, each occupation set forth opposite
    an executive officer's name refers to employment with <Org>. Each person listed below is a citizen of ..., other
    than A, who is ....'), then an EDGAR <TABLE><CAPTION> of one-line labels each underlined by its own dashes, <S>/<C>
    right under them: Name | Present Position | Present Principal Occupation | Business Address; the titles joined
    'A, B and C' and wrapping in the position cell (the real 'Chairman of the Board and' / 'Treasurer'), the
    occupation cell the outside occupations ('; ') or, for a person without one, his titles again (the real way);
    the address lines stacked; a blank line between persons. Varies from gather44's
    `position_lines_occupation_repeat_table` ('EXHIBIT C', 'Position(s)' and 'Principal Occupation', one title a
    line, 'a.' lettering) in the label words, the joined titles, the widths (28 | 30 | options.width + 2 | 30) and
    the '(1)' numbering; from gather23's `edgar_position_occupation_table` (IDT Nevada, two-line caption words,
    'SCHEDULE II') in the heading, one-line labels and numbering. Variants: '(1)' before the name; 'SURNAME, Given';
    a dashed rule between persons when ruled; no tags without markers; a page break (options.page_break_in) after
    that person's row closing the table, '<PAGE>' (a form feed without markers), '2' centred and the table reopened
    with its caption if the header repeats."""
    org = roster.organization
    default, _ = _most_common_citizenship(roster)
    others = _exceptions(roster)
    widths = [28, 30, options.width + 2, 30]
    labels = ["Name", "Present Position", "Present Principal Occupation", "Business Address"]
    caption = ["".join(f"{label:<{w}}" for label, w in zip(labels, widths)).rstrip(),
               "".join(f"{'-' * len(label):<{w}}" for label, w in zip(labels, widths)).rstrip()]
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + (
        [edgar_marks(widths)] if options.markers else [])
    preamble = (f"The name, position, principal occupation and business address of each executive officer and "
                f"director of {org} is set forth below. Unless otherwise indicated, each occupation set forth "
                f"opposite an executive officer's name refers to employment with {_full_stop(org)}")
    if options.citizenship:
        preamble += f" Each person listed below is {_is_citizen(default)}" + (
            f", other than {_named_exceptions(others)}." if others else ".")
    lines = ["EXHIBIT 2", "", "", centre("DIRECTORS AND EXECUTIVE OFFICERS OF")]
    lines += [centre(line) for line in wrap_lines(org.upper(), 60)] + [""]
    lines += _paragraph(preamble, 80, 9) + [""] + head
    for index, person in enumerate(roster.people):
        titles = _joined(person["positions"])
        occupation = "; ".join(person["other_positions"]) or titles or "--"
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        lines += _wrap_rows([wrap_lines(name, widths[0] - 2), wrap_lines(titles or "--", widths[1] - 2),
                             wrap_lines(occupation, widths[2] - 2), person["address"] or ["--"]], widths)
        last = index == len(roster.people) - 1
        if not last:
            lines.append("-" * (sum(widths) - 2) if options.rules else "")
        if options.page_break_in == index and not last:
            lines += (["</TABLE>"] if options.markers else []) + ["", _page(options), centre("2"), ""] + (
                head if options.repeat_header else (["<TABLE>", edgar_marks(widths)] if options.markers else []))
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. MSDW OIP 2004: 'DIRECTORS  TITLE' / 'OFFICERS  TITLE' lists, the exceptions after them ---------------------
def directors_officers_title_lists_notes_after(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MSDW OIP Investors, Inc.'s Exhibit 3 of 2004 (tests/data/rosters_real/dev/text_sections_directors_
    officers_msdw_oip_2004.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1065860/000095012304000402/
    y93268a1exv99w3.txt): '<PAGE>', a centred 'SCHEDULE 1' and the real title's order 'EXECUTIVE OFFICERS AND
    DIRECTORS OF <ORG>', MSDW's preamble flush left ('The names of the Directors and the names and titles of the
    Executive Officers of <Org> ("<Term>") are set forth below. If no address is given below, the Director's or
    Executive Officer's business address is that of <Term> at .... Unless otherwise indicated below, each title set
    forth opposite an individual's name refers to <Term>, each individual's principal occupation is his or her
    position with <Term> and each individual is a citizen of ....'), then the real two lists without table tags:
    the section line '             DIRECTORS                        TITLE', a blank line, one line per person
    (name at 9, title at 44, the titles joined 'A, B and C' wrapping under themselves), no blank line between; then
    '             OFFICERS ...' likewise; a person on both lists in both (his director titles there, his other titles
    here; nothing beside his name where a side has none). After the lists, one paragraph per person whose
    occupation, address or citizenship the preamble does not give ('The principal occupation of <Name> is ....', 'The
    business address of <Name> is ....', '<Name> is a citizen of Canada.'; Forstmann Little's way). Varies from
    gather29's `title_sections_preamble_defaults` (2004: 'SCHEDULE B', 'POSITION', the address under the name) and
    gather44's `sections_name_title_lists_preamble_defaults` (2001: 'EXHIBIT 99.4', 'EXECUTIVE OFFICERS' section,
    names at 5 and titles at 45, no occupation printed, the address under the name): the real section words and
    columns, the real title order, 'SCHEDULE 1', every exception in a paragraph after the lists, the outside
    occupations printed. Variants: '1.' before the name (the roster's number, the same on both lists); 'SURNAME,
    Given'; the section labels underlined by dashes when ruled; a page break (options.page_break_in) after that
    person's first line in the lists: '<PAGE>' (a form feed without markers), '2' centred and the section line
    again with '(continued)' if the header repeats and the section goes on."""
    org = roster.organization
    term = _defined_term(org)
    shared = _shared_address(roster)
    default, country = _most_common_citizenship(roster)
    preamble = (f"The names of the Directors and the names and titles of the Executive Officers of {org} "
                f"(\"{term}\") are set forth below.")
    if shared:
        preamble += (f" If no address is given below, the Director's or Executive Officer's business address is "
                     f"that of {term} at {_full_stop(', '.join(shared))}")
    preamble += (f" Unless otherwise indicated below, each title set forth opposite an individual's name refers to "
                 f"{term}, each individual's principal occupation is his or her position with {term}" +
                 (f" and each individual is {_is_citizen(default)}." if options.citizenship else "."))
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("SCHEDULE 1"), ""]
    lines += [centre(line) for line in wrap_lines(f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}", 70)] + [""]
    lines += _paragraph(preamble) + [""]
    directors = [(i, p, _joined([t for t in p["positions"] if "director" in t.lower() or "trustee" in t.lower()]))
                 for i, p in enumerate(roster.people) if is_director(p)]
    officers = [(i, p, _joined([t for t in p["positions"] if not ("director" in t.lower() or "trustee" in t.lower())]))
                for i, p in enumerate(roster.people)
                if not is_director(p) or any(not ("director" in t.lower() or "trustee" in t.lower())
                                             for t in p["positions"])]
    sections = [(label, rows) for label, rows in (("DIRECTORS", directors), ("OFFICERS", officers)) if rows]
    total = sum(len(rows) for _, rows in sections)
    printed, broken = 0, False
    title_width = max(30, options.width)

    def section_line(label: str) -> list[str]:
        out = [f"{'':13}{label:<33}TITLE"]
        if options.rules:
            out.append(f"{'':13}{'-' * len(label):<33}-----")
        return out + [""]

    for label, rows in sections:
        lines += section_line(label)
        for place, (index, person, titles) in enumerate(rows):
            name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
            lines += _wrap_rows([wrap_lines(name, 33), wrap_lines(titles, title_width)], [35, title_width], " " * 9)
            printed += 1
            if options.page_break_in == index and not broken and printed < total:
                broken = True
                lines += ["", _page(options), centre("2"), ""] + (
                    section_line(f"{label} (continued)") if options.repeat_header and place + 1 < len(rows) else [])
        lines.append("")
    for person in roster.people:
        said = []
        if person["other_positions"]:
            said.append(f"The principal occupation of {person['name']} is "
                        f"{_full_stop('; '.join(person['other_positions']))}")
        if person["address"] != shared:
            said.append(f"The business address of {person['name']} is {_full_stop(', '.join(person['address']))}")
        if options.citizenship and not _covered(person, country, default):
            said.append(f"{person['name']} is {_is_citizen(person['citizenship'])}.")
        if said:
            lines += _paragraph(" ".join(said)) + [""]
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. ConAgra Foods: the name over its address | '<A, B and C> of <Term>' ----------------------------------------
def name_address_offices_defined_term_phrase(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra Foods, Inc.'s Schedule I (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_foods.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/802481/000090044003000019/sch1.txt): the real 'SCHEDULE I' at the
    margin, the real preamble (first line indented nine: 'The executive officers and directors of <Org> ("<Term>") (the
    "Individuals") (the real '<Org>'s ("<Term>") executive officers ...' reworded so as not to glue a possessive to
    the name) and the information required by Item 2 of Schedule 13D are listed below, along with the offices
    held by such Individual. Unless otherwise indicated, the business address for each Individual is .... Each
    Individual is a citizen of ..., except A, who is ....'), no table tags and no column header: the name indented
    six over EVERY person's address lines, and from column 39 (further right where an address line is longer) the offices as one phrase '<A, B and C> of <Term>' (the
    real 'Chairman of the Board and' / 'Chief Executive Officer of ConAgra Foods'), then '; ' and the outside
    occupations, wrapping at options.width + 4; a blank line between persons. Varies from gather24's
    `indented_name_address_offices` ('SCHEDULE A', reworded preamble, '<titles> of <Org>' from column 40, '(1)'
    numbering) in the real heading and preamble words, the defined term in the office phrase, the column and the
    numbering; from gather44's `justified_preamble_name_address_term_titles` ('SCHEDULE B', a justified preamble,
    one '<Title> of <Term>' line per title, '(a)' lettering) in the one joined phrase, the preamble, the heading and
    the numbering. Variants: '1.' before the name; 'SURNAME, Given'; a hyphen rule between persons when ruled; a page
    break (options.page_break_in) after that person's block: three blank lines, '<PAGE>' (a form feed without
    markers), two blank lines and 'SCHEDULE I (continued)' if the header repeats."""
    org = roster.organization
    term = _defined_term(org)
    shared = _shared_address(roster)
    default, _ = _most_common_citizenship(roster)
    others = _exceptions(roster)
    preamble = (f"The executive officers and directors of {org} (\"{term}\") (the \"Individuals\") and the information "
                f"required by Item 2 of Schedule 13D are listed below, along with the offices held by such "
                f"Individual.")
    if shared:
        preamble += (f" Unless otherwise indicated, the business address for each Individual is "
                     f"{_full_stop(', '.join(shared))}")
    if options.citizenship:
        preamble += f" Each Individual is {_is_citizen(default)}" + (
            f", except {_named_exceptions(others)}." if others else ".")
    lines = ["SCHEDULE I", ""] + _paragraph(preamble, 80, 9) + [""]
    names = [wrap_lines((f"{i + 1}. " if options.numbered else "") + printed_name(p, options), 31)
             for i, p in enumerate(roster.people)]
    column = max([33] + [len(line) + 2 for i, p in enumerate(roster.people) for line in names[i] + p["address"]])
    for index, person in enumerate(roster.people):
        offices = f"{_joined(person['positions'])} of {term}" if person["positions"] else ""
        phrase = "; ".join(([offices] if offices else []) + person["other_positions"]) or "--"
        left = names[index] + person["address"]
        lines += _wrap_rows([left, wrap_lines(phrase, options.width + 4)], [column, options.width + 4], " " * 6)
        last = index == len(roster.people) - 1
        if not last:
            lines.append(" " * 6 + "-" * 60 if options.rules else "")
        if options.page_break_in == index and not last:
            lines += ["", "", "", _page(options), "", ""] + (["SCHEDULE I (continued)", ""]
                                                             if options.repeat_header else [])
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {
    "yes_no_flag_rows_occupation_after_bar": yes_no_flag_rows_occupation_after_bar,
    "present_position_occupation_address_table": present_position_occupation_address_table,
    "directors_officers_title_lists_notes_after": directors_officers_title_lists_notes_after,
    "name_address_offices_defined_term_phrase": name_address_offices_defined_term_phrase,
}

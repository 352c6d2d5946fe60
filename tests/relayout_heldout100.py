"""Held-out re-layout families, hundredth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:30-12:35 UTC by `date`) by helper session gather100 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring), printing the other persons the way that filing prints its own,
with only the small differences two law firms' filings show (widths, label words, heading and preamble wording, name
order and case, numbering, separators, page breaks). Rosters: after gather97 every roster of the earlier
close-variant sets has been used three times or more; of those used three times, the ones whose last use is the
oldest: MSDW (gather29, 44, 73), Trilogy (gather41, 41, 73), AIG (gather24, 47, 76) and Power Corporation (gather23,
47, 76):

- msdw_2001_title_lists_footnoted_exceptions: MSDW's 2001 Exhibit 3, its real columns and mixed-case 'Title'
  label, the defaults in the preamble, a footnote mark on the name of each person the preamble does not cover and
  numbered notes after the lists.
- trilogy_flag_cells_second_table_address_citizenship: Trilogy's 2009 Exhibit 99.1 saved as text, the Yes/No flag
  table, then a second table of '|' cells (as the real file has several) giving each person's address and
  citizenship; no defaults in the preamble.
- aig_dotted_exhibit_four_columns_citizens_after: AIG's 2006 Exhibit A, the dots, 'EXHIBIT A', a bare <S>/<C>
  <TABLE> name | titles | outside occupation | address, the citizenship in one sentence after the table.
- power_corp_roman_keys_real_order_joined_titles: Power Corporation's 2006 Exhibit A, keys (i)-(v) in the real
  order with values at column 8, the titles joined in (ii), the occupation in (iv), the address lines in (v).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Expected everywhere: every person's own values (relayout.expected()) in roster order; where a preamble or a sentence
gives the default citizenship, that default as printed on the persons it covers; no citizenship where
options.citizenship is False (none is printed then).

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
from relayout_heldout38 import _defined_term
from relayout_heldout41 import _bodies, _flag_label, _trilogy_occupation


def _by_default(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options, **_citizenship_by_default(p, roster, options))
            for p in roster.people]


def _own(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


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


def _is_seat(title: str) -> bool:
    return "director" in title.lower() or "trustee" in title.lower()


def _page(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


def _paragraph(text: str, width: int = 80, first: int = 0, indent: int = 0) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=" " * first, subsequent_indent=" " * indent,
                         break_long_words=False, break_on_hyphens=False)


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


# ---- 1. MSDW 2001: DIRECTORS / Title and OFFICERS / Title lists, footnoted exceptions ----------------------------
def msdw_2001_title_lists_footnoted_exceptions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MSDW OIP Investors, Inc.'s 2001 Exhibit 3 (tests/data/rosters_real/dev/text_sections_directors_officers_
    msdw_oip_2001.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1065860/000102140801506959/dex993.txt):
    '<PAGE>', a centred exhibit line underlined by dashes ('ANNEX A' here), the real two-line centred title
    'EXECUTIVE OFFICERS AND DIRECTORS OF' / '<ORG>', MSDW's preamble ('The names of the Directors and the names and
    titles of the Executive Officers of <Org> ("<Term>") are set forth below. If no address is given, the
    Director's or Executive Officer's business address is that of <Term> at <shared>. Unless otherwise indicated,
    each title set forth opposite an individual's name refers to <Term> and each individual is a citizen of X.'),
    then the real 2001 lists without table tags: '   DIRECTORS' with the mixed-case 'Title' over column 50, a blank
    line, one line per person (name at 3, titles at 50 joined 'A, B and C' wrapping under themselves), no blank line
    between; then '   OFFICERS' / 'Title' likewise; a person on both lists in both (his board titles there, his
    other titles here, nothing beside his name where a side has none). A person whose outside occupation, address
    or citizenship the preamble does not give carries a footnote mark '(1)', '(2)' ... after his name where he is
    first listed, and the notes follow the lists under a short rule ('(1) The business address of A is .... A's
    principal occupation is .... A is a citizen of Canada.'; Trilogy 2008's footnote way). Varies from gather29
    (2004, 'SCHEDULE B', 'POSITION', the address under the name, columns 6/44), gather44 (2001, 'EXHIBIT 99.4', an
    'EXECUTIVE OFFICERS' section, columns 5/45, no occupation, the address under the name) and gather73 (2004,
    'SCHEDULE 1', 'TITLE' at 9/44, paragraphs after the lists without marks) in the heading, the real 2001 columns
    and label case, and the footnote marks and numbered notes. Variants: '1.' before the name (counted anew in each
    list); 'SURNAME, Given'; the labels underlined by dashes when ruled; a page break (options.page_break_in) after
    that person's line: '<PAGE>' (a form feed without markers), 'A-2' centred and the section line with
    '(continued)' if the header repeats and the list goes on."""
    org = roster.organization
    term = _defined_term(org)
    shared = _shared_address(roster) if all(p["address"] for p in roster.people) else []
    default, country = _most_common_citizenship(roster)
    preamble = (f"The names of the Directors and the names and titles of the Executive Officers of {org} "
                f"(\"{term}\") are set forth below.")
    if shared:
        preamble += (f" If no address is given, the Director's or Executive Officer's business address is that of "
                     f"{term} at {_full_stop(', '.join(shared))}")
    preamble += (f" Unless otherwise indicated, each title set forth opposite an individual's name refers to {term}" +
                 (f" and each individual is {_is_citizen(default)}." if options.citizenship else "."))
    notes: dict[int, list[str]] = {}
    for index, person in enumerate(roster.people):
        said = []
        if person["address"] and person["address"] != shared:
            said.append(f"The business address of {person['name']} is {_full_stop(', '.join(person['address']))}")
        if person["other_positions"]:
            said.append(f"{person['name']}'s principal occupation is "
                        f"{_full_stop('; '.join(person['other_positions']))}")
        if options.citizenship and person["citizenship"] and not _covered(person, country, default):
            said.append(f"{person['name']} is {_is_citizen(person['citizenship'])}.")
        if said:
            notes[index] = said
    marks = {index: f"({n + 1})" for n, index in enumerate(notes)}
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("ANNEX A"), centre("-------"), ""]
    lines += [centre("EXECUTIVE OFFICERS AND DIRECTORS OF")]
    lines += [centre(line) for line in wrap_lines(org.upper(), 70)] + [""]
    lines += _paragraph(preamble) + [""]
    directors = [(i, p, _joined([t for t in p["positions"] if _is_seat(t)]))
                 for i, p in enumerate(roster.people) if is_director(p)]
    officers = [(i, p, _joined([t for t in p["positions"] if not _is_seat(t)]))
                for i, p in enumerate(roster.people)
                if not is_director(p) or any(not _is_seat(t) for t in p["positions"])]
    sections = [(label, rows) for label, rows in (("DIRECTORS", directors), ("OFFICERS", officers)) if rows]
    total = sum(len(rows) for _, rows in sections)
    title_width = max(28, options.width)
    printed, broken, marked = 0, False, set()

    def section_line(label: str) -> list[str]:
        out = [f"   {label:<47}Title"]
        if options.rules:
            out.append(f"   {'-' * len(label):<47}-----")
        return out + [""]

    for label, rows in sections:
        lines += section_line(label)
        for place, (index, person, titles) in enumerate(rows):
            name = (f"{place + 1}. " if options.numbered else "") + printed_name(person, options)
            if index in marks and index not in marked:
                name += marks[index]
                marked.add(index)
            lines += _wrap_rows([wrap_lines(name, 45), wrap_lines(titles, title_width)], [47, title_width], "   ")
            printed += 1
            if options.page_break_in == index and not broken and printed < total:
                broken = True
                lines += ["", _page(options), centre("A-2"), ""] + (
                    section_line(f"{label} (continued)") if options.repeat_header and place + 1 < len(rows) else [])
        lines.append("")
    if notes:
        lines += ["__________", ""]
        for index, said in notes.items():
            lines += _paragraph(f"{marks[index]} " + " ".join(said), 80, 0, 4) + [""]
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 2. Trilogy 2009: '|' flag cells, then a second table of address and citizenship cells ----------------------
def trilogy_flag_cells_second_table_address_citizenship(roster: Roster,
                                                        options: Options) -> tuple[str, str, list[dict]]:
    """After the Trilogy, Inc. / Versata Enterprises, Inc. Exhibit 99.1 of 2009 (tests/data/rosters_real/dev/
    html_as_text_pipes_yes_no_flag_columns_three_tables_trilogy_2009.txt, sec.gov https://www.sec.gov/Archives/edgar/
    data/945989/000136231009002019/c81090exv99w1.htm) as that file prints it: the HTML saved as text, the header
    cells one a '|' line ('|Executive' above '|Name', '|Director', '|Officer', '|Present Principal Occupation or
    Employment'), per person the name on its own '|' line, a '|Yes' or '|No' line per body, an empty '|' line and
    the occupation on the next line without a bar (the titles no flag says, Trilogy's joining 'A, B, and C of
    <Org>; and <outside>', '--' for nothing). The real file holds several tables one after the other, each with its
    own header cells; here the second one gives '|Name' / '|Business Address' / '|Citizenship' and per person the
    name, the address lines one a '|' line and the citizenship. Heading 'EXHIBIT 99.1' / 'Directors and Executive
    Officers of <Org>' and a one-sentence preamble; no defaults anywhere. Varies from gather73's
    `yes_no_flag_rows_occupation_after_bar` (one table, the default address and citizenship in the preamble with the
    exceptions named in sentences, 'Schedule I') in the second table, the absent defaults and the heading; from
    gather41's HTML table and 2008 save (footnotes) in the save's cell order and the second table. Variants: '1.'
    before the name (in both tables); 'SURNAME, Given'; a blank line after each row when ruled; no Citizenship cells
    without citizenship; a page break (options.page_break_in) after that person's row of the first table: '<PAGE>' (a
    form feed without markers), 'Page 2' and the header cells again if the header repeats."""
    org = roster.organization
    bodies = _bodies(roster)
    labels = [_flag_label(b) for b in bodies]
    tops = [" ".join(label.split()[:-1]) for label in labels]
    header = [f"|{t}" for t in tops if t] + ["|Name"] + [f"|{label.split()[-1]}" for label in labels] + [
        "|Present Principal Occupation or Employment"]
    second = ["|Name", "|Business Address"] + (["|Citizenship"] if options.citizenship else [])
    preamble = ("The following tables set forth the name, present principal occupation or employment" +
                (", business address and citizenship" if options.citizenship else " and business address") +
                f" of each director and executive officer of {_full_stop(org)}")
    lines = ["EXHIBIT 99.1", "", f"Directors and Executive Officers of {org}", "", preamble, "", *header]
    names = [(f"{index + 1}. " if options.numbered else "") + printed_name(p, options)
             for index, p in enumerate(roster.people)]
    for index, person in enumerate(roster.people):
        flagged = {label.casefold() for body, label in zip(bodies, labels) if body in person["bodies"]}
        occupation = _trilogy_occupation(person, org, flagged) or "--"
        lines += [f"|{names[index]}"] + [f"|{'Yes' if body in person['bodies'] else 'No'}" for body in bodies]
        lines += ["|", occupation]
        if options.rules:
            lines.append("")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", _page(options), "Page 2", ""] + (header if options.repeat_header else [])
    lines += ["", *second]
    for index, person in enumerate(roster.people):
        lines += [f"|{names[index]}"] + [f"|{line}" for line in person["address"] or [""]]
        if options.citizenship:
            lines.append(f"|{person['citizenship']}")
        if options.rules:
            lines.append("")
    return ".txt", _done(lines), _own(roster, options)


# ---- 3. AIG 2006: dots, EXHIBIT A, bare <S>/<C> table, citizenship after -----------------------------------------
def aig_dotted_exhibit_four_columns_citizens_after(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's 2006 Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov https://www.sec.gov/
    Archives/edgar/data/909815/000095012306004856/y19970a5exv99wa.txt): '<PAGE>', three lines holding only '.' at
    the right margin, a centred 'EXHIBIT A', the centred title 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', a <TABLE>
    with the bare <S>/<C> line and no caption, the real widths 23 | 20 | options.width + 10 | rest (27 for the name
    when numbered): the name, the titles joined 'A, B and C' wrapping in their column, the outside occupations
    '; '-joined wrapping (empty where there is none, as the real officers' rows), the business address one
    comma-joined string wrapped where the column ends (42), a blank line after each row. After the table one sentence
    gives the citizenship: 'Each of the persons listed above is a citizen of X, except A, who is a citizen of
    Canada.' Varies from gather24 ('SCHEDULE A', a two-line title, a caption, the citizenship after the title in
    parentheses), gather47 (no dots, 'EXHIBIT 99.1', the citizenship in a preamble, one title a line, '--', widths
    24 | 28 | width + 2 | 42, '(1)', '=' rows) and gather76 (footnote tags) in the dots and heading kept, the
    citizenship sentence after the table, the joined titles and the widths. Variants: '1.' before the name;
    'SURNAME, Given'; a dashed line between rows when ruled; no <S>/<C> line without markers; a page break
    (options.page_break_in) after that person's row: '</TABLE>', '<PAGE>' (a form feed without markers), the dots,
    'EXHIBIT A (continued)' if the header repeats, and a new <TABLE>."""
    org = roster.organization
    widths = [27 if options.numbered else 23, 20, options.width + 10, 42]
    marks = "".join(f"{'<S>' if i == 0 else '<C>':<{w}}" for i, w in enumerate(widths)).rstrip()
    dots = [f"{'.':>80}"] * 3
    opened = ["<TABLE>"] + ([marks] if options.markers else [])
    lines = ["<PAGE>" if options.markers else "", *dots, "", centre("EXHIBIT A"), "",
             centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 82), "", *opened]
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        cells = [wrap_lines(name, widths[0] - 2), wrap_lines(_joined(person["positions"]), 18),
                 wrap_lines("; ".join(person["other_positions"]), widths[2] - 2),
                 wrap_lines(", ".join(person["address"]), 42)]
        lines += _wrap_rows(cells, widths)
        lines.append("-" * 100 if options.rules else "")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["</TABLE>", _page(options), *dots, ""]
            if options.repeat_header:
                lines += [centre("EXHIBIT A (continued)"), ""]
            lines += opened
    lines.append("</TABLE>")
    if options.citizenship:
        default, _ = _most_common_citizenship(roster)
        country = _most_common_citizenship(roster)[1]
        others = [p for p in roster.people if p["citizenship"] and not _covered(p, country, default)]
        sentence = f"Each of the persons listed above is {_is_citizen(default)}" + (
            f", except {_named_exceptions(others)}." if others else ".")
        lines += [""] + _paragraph(sentence)
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 4. Power Corporation 2006: (i)-(v) keys in the real order, titles joined -----------------------------------
def power_corp_roman_keys_real_order_joined_titles(roster: Roster,
                                                   options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's 2006 Exhibit A (tests/data/rosters_real/dev/labelled_roman_power_corp.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1265430/000120621206000006/m19319scexv99wa.txt): the real
    preamble defining the keys ('The (i) name, (ii) title, (iii) country of citizenship, (iv) principal occupation
    and (v) principal business address of each of the directors and executive officers of <Org> are listed
    below.'), then one block per person, keys at the margin and values at column 8 in the real order: '(i)' the
    name, '(ii)' the titles joined 'A, B and C' ('Director and Executive Officer' as the real), '(iii)' the
    citizenship, '(iv)' the outside occupations '; '-joined, or for a person without one '<Titles>, <Org>' (the
    real way), wrapping at options.width + 36 under column 8, '(v)' the address lines one a line under column 8, a
    blank line between blocks. Here 'SCHEDULE II' at the right margin and the real title order 'DIRECTORS AND
    EXECUTIVE OFFICERS OF <ORG>' centred. Varies from gather23 (2005, keys reordered, value column 9, '*  *  *'),
    gather47 ('EXHIBIT B', the capacity and the offices split, '1.' on its own line, a hyphen rule, <PAGE> between
    blocks) and gather76 (lettered keys, value column 11) in the heading, the real key order and column with the
    titles joined in (ii), the numbering and the separators. Variants: '1.' before '(i)' with the keys indented
    four; 'SURNAME, Given'; a line of '=' between blocks when ruled; the keys renumbered without (iii) where no
    citizenship is printed; a page break (options.page_break_in) after that block: '<PAGE>' (a form feed without
    markers), 'II-2' at the right and the title with '(continued)' if the header repeats."""
    org = roster.organization
    items = ["name", "title"] + (["country of citizenship"] if options.citizenship else []) + [
        "principal occupation", "principal business address"]
    keys = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"][:len(items)]
    defined = ", ".join(f"{k} {item}" for k, item in zip(keys[:-1], items[:-1])) + f" and {keys[-1]} {items[-1]}"
    preamble = (f"The {defined} of each of the directors and executive officers of {org} are listed below.")
    title = centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}")
    lines = (["<PAGE>"] if options.markers else []) + [f"{'SCHEDULE II':>80}", "", title, ""]
    lines += _paragraph(preamble, 78) + [""]
    margin = 4 if options.numbered else 0
    wrap = options.width + 36
    for index, person in enumerate(roster.people):
        occupation = "; ".join(person["other_positions"]) or (
            f"{_joined(person['positions'])}, {org}" if person["positions"] else "")
        values = [[printed_name(person, options)], wrap_lines(_joined(person["positions"]), wrap)]
        if options.citizenship:
            values.append([person["citizenship"]])
        values += [wrap_lines(occupation, wrap), person["address"] or [""]]
        for place, (key, value) in enumerate(zip(keys, values)):
            lead = f"{index + 1}." if options.numbered and place == 0 else ""
            for row, text in enumerate(value):
                head = f"{lead:<{margin}}{key:<8}" if row == 0 else " " * (margin + 8)
                lines.append(head + text)
        lines.append("")
        if options.rules and index < len(roster.people) - 1:
            lines += ["=" * 72, ""]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += [_page(options), f"{'II-2':>80}", ""]
            if options.repeat_header:
                lines += [centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()} (continued)"), ""]
    return ".txt", _done(lines), _own(roster, options)


FAMILIES = {
    "msdw_2001_title_lists_footnoted_exceptions": msdw_2001_title_lists_footnoted_exceptions,
    "trilogy_flag_cells_second_table_address_citizenship": trilogy_flag_cells_second_table_address_citizenship,
    "aig_dotted_exhibit_four_columns_citizens_after": aig_dotted_exhibit_four_columns_citizens_after,
    "power_corp_roman_keys_real_order_joined_titles": power_corp_roman_keys_real_order_joined_titles,
}

"""Held-out re-layout families, hundred-and-twenty-fourth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (17:28-17:32 UTC by `date`) by helper session gather124 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS, each printing the other persons the way one
real roster (tests/data/rosters_real/dev/, tests/data/rosters/) prints its own, with only the small differences two
law firms' filings show. The rosters are the four least used by the earlier close-variant sets, counted by family
bullet with siblings together: Novo Holdings (26, 67, 97), then of those at four the ones last used longest ago
(ConAgra 24, 44, 73, 97) and, of those last used at 100, the two used first (Power Corporation 23, 47, 76, 100; AIG
24, 47, 76, 100; Trilogy, first used at 41, left):

- novo_cells_one_a_line_annex_ii_real_labels: Novo's Schedule I saved as text, every cell line on its own line, no
  line between persons, 'ANNEX II', the real labels 'Name, Title' / 'Address' / 'Principal Occupation' /
  'Citizenship', the name without a comma, an officer without an outside occupation '<Title>,' / '<Org>'.
- conagra_every_address_titles_and_of_full_name: ConAgra Foods' Schedule I, 'SCHEDULE 2', no defined term, the name
  over EVERY person's address at column 5, the titles 'A and B of <Org>' (the full name) at column 37 wrapping.
- aig_exhibit_a_caption_position_label_citizens_before: AIG's Exhibit A as an EDGAR table with an underlined
  <CAPTION> Name | Position | Present Principal Occupation | Business Address, the citizenship sentence before it.
- power_corp_roman_keys_column_11_titles_one_a_line: Power Corporation's 2005 Exhibit A '(i)'..'(v)' blocks, values
  at column 11 (the real's), each title on a line of its own under '(ii)', 'Exhibit 1' at the right margin.

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


# ---- 1. Novo Holdings: saved cells one a line, 'ANNEX II', the real labels -----------------------------------------
def novo_cells_one_a_line_annex_ii_real_labels(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Novo Holdings A/S's Schedule I as saved to text (dev/html_as_text_cells_multi_entity_novo.txt): every
    cell's lines one a line and nothing between persons (the real way): the name (no comma after it), the titles one
    a line, the address lines, the outside occupations one a line (an officer without one '<Title>,' / '<Org>', the
    real 'Chief Executive Officer,' / 'Novo Holdings A/S'; '<Org>' alone for a person without titles), the
    citizenship. 'EXHIBIT 99.1' then 'ANNEX II', the real one-line preamble for one organisation, the entity line,
    the real labels 'Name, Title' / 'Address' / 'Principal Occupation' / 'Citizenship'. Differs from gather26
    (an HTML table, other labels), gather67 ('SCHEDULE A', 'Business Address', '<Name>,', a blank line between
    persons) and gather97 ('SCHEDULE A', 'Name and Position' / 'Business Address' / 'Present Principal Occupation',
    '<Name>,') in 'ANNEX II', the real labels and the bare name. Variants: '1.' before the name; 'SURNAME, Given';
    an eight-hyphen line between persons when ruled; no Citizenship label or line without citizenship; a page break
    after a person: '<PAGE>' (form feed), 'II-2' and, if the header repeats, the entity line and labels again."""
    org = roster.organization
    labels = ["Name, Title", "Address", "Principal Occupation"] + (["Citizenship"] if options.citizenship else [])
    lines = ["EXHIBIT 99.1", "ANNEX II",
             f"Information regarding each director and executive officer of {org} is set forth below.", org, *labels]
    for index, person in enumerate(roster.people):
        if index and options.rules:
            lines.append("-" * 8)
        lines.append((f"{index + 1}. " if options.numbered else "") + printed_name(person, options))
        lines += person["positions"] + person["address"]
        if person["other_positions"]:
            lines += person["other_positions"]
        else:
            lines += [f"{person['positions'][0]},", org] if person["positions"] else [org]
        if options.citizenship:
            lines.append(person["citizenship"])
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", _page(options), "II-2", ""] + ([org, *labels] if options.repeat_header else [])
    return ".txt", _done(lines), _people(roster, options, by_default=False)


# ---- 2. ConAgra Foods: every address under the name, titles of the full name ---------------------------------------
def conagra_every_address_titles_and_of_full_name(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra Foods, Inc.'s Schedule I (dev/text_indented_nameaddr_conagra_foods.txt): no tags and no
    header; the name indented four over EVERY person's address lines (the real prints the shared 'One ConAgra
    Drive' under each officer), and from column 37 (further where a left line is longer) the titles joined 'A and
    B of <Org>' with the full name (the real 'Chairman of the Board and Chief Executive Officer of ConAgra Foods'),
    wrapping at options.width, then each outside occupation on lines of its own; a blank line between persons.
    'SCHEDULE 2' at the margin, a preamble in the real words without a defined term ('The executive officers and
    directors of <Org> and the information required by Item 2 of Schedule 13D are listed below, along with the
    offices held by each. Unless otherwise indicated, the business address of each is <shared>. Each is a citizen
    of X, except A, who is ....'). Differs from gather24 ('SCHEDULE A', indent 4 / column 40, occupations after
    '; '), gather44 ('SCHEDULE B', one title a line, a defined term), gather73 ('SCHEDULE I', the defined term,
    column 39) and gather97 ('ANNEX B', the short name, the shared address left out) in 'SCHEDULE 2', the full name
    after the titles, no defined term, every address printed and column 37. Variants: '(1)' before the name;
    'SURNAME, Given'; a line of hyphens between persons when ruled; the citizenship sentence left out without
    citizenship; a page break after a person: '<PAGE>' (form feed), '2' centred."""
    org = roster.organization
    shared = _shared_address(roster)
    default, country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, country, default)]
    text = (f"The executive officers and directors of {org} and the information required by Item 2 of Schedule 13D "
            f"are listed below, along with the offices held by each.")
    if shared:
        text += f" Unless otherwise indicated, the business address of each is {_full_stop(', '.join(shared))}"
    if options.citizenship:
        text += f" Each is {_is_citizen(default)}" + (f", except {_named_exceptions(others)}." if others else ".")
    lines = ["SCHEDULE 2", ""] + textwrap.wrap(text, 80, initial_indent=" " * 9, break_on_hyphens=False) + [""]
    for index, person in enumerate(roster.people):
        left = [(f"({index + 1}) " if options.numbered else "") + printed_name(person, options), *person["address"]]
        column = max(37, 4 + max(len(line) for line in left) + 2)
        right = wrap_lines(f"{_and(person['positions'])} of {org}", options.width) if person["positions"] else []
        for other in person["other_positions"]:
            right += wrap_lines(other, options.width)
        lines += _wrap_rows([left, right], [column - 4, options.width + 2], " " * 4)
        if index < len(roster.people) - 1:
            lines.append("    " + "-" * 30 if options.rules else "")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", _page(options), centre("2"), ""]
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 3. AIG: EDGAR table with an underlined caption, the citizenship before it -------------------------------------
def aig_exhibit_a_caption_position_label_citizens_before(roster: Roster,
                                                         options: Options) -> tuple[str, str, list[dict]]:
    """After American International Group, Inc.'s 2006 Exhibit A (dev/text_fixed4col_aig.txt): '<PAGE>', centred
    'EXHIBIT A' and 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>' (the real's), a <TABLE> of four columns: name |
    titles ('; '-joined, wrapping) | outside occupations '; '-joined wrapping (empty where none, the real's) | the
    address one comma-joined string wrapped where the column ends (the real 'Cassels, Brock & Blackwell, 40 King
    Street' / 'West, 20th Floor, ...'); a blank line after each row (the real's). Here a <CAPTION> with the label
    words 'Name' | 'Position' | 'Present Principal Occupation' | 'Business Address' each underlined by its own
    hyphens (AIG's 2007 exhibit's siblings and Citigroup's table have the like), and before the table the sentence
    'Each of the persons listed below is a citizen of X, except A, who is ....'. Widths 24 | 24 | width + 8 | 44.
    Differs from gather24 ('SCHEDULE A', the exceptions in parentheses after the title), gather47 (no caption,
    'EXHIBIT 99.1'), gather76 and gather100 (dots, no caption, the citizenship after the table) in the caption, the
    'Position' label and the sentence before. Variants: '1.' before the name; 'SURNAME, Given'; a line of hyphens
    after each row when ruled; no tags without markers; a page break after a row: '</TABLE>', '<PAGE>' (form
    feed), '-2-' centred and the caption again if the header repeats."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, country, default)]
    widths = [24, 24, options.width + 8, 44]
    labels = ["Name", "Position", "Present Principal Occupation", "Business Address"]
    caption = ["".join(f"{label:<{w}}" for label, w in zip(labels, widths)),
               "".join(f"{'-' * len(label):<{w}}" for label, w in zip(labels, widths))]
    marks = "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths))
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([marks] if options.markers else [])
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("EXHIBIT A"), ""]
    lines += [centre(line) for line in wrap_lines(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 76)] + [""]
    if options.citizenship:
        text = f"Each of the persons listed below is {_is_citizen(default)}" + \
            (f", except {_named_exceptions(others)}." if others else ".")
        lines += textwrap.wrap(text, 80, initial_indent=" " * 5, break_on_hyphens=False) + [""]
    lines += head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        cells = [wrap_lines(name, widths[0] - 2), wrap_lines("; ".join(person["positions"]), widths[1] - 2),
                 wrap_lines("; ".join(person["other_positions"]), widths[2] - 2),
                 wrap_lines(", ".join(person["address"]), widths[3])]
        lines += _wrap_rows(cells, widths) + ["-" * 100 if options.rules else ""]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", _page(options), centre("-2-"), ""]
            lines += head if options.repeat_header else (["<TABLE>", marks] if options.markers else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 4. Power Corporation: roman keys, values at 11, titles one a line ---------------------------------------------
def power_corp_roman_keys_column_11_titles_one_a_line(roster: Roster,
                                                      options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's 2005 Exhibit A (dev/labelled_list_power_corporation_2005.txt): '<PAGE>',
    the exhibit word at the right margin, the title indented nine, the real preamble defining the keys ('The (i)
    name, (ii) title, (iii) country of citizenship, (iv) principal occupation and (v) principal business address of
    each of the directors and executive officers of <Org> are listed below.', first line indented nine), then per
    person '(i)' to '(v)' at the margin with the values from column 11 (the real's): the name, the titles ONE A
    LINE under '(ii)', the citizenship, the outside occupations '; '-joined wrapping at width + 36 (where none,
    '<First title>, <Org>', the real way; '--' with no title either), the address lines; a blank line between blocks. Here 'Exhibit 1'.
    Differs from gather23 ('Schedule A', other key order), gather47 ('EXHIBIT B', column 8, offices in '(iv)'),
    gather76 (lettered keys) and gather100 ('SCHEDULE II', column 8, titles joined on one line) in 'Exhibit 1', the
    column, the titles one a line and the '1.' line above the block. Variants: '1.' on a line of its own above
    '(i)'; 'SURNAME, Given'; a line of 40 '-' between blocks when ruled; without citizenship the key dropped and
    the later keys renumbered, the preamble saying so; a page break after a block: '<PAGE>' (form feed), '2'
    centred."""
    org = roster.organization
    keys = ["name", "title"] + (["country of citizenship"] if options.citizenship else []) + \
        ["principal occupation", "principal business address"]
    romans = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]
    defined = ", ".join(f"{romans[i]} {k}" for i, k in enumerate(keys[:-1])) + f" and {romans[len(keys) - 1]} " \
        f"{keys[-1]}"
    text = (f"The {defined} of each of the directors and executive officers of {org} are listed below.")
    lines = (["<PAGE>", ""] if options.markers else []) + [" " * 71 + "Exhibit 1", "", "", ""]
    lines += [" " * 9 + line for line in wrap_lines(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    lines += textwrap.wrap(text, 79, initial_indent=" " * 9, break_on_hyphens=False) + [""]
    pad = " " * 11
    for index, person in enumerate(roster.people):
        occupation = "; ".join(person["other_positions"]) or \
            (f"{person['positions'][0]}, {org}" if person["positions"] else "--")
        values = [[printed_name(person, options)], person["positions"] or ["--"]]
        if options.citizenship:
            values.append([person["citizenship"]])
        values += [wrap_lines(occupation, options.width + 36), person["address"]]
        if options.numbered:
            lines.append(f"{index + 1}.")
        for key, value in zip(romans, values):
            lines.append(f"{key:<11}{value[0]}")
            lines += [pad + line for line in value[1:]]
        lines.append("")
        if index < len(roster.people) - 1:
            if options.rules:
                lines += ["-" * 40, ""]
            if options.page_break_in == index:
                lines += [_page(options), centre("2"), ""]
    return ".txt", _done(lines), _people(roster, options, by_default=False)


FAMILIES = {
    "novo_cells_one_a_line_annex_ii_real_labels": novo_cells_one_a_line_annex_ii_real_labels,
    "conagra_every_address_titles_and_of_full_name": conagra_every_address_titles_and_of_full_name,
    "aig_exhibit_a_caption_position_label_citizens_before": aig_exhibit_a_caption_position_label_citizens_before,
    "power_corp_roman_keys_column_11_titles_one_a_line": power_corp_roman_keys_column_11_titles_one_a_line,
}

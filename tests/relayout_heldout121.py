"""Held-out re-layout families, hundred-and-twenty-first set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (17:15-17:19 UTC by `date`) by helper session gather121 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS, each printing the other persons the way one
real roster (tests/data/rosters_real/dev/, tests/data/rosters/) prints its own, with only the small differences two
law firms' filings show. The rosters are the four least used by the earlier close-variant sets (each at three:
Forstmann Little 38, 70, 94; Ariel 47, 70, 94; STMicroelectronics 67, 70, 94; Southwestern Energy 23, 67, 97, the
one of the three last used at 97 that was used first):

- forstmann_three_line_heading_one_preamble_title_lists: Forstmann Little's Schedule I with a centred three-line
  heading, ONE indented preamble holding the defaults and every person's own facts, then centred title headings
  over the names centred one a line.
- ariel_exhibit_officer_or_director_full_rules: Ariel's Schedule I EDGAR table with 'EXHIBIT B', the labels
  'Officer or Director' | 'Address' | 'Present Principal Occupation', the real full dashed rules after every row,
  the titles and occupations '; '-joined in one run, the address cell empty for the shared address.
- stmicro_section_rows_annex_i_title_citizenship_columns: STMicroelectronics' Annex A as one HTML table with italic
  section rows, the labels Name | Title | Principal Occupation and Other Directorships | Citizenship | Address,
  'N/A' where there is no other occupation.
- southwestern_header_per_section_address_column: Southwestern Energy's Schedule A as one HTML table whose header
  row is repeated before each section row (the real's), a third 'Business Address' column, citizenship exceptions
  named in the preamble.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Not yet measured.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
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


def _exceptions(roster: Roster) -> list[dict]:
    default, country = _most_common_citizenship(roster)
    return [p for p in roster.people if not _covered(p, country, default)]


def _citizens(citizenship: str) -> str:
    single = _is_citizen(citizenship)
    return "citizens" + single[len("a citizen"):] if single.startswith("a citizen ") else single[2:] + "s"


# ---- 1. Forstmann Little: three-line centred heading, one preamble, title lists ----------------------------------
def forstmann_three_line_heading_one_preamble_title_lists(roster: Roster,
                                                          options: Options) -> tuple[str, str, list[dict]]:
    """After Forstmann Little & Co.'s Schedule I (dev/text_centered_names_gp_preamble_forstmann_little.txt): the
    real first part's centred three lines ('FLC XXX Partnership, L.P.:' / 'General Partner of' / 'Equity-V') as
    'Schedule II' at the margin, then centred '<Org>:' / 'Directors and Executive' / 'Officers'; ONE indented
    paragraph (the real's indent five) in the real words ('The following are the directors and executive officers
    of <Org>. The business address of each of the following persons is <shared> and each is a citizen of
    <default>, except as set forth below.') that goes on, in the same paragraph, with each person's own facts the
    defaults do not give ('The present principal occupation of <Name> is <A>; <B>.', 'The business address of
    <Name> is ...', '<Name> is a citizen of ...'); then, as the real 'Partners of' / 'FLC XXX', a centred heading
    per set of titles ('<titles one a line> of' / '<Org>'; 'Other Persons of' for none) over the names centred one
    a line. Differs from gather38 (a centred block per person, 'Schedule A'), gather70 (the exceptions AFTER each
    list, 'Schedule I', a one-line preamble) and gather94 (a paragraph per group repeating the defaults,
    '(continued)') in the three-line heading, the one paragraph holding every exception before the lists, '(1)'
    numbering and 'Schedule II'. Variants: '(1)' before each centred name; 'SURNAME, Given'; a centred '- - -'
    between lists when ruled; page break after that person's name: '<PAGE>' (form feed without markers), a centred
    '2' and the heading of the current list if the header repeats."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    shared = _shared_address(roster)
    lines = ["Schedule II", "", centre(f"{org}:", 78), centre("Directors and Executive", 78), centre("Officers", 78),
             ""]
    text = f"The following are the directors and executive officers of {_full_stop(org)}"
    clauses = ([f"the business address of each of the following persons is {', '.join(shared)}"] if shared else []) \
        + ([f"each is {_is_citizen(default)}"] if options.citizenship else [])
    if clauses:
        sentence = " and ".join(clauses)
        text += f" {sentence[0].upper()}{sentence[1:]}, except as set forth below."
    for person in roster.people:
        if person["other_positions"]:
            text += (f" The present principal occupation of {person['name']} is "
                     f"{_full_stop('; '.join(person['other_positions']))}")
        if person["address"] and person["address"] != shared:
            text += f" The business address of {person['name']} is {_full_stop(', '.join(person['address']))}"
        if options.citizenship and not _covered(person, country, default):
            text += f" {person['name']} is {_is_citizen(person['citizenship'])}."
    lines += textwrap.wrap(text, 77, initial_indent=" " * 5, break_on_hyphens=False) + [""]
    groups: dict[tuple, list[int]] = {}
    for index, person in enumerate(roster.people):
        groups.setdefault(tuple(person["positions"]), []).append(index)
    printed = 0
    for number, (titles, members) in enumerate(groups.items()):
        if number and options.rules:
            lines += [centre("- - -", 78), ""]
        heading = [*titles[:-1], f"{titles[-1]} of", org] if titles else ["Other Persons of", org]
        lines += [centre(line, 78) for line in heading] + [""]
        for index in members:
            printed += 1
            lines.append(centre((f"({printed}) " if options.numbered else "") +
                                printed_name(roster.people[index], options), 78))
            if options.page_break_in == index and index < len(roster.people) - 1:
                lines += ["", _page(options), centre("2", 78), ""]
                if options.repeat_header:
                    lines += [centre(line, 78) for line in heading] + [""]
        lines.append("")
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 2. Ariel: EDGAR table with full rules, 'EXHIBIT B', other labels ---------------------------------------------
def ariel_exhibit_officer_or_director_full_rules(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Ariel Capital Management, Inc.'s Schedule I (tests/data/rosters/preamble_address_ariel.txt): '<PAGE>',
    a centred 'EXHIBIT B', a centred 'Information Concerning the Directors and Executive Officers of <Org>' (wrapped
    at 76), the real preamble ('The following information is disclosed for each of <Org>'s directors and executive
    officers: name; business address; and present principal occupation ... Unless otherwise specified, the
    principal employer and business address of each such individual is <Org>, <shared>.') and 'All of the
    individuals named below are <citizens of X>[, except ...].'; <TABLE><CAPTION>, the real full dashed rule, the
    labels 'Officer or Director' | 'Address' | 'Present Principal Occupation' each underlined by its own dashes,
    the full rule again, <S>/<C>/<C>; each row the name, the address (the cell EMPTY for the shared address, the
    real way), the titles and then the outside occupations '; '-joined in one run (the real 'Director; Professor
    Emeritus ...'), then a blank line and a full dashed rule (the real's). Widths 30 | 32 | width + 12 (at least
    40). Differs from gather47 ('SCHEDULE A', 'Name' labels), gather70 (the real title and labels, widths 36 | 34,
    '(1)') and gather94 ('SCHEDULE II', no full rules, the occupations on lines of their own) in 'EXHIBIT B', the
    labels, the widths and '1.' numbering. Variants: '1.' before the name; 'SURNAME, Given'; '=' for the full rules
    when ruled; no tags without markers; a page break after that person's row: '</TABLE>', '<PAGE>' (form feed
    without markers), 'B-2' centred and the caption again if the header repeats."""
    org = roster.organization
    shared = _shared_address(roster)
    default, country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, country, default)]
    widths = [30, 32, max(options.width + 12, 40)]
    rule = ("=" if options.rules else "-") * (sum(widths) - 2)
    labels = ["Officer or Director", "Address", "Present Principal Occupation"]
    caption = [rule, "".join(f"{label:<{w}}" for label, w in zip(labels, widths)).rstrip(),
               "".join(f"{'-' * len(label):<{w}}" for label, w in zip(labels, widths)).rstrip(), rule]
    marks = "".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip()
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([marks] if options.markers else [])
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("EXHIBIT B"), ""]
    lines += [centre(line) for line in wrap_lines(f"Information Concerning the Directors and Executive Officers of "
                                                  f"{org}", 76)] + [""]
    where = (f"Unless otherwise specified, the principal employer and business address of each such individual is "
             f"{_full_stop(', '.join(shared if shared[0] == org else [org, *shared]))}" if shared else
             f"Unless otherwise specified, the principal employer of each such individual is {_full_stop(org)}")
    preamble = (f"The following information is disclosed for each of {org}'s directors and executive officers: "
                f"name; business address; and present principal occupation or employment and the name of any "
                f"corporation or other organization in which such employment is conducted. {where}")
    if options.citizenship:
        preamble += f" All of the individuals named below are {_citizens(default)}" + \
            (f", except {_named_exceptions(others)}." if others else ".")
    lines += textwrap.wrap(preamble, 80, initial_indent=" " * 5, break_on_hyphens=False) + [""] + head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        address = [] if shared and person["address"] == shared else \
            [piece for line in person["address"] for piece in wrap_lines(line, widths[1] - 2)]
        run = "; ".join(person["positions"] + person["other_positions"])
        rows = _wrap_rows([wrap_lines(name, widths[0] - 2, "  "), address,
                           wrap_lines(run, widths[2] - 2) if run else ["--"]], widths)
        lines += rows + ["", rule]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", _page(options), centre("B-2"), ""]
            lines += head if options.repeat_header else (["<TABLE>", marks] if options.markers else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 3. STMicroelectronics: one table, section rows, other labels, 'N/A' ------------------------------------------
def stmicro_section_rows_annex_i_title_citizenship_columns(roster: Roster,
                                                           options: Options) -> tuple[str, str, list[dict]]:
    """After STMicroelectronics N.V.'s Annex A (tests/data/rosters/html_boards_stmicro_relayout.htm): the centred
    bold heading and title, the real preamble sentence, ONE bordered table whose body changes at italic bold
    section rows spanning every column (the real's), five columns in the real order. Here 'ANNEX I' and 'DIRECTORS
    AND EXECUTIVE OFFICERS OF <ORG>', the section rows 'Members of the Board of Directors' / 'Executive Officers'
    (persons with a director's title first), the labels Name | Title | Principal Occupation and Other Directorships
    | Citizenship | Address, the titles '; '-joined each with ' of <Org>' (the real's '... of STMicroelectronics
    N.V.'), the other positions '; '-joined, 'N/A' where there is none, the address lines apart by <BR>. Differs
    from gather67 ('ANNEX B', 'Present Position' | 'Other Principal Positions', 'None'), gather70 (titles without
    the organisation, the empty cell, the real labels) and gather94 (two tables under bold paragraphs, 'Function' |
    'Nationality', an em dash) in the labels, 'ANNEX I', 'N/A' and the section words. Variants: BORDER="1" when
    ruled, else "0"; '1.' before the name; 'SURNAME, Given'; the occupation column options.width percent wide; no
    Citizenship column without citizenship; a page break after that person's row: the table closed, a
    page-break paragraph, and the table reopened with the header row if it repeats."""
    org = roster.organization
    esc = html.escape
    border = "1" if options.rules else "0"
    labels = ["Name", "Title", "Principal Occupation and Other Directorships"] + \
        (["Citizenship"] if options.citizenship else []) + ["Address"]
    span = len(labels)
    opening = f'<TABLE BORDER="{border}" CELLPADDING="3" CELLSPACING="0" WIDTH="100%">'
    header = "<TR>" + "".join((f'<TH WIDTH="{options.width}%">' if label.startswith("Principal") else "<TH>") +
                              f"{label}</TH>" for label in labels) + "</TR>"
    parts = ["<HTML><HEAD><TITLE>SC 13D</TITLE></HEAD>", "<BODY>", '<P ALIGN="center"><B>ANNEX I</B></P>',
             f'<P ALIGN="center"><B>DIRECTORS AND EXECUTIVE OFFICERS OF {esc(org.upper())}</B></P>',
             "<P>" + esc("The following table sets forth the name and present principal occupation or employment, "
                         "and the name, principal business and address of any corporation or other organization in "
                         "which such occupation or employment is conducted of each director and executive officer "
                         "of " + _full_stop(org)) + "</P>", opening, header]
    sections = [("Members of the Board of Directors", [i for i, p in enumerate(roster.people) if is_director(p)]),
                ("Executive Officers", [i for i, p in enumerate(roster.people) if not is_director(p)])]
    printed = 0
    for title, members in sections:
        if not members:
            continue
        parts.append(f'<TR><TD COLSPAN="{span}"><B><I>{title}</I></B></TD></TR>')
        for index in members:
            person = roster.people[index]
            printed += 1
            name = (f"{printed}. " if options.numbered else "") + printed_name(person, options)
            cells = [esc(name), esc("; ".join(f"{t} of {org}" for t in person["positions"])),
                     esc("; ".join(person["other_positions"])) if person["other_positions"] else "N/A"]
            if options.citizenship:
                cells.append(esc(person["citizenship"] or ""))
            cells.append("<BR>".join(esc(line) for line in person["address"]))
            parts.append("<TR>" + "".join(f'<TD VALIGN="top">{c}</TD>' for c in cells) + "</TR>")
            if options.page_break_in == index and printed < len(roster.people):
                parts += ["</TABLE>", '<P STYLE="page-break-before:always">&nbsp;</P>', opening]
                if options.repeat_header:
                    parts.append(header)
    parts += ["</TABLE>", "</BODY></HTML>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options, by_default=False)


# ---- 4. Southwestern Energy: header row before each section, an address column ------------------------------------
def southwestern_header_per_section_address_column(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (dev/html_section_rows_southwestern_energy.htm): a centred bold
    underlined schedule heading, a bold numbered organisation paragraph, the real preamble ('The name, business
    address, title, present principal occupation or employment of each of the directors and executive officers of
    <Org> are set forth below. If no business address is given, ... is <shared>. Unless otherwise indicated, each
    occupation set forth opposite an individual's name refers to <Org>. Unless otherwise indicated below, all of
    the persons listed below are citizens of <default>.', here with ', except <Name>, who is ...' for the others),
    ONE borderless table whose underlined bold header row is printed again before each italic section row (the
    real repeats it before 'Executive Officers (Who Are Not Directors)'). Here 'SCHEDULE B', 'A.  <ORG>', three
    columns 'Name' | 'Present Principal Occupation or Employment' | 'Business Address' (the last empty for the
    shared address), the titles ', '-joined ('; ' where one holds a comma) on the first line of the cell and each
    outside occupation on a line of its own (<BR>). Differs from gather23 (one table per section, '(citizen of X)'
    in the cell), gather67 (the real caption, 'Business address:' and 'Citizen of' sentences in the cell, '(1)')
    and gather97 (header once, the address under the occupations, citizenship after the table) in the repeated
    header, the address column, the exceptions in the preamble and 'SCHEDULE B'. Variants: '1.' before names; 'SURNAME, Given'; a rule under
    each row when ruled; no citizenship words without citizenship; a page break after that person: the table
    closed, a page-break paragraph, and a new table with the header row if it repeats."""
    org = roster.organization
    shared = _shared_address(roster)
    default, _country = _most_common_citizenship(roster)
    esc = html.escape
    pre = (f"The name, business address, title, present principal occupation or employment of each of the directors "
           f"and executive officers of {esc(org)} are set forth below.")
    if shared:
        pre += (" If no business address is given, the director&#146;s or executive officer&#146;s business address "
                f"is {esc(', '.join(shared))}.")
    pre += (" Unless otherwise indicated, each occupation set forth opposite an individual&#146;s name refers to "
            f"{esc(_full_stop(org))}")
    if options.citizenship:
        others = _exceptions(roster)
        pre += (f" Unless otherwise indicated below, all of the persons listed below are {esc(_citizens(default))}"
                + (f", except {esc(_named_exceptions(others))}." if others else "."))
    line = "border-bottom:1.00pt solid #000000"
    border = f' STYLE="{line}"' if options.rules else ""
    head = (f'<TR><TD VALIGN="bottom" STYLE="{line}"><B>Name</B></TD><TD>&nbsp;&nbsp;</TD>'
            f'<TD VALIGN="bottom" ALIGN="center" STYLE="{line}"><B>Present Principal Occupation or Employment</B></TD>'
            f'<TD>&nbsp;&nbsp;</TD><TD VALIGN="bottom" ALIGN="center" STYLE="{line}"><B>Business Address</B></TD>'
            '</TR>')
    table_open = '<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0">'
    out = ['<HTML><BODY>', '<P ALIGN="center"><B><U>SCHEDULE B</U></B></P>',
           f'<P><B>A.&nbsp;&nbsp;&nbsp;&nbsp;{esc(org.upper())}</B></P>', f'<P>{pre}</P>', table_open]
    sections = [("Directors", [i for i, p in enumerate(roster.people) if is_director(p)]),
                ("Executive Officers (Who Are Not Directors)",
                 [i for i, p in enumerate(roster.people) if p["positions"] and not is_director(p)]),
                ("Other Persons", [i for i, p in enumerate(roster.people) if not p["positions"]])]
    printed = 0
    for label, members in sections:
        if not members:
            continue
        out += [head, f'<TR><TD VALIGN="bottom"><I>{label}</I></TD><TD>&nbsp;&nbsp;</TD><TD></TD><TD></TD>'
                      '<TD></TD></TR>']
        for index in members:
            person = roster.people[index]
            printed += 1
            name = (f"{printed}. " if options.numbered else "") + printed_name(person, options)
            joiner = "; " if any("," in title for title in person["positions"]) else ", "
            cell = ([joiner.join(person["positions"])] if person["positions"] else []) + person["other_positions"]
            address = person["address"] if person["address"] and person["address"] != shared else []
            out.append(f'<TR><TD VALIGN="top"{border}>{esc(name)}</TD><TD>&nbsp;&nbsp;</TD>'
                       f'<TD VALIGN="top" ALIGN="center"{border}>{"<BR>".join(esc(c) for c in cell)}</TD>'
                       f'<TD>&nbsp;&nbsp;</TD>'
                       f'<TD VALIGN="top"{border}>{"<BR>".join(esc(c) for c in address)}</TD></TR>')
            if options.page_break_in == index and printed < len(roster.people):
                out += ['</TABLE>', '<P STYLE="page-break-before:always">&nbsp;</P>', table_open]
                if options.repeat_header:
                    out.append(head)
    out += ['</TABLE>', '</BODY></HTML>']
    return ".htm", "\n".join(out) + "\n", _people(roster, options, by_default=True)


FAMILIES = {
    "forstmann_three_line_heading_one_preamble_title_lists": forstmann_three_line_heading_one_preamble_title_lists,
    "ariel_exhibit_officer_or_director_full_rules": ariel_exhibit_officer_or_director_full_rules,
    "stmicro_section_rows_annex_i_title_citizenship_columns": stmicro_section_rows_annex_i_title_citizenship_columns,
    "southwestern_header_per_section_address_column": southwestern_header_per_section_address_column,
}

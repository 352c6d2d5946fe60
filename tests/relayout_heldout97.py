"""Held-out re-layout families, ninety-seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:14-12:30 UTC by `date`) by helper session gather97 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring), printing the other persons the way that filing prints its own,
with only the small differences two law firms' filings show (widths, label words, heading and preamble wording, name
order and case, numbering, page breaks). Rosters: the two used only twice by the earlier close-variant sets (Novo:
gather26, 67; Southwestern Energy: gather23, 67) and two used three times whose last use is the oldest (ConAgra:
gather24, 44, 73; IDT: gather23, 44, 73):

- name_comma_title_cells_one_a_line_novo: Novo's Schedule I as saved from HTML to text, every cell's lines one a
  line, the name ending in a comma with the title under it, the label cells once, no line between persons.
- single_table_director_officer_rows_html: Southwestern Energy's Schedule A, one HTML table Name | Principal
  Occupation and Business Address, italic 'Directors' / 'Executive Officers' section rows, defaults in the preamble,
  the citizenship exceptions in a sentence after the table.
- indented_name_address_titles_of_short_name: ConAgra's Schedule I, name and address lines at the left (the
  preamble's default address not repeated), the titles '... of <Short>' at the right, the outside occupations on
  the right under them.
- edgar_position_occupation_address_as_of: IDT's Exhibit 7 with its 'AS OF <date>' title, an EDGAR <TABLE> Name |
  Title | Principal Occupation | Business Address with dashed label underlines, the occupation repeating the
  position for an officer without another, the citizenship default with named exceptions in the preamble.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Expected everywhere: every person's own values (relayout.expected()) in roster order; where a preamble gives the
default citizenship, that default as printed on the persons it covers; no citizenship where options.citizenship is
False (none is printed then).

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
    """'citizens of the United States', 'Canadian citizens' (the plural of `_is_citizen`)."""
    single = _is_citizen(citizenship)
    return "citizens" + single[len("a citizen"):] if single.startswith("a citizen ") else single[2:] + "s"


def _short(org: str) -> str:
    """'ConAgra Foods, Inc.' -> 'ConAgra Foods' (the defined short name the real filings use)."""
    words = org.replace(",", "").split()
    while len(words) > 1 and words[-1].rstrip(".").lower() in ("inc", "corp", "corporation", "company", "co", "ltd",
                                                               "llc", "lp", "l.p", "plc", "n.v", "s.a", "ag", "a/s"):
        words.pop()
    return " ".join(words)


# ---- 1. Novo: HTML saved as text, each cell's lines one a line --------------------------------------------------
def name_comma_title_cells_one_a_line_novo(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Novo Holdings' Schedule I (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt): as the
    real text save, every cell's lines one a line and no line between persons; the name cell is the name followed
    by a comma with the titles under it ('Lars Green,' / 'Chair of the Board'), then the address lines, the
    principal occupation (for a person without an outside one '<title>,' / '<Org>', the first title other than a
    board seat, as the real prints the officers), then the citizenship. Here 'SCHEDULE A' (no exhibit line), a
    preamble 'Set forth below is information regarding each director and executive officer of <Org>.', the entity
    name line, and the label cells 'Name and Position' / 'Business Address' / 'Present Principal Occupation' /
    'Citizenship' (label words of other real rosters). Variants: '1.' before the name; 'SURNAME, Given'; a blank
    line between persons when ruled; no Citizenship cell without citizenship; a page break after that person:
    '<PAGE>' (form feed without markers), 'A-2', and the entity line and label cells again if the header repeats.
    Differs from gather26 (an HTML table, a 'No.' column) and gather67 (a blank line between persons, the real
    labels, '<Title> of <Org>' as occupation, 'EXHIBIT 99.2') in the labels, no line between persons, the officers'
    occupation cell and the heading."""
    org = roster.organization
    labels = ["Name and Position", "Business Address", "Present Principal Occupation"] + \
        (["Citizenship"] if options.citizenship else [])
    lines = ["SCHEDULE A", f"Set forth below is information regarding each director and executive officer of "
             f"{_full_stop(org)}", org, *labels]
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        lines.append(name + ("," if person["positions"] else ""))
        lines += person["positions"]
        lines += person["address"]
        if person["other_positions"]:
            lines += person["other_positions"]
        elif person["positions"]:
            officer = [t for t in person["positions"] if "director" not in t.lower()] or person["positions"]
            lines += [officer[0] + ",", org]
        if options.citizenship:
            lines.append(person["citizenship"])
        if options.rules:
            lines.append("")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", _page(options), "A-2", ""]
            if options.repeat_header:
                lines += [org, *labels]
    return ".txt", _done(lines), _people(roster, options, by_default=False)


# ---- 2. Southwestern: one HTML table, section rows, occupation and address cell ---------------------------------
def single_table_director_officer_rows_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm):
    a centred bold underlined 'SCHEDULE A', a bold '1. <ORG>' paragraph, the real preamble ('The name, business
    address, title, present principal occupation or employment of each of the directors and executive officers of
    <Org> are set forth below. If no business address is given, the director's or executive officer's business
    address is <shared>. Unless otherwise indicated, each occupation set forth opposite an individual's name refers
    to <Org>. Unless otherwise indicated below, all of the persons listed below are citizens of <default>.'), then
    ONE table of two columns with the labels underlined ('Name' | 'Present Principal Occupation and Business
    Address'), italic section rows 'Directors' and 'Executive Officers (who are not Directors)' ('Other Persons'
    for persons without a title); the second cell holds the titles ', '-joined, each outside occupation on a line
    of its own (<br>), and an address other than the shared one on lines under them. After the table, 'Citizenship:
    <Name>, who is a citizen of X.' for the exceptions. Variants: '1.' before names; 'SURNAME, Given'; a ruled line
    under each row when ruled; the address sentence left out where no address is shared; no citizenship sentences
    without citizenship; a page break after that person: the table closed, a page-break paragraph, and a new table
    with the labels if the header repeats. Differs from gather23 (one table per section, '(citizen of X)' in the
    cell, a 'DIRECTORS AND EXECUTIVE OFFICERS OF' heading) and gather67 (the real caption words, 'Business address:'
    and 'Citizen of' sentences in the cell, '(1)') in the caption words, the address lines bare in the cell, the
    citizenship exceptions after the table and the '1.' numbering."""
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
        pre += f" Unless otherwise indicated below, all of the persons listed below are {esc(_citizens(default))}."
    border = ' STYLE="border-bottom:1.00pt solid #000000"' if options.rules else ""
    head = ('<TR><TD VALIGN="bottom" STYLE="border-bottom:1.00pt solid #000000"><B>Name</B></TD><TD>&nbsp;</TD>'
            '<TD VALIGN="bottom" ALIGN="center" STYLE="border-bottom:1.00pt solid #000000"><B>Present Principal '
            'Occupation and Business Address</B></TD></TR>')
    table_open = '<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0">'
    out = ['<HTML><BODY>', '<P ALIGN="center"><B><U>SCHEDULE A</U></B></P>',
           f'<P><B>1.&nbsp;&nbsp;&nbsp;&nbsp;{esc(org.upper())}</B></P>', f'<P>{pre}</P>', table_open, head]
    sections = [("Directors", [i for i, p in enumerate(roster.people) if is_director(p)]),
                ("Executive Officers (who are not Directors)",
                 [i for i, p in enumerate(roster.people) if p["positions"] and not is_director(p)]),
                ("Other Persons", [i for i, p in enumerate(roster.people) if not p["positions"]])]
    printed = 0
    for label, members in sections:
        if not members:
            continue
        out.append(f'<TR><TD VALIGN="bottom"><I>{label}</I></TD><TD>&nbsp;</TD><TD></TD></TR>')
        for index in members:
            person = roster.people[index]
            printed += 1
            name = (f"{printed}. " if options.numbered else "") + printed_name(person, options)
            cell = ([", ".join(person["positions"])] if person["positions"] else []) + person["other_positions"]
            if person["address"] and person["address"] != shared:
                cell += person["address"]
            out.append(f'<TR><TD VALIGN="top"{border}>{esc(name)}</TD><TD>&nbsp;</TD>'
                       f'<TD VALIGN="top" ALIGN="center"{border}>{"<BR>".join(esc(c) for c in cell)}</TD></TR>')
            if options.page_break_in == index and printed < len(roster.people):
                out += ['</TABLE>', '<P STYLE="page-break-before:always">&nbsp;</P>', table_open]
                if options.repeat_header:
                    out.append(head)
    out.append('</TABLE>')
    if options.citizenship:
        others = _exceptions(roster)
        if others:
            out.append(f"<P>Citizenship: {esc(_named_exceptions(others))}.</P>")
    out.append('</BODY></HTML>')
    return ".htm", "\n".join(out) + "\n", _people(roster, options, by_default=True)


# ---- 3. ConAgra: indented name and address at the left, titles of <Short> at the right ---------------------------
def indented_name_address_titles_of_short_name(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra Foods' Schedule I (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_foods.txt): the
    real preamble ('<Org>'s ("<Short>") executive officers and directors (the "Individuals") and the information
    required by Item 2 of Schedule 13D are listed below, along with the offices held by such Individual. Unless
    otherwise indicated, the business address for each Individual is c/o <Org>, <shared>. Each Individual is a
    <default> citizen.' with the exceptions named), then each person indented 6: the name and the address lines at
    the left, the titles ', '- and 'and'-joined with ' of <Short>' wrapped at the right (from column 39 as
    the real, further right where a left line is longer); here the outside occupations follow on the right, each
    starting a line of its own. Differences from the real: 'ANNEX B' heading, 'Except as set forth below' wording,
    the default address left out under the names of those who have it, the right column wrapping at options.width
    (26-36). Differs from gather24 (every address printed, reworded preamble, occupations after '; ', '(1)'),
    gather44 (every address printed, one title a line, '(a)') and gather73 (every address printed, reworded
    preamble, occupations after '; ' in the phrase).
    Variants: '1.' before the name; 'SURNAME, Given'; a line of '-' between persons when ruled; a page break after
    that person: '<PAGE>' (form feed without markers) and 'B-2' centred."""
    org = roster.organization
    short = _short(org)
    shared = _shared_address(roster)
    default, _country = _most_common_citizenship(roster)
    width = min(36, max(26, options.width))
    text = (f"{org}'s (\"{short}\") executive officers and directors (the \"Individuals\") and the information "
            "required by Item 2 of Schedule 13D are listed below, along with the offices held by such Individual.")
    if shared:
        text += (" Except as set forth below, the business address for each Individual is "
                 f"{', '.join(shared)}.")
    if options.citizenship:
        others = _exceptions(roster)
        text += f" Each Individual is {_is_citizen(default)}"
        text += f", except {_named_exceptions(others)}." if others else "."
    lines = [centre("ANNEX B", 78), "", *textwrap.wrap(text, 79, initial_indent=" " * 9), ""]
    left_width = max([32] + [len(line) + 2 for p in roster.people for line in p["address"]] +
                     [len(printed_name(p, options)) + 6 for p in roster.people])
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        titles = person["positions"]
        joined = (", ".join(titles[:-1]) + " and " + titles[-1] if len(titles) > 1 else "".join(titles))
        right = wrap_lines(f"{joined} of {short}", width) if titles else []
        for other in person["other_positions"]:
            right += wrap_lines(other, width)
        left = [name] + (person["address"] if person["address"] and person["address"] != shared else [])
        for row in range(max(len(left), len(right))):
            a = left[row] if row < len(left) else ""
            b = right[row] if row < len(right) else ""
            lines.append(f"      {a:<{left_width}} {b}" if b else f"      {a}")
        lines.append("      " + "-" * 60 if options.rules else "")
        if options.rules:
            lines.append("")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += [_page(options), centre("B-2", 78), ""]
    return ".txt", _done(lines), _people(roster, options, by_default=True)


# ---- 4. IDT: EDGAR table Name | Position | Principal Occupation | Business Address -------------------------------
def edgar_position_occupation_address_as_of(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt): 'EXHIBIT 7', the centred 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG> AS OF <date>', the real
    preamble ('The name, position, principal occupation and business address of each executive officer and director
    of <Org> is set forth below. Unless otherwise indicated, each occupation set forth opposite an executive
    officer's name refers to employment with <Org>. Each person listed below is a citizen of <default>, other than
    <Name>, who is a citizen of <X>.'), then an EDGAR <TABLE><CAPTION> of four columns, each label underlined by its
    own dashes, <S>/<C>; the position cell the titles joined 'A, B and C' and wrapped, the occupation cell the outside
    occupations ('; '-joined) or the position repeated (as the real), the address lines whole, a blank line after
    each row. Differences from the real: 'EXHIBIT 99.2', 'as of December 31, 2006', the label 'Title' (MSDW
    OIP's word) for 'Position', widths 26 | 28 | options.width + 2 | rest. Differs from gather23 (IDT Nevada,
    two-line labels, no date), gather44 ('EXHIBIT C', no date, one title a line, 'Position(s)', 'a.') and gather73
    ('EXHIBIT 2', no date, 'Present Position' / 'Present Principal Occupation', '(1)', no tags without markers) in
    the dated heading, the 'Title' label, the '1.' numbering and the <TABLE> tags kept without markers.
    Variants: '1.' before names; 'SURNAME, Given'; a dashed rule between rows when ruled; no <S>/<C> line without
    markers; a page break after that person: '</TABLE>', '<PAGE>', 'II-2' and a new <TABLE> with the labels if the
    header repeats."""
    org = roster.organization
    default, _country = _most_common_citizenship(roster)
    occ_width = min(34, max(22, options.width))
    widths = [26, 28, occ_width + 2]
    text = (f"The name, position, principal occupation and business address of each executive officer and director "
            f"of {org} is set forth below. Unless otherwise indicated, each occupation set forth opposite an executive "
            f"officer's name refers to employment with {_full_stop(org)}")
    if options.citizenship:
        others = _exceptions(roster)
        text += f" Each person listed below is {_is_citizen(default)}"
        text += f", other than {_named_exceptions(others)}." if others else "."
    labels = ["Name", "Title", "Principal Occupation", "Business Address"]

    def caption() -> list[str]:
        first = "".join(f"{lab:<{w}}" for lab, w in zip(labels, widths)) + labels[3]
        under = "".join(f"{'-' * len(lab):<{w}}" for lab, w in zip(labels, widths)) + "-" * len(labels[3])
        out = ["<TABLE>", "<CAPTION>", first, under]
        if options.markers:
            out.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)) + "<C>")
        return out

    lines = ["EXHIBIT 99.2", "", "", centre("DIRECTORS AND EXECUTIVE OFFICERS OF", 78),
             centre(f"{org.upper()} AS OF DECEMBER 31, 2006", 78), "",
             *textwrap.wrap(text, 79, initial_indent=" " * 9), "", *caption()]
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        titles = person["positions"]
        position = ", ".join(titles[:-1]) + " and " + titles[-1] if len(titles) > 1 else "".join(titles)
        occupation = "; ".join(person["other_positions"]) or position
        cols = [wrap_lines(name, widths[0] - 2), wrap_lines(position, widths[1] - 2) if position else [],
                wrap_lines(occupation, occ_width) if occupation else [], person["address"]]
        for row in range(max(len(c) for c in cols)):
            cells = [c[row] if row < len(c) else "" for c in cols]
            lines.append("".join(f"{v:<{w}}" for v, w in zip(cells[:3], widths)) + cells[3])
        lines.append("-" * 100 if options.rules else "")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["</TABLE>", _page(options), centre("II-2", 78), ""]
            lines += caption() if options.repeat_header else ["<TABLE>"]
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options, by_default=True)


FAMILIES = {
    "name_comma_title_cells_one_a_line_novo": name_comma_title_cells_one_a_line_novo,
    "single_table_director_officer_rows_html": single_table_director_officer_rows_html,
    "indented_name_address_titles_of_short_name": indented_name_address_titles_of_short_name,
    "edgar_position_occupation_address_as_of": edgar_position_occupation_address_as_of,
}

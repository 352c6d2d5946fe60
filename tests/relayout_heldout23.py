"""Held-out re-layout families, twenty-third set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (02:59-03:10 UTC by `date`) by helper session gather23 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Unlike the earlier sets, each family here is a CLOSE VARIANT OF ONE REAL DEVELOPMENT ROSTER'S
OWN LAYOUT (a file in tests/data/rosters_real/dev/, named in the family's docstring with its sec.gov address): the
other persons printed the way that filing prints its own, with only the small differences two filings by different
law firms show - column widths and which column wraps, the header's label words (taken from other real rosters),
the heading and preamble wording, name order and case, a numbering or separator style, where the page breaks fall -
and no layout feature the real filing does not have. They measure how the reader does on the kind of annex a
user's next filing most likely has. Each docstring lists the choices in which the family differs from its real
model; each family differs from every earlier family (tests/relayout.py, tests/relayout_heldout5..20.py) in at
least two of those choices. They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very
end; the lead measures them once (benchmarks/bench_rosters.py) and they become development families after that
measurement. tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says
anything about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _default_address, _full_stop, _wrap_rows, centred, expected, printed_name
from relayout_heldout10 import _titles
from relayout_heldout14 import _WOMEN
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered, _named_exceptions


def _shared_address(roster: Roster) -> list[str] | None:
    """The business address at least two people of the roster share (the most common), else None: a preamble
    gives a default address only where one is shared."""
    address = _default_address(roster)
    return address if sum(p["address"] == address for p in roster.people) > 1 else None


def _others_by_default(roster: Roster) -> list[dict]:
    """The people whose citizenship is not the one most of the roster holds, in roster order."""
    default, country = _most_common_citizenship(roster)
    return [p for p in roster.people if not _covered(p, country, default)]


# ---- 1. IDT Nevada: an EDGAR <TABLE> Name | Position | Principal Occupation | Address, citizenship in the preamble
def edgar_position_occupation_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Nevada Holdings' Exhibit 4
    (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_nevada.txt, sec.gov
    .../1086472/000089183601500310/exh4.txt): a fixed-width EDGAR <TABLE> with a <CAPTION> of four label words each
    underlined by its own dashes, a blank line, the <S>/<C> row, then one row group per person with every cell
    wrapping under itself and a blank line between persons; the occupation cell of an officer without other
    employment repeats his titles ('each occupation set forth opposite an executive officer's name refers to
    employment with ...'); the preamble gives the citizenship once with the exceptions named ('Each person listed
    below is a citizen of the United States, other than Gil Boosidan, who is a citizen of Israel.'). Printed the
    same way here. Differs from the real one in: the heading ('SCHEDULE II' and 'EXECUTIVE OFFICERS AND DIRECTORS OF
    <ORG>', MSDW OIP's word order, no 'as of' date); the preamble's wording; the caption's label words on two lines,
    taken from UCSG's Exhibit 1 (dev/text_fixed5col_ownership_ucsg.txt, sec.gov
    .../935503/000091205701007385/a2040818zex-1.txt: 'Position with <short name>', 'Present Principal / Occupation
    or / Employment', 'Address') - here 'Name' | 'Position' | 'Present Principal' / 'Occupation or Employment' |
    'Address'; the column widths (24 | 26 | options.width + 2 | 30) and the titles joined by ', ' (by '; ' where a
    title holds a comma or 'and'); the address printed line by line, each line wrapping under itself, not one
    comma-joined string; the numbered variant puts '1.' before the name, the upper_last_first variant prints
    'SURNAME, Given'; the ruled variant a dashed line between persons instead of the blank line; a page break
    (options.page_break_in) after the person's first line, '<PAGE>' (a form feed without markers) with the page
    number, and the caption again if it repeats. Without markers there is no <TABLE>, <CAPTION> or <S>/<C> line. The
    citizenship sentence names the exceptions in natural order even where the table prints 'SURNAME, Given'; without
    citizenship in the variant there is no such sentence."""
    org = roster.organization
    default, _ = _most_common_citizenship(roster)
    others = _others_by_default(roster)
    widths = [24, 26, options.width + 2, 30]
    heads = [["", "Name"], ["", "Position"], ["Present Principal", "Occupation or Employment"], ["", "Address"]]
    caption = _wrap_rows(heads, widths)
    caption.append("".join(f"{'-' * len(h[1]):<{w}}" for h, w in zip(heads, widths)).rstrip())
    lines = [f"{'SCHEDULE II':^80}".rstrip(), "", "", f"{'EXECUTIVE OFFICERS AND DIRECTORS OF':^80}".rstrip(),
             f"{org.upper():^80}".rstrip(), ""]
    preamble = (f"The name, present position, present principal occupation and business address of each executive "
                f"officer and director of {org} are set forth below. Unless otherwise indicated, each occupation "
                f"set forth opposite an executive officer's name refers to employment with {_full_stop(org)}")
    if options.citizenship:
        preamble += (f" Each person listed below is {_is_citizen(default)}"
                     + (f", other than {_named_exceptions(others)}." if others else "."))
    lines += textwrap.wrap(preamble, 80, initial_indent="         ") + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + [""]
    lines += ["".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip()] \
        if options.markers else []
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        titles = _titles(person["positions"])
        occupation = "; ".join(person["other_positions"]) or titles
        cells = [textwrap.wrap(name, widths[0] - 2), textwrap.wrap(titles, widths[1] - 2),
                 textwrap.wrap(occupation, widths[2] - 2),
                 [piece for line in person["address"] for piece in textwrap.wrap(line, widths[3] - 2)]]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'II-2':^80}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows + ["-" * (sum(widths) - 2) if options.rules else ""]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


# ---- 2. Southwestern Energy: HTML section tables Name | spacer | occupation including the employer's address ------
def _html_lines(lines: list[str], options: Options) -> str:
    """A cell's lines apart by <br> (markers) or each in its own <p> (no markers)."""
    escaped = [html.escape(line) for line in lines]
    if options.markers:
        return "<br>".join(escaped)
    return "".join(f"<p style=\"margin-top:0pt;margin-bottom:0pt\">{line}</p>" for line in escaped)


def _sections(roster: Roster) -> list[tuple[str, list[dict]]]:
    """'Directors' (everyone on the board), then 'Executive Officers Who Are Not Directors'; an empty one left
    out."""
    directors = [p for p in roster.people if "board of directors" in p["bodies"]]
    officers = [p for p in roster.people if p not in directors]
    return [(title, members) for title, members in (("Directors", directors),
                                                     ("Executive Officers Who Are Not Directors", officers)) if members]


def html_section_tables_employer_cell(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy Company's Schedule A
    (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm, its SC 13D on Montage Resources Corp.
    signed 2020-08-21; no sec.gov address is stored, SOURCES.md gives its source as the raw HTML embedded in a
    public GitHub Python file, code index id 37256609916): a centred underlined 'SCHEDULE A', a preamble giving the
    default business address ('If no business address is given, ...') and the default citizenship ('Unless otherwise
    indicated below, all of the persons listed below are citizens of ...'), then one HTML table per section, each
    with its own header row (Name | a 1% spacer cell | 'Present Principal Occupation Including Name and Address of
    Employer', the captions bold and bottom-ruled), an italic section row ('Directors', 'Executive Officers (Who Are
    Not Directors)'), a short empty spacer row before every person, the person's titles in the occupation cell
    ('President & Chief Executive Officer, Director'). Printed the same way here, the other persons' facts where
    that caption puts them: the occupation cell holds the titles held in the organisation (', '-joined, '; ' where a
    title holds a comma or 'and'), then each occupation outside it, then the employer's address lines where the
    address is not the default, then '(citizen of Canada)' where the citizenship is not the default. Differs from
    the real one in: the heading ('SCHEDULE A' then 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>' in bold instead of
    '1. <ORG>'); the preamble's wording; the occupation caption's words ('Present Principal Occupation or Employment
    and Business Address', Smith Barney's and the two-column families' label); the second section row's words
    without parentheses ('Executive Officers Who Are Not Directors'); the cell lines apart by <br> (markers) or each
    in its own <p> (no markers); the numbered variant puts '(1)' before the name in the name cell, the
    upper_last_first variant prints 'SURNAME, Given'; the ruled variant rules the spacer rows; a page break
    (options.page_break_in) closes the table after that person's row, a centred page number 'A-1' and a page-break
    <p>, and the section's table goes on, its header row repeated if it repeats. A default address is given only
    where two or more persons share one; the default citizenship is the one most persons hold."""
    org = roster.organization
    default_address = _shared_address(roster)
    default, country = _most_common_citizenship(roster)
    caption = "Present Principal Occupation or Employment and Business Address"
    header = ("<tr style=\"font-size:8pt\"><td valign=\"bottom\"><p style=\"margin-top:0pt;margin-bottom:0pt;"
              "border-bottom:1.00pt solid #000000\"><b>Name</b></p></td><td valign=\"bottom\">&nbsp;&nbsp;</td>"
              f"<td valign=\"bottom\" align=\"center\" style=\"border-bottom:1.00pt solid #000000\"><b>{caption}</b>"
              "</td></tr>")
    widths = "<tr><td width=\"32%\"></td><td width=\"1%\"></td><td width=\"67%\"></td></tr>"
    ruled = " style=\"border-bottom:0.50pt solid #000000\"" if options.rules else ""
    spacer = (f"<tr style=\"font-size:1pt\"><td height=\"14\"{ruled}></td>"
              f"<td height=\"14\" colspan=\"2\"{ruled}></td></tr>")
    opening = ("<table cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" border=\"0\" style=\"border-collapse:"
               "collapse;font-family:Times New Roman;font-size:10pt\" align=\"center\">") + widths
    page_break = "<p align=\"center\">A-1</p><p style=\"page-break-before:always\">&nbsp;</p>"
    blocks, breaks, number = [], [], 0
    for title, members in _sections(roster):
        rows = [opening, header, f"<tr><td valign=\"bottom\"><i>{html.escape(title)}</i></td><td>&nbsp;&nbsp;</td>"
                                 f"<td></td></tr>"]
        for person in members:
            index = roster.people.index(person)
            number += 1
            name = (f"({number}) " if options.numbered else "") + printed_name(person, options)
            cell = ([_titles(person["positions"])] if person["positions"] else []) + person["other_positions"]
            cell += [] if person["address"] == default_address else person["address"]
            if options.citizenship and not _covered(person, country, default):
                cell.append(f"(citizen of {person['citizenship']})")
            rows += [spacer, f"<tr><td valign=\"top\">{html.escape(name)}</td><td>&nbsp;&nbsp;</td>"
                             f"<td valign=\"top\">{_html_lines(cell, options)}</td></tr>"]
            if options.page_break_in == index and person is not members[-1]:
                rows.append("</table>" + page_break + opening + (header if options.repeat_header else ""))
            elif options.page_break_in == index:
                breaks.append(len(blocks))
        blocks.append("".join(rows) + "</table>")
    said = [f"If no business address is given, the director's or executive officer's business address is "
            f"{_full_stop(', '.join(default_address))}"] if default_address else []
    said += [f"Unless otherwise indicated below, each of the persons listed below is {_is_citizen(default)}."] \
        if options.citizenship else []
    preamble = (f"The name, present principal occupation or employment and business address of each of the directors "
                f"and executive officers of {org} are set forth below. Unless otherwise indicated, each occupation "
                f"set forth opposite an individual's name refers to {_full_stop(org)} " + " ".join(said)).strip()
    text = (f"<html><body><p align=\"center\"><b><u>SCHEDULE A</u></b></p><p align=\"center\"><b>DIRECTORS AND "
            f"EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>"
            + "".join(block + (page_break if at in breaks else "<p>&nbsp;</p>" if at < len(blocks) - 1 else "")
                      for at, block in enumerate(blocks)) + "</body></html>")
    return ".htm", text, _by_default(roster, options)


# ---- 3. Power Corporation 2005: blocks of lines keyed (i)-(v) as the preamble defines them -------------------------
def roman_keyed_field_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's 2005 Exhibit A
    (tests/data/rosters_real/dev/labelled_list_power_corporation_2005.txt, sec.gov
    .../1265430/000120621205000159/m17453a9exv99wa.txt): '<PAGE>', 'Exhibit A' at the right margin, the centred
    title, a preamble that defines the keys ('The (i) name, (ii) title, (iii) country of citizenship, (iv) principal
    occupation and (v) principal business address of each of ... are listed below.'), then one block per person,
    each line a key in a fixed column and its value, the occupation wrapping under itself, the address one line per
    line under the value column, a blank line between blocks and a '<PAGE>' line between two blocks; an officer's
    occupation printed as '<title>, <Org>' (his titles other than 'Director'). Printed the same way here. Differs
    from the real one in: 'Schedule A' for 'Exhibit A' and the title 'EXECUTIVE OFFICERS AND DIRECTORS OF <ORG>';
    the preamble's wording ('Set forth below are the (i) name, ...') and the keys' ORDER, the citizenship last as in
    Micron's and Canopy's labelled blocks: (i) name, (ii) title, (iii) present principal occupation or employment,
    (iv) business address, (v) citizenship (without citizenship in the variant the keys stop at (iv)); the value
    column at 9 instead of 11; the titles ', '-joined (by '; ' where one holds a comma or 'and'); the occupation
    wrapping at options.width + 36; the numbered variant puts '1.', '2.' at the margin before '(i)' and indents the
    block by five; the upper_last_first variant prints 'SURNAME, Given'; the ruled variant a row of '*' between
    blocks; the page break (options.page_break_in) falls INSIDE that person's block, after the occupation line(s): a
    blank line, '<PAGE>' (a form feed without markers), 'Schedule A (continued)' if the header repeats, then the
    address."""
    org = roster.organization
    lead = 5 if options.numbered else 0
    column = 9
    keys = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]
    fields = "(i) name, (ii) title, (iii) present principal occupation or employment" + (
        ", (iv) business address and (v) citizenship" if options.citizenship else " and (iv) business address")
    lines = (["<PAGE>"] if options.markers else []) + ["", f"{'Schedule A':>78}", "", "",
                                                       f"{'EXECUTIVE OFFICERS AND DIRECTORS OF ' + org.upper():^78}"
                                                       .rstrip(), ""]
    lines += textwrap.wrap(f"Set forth below are the {fields} of each of the executive officers and directors of "
                           f"{_full_stop(org)}", 78, initial_indent="         ") + [""]
    for index, person in enumerate(roster.people):
        held = [title for title in person["positions"] if title != "Director"] or person["positions"]
        occupation = person["other_positions"] or [f"{title}, {org}" for title in held]
        values = [[printed_name(person, options)], [_titles(person["positions"])],
                  textwrap.wrap("; ".join(occupation), options.width + 36), person["address"]]
        values += [[person["citizenship"]]] if options.citizenship else []
        block = []
        for key, value in zip(keys, values):
            for row, piece in enumerate(value):
                margin = (f"{index + 1}.".ljust(lead) if key == "(i)" and row == 0 else " " * lead) if lead else ""
                block.append(margin + (f"{key:<{column}}" if row == 0 else " " * column) + piece)
            if key == "(iii)" and options.page_break_in == index:
                block += ["", "<PAGE>" if options.markers else "\f", ""] + (
                    [f"{'Schedule A (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        lines += block + ([f"{'*    *    *':^78}".rstrip()] if options.rules else []) + [""]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. Chittenden: one indented paragraph per person, 'Name.  Mr. X is <titles> of <Org>' ------------------------
def _surname(name: str) -> str:
    words = name.replace(",", "").split()
    return words[-2] if words[-1].rstrip(".").upper() in ("JR", "SR", "II", "III", "IV") else words[-1]


def _is_titles(positions: list[str], org: str) -> list[str]:
    """The clauses for the titles held in the organisation: 'a director of <Org>' for the board seat, then
    '<titles> of <Org>' for the others."""
    rest = [title for title in positions if title != "Director"]
    return ([f"a director of {org}"] if "Director" in positions else []) + ([f"{_titles(rest)} of {org}"] if rest
                                                                           else [])


def prose_honorific_paragraphs(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Chittenden Corporation's Exhibit 99.1 (tests/data/rosters_real/dev/prose_chittenden_corporation.txt,
    sec.gov .../792360/000092701602005613/dex991.txt): '<PAGE>', a centred 'EXHIBIT 99.1' underlined by hyphens and
    the title 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>', a preamble giving the one business address of
    everyone, then one paragraph per person indented five spaces, the name and a full stop first: 'Paul A. Perrault.
    Mr. Perrault is the President, ... of Chittenden Corporation.', a director 'Mr. Bertrand is a director of
    Chittenden and is Chairman of Central Vermont Public Service Corporation.'; a blank line between paragraphs.
    Printed the same way here, the other persons' facts in the sentences such rosters use where a person differs
    from the preamble (Motorola's Appendix I, dev/text_twocol_prose_overrides_motorola.txt, sec.gov
    .../824169/000006850501000015/0002.txt: 'His business address is: ...', 'Mr. Caio is a citizen of Italy.'): 'Mr.
    Chia is a director of <Org> and is <occupation>.', '<His/Her> business address is <address>.' where it is not
    the preamble's, 'Mr. Cohen is a citizen of Canada.' where the citizenship is not the preamble's. Differs from
    the real one in: 'EXHIBIT 99.2' and the title 'EXECUTIVE OFFICERS AND DIRECTORS' / 'OF <ORG>'; the preamble's
    wording, which also gives the default citizenship ('Unless otherwise indicated below, ... and each of them is a
    citizen of ...'; a default address only where two or more persons share one, else every address in its
    paragraph); several titles ', '-joined (by '; ' where one holds a comma or 'and'); the paragraph width
    options.width + 44; the numbered variant puts '1.' before the name, the upper_last_first variant prints
    'SURNAME, Given.' as the lead; the ruled variant a short centred rule between paragraphs; a page break
    (options.page_break_in) after the paragraph's first line, the page number and '<PAGE>' (a form feed without
    markers). 'Mr.' or 'Ms.' by the given name."""
    org = roster.organization
    default_address = _shared_address(roster)
    default, _ = _most_common_citizenship(roster)
    others = _others_by_default(roster)
    lines = (["<PAGE>", ""] if options.markers else []) + centred("EXHIBIT 99.2", "------------",
                                                                   "EXECUTIVE OFFICERS AND DIRECTORS",
                                                                   f"OF {org.upper()}") + [""]
    defaults = []
    if default_address:
        defaults.append(f"the business address of each of them is {', '.join(default_address)}")
    if options.citizenship:
        defaults.append(f"each of them is {_is_citizen(default)}")
    preamble = f"The following persons are the executive officers and/or directors of {_full_stop(org)}"
    if defaults:
        preamble += " Unless otherwise indicated below, " + _full_stop(", and ".join(defaults))
    lines += textwrap.wrap(preamble, 78, initial_indent="     ") + [""]
    width = options.width + 44
    for index, person in enumerate(roster.people):
        woman = person["name"].split()[0].casefold() in _WOMEN
        call, his = ("Ms.", "Her") if woman else ("Mr.", "His")
        call = f"{call} {_surname(person['name'])}"
        name = (f"{index + 1}.  " if options.numbered else "") + printed_name(person, options)
        sentences = [_full_stop(name) + " "]
        clauses = _is_titles(person["positions"], org) + (["; ".join(person["other_positions"])]
                                                          if person["other_positions"] else [])
        if clauses:
            sentences.append(_full_stop(f"{call} is {' and is '.join(clauses)}"))
        if person["address"] != default_address:
            sentences.append(_full_stop(f"{his} business address is {', '.join(person['address'])}"))
        if options.citizenship and person in others:
            sentences.append(f"{call} is {_is_citizen(person['citizenship'])}.")
        paragraph = textwrap.wrap(" ".join(sentences), width, initial_indent="     ")
        if options.page_break_in == index and len(paragraph) > 1:
            paragraph[1:1] = ["", f"{'2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""]
        lines += paragraph + ([f"{'-' * 10:^78}".rstrip()] if options.rules else []) + [""]
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


FAMILIES = {"edgar_position_occupation_table": edgar_position_occupation_table,
            "html_section_tables_employer_cell": html_section_tables_employer_cell,
            "roman_keyed_field_lines": roman_keyed_field_lines,
            "prose_honorific_paragraphs": prose_honorific_paragraphs}

"""Held-out re-layout families, sixty-seventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (06:58-07:05 UTC by `date`) by helper session gather67 (issue 13), BLIND: without reading the roster
reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any extraction
output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close variant of ONE real development
roster (tests/data/rosters_real/dev/ and tests/data/rosters/), printing the other persons the way that filing prints
its own, with only the small differences two law firms' filings show. The rosters (heldout23 ... heldout64 counted by
the roster each family is built on, siblings included): STMicroelectronics' Annex A (tests/data/rosters/, never used),
and three of the six used once (Southwestern Energy heldout23, Novo Holdings heldout26, Motorola heldout35), each
differing in at least two choices from the earlier family on its roster:

- board_section_rows_five_cell_html (STMicro's Annex A): one bordered HTML table Name | Position | Other Positions |
  Citizenship | Business Address whose body switches at bold italic section rows ('Members of the Board of
  Directors', then 'Executive Officers'), the position as '<Title> of <Org>', address lines by <BR>.
- one_table_section_rows_employer_cell (Southwestern Energy's Schedule A): the real '1. <ORG>' heading and preamble
  (default address, occupations referring to the company, default citizenship), ONE table with a spacer column and
  the real caption, italic 'Directors' and 'Executive Officers (Who Are Not Directors)' rows, the cell holding the
  titles, outside occupations, then the address and citizenship only where not the preamble's.
- cells_one_a_line_blank_between_persons (Novo Holdings' Schedule I as HTML saved as text): every cell line on its own
  line, 'Name, Title' / 'Address' / 'Principal Occupation' / 'Citizenship' labels one a line, '<Name>,' then its
  titles, address lines, occupation lines and the citizenship, a blank line between persons.
- name_occupation_single_list_prose_overrides (Motorola's Appendix I): the real flush-left heading and two-sentence
  preamble (default citizenship, default address), ONE list 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>' name |
  occupation at 27 without table tags, '<titles>, <Org>' then outside occupations, 'His business address is: ...'
  and 'Mr. X is a citizen of ...' where not the preamble's.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; not yet measured.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _default_address, _wrap_rows, expected, printed_name
from relayout_heldout14 import _WOMEN
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered
from relayout_heldout61 import _MORE_WOMEN, _and_titles, _stop


def _wrap(text: str, width: int, indent: str = "", first: str = "") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def _name(index: int, person: dict, options: Options, form: str = "{}. ") -> str:
    return form.format(index + 1) * options.numbered + printed_name(person, options)


def _woman(person: dict) -> bool:
    first = person["name"].split()[0].casefold()
    return first in _WOMEN or first in _MORE_WOMEN


_LEGAL = {"inc", "corp", "corporation", "company", "co", "ltd", "limited", "n.v", "a/s", "plc", "llc", "l.p", "s.a",
          "ag", "se"}


def _sections(roster: Roster) -> list[tuple[str, list[dict]]]:
    """The board members first, then everyone else, each group in roster order."""
    board = [p for p in roster.people if "Director" in p["positions"]]
    rest = [p for p in roster.people if "Director" not in p["positions"]]
    return [(label, group) for label, group in (("board", board), ("officers", rest)) if group]


def _citizens(citizenship: str) -> str:
    """'citizens of the United States', 'Canadian citizens'."""
    one = _is_citizen(citizenship)
    return "citizens" + one[len("a citizen"):] if one.startswith("a citizen") else one[2:] + "s"


# ---- 1. STMicro: one HTML table, body switching at section rows, five cells --------------------------------------
def board_section_rows_five_cell_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After STMicroelectronics N.V.'s Annex A (tests/data/rosters/html_boards_stmicro_relayout.htm, the project
    seed's annex laid out as one table: 'ANNEX A', a bold centred title, a preamble, one BORDER=1 table Name |
    Position | Other Positions | Citizenship | Business Address, bold italic colspan section rows 'Members of the
    Supervisory Board' ..., the position as '<Title> of <Org>', other positions '; '-joined, address lines by <BR>).
    Varies as another firm would: 'ANNEX B', 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', the section rows 'Members of
    the Board of Directors' / 'Executive Officers' (a one-tier board), the labels 'Present Position' and 'Other
    Principal Positions', 'None' for no other position, several titles '; '-joined; the variants: 'SURNAME, Given',
    '1.' numbering in printed order, BORDER=0 with a rule under each row unless ruled, the name cell's width from
    options.width, a page break that closes the table and reopens it (header again if it repeats)."""
    org = roster.organization
    labels = ["Name", "Present Position", "Other Principal Positions"] + (
        ["Citizenship"] if options.citizenship else []) + ["Business Address"]
    border = "1" if options.rules else "0"
    under = "" if options.rules else " STYLE=\"border-bottom:1px solid #000000\""
    opening = f"<TABLE BORDER=\"{border}\" CELLPADDING=\"3\" CELLSPACING=\"0\" WIDTH=\"100%\">"
    header = "<TR>" + "".join(f"<TH ALIGN=\"{'left' if i == 0 else 'center'}\">{label}</TH>"
                              for i, label in enumerate(labels)) + "</TR>"
    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    out = ["<HTML><HEAD><TITLE>SC 13D</TITLE></HEAD>", "<BODY>", "<P ALIGN=\"center\"><B>ANNEX B</B></P>",
           f"<P ALIGN=\"center\"><B>{html.escape(title)}</B></P>",
           "<P>The following table sets forth the name, present position, other principal positions"
           f"{', citizenship' if options.citizenship else ''} and business address of each director and executive "
           f"officer of {html.escape(_stop(org))}</P>", opening, header]
    printed: list[dict] = []
    span = len(labels)
    for section, group in _sections(roster):
        row_label = "Members of the Board of Directors" if section == "board" else "Executive Officers"
        out.append(f"<TR><TD COLSPAN=\"{span}\"><B><I>{row_label}</I></B></TD></TR>")
        for person in group:
            index = len(printed)
            printed.append(person)
            cells = [html.escape(_name(index, person, options)),
                     html.escape("; ".join(f"{t} of {org}" for t in person["positions"]) or "None"),
                     html.escape("; ".join(person["other_positions"]) or "None")]
            if options.citizenship:
                cells.append(html.escape(person["citizenship"] or ""))
            cells.append("<BR>".join(html.escape(line) for line in person["address"]))
            width = f" WIDTH=\"{max(options.width - 14, 12)}%\"" if index == 0 else ""
            out.append("<TR>" + "".join(f"<TD VALIGN=\"top\"{under}{width if i == 0 else ''}>{c}</TD>"
                                        for i, c in enumerate(cells)) + "</TR>")
            if options.page_break_in == index and index < len(roster.people) - 1:
                out += ["</TABLE>", "<P ALIGN=\"center\">B-1</P>",
                        "<P STYLE=\"page-break-before:always\"></P>" if options.markers else
                        "<DIV STYLE=\"page-break-before:always\"></DIV>", opening] + (
                    [header] if options.repeat_header else [])
    out += ["</TABLE>", "</BODY></HTML>"]
    return ".htm", "\n".join(out) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. Southwestern: the real heading and preamble, ONE table with section rows --------------------------------
def one_table_section_rows_employer_cell(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (dev/html_section_rows_southwestern_energy.htm: 'SCHEDULE A', '1.
    <ORG>', a preamble 'If no business address is given, the director's or executive officer's business address is
    ... Unless otherwise indicated, each occupation set forth opposite an individual's name refers to <Short>. Unless
    otherwise indicated below, all of the persons listed below are citizens of ...', a table Name | spacer | 'Present
    Principal Occupation Including Name and Address of Employer' with italic section rows). Differs from gather23's
    html_section_tables_employer_cell (one table per section, a new heading, new preamble and caption words, no
    parentheses in the section row): ONE table for both sections (as the sibling tests/data/rosters/
    html_table_bodies_southwestern.htm), the real heading, preamble and caption kept, the real section row words
    'Executive Officers (Who Are Not Directors)', the titles ', '-joined as the real cell ('; ' where a title has a
    comma), outside occupations after '; ', then 'Business address: ...' and 'Citizen of ...' sentences where not the
    preamble's; the variants: '(1)' numbering, 'SURNAME, Given', a bottom border on every person's row when ruled,
    lines by <br> or <p>, a page break that closes and reopens the table."""
    org = roster.organization
    default_address = _default_address(roster)
    default, country = _most_common_citizenship(roster)
    words = org.split(",")[0].split()
    short = " ".join(words[:-1] if len(words) > 1 and words[-1].casefold().rstrip(".") in _LEGAL else words)
    preamble = (f"The name, business address, title, present principal occupation or employment of each of the "
                f"directors and executive officers of {org} (&#147;{html.escape(short)}&#148;), are set forth below. "
                f"If no business address is given, the director&#146;s or executive officer&#146;s business address "
                f"is {html.escape(', '.join(default_address))}. Unless otherwise indicated, each occupation set forth "
                f"opposite an individual&#146;s name refers to {html.escape(short)}.")
    if options.citizenship:
        preamble += (f" Unless otherwise indicated below, all of the persons listed below are "
                     f"{html.escape(_citizens(default))}.")
    rule = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    header = ("<tr><td style=\"border-bottom:1px solid #000000\"><b>Name</b></td><td>&nbsp;&nbsp;</td>"
              "<td style=\"border-bottom:1px solid #000000\"><b>Present Principal Occupation Including Name and "
              "Address of<br>Employer</b></td></tr>")
    opening = "<table style=\"border-collapse:collapse; width:100%\">"
    out = ["<html><body>", "<p style=\"text-align:center\"><b>SCHEDULE A</b></p>",
           f"<p><b>1.&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(org.upper())}</b></p>", f"<p>{preamble}</p>", opening,
           header]
    printed: list[dict] = []
    for section, group in _sections(roster):
        words = "Directors" if section == "board" else "Executive&nbsp;Officers&nbsp;(Who&nbsp;Are&nbsp;Not&nbsp;Directors)"
        out.append(f"<tr><td colspan=\"3\"><i>{words}</i></td></tr>")
        for person in group:
            index = len(printed)
            printed.append(person)
            titles = [t for t in person["positions"] if t != "Director"] + (
                ["Director"] if "Director" in person["positions"] else [])
            joiner = "; " if any("," in t for t in titles) else ", "
            lines = [joiner.join(titles)] if titles else []
            lines += list(person["other_positions"])
            if person["address"] != default_address:
                lines.append(f"Business address: {', '.join(person['address'])}")
            if options.citizenship and person["citizenship"] and not _covered(person, country, default):
                lines.append(f"Citizen of {person['citizenship']}")
            lines = [html.escape(line) for line in lines] or ["&nbsp;"]
            cell = ("".join(f"<p style=\"margin:0pt\">{line}</p>" for line in lines) if options.markers
                    else "<br>".join(lines))
            out += ["<tr><td colspan=\"3\">&nbsp;</td></tr>",
                    f"<tr><td valign=\"top\"{rule}>{html.escape(_name(index, person, options, '({}) '))}</td>"
                    f"<td>&nbsp;&nbsp;</td><td valign=\"top\"{rule}>{cell}</td></tr>"]
            if options.page_break_in == index and index < len(roster.people) - 1:
                out += ["</table>", "<p style=\"text-align:center\">A-1</p>",
                        "<div style=\"page-break-after:always\"></div>", opening] + ([header] if options.repeat_header else [])
    out += ["</table>", "</body></html>"]
    return ".htm", "\n".join(out) + "\n", _by_default(roster, options)


# ---- 3. Novo: HTML saved as text, one cell line a line ----------------------------------------------------------
def cells_one_a_line_blank_between_persons(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Novo Holdings A/S's Schedule I as its text rendering (dev/html_as_text_cells_multi_entity_novo.txt:
    'EXHIBIT 99.1', 'SCHEDULE I', a one-line preamble, the organisation, the labels 'Name, Title' / 'Address' /
    'Principal Occupation' / 'Citizenship' one a line, then every cell line on its own line: '<Name>,', the title,
    the address lines, the occupation lines ('Chief Executive Officer,' / 'Ambu A/S'), the citizenship; nothing
    between persons). Differs from gather26's html_name_title_country_cells (printed as HTML, other labels, a 'No.'
    column): printed as the text rendering the real file is, the real labels ('Business Address' for 'Address'), a
    blank line between persons (a hyphen rule when ruled), several titles one a line, a person without outside
    employment given '<Title> of <Org>' as occupation, 'EXHIBIT 99.2' and 'SCHEDULE A'; the variants: '1.'
    numbering, 'SURNAME, Given', a page break after the name line with a page number (and a form feed without
    markers) and the labels again if the header repeats."""
    org = roster.organization
    labels = ["Name, Title", "Business Address", "Principal Occupation"] + (
        ["Citizenship"] if options.citizenship else [])
    lines = ["EXHIBIT 99.2", "SCHEDULE A",
             f"Information regarding each director and executive officer of {org} is set forth below.", org] + labels
    for index, person in enumerate(roster.people):
        block = [_name(index, person, options) + ","]
        block += list(person["positions"])
        block += list(person["address"])
        block += list(person["other_positions"]) or [f"{t} of {org}" for t in person["positions"][:1]]
        if options.citizenship:
            block.append(person["citizenship"] or "")
        if options.page_break_in == index and len(block) > 1:
            block[1:1] = ["2", "" if options.markers else "\f"] + (labels if options.repeat_header else [])
        lines += block + (["-" * 12] if options.rules else [""])
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. Motorola: ONE name | occupation list with the prose overrides -------------------------------------------
def name_occupation_single_list_prose_overrides(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Motorola's Appendix I (dev/text_twocol_prose_overrides_motorola.txt, sec.gov .../824169/
    000006850501000015/0002.txt: 'APPENDIX I' and 'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF
    <ORG>' flush left, a preamble 'Unless otherwise noted, each such person is a citizen of the United States.  In
    addition, unless otherwise noted, each such person's business address is ...', 'DIRECTORS OF <ORG>', then the
    name at the margin and the occupation at 23 wrapping: '<titles>, <Org>', an outside director's occupation, then
    'His business address is: ...' and 'Mr. X is a citizen of ...'). Differs from gather35's
    directors_appendix_prose_overrides ('APPENDIX A', reworded title and preamble, two sub-headings, the column at
    25, '1.' numbering, short dashed separators, a break after the second line): the real heading and two-sentence
    preamble kept, ONE list 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>' (the board seat as 'Director' among the
    titles), the occupation column at 27 wrapping at width + 14, 'Her' and 'Ms.' for a woman; the variants: '(1)'
    numbering, 'SURNAME, Given', a row of '*' between persons when ruled, a page break after an entry's first line
    with '-2-' and <PAGE> (a form feed without markers) and 'APPENDIX I (continued)' if the header repeats."""
    org = roster.organization
    default_address = _default_address(roster)
    default, country = _most_common_citizenship(roster)
    column, width = 27, max(options.width + 14, 40)
    preamble = (f"The following table sets forth the name, business address, and principal occupation or employment "
                f"at the present time for each director and executive officer of {_stop(org)}")
    if options.citizenship:
        preamble += f" Unless otherwise noted, each such person is {_is_citizen(default)}. In addition,"
        preamble += f" unless otherwise noted, each such person's business address is {_stop(', '.join(default_address))}"
    else:
        preamble += f" Unless otherwise noted, each such person's business address is {_stop(', '.join(default_address))}"
    lines = ["APPENDIX I", ""] + _wrap(f"INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}",
                                      72) + [""]
    lines += _wrap(preamble, 66) + ["", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", ""]
    for index, person in enumerate(roster.people):
        surname = [w for w in person["name"].replace(",", "").split()
                   if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")][-1]
        who = f"{'Ms.' if _woman(person) else 'Mr.'} {surname}"
        text = ""
        if person["positions"]:
            text = _stop(f"{_and_titles(person['positions'])}, {org}")
        for other in person["other_positions"]:
            text += f"  {_stop(other)}"
        if person["address"] != default_address:
            text += f"  {'Her' if _woman(person) else 'His'} business address is: {_stop(', '.join(person['address']))}"
        if options.citizenship and person["citizenship"] and not _covered(person, country, default):
            text += f"  {who} is {_is_citizen(person['citizenship'])}."
        right = _wrap(text.strip(), width) or [""]
        rows = _wrap_rows([_wrap(_name(index, person, options, "({}) "), column - 2), right], [column, width])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'-2-':^66}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                ["APPENDIX I (continued)", ""] if options.repeat_header else [])
        lines += rows + (["*" * 20] if options.rules else [""])
    return ".txt", "\n".join(lines).rstrip() + "\n", _by_default(roster, options)


FAMILIES = {
    "board_section_rows_five_cell_html": board_section_rows_five_cell_html,
    "one_table_section_rows_employer_cell": one_table_section_rows_employer_cell,
    "cells_one_a_line_blank_between_persons": cells_one_a_line_blank_between_persons,
    "name_occupation_single_list_prose_overrides": name_occupation_single_list_prose_overrides,
}

"""Held-out re-layout families, sixty-eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (07:03-07:06 UTC by `date`) by helper session gather68 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_bilingual_captions_citizenship_default_exceptions: an HTML table whose captions are Spanish and English in
  one cell (relayout_heldout66.bilingual_caption_cells_table, there an EDGAR <TABLE>), <th> captions as in
  relayout_heldout66.term_of_office_time_served_html, with the citizenship given once as a preamble default and the
  exceptions under the name (relayout_heldout62.html_citizenship_exception_under_name_preamble_default), the
  address in its own last column (Southwestern Energy's HTML Schedule A).
- edgar_citizenship_second_appointment_date_no_blank_rows: an EDGAR <TABLE> with the citizenship as the second
  column (relayout.wrapped_citizenship_first, relayout_heldout62.edgar_no_blank_rows_citizenship_second_director_
  paren_occupation), a DATE OF APPOINTMENT column (relayout_heldout66.date_of_appointment_column_table), the
  address stacked under the name (Citizens Funds' table), and no blank line between entries (heldout62's EDGAR
  family; Citizens Funds).
- saved_text_cell_lines_term_of_office: an HTML table saved as text, every cell on a line of its own and a blank
  line between rows (relayout.html_saved_as_text, relayout_heldout62.saved_text_name_address_cell_position_
  occupation_citizenship; Novo's html_as_text_cells roster), with the fund-style 'Term of Office and Length of
  Time Served' column (relayout_heldout66.term_of_office_time_served_html, there in HTML). No table tags.
- labelled_blocks_spaced_underscores_citizenship_postamble: labelled blocks ('Name:', 'Position with <Org>:',
  'Principal Occupation:', 'Business Address:'; Micron's labelled_blocks roster, relayout.labelled_alternative),
  set apart by rows of spaced underscores (relayout_heldout66.spaced_underscore_separated_blocks, there without
  labels), with the citizenship in a postamble default listing the exceptions (relayout_heldout62.centred_names_
  indented_lines_citizenship_postamble_exceptions, there after centred names). No table tags.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)); no citizenship where
options.citizenship is False (none is printed then). Where a default citizenship is printed (families 1 and 4), it
is the value most people of the roster share (relayout.default_citizenship) and every person it covers has that
value; everyone else's citizenship is printed as an exception.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, default_citizenship, expected, printed_name

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_ADJECTIVE_ENDINGS = ("ian", "ish", "ese", "ean", "ench", "utch", "wiss")


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _seed(text: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _citizen_phrase(value: str) -> str:
    """'a citizen of the United States', 'a citizen of Canada', 'a Canadian citizen'."""
    if value.endswith(_ADJECTIVE_ENDINGS):
        return f"a {value} citizen"
    if value.startswith(("United ", "Republic ", "Kingdom ", "Netherlands", "U.S", "USA")):
        return f"a citizen of the {value}"
    return f"a citizen of {value}"


def _centre(text: str) -> str:
    return f"{text:^78}".rstrip()


# ---- 1. HTML: bilingual captions, citizenship a preamble default with exceptions under the name ------------------
def html_bilingual_captions_citizenship_default_exceptions(roster: Roster, options: Options
                                                           ) -> tuple[str, str, list[dict]]:
    """'ANEXO A / ANNEX A', a preamble ending 'Unless otherwise indicated, each person listed below is a citizen of
    <default>.' (with options.citizenship), then an HTML table: NOMBRE / NAME (the name, 'SURNAME, Given' with
    upper_last_first, 'n.' before it when numbered, and '(Nacionalidad / Citizenship: <value>)' on a <br> line
    under it for each person the default does not cover) | CARGO EN <ORG> / POSITION WITH <ORG> (titles apart by
    <br>) | OCUPACION PRINCIPAL / PRINCIPAL OCCUPATION (one a line, '&#8212;' where none) | DOMICILIO / BUSINESS
    ADDRESS (lines apart by <br>). Captions in <th> with options.markers, bold <td> without; a bottom border on
    each row in the ruled variant; a page break (options.page_break_in) closes the table after that row, prints
    'A-<n>' and opens it again (captions again when options.repeat_header)."""
    org = roster.organization
    seed = _seed(org)
    default = default_citizenship(roster) if options.citizenship else None
    heads = [("NOMBRE", "NAME"), (f"CARGO EN {org.upper()}", f"POSITION WITH {org.upper()}"),
             ("OCUPACION PRINCIPAL", "PRINCIPAL OCCUPATION"), ("DOMICILIO", "BUSINESS ADDRESS")]
    if options.markers:
        header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{html.escape(a)} /<br>{html.escape(b)}</th>"
                                  for a, b in heads) + "</tr>"
    else:
        header = "<tr>" + "".join(f"<td valign=\"bottom\"><b>{html.escape(a)} /<br>{html.escape(b)}</b></td>"
                                  for a, b in heads) + "</tr>"
    table = "<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" style=\"font-family:Times New Roman; " \
            "font-size:10pt\">"
    row_style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    preamble = _sentence(f"The following table sets forth the name, position with {org}, present principal "
                         f"occupation and business address of each member of the board of directors and each "
                         f"executive officer of {org}")
    if default:
        preamble += f" Unless otherwise indicated, each person listed below is {_citizen_phrase(default)}."
    parts = ["<html><head><title>Anexo A</title></head><body>",
             "<p align=\"center\"><b>ANEXO A / ANNEX A</b></p>",
             "<p align=\"center\"><b>CONSEJEROS Y FUNCIONARIOS / DIRECTORS AND EXECUTIVE OFFICERS</b></p>",
             f"<p align=\"center\"><b>{html.escape(org.upper())}</b></p>",
             f"<p>{html.escape(preamble)}</p>", table, header]
    for index, person in enumerate(roster.people):
        name = html.escape(_numbered(index, printed_name(person, options), options))
        if options.citizenship and person["citizenship"] != default:
            name += f"<br>(Nacionalidad / Citizenship: {html.escape(person['citizenship'] or '')})"
        cells = [name, "<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;",
                 "<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                 "<br>".join(html.escape(a) for a in person["address"]) or "&nbsp;"]
        parts.append(f"<tr valign=\"top\"{row_style}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index:
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>",
                      f"<p align=\"center\">A-{2 + seed % 3}</p>", table] + ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 2. EDGAR <TABLE>: citizenship second, a date of appointment, no blank rows ------------------------------------
def edgar_citizenship_second_appointment_date_no_blank_rows(roster: Roster, options: Options
                                                            ) -> tuple[str, str, list[dict]]:
    """'SCHEDULE I', the title and a preamble, then an EDGAR <TABLE>: NAME AND BUSINESS ADDRESS (the name,
    never wrapped, 'n.' before it when numbered; the address lines under it indented three spaces, a long one
    wrapped with its continuation indented five) | CITIZENSHIP
    (when printed) | PRESENT POSITION WITH <ORG> (titles one a line, continuation indented two) | DATE OF
    APPOINTMENT ('March 14, 2019') | OTHER PRINCIPAL OCCUPATION ('None' where none, wrapping at options.width).
    '<S>'/'<C>' under the caption with options.markers, a row of '-' segments without. NO blank line between
    entries: an entry begins where a line starts at the left margin; a dashed rule between entries in the ruled
    variant. A page break (options.page_break_in) after the entry's first line: '<PAGE>' (a form feed without
    markers), '-2-', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    names = [_numbered(i, printed_name(p, options), options) for i, p in enumerate(roster.people)]
    first = max(34, max(len(n) for n in names) + 3)
    widths = [first, 16 if options.citizenship else 0, 26, 20, options.width + 2]
    live = [w for w in widths if w]
    captions = [["NAME AND", "BUSINESS ADDRESS"], ["CITIZENSHIP"], ["PRESENT POSITION", f"WITH {org.upper()}"],
                ["DATE OF", "APPOINTMENT"], ["OTHER PRINCIPAL", "OCCUPATION"]]
    caps = [[line for c in cell for line in _wrap(c, w - 2)] for cell, w in zip(captions, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(("<S>" if i == 0 else "<C>").ljust(w) for i, w in enumerate(live)).rstrip() if options.markers \
        else "".join(("-" * (w - 2)).ljust(w) for w in live).rstrip()
    caption = ["<CAPTION>", *_wrap_rows(caps, live), under]
    total = sum(live) - 2
    preamble = ("Set forth below are the name, business address, " + ("citizenship, " if options.citizenship else "")
                + f"present position with {org}, date of appointment to that position and other principal "
                f"occupation of each director and executive officer of {org}")
    lines = [_centre("SCHEDULE I"), "", _centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"), "",
             *_wrap(_sentence(preamble), 78), "", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        k = seed + index * 29
        date = f"{_MONTHS[k % 12]} {1 + k % 28}, {1994 + (k // 11) % 31}"
        cells = [[names[index]] + [p for a in person["address"] for p in _wrap("   " + a, first - 2, "     ")],
                 _wrap(person["citizenship"] or "", widths[1] - 2) if options.citizenship else [],
                 [p for t in person["positions"] for p in _wrap(t, widths[2] - 2, "  ")] or ["--"],
                 _wrap(date, widths[3] - 2),
                 [p for o in (person["other_positions"] or ["None"]) for p in _wrap(o, widths[4] - 2, "  ")]]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", _centre("-2-"), "", "<TABLE>"] + \
                (caption if options.repeat_header else [])
        if index and options.rules:
            lines.append("-" * total)
        lines += rows
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. HTML saved as text, a cell a line, with a term of office -----------------------------------------------
def saved_text_cell_lines_term_of_office(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """An HTML table saved as text, without table tags: 'Schedule A', the title, a preamble (wrapped at
    options.width + 44), then the captions one a line (Name | Position(s) Held with <Org> | Term of Office and
    Length of Time Served | Principal Occupation(s) During Past 5 Years | Business Address | Citizenship (when
    printed)), a blank line, then each row: one line per cell in that order (the name 'SURNAME, Given' with
    upper_last_first and 'n. ' before it when numbered; titles apart by '; '; the term 'Indefinite; since 2011';
    occupations apart by '; ', 'None' where none; the address lines apart by ', '), a blank line between rows (a row
    of dashes in the ruled variant). A page break (options.page_break_in) after that row: '<PAGE>' with
    options.markers (else a form feed), 'A-2', the captions again when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    terms = ["Indefinite; since {y}", "One-year term; since {m} {y}", "Until successor is elected; since {y}",
             "Serves at the pleasure of the Board; since {y}"]
    heads = ["Name", f"Position(s) Held with {org}", "Term of Office and Length of Time Served",
             "Principal Occupation(s) During Past 5 Years", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])
    between = "-" * 60 if options.rules else ""
    preamble = (f"The name, position with {org}, term of office and length of time served, principal occupation "
                "during the past five years and business address" + (" and citizenship" if options.citizenship
                                                                       else "")
                + f" of each trustee, director and executive officer of {org} are set forth below")
    lines = ["Schedule A", "", f"Trustees and Officers of {org}", "", *_wrap(_sentence(preamble), options.width + 44),
             "", *heads, between]
    for index, person in enumerate(roster.people):
        k = seed + index * 17
        term = terms[k % len(terms)].format(y=1996 + (k // 5) % 29, m=_MONTHS[k % 12])
        lines += [_numbered(index, printed_name(person, options), options),
                  "; ".join(person["positions"]) or "-", term,
                  "; ".join(person["other_positions"]) or "None", ", ".join(person["address"]) or "-"]
        if options.citizenship:
            lines.append(person["citizenship"] or "-")
        lines.append(between)
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += ["<PAGE>" if options.markers else "\f", "A-2", ""] + \
                ([*heads, between] if options.repeat_header else [])
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. labelled blocks apart by spaced underscores, citizenship in a postamble ----------------------------------
def labelled_blocks_spaced_underscores_citizenship_postamble(roster: Roster, options: Options
                                                             ) -> tuple[str, str, list[dict]]:
    """'ANNEX B', the title and a preamble, then one block a person, blocks set apart by a row of spaced
    underscores ('_ _ _ _', spaced '=' in the ruled variant): 'Name:' (the name, 'SURNAME, Given' with
    upper_last_first; 'n.' before the label when numbered), 'Position with <Org>:' ('Position:' where that label
    would not fit in 27 columns; titles one a line), 'Principal
    Occupation:' (one a line, 'None' where none), 'Business Address:' (the address lines); values at column 28,
    wrapped at options.width + 16, continuation lines at column 30. After the last block (with options.citizenship)
    a postamble: 'Each of the persons named above is a citizen of <default>[, except the following, whose
    citizenship is set forth opposite their names:]' and one line an exception, name then citizenship. A page break
    (options.page_break_in) after the entry's Name line: a form feed ('<PAGE>' with options.markers), and 'Annex B
    (continued)' when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    sep = (("= " if options.rules else "_ ") * (22 + seed % 9)).rstrip()
    width = options.width + 16
    default = default_citizenship(roster) if options.citizenship else None

    def field(label: str, values: list[str], number: str = "") -> list[str]:
        out = []
        for i, value in enumerate(values):
            pieces = _wrap(value, width, "  ")
            head = f"{number}{label}" if i == 0 else ""
            out.append(f"{head:<28}{pieces[0]}")
            out += [" " * 28 + piece for piece in pieces[1:]]
        return out

    lines = [_centre("ANNEX B"), "", _centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"), "",
             *_wrap(_sentence(f"The name, position with {org}, present principal occupation or employment and "
                              f"business address of each director and executive officer of {org} are set forth "
                              "below"), 78), "", sep]
    for index, person in enumerate(roster.people):
        number = f"{index + 1}.  " if options.numbered else ""
        lines += field("Name:", [printed_name(person, options)], number)
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", ""] + \
                ([_centre("Annex B (continued)"), ""] if options.repeat_header else [])
        indent = " " * len(number)
        lines += field(indent + f"Position with {org}:" if len(f"Position with {org}:") + len(indent) < 27
                       else indent + "Position:", person["positions"] or ["--"])
        lines += field(indent + "Principal Occupation:", person["other_positions"] or ["None"])
        lines += field(indent + "Business Address:", person["address"] or ["--"])
        lines.append(sep)
    if default:
        exceptions = [p for p in roster.people if p["citizenship"] != default]
        lines.append("")
        if exceptions:
            lines += _wrap(f"Each of the persons named above is {_citizen_phrase(default)}, except the following, "
                           "whose citizenship is set forth opposite their names:", 78)
            lines.append("")
            pad = max(36, max(len(printed_name(p, options)) for p in exceptions) + 4)
            lines += [f"     {printed_name(p, options):<{pad}}{p['citizenship'] or ''}" for p in exceptions]
        else:
            lines += _wrap(_sentence(f"Each of the persons named above is {_citizen_phrase(default)}"), 78)
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"html_bilingual_captions_citizenship_default_exceptions":
            html_bilingual_captions_citizenship_default_exceptions,
            "edgar_citizenship_second_appointment_date_no_blank_rows":
            edgar_citizenship_second_appointment_date_no_blank_rows,
            "saved_text_cell_lines_term_of_office": saved_text_cell_lines_term_of_office,
            "labelled_blocks_spaced_underscores_citizenship_postamble":
            labelled_blocks_spaced_underscores_citizenship_postamble}

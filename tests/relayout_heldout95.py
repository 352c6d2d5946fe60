"""Held-out re-layout families, ninety-fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (11:59-12:10 UTC by `date`) by helper session gather95 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- html_th_no_cell_address_second_citizenship_third_occupation_items_last: an HTML table with <th> captions
  (relayout_heldout18.html_th_stacked_titles), a 'No.' cell of its own in the numbered variant (relayout_heldout65.
  html_number_column_name_address_occupation_citizenship), the business address SECOND with its lines apart by
  <br> (relayout.shuffled_columns; relayout_heldout83), the citizenship THIRD (relayout.html_table prints it
  before the address; here after it), and the occupation LAST as 'Title, Org' items then the outside occupations
  one a line (relayout.occupation_items; relayout_heldout90.citizenship_note_marks_html).
- edgar_name_titles_cell_occupation_citizenship_address_last: a fixed-width EDGAR <TABLE> with bottom-aligned
  dash-underlined captions and '<S>'/'<C>' (AIG's Exhibit A, dev/text_fixed4col_aig.txt), whose first column is
  'NAME AND POSITION WITH <ORG>': the name, then each title on a line of its own indented under it (relayout.
  html_name_and_title_cell, there in HTML; relayout_heldout30.caps_titles_under_name_citizenship_last, after Scout
  Capital's Exhibit I, there with the name in capitals and the address second), then
  PRINCIPAL OCCUPATION (outside occupations wrapped at options.width: relayout.two_column), CITIZENSHIP and the
  BUSINESS ADDRESS last (IDT Corporation's Exhibit 7, dev/text_fixed4col_position_occupation_idt_corporation.txt,
  prints the address last).
- name_heading_prose_default_citizenship_exceptions: no table tags; the name alone as a heading line (relayout.
  name_heading_unlabelled; relayout.surname_headings with options.upper_last_first), then one prose paragraph
  ('<Name> is <titles> of <Org>. <Name> is also <occupation>. The business address of <Name> is <address>.':
  relayout.prose_sentences), with the citizenship a PREAMBLE default and a '<Name> is a citizen of X.' sentence
  only for the exceptions (relayout_heldout80 / relayout_heldout92.colon_labels_hanging_address_default_
  citizenship_exceptions; IDT Corporation's 'other than ..., who is a citizen of Canada').
- caps_name_hanging_labels_one_line_address_citizen_sentence: no table tags; the name in capitals on its own line
  (relayout.labelled_alternative; surname first with options.upper_last_first as relayout.surname_headings), then
  'Position:' / 'Principal Occupation:' / 'Business Address:' labels with a hanging value column (relayout_
  heldout92.colon_labels_hanging_address_default_citizenship_exceptions), the address ONE comma-joined string
  wrapped in the hanging column (relayout.labelled_alternative; relayout_heldout71.html_paragraph_labelled_
  lines_one_line_address), and a closing unlabelled 'Citizen of X.' line (relayout.name_heading_unlabelled; the
  Danaher dot-leader roster's citizen sentence, relayout_heldout88.danaher_dotleader_joined_titles_citizen_
  sentence).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, default_citizenship, expected, occupation_items, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "", first: str = "") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [""]


def _citizen_of(citizenship: str) -> str:
    return "the United States" if citizenship == "United States" else citizenship


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


# ---- 1. HTML <th>, 'No.' cell, address second, citizenship third, occupation items last ---------------------------
def html_th_no_cell_address_second_citizenship_third_occupation_items_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """An HTML table with <th> captions: ('No.' in the numbered variant) | Name (surname first with
    options.upper_last_first) | Business Address (lines apart by <br>) | Citizenship (when printed) | Present
    Principal Occupation or Employment ('Title, Org' for each title, then each outside occupation, one a line by
    <br>; the cell's width options.width * 4 pixels). border="1" in the ruled variant; <font> wrappers with
    markers. A page break (options.page_break_in) after the entry's row closes the table, a <p> with
    page-break-before and 'Schedule I - Page 2', and a new table with the caption row when options.repeat_header."""
    org = roster.organization
    heads = (["No."] if options.numbered else []) + ["Name", "Business Address"] + \
        (["Citizenship"] if options.citizenship else []) + ["Present Principal Occupation or Employment"]

    def cell(text: str, extra: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{extra}>{body}</td>"

    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>" for h in heads) + "</tr>"
    opening = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"" + (" border=\"1\"" if options.rules else "") + ">"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>INFORMATION RELATING TO THE DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p>",
             f"<p>The name, business address{', citizenship' if options.citizenship else ''} and present principal "
             f"occupation or employment of each director and executive officer of {html.escape(org)} are set forth "
             "below.</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [cell(f"{index + 1}.")] if options.numbered else []
        cells += [cell(html.escape(printed_name(person, options))),
                  cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        cells.append(cell("<br>".join(html.escape(o) for o in occupation_items(person, org)) or "&#8212;",
                          f" width=\"{options.width * 4}\""))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">Schedule I - Page 2</p>",
                      opening] + ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 2. EDGAR <TABLE>, name with titles under it, address last ----------------------------------------------------
def edgar_name_titles_cell_occupation_citizenship_address_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """An EDGAR <TABLE>: NAME AND POSITION WITH <ORG> (the name, '1.' before it in the numbered variant, surname
    first with options.upper_last_first; then each title on its own line indented four spaces) | PRINCIPAL
    OCCUPATION (outside occupations one after another, wrapped at options.width; '--' where none) | CITIZENSHIP
    (when printed) | BUSINESS ADDRESS (its lines). Captions bottom-aligned over dashes, '<S>'/'<C>' with markers, a
    dashed rule between entries in the ruled variant (else a blank line). A page break (options.page_break_in)
    after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers), '-2-', a new <TABLE> with
    the captions when options.repeat_header."""
    org = roster.organization
    widths = [33, options.width + 3, 16 if options.citizenship else 0, 30]

    def first(index: int, person: dict) -> list[str]:
        lines = _wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
        for title in person["positions"]:
            lines += _wrap(title, widths[0] - 2, "      ", "    ")
        return lines

    columns = [(widths[0], [f"NAME AND POSITION WITH {org.upper()}"], first),
               (widths[1], ["PRINCIPAL", "OCCUPATION"],
                lambda i, p: [x for o in p["other_positions"] for x in _wrap(o, widths[1] - 3, "  ")] or ["--"]),
               (widths[2], ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", widths[2] - 2)),
               (widths[3], ["BUSINESS ADDRESS"],
                lambda i, p: [x for a in p["address"] for x in _wrap(a, widths[3] - 2, "  ")] or ["--"])]
    live = [(w, cap, fn) for w, cap, fn in columns if w]
    ws = [w for w, _, _ in live]
    caps = [[line for c in cap for line in _wrap(c, w - 2)] for w, cap, _ in live]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    caption = ["<CAPTION>", *_wrap_rows(caps, ws), "".join(f"{'-' * (w - 2):<{w}}" for w in ws).rstrip()]
    if options.markers:
        caption.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(ws) - 1), ws)).rstrip())
    lines = [f"{'ANNEX A':^80}".rstrip(), ""]
    lines += [f"{t:^80}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 72)] + [""]
    lines += _wrap(_sentence(
        f"Set forth below are the name, position with {org}, present principal occupation" +
        (", citizenship" if options.citizenship else "") + " and business address of each director and "
        f"executive officer of {org}"), 80) + ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        rows = _wrap_rows([fn(index, person) for _, _, fn in live], ws)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'-2-':^80}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(ws) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. name headings over prose paragraphs, preamble default citizenship -----------------------------------------
def name_heading_prose_default_citizenship_exceptions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """No tags. A preamble ('Each person named below is a citizen of <default> unless otherwise stated.' when the
    citizenship is printed); for each person the name on a line of its own ('1.' before it in the numbered
    variant; 'SURNAME, Given' with options.upper_last_first), then a paragraph indented five spaces and wrapped at
    options.width + 40: '<Name> is <title> of <Org>.' (one title) or '<Name> holds the following positions with
    <Org>: <titles joined by '; '>.' (several), '<Name> is also <outside
    occupations joined by '; '>.' (when any), 'The business address of <Name> is <address lines joined by ', '>.'
    and '<Name> is a citizen of <X>.' only where the citizenship is not the default. Entries apart by a blank
    line, a row of dashes in the ruled variant. A page break (options.page_break_in) after the entry's name line:
    '<PAGE>' (a form feed without markers), 'B-2', and 'Schedule B (continued)' when options.repeat_header."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    width = options.width + 40
    lines = [f"{'SCHEDULE B':^78}".rstrip(), "",
             *[f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)], ""]
    preamble = (f"The name, present principal occupation and business address of each director and executive officer "
                f"of {org} are set forth below.")
    if default:
        preamble += f" Each person named below is a citizen of {_citizen_of(default)} unless otherwise stated."
    lines += _wrap(preamble, 78) + [""]
    for index, person in enumerate(roster.people):
        name = person["name"]
        lines.append(_numbered(index, printed_name(person, options), options))
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", f"{'B-2':^78}".rstrip(), ""] + \
                (["Schedule B (continued)", ""] if options.repeat_header else [])
        text = []
        if len(person["positions"]) == 1:
            text.append(_sentence(f"{name} is {person['positions'][0]} of {org}"))
        elif person["positions"]:
            text.append(_sentence(f"{name} holds the following positions with {org}: "
                                  f"{'; '.join(person['positions'])}"))
        if person["other_positions"]:
            text.append(_sentence(f"{name} is also {'; '.join(person['other_positions'])}"))
        if person["address"]:
            text.append(_sentence(f"The business address of {name} is {', '.join(person['address'])}"))
        if options.citizenship and person["citizenship"] and person["citizenship"] != default:
            text.append(_sentence(f"{name} is a citizen of {_citizen_of(person['citizenship'])}"))
        lines += _wrap(" ".join(text), width, "     ", "     ")
        lines += ["", "-" * 40, ""] if options.rules else [""]
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. capitals name, hanging labels, one-line address, closing citizen line -------------------------------------
def caps_name_hanging_labels_one_line_address_citizen_sentence(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """No tags. For each person the name in capitals on its own line ('SURNAME, GIVEN' with options.
    upper_last_first; '(n)' before it in the numbered variant), then labels indented four spaces with the values
    in a hanging column at 28: 'Position:' (titles joined by '; '; the label dropped where there are none),
    'Principal Occupation:' (outside occupations joined by '; ', when any), 'Business Address:' (the address lines
    as ONE string joined by ', '), all wrapped at options.width + 20 in the hanging column, then a closing
    unlabelled 'Citizen of <X>.' line at the hanging column (when printed). Entries apart by a blank line, a row
    of '=' in the ruled variant. A page break (options.page_break_in) after the entry's name line: '<PAGE>' (a
    form feed without markers), 'Page 2 of 2', and the title again when options.repeat_header."""
    org = roster.organization
    col = 28
    title = f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}"
    lines = [f"{'EXHIBIT 1':^76}".rstrip(), "", *[f"{t:^76}".rstrip() for t in _wrap(title, 70)], ""]

    def field(label: str, value: str) -> list[str]:
        pieces = _wrap(value, options.width + 20)
        return [f"{'    ' + label:<{col}}{pieces[0]}"] + [f"{'':<{col}}{p}" for p in pieces[1:]]

    for index, person in enumerate(roster.people):
        name = printed_name(person, options).upper()
        lines.append(f"({index + 1}) {name}" if options.numbered else name)
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", f"{'Page 2 of 2':^76}".rstrip(), ""] + \
                ([f"{title + ' (continued)':^76}".rstrip(), ""] if options.repeat_header else [])
        if person["positions"]:
            lines += field("Position:", "; ".join(person["positions"]))
        if person["other_positions"]:
            lines += field("Principal Occupation:", "; ".join(person["other_positions"]))
        lines += field("Business Address:", ", ".join(person["address"]) or "--")
        if options.citizenship and person["citizenship"]:
            lines.append(f"{'':<{col}}{_sentence('Citizen of ' + _citizen_of(person['citizenship']))}")
        lines += ["", "=" * 60, ""] if options.rules else [""]
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"html_th_no_cell_address_second_citizenship_third_occupation_items_last":
            html_th_no_cell_address_second_citizenship_third_occupation_items_last,
            "edgar_name_titles_cell_occupation_citizenship_address_last":
            edgar_name_titles_cell_occupation_citizenship_address_last,
            "name_heading_prose_default_citizenship_exceptions": name_heading_prose_default_citizenship_exceptions,
            "caps_name_hanging_labels_one_line_address_citizen_sentence":
            caps_name_hanging_labels_one_line_address_citizen_sentence}

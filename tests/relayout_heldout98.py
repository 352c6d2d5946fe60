"""Held-out re-layout families, ninety-eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:13-12:15 UTC by `date`) by helper session gather98 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. No family adds a feature of its own; each puts together
layout choices that earlier families and real rosters already have, in a combination no one family has:

- saved_pipes_no_cell_occupation_items_citizenship_preamble: HTML saved as text with every cell between '|' lines
  and its <br> lines one a line, a long one wrapped (St. Paul Travelers' Exhibit 1, dev/html_as_text_pipes_truncated_cells_st_
  paul_travelers.txt; Trilogy's, dev/html_as_text_pipes_yes_no_flag_columns_footnotes_trilogy_2008.txt), a 'No.'
  cell of its own in the numbered variant (relayout_heldout65.html_number_column_name_address_occupation_
  citizenship), the occupation as 'Title, Org' items then the outside occupations (relayout.occupation_items;
  relayout_heldout95), and the citizenship a PREAMBLE default with a 'Citizenship' cell only where it differs
  (relayout.name_title_list's preamble; relayout_heldout95.name_heading_prose_default_citizenship_exceptions; St.
  Paul Travelers' 'All of the individuals listed below are citizens of the United States').
- edgar_citizenship_second_address_third_occupation_last: a fixed-width EDGAR <TABLE> with bottom-aligned
  dash-underlined captions and '<S>'/'<C>' (AIG's Exhibit A, dev/text_fixed4col_aig.txt), the CITIZENSHIP second
  (relayout.wrapped_citizenship_first prints it first), the BUSINESS ADDRESS third (relayout.shuffled_columns puts
  the address early), POSITION fourth and the PRINCIPAL OCCUPATION last wrapping at options.width (relayout.
  two_column; IDT Corporation's Exhibit 7, dev/text_fixed4col_position_occupation_idt_corporation.txt).
- html_paragraph_bold_name_labelled_lines_default_citizenship: HTML without table tags: one <p> per person, the
  name bold on its own line (relayout.html_paragraph_cells; Southwestern Energy's dev/html_section_rows_
  southwestern_energy.htm prints bold names), then '<i>Present Position:</i>' / '<i>Principal Occupation:</i>' /
  '<i>Business Address:</i>' labelled lines apart by <br> (relayout_heldout71.html_paragraph_labelled_lines_one_
  line_address), the address lines apart by commas on one label line, and the citizenship a preamble default with
  a 'Citizenship:' line only for the exceptions (relayout_heldout92.colon_labels_hanging_address_default_
  citizenship_exceptions, there in plain text).
- text_dotleader_name_titles_indented_address_block_citizen_line: no tags; the name, a dot leader and the titles
  joined by '; ' on the first line (Danaher's dev/text_dotleader_twocol_history_danaher.txt; relayout_heldout88.
  danaher_dotleader_joined_titles_citizen_sentence), the outside occupations then the address lines indented
  under it one a line (relayout.surname_headings' indented address block), and a closing '(Citizen of X)' line
  (relayout.name_heading_unlabelled's citizen line, in parentheses as Lor Finance's asterisk roster, dev/text_
  asterisk_member_nameaddr_lor_finance.txt, sets notes off).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then, and no preamble default).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, default_citizenship, expected, occupation_items, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _default(roster: Roster, options: Options) -> str | None:
    return default_citizenship(roster) if options.citizenship else None


def _country(name: str) -> str:
    return f"the {name}" if name.startswith("United ") else name


def _stop(text: str) -> str:
    return text if text.endswith(".") else text + "."


# ---- 1. saved-as-text pipes, a No. cell, occupation items, a citizenship default ------------------------------
def saved_pipes_no_cell_occupation_items_citizenship_preamble(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """HTML saved as text: each cell between '|' lines, its <br> lines one a line (a line longer than
    options.width + 16 wrapped, as St. Paul Travelers' Exhibit 1 wraps its cells). Cells: No. (numbered variant only) | Name | Present Principal Occupation
    ('Title, Org' items then the outside occupations, one a line) | Business Address (one a line) | Citizenship
    (only where it is not the preamble's default; '' otherwise; no column when options.citizenship is False).
    Rules: a line of underscores after each row. Markers: none (saved text has none); a page break
    (options.page_break_in) after the entry's row: a form feed, 'I-2' and the header row again when
    options.repeat_header."""
    org = roster.organization
    default = _default(roster, options)
    width = options.width + 16
    heads = (["No."] if options.numbered else []) + ["Name", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def row(cells: list[list[str]]) -> list[str]:
        out: list[str] = []
        for cell in cells:
            out += ["|", *[piece for line in cell for piece in _wrap(line, width)], "|"] if cell else ["|", "|"]
        return out

    header = row([[h] for h in heads])
    lines = ["SCHEDULE I", *_wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 40)]
    lines.append(" ".join([
        f"The names, present principal occupations and business addresses of the directors and executive officers "
        f"of {org} are set forth below."] +
        ([f"All of the individuals listed below are citizens of {_country(default)} unless otherwise indicated."]
         if default else [])))
    lines += [org, *header]
    for index, person in enumerate(roster.people):
        cells = ([[f"{index + 1}."]] if options.numbered else []) + \
            [[printed_name(person, options)], occupation_items(person, org), list(person["address"])]
        if options.citizenship:
            cells.append([person["citizenship"]] if person["citizenship"] and person["citizenship"] != default
                         else [])
        lines += row(cells)
        if options.rules:
            lines.append("_" * 40)
        if options.page_break_in == index and index + 1 < len(roster.people):
            lines += ["\f", "I-2"] + (header if options.repeat_header else [])
    return ".txt", _done(lines), _people(roster, options)


# ---- 2. EDGAR table: citizenship second, address third, occupation last ----------------------------------------
def _markers(widths: list[int]) -> str:
    return "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(widths) - 1), widths)).rstrip()


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width - 2, "  ")]


def edgar_citizenship_second_address_third_occupation_last(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """An EDGAR <TABLE> NAME | CITIZENSHIP (when printed) | BUSINESS ADDRESS | POSITION WITH <ORG> ('--' where
    none) | PRESENT PRINCIPAL OCCUPATION (outside occupations wrapped at options.width; '--' where none). Captions
    bottom-aligned over a dashed underline, '<S>'/'<C>' with options.markers, a dashed rule between entries in the
    ruled variant (else a blank line), a page break after the entry's first line ('</TABLE>', '<PAGE>' or a form
    feed, '-2-', a new <TABLE> with the caption when options.repeat_header)."""
    org = roster.organization
    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (16 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 14)),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 28) or ["--"]),
               (22, ["POSITION WITH", org.upper()], lambda i, p: _lines(p["positions"], 22) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"])]
    live = [(w, cap, fn) for w, cap, fn in columns if w]
    widths = [w for w, _, _ in live]
    caps = [[line for c in cap for line in _wrap(c, w - 2)] for w, cap, _ in live]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()
    caption = ["<CAPTION>", *_wrap_rows(caps, widths), under] + ([_markers(widths)] if options.markers else [])
    lines = [f"{'SCHEDULE A':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"EXECUTIVE OFFICERS AND DIRECTORS OF {org.upper()}", 70)] + [""]
    lines += _wrap("The following sets forth the name, " + ("citizenship, " if options.citizenship else "") +
                   f"business address, position with {org} and present principal occupation of each executive "
                   f"officer and director of {_stop(org)}", 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        rows = _wrap_rows([fn(index, person) for _, _, fn in live], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'-2-':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(widths) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), _people(roster, options)


# ---- 3. HTML paragraphs: bold name, italic labels, a citizenship default ---------------------------------------
def html_paragraph_bold_name_labelled_lines_default_citizenship(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """HTML without table tags: a centred title, a preamble (the default citizenship when printed), then one <p> per
    person: the (numbered) name bold, then '<i>Present Position:</i>' (titles '; '-joined, 'None' where none),
    '<i>Principal Occupation:</i>' (outside occupations '; '-joined; the line left out where none), '<i>Business
    Address:</i>' (the lines ', '-joined) and '<i>Citizenship:</i>' only where it is not the default, apart by
    <br>. Rules: an <hr /> between people; markers: a <font> wrapper; a page break after the entry's paragraph with
    'B-2' (the preamble again when options.repeat_header)."""
    org = roster.organization
    default = _default(roster, options)
    esc = html.escape

    def wrap(text: str) -> str:
        return f"<font face=\"Times New Roman\" size=\"2\">{text}</font>" if options.markers else text

    preamble = (f"Set forth below are the name, present position with {esc(org)}, principal occupation and "
                f"business address of each director and executive officer of {esc(_stop(org))}")
    if default:
        preamble += f" Unless otherwise indicated, each such person is a citizen of {esc(_country(default))}."
    parts = ["<html><body>", "<p align=\"center\"><b>ANNEX B</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {esc(org.upper())}</b></p>",
             f"<p>{wrap(preamble)}</p>"]
    for index, person in enumerate(roster.people):
        body = [f"<b>{esc(_numbered(index, printed_name(person, options), options))}</b>",
                f"<i>Present Position:</i> {esc('; '.join(person['positions'])) or 'None'}"]
        if person["other_positions"]:
            body.append(f"<i>Principal Occupation:</i> {esc('; '.join(person['other_positions']))}")
        body.append(f"<i>Business Address:</i> {esc(', '.join(person['address']))}")
        if options.citizenship and person["citizenship"] and person["citizenship"] != default:
            body.append(f"<i>Citizenship:</i> {esc(person['citizenship'])}")
        parts.append(f"<p>{wrap('<br>'.join(body))}</p>")
        if options.rules and index + 1 < len(roster.people):
            parts.append("<hr />")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts.append("<p style=\"page-break-before:always\" align=\"center\">B-2</p>")
            if options.repeat_header:
                parts.append(f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {esc(org.upper())} "
                             f"(continued)</b></p>")
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", _people(roster, options)


# ---- 4. plain text: dot leader to the titles, indented block, citizen line -------------------------------------
def text_dotleader_name_titles_indented_address_block_citizen_line(roster: Roster, options: Options) \
        -> tuple[str, str, list[dict]]:
    """No tags. A heading, then per person: the (numbered) name, a dot leader to column 36 and the titles '; '-joined
    wrapped at options.width + 10 with continuation lines under the first title ('None' where none); under it, indented four, the outside occupations one a line (wrapped at options.width), then the
    address lines one a line, then '(Citizen of X)' when printed. Rules: a line of '=' between people, else a blank
    line; markers: a form feed or '<PAGE>' for the page break after the entry's first line, with '- 2 -' and the
    heading repeated when options.repeat_header."""
    org = roster.organization
    heading = [f"{'EXHIBIT 99.2':^78}".rstrip(), "",
               *[f"{t:^78}".rstrip() for t in _wrap(f"Directors and Executive Officers of {org}", 70)], ""]
    lines = list(heading) + _wrap(
        f"The name and present position with {org} of each director and executive officer of {org} are set forth "
        "below, followed by any other present principal occupation and the business address" +
        (" and citizenship" if options.citizenship else "") + " of each.", 78) + [""]
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        titles = _wrap("; ".join(person["positions"]) or "None", options.width + 10)
        lead = f"{name} " + "." * max(3, 34 - len(name)) + " "
        first = [lead + titles[0]] + [" " * len(lead) + t for t in titles[1:]]
        block = [f"    {piece}" for value in person["other_positions"] for piece in _wrap(value, options.width, "  ")]
        block += [f"    {line}" for line in person["address"]]
        if options.citizenship and person["citizenship"]:
            block.append(f"    (Citizen of {person['citizenship']})")
        entry = first + block
        if options.page_break_in == index:
            entry[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'- 2 -':^78}".rstrip(), ""] + \
                (heading if options.repeat_header else [])
        lines += entry
        lines.append("=" * 60 if options.rules else "")
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {"saved_pipes_no_cell_occupation_items_citizenship_preamble":
            saved_pipes_no_cell_occupation_items_citizenship_preamble,
            "edgar_citizenship_second_address_third_occupation_last":
            edgar_citizenship_second_address_third_occupation_last,
            "html_paragraph_bold_name_labelled_lines_default_citizenship":
            html_paragraph_bold_name_labelled_lines_default_citizenship,
            "text_dotleader_name_titles_indented_address_block_citizen_line":
            text_dotleader_name_titles_indented_address_block_citizen_line}

"""Held-out re-layout families, thirty-first set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (09:01-09:08 UTC by `date`) by helper session gather31 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it. They are
held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _full_stop, _numbered, _wrap_rows, expected, printed_name


def _wrap(text: str, width: int, **kwargs) -> list[str]:
    """Wrapped at spaces only: a hyphenated word ('Co-Chief', 'Champs-Elysees') is not broken."""
    return textwrap.wrap(text, width, break_on_hyphens=False, **kwargs)


def _centred(titles: list[str], width: int = 78) -> list[str]:
    return [f"{title:^{width}}".rstrip() for title in titles]


def _page(number: str, options: Options) -> list[str]:
    return ["", f"{number:^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""]


# ---- 1. a word processor's JUSTIFIED cell text, saved as fixed-width text ----------------------------------------
def _justify(line: str, width: int) -> str:
    """Spread the spaces of `line` so that it fills `width`, the extra spaces given to the gaps from the left, as
    a word processor justifies a paragraph (a line of one word stays as it is)."""
    words = line.split()
    if len(words) < 2 or len(line) >= width:
        return line
    gaps, extra = len(words) - 1, width - sum(len(w) for w in words)
    out = ""
    for position, word in enumerate(words[:-1]):
        out += word + " " * (extra // gaps + (1 if position < extra % gaps else 0))
    return out + words[-1]


def _justified(items: list[str], width: int) -> list[str]:
    """Each item a paragraph wrapped at `width`, every line but the item's last justified to the full width."""
    out: list[str] = []
    for item in items:
        pieces = _wrap(item, width)
        out += [_justify(piece, width) for piece in pieces[:-1]] + pieces[-1:]
    return out


def justified_cell_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra, Inc.'s Schedule I (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_2000.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/1027881/000090044000000032/0002.txt: a word processor's text whose
    preamble is JUSTIFIED - 'ConAgra,   Inc.'s   ("ConAgra")   executive  officers  and  directors  (the' - with
    the roster under it in columns) and the Bear Stearns Exhibit 1.1 (dev/text_fixed5col_employer_bsci.txt,
    https://www.sec.gov/Archives/edgar/data/1058444/000095013506005955/b62468scexv1w1.txt: a fixed-width EDGAR
    <TABLE>, each cell wrapping on its own). The feature this family adds (ours; in ConAgra only the preamble is
    justified, in Bear Stearns no cell is): the table's cells were set JUSTIFIED too, so every wrapped line of a
    cell but the last line of each item is padded out to the column's width by widening the gaps between its words
    ('Director    of    American    International' / 'Group, Inc.'), a gap inside one cell as wide as, or wider
    than, the two spaces between two columns. The name column is not justified. Columns: Name | Present Principal
    Occupation or Employment ('<title> of <Org>' for each title, then the outside occupations, each item a
    justified paragraph of options.width characters) | Business Address (each line, a long one wrapping justified)
    | Citizenship; the preamble justified like ConAgra's. EDGAR <TABLE>, <CAPTION> and <S>/<C> when
    options.markers; rows apart by a blank line (a dashed rule in the ruled variant); '1.' before the name in the
    numbered variant; a page break (options.page_break_in) after an entry's first line, with the caption again
    if it repeats."""
    org = roster.organization
    widths = [28, options.width + 2, 30, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    heads = [["", "Name"], ["Present Principal Occupation", "or Employment"], ["", "Business Address"],
             ["", "Citizenship"]]
    caption = _wrap_rows([h for h, w in zip(heads, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    says = ", business address and citizenship" if options.citizenship else " and business address"
    preamble = _wrap(f"The name, present principal occupation or employment{says} of each of the "
                             f"directors and executive officers of {org} (the \"Company\") are set forth below.", 78,
                             initial_indent="     ")
    lines = [*_centred(["SCHEDULE I", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]), ""]
    lines += ["     " + _justify(line[5:], 73) if row == 0 else _justify(line, 78)
              for row, line in enumerate(preamble[:-1])] + preamble[-1:]
    lines += ["", *(["<TABLE>", "<CAPTION>"] if options.markers else []), *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 _justified([f"{title} of {org}" for title in person["positions"]] + person["other_positions"],
                            widths[1] - 2),
                 _justified(person["address"], widths[2] - 2),
                 _wrap(person["citizenship"] or "", widths[3] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page("I-2", options) + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * (sum(live) - 2) if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. every cell but the name CENTRED in its column, line by line ------------------------------------------------
def centred_cell_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital Corp.'s Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_
    capital.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1025863/000091205701544973/a2067023zex-1.txt: a
    <Table> whose caption words stand centred over their columns and whose CITIZENSHIP, BUSINESS ADDRESS and
    PRESENT PRINCIPAL OCCUPATION cells are centred, each line on its own - 'Self Employed' over 'Businessman',
    'Chief Financial Officer' over 'Scout Capital Corp.' - while the name is flush left). The feature this family
    adds (no earlier family has it; the real file does): every cell but the name is CENTRED in its column line by
    line, so the lines of one cell start at different offsets, a short value ('Director', 'Canada') stands in the
    middle of its column, far from the caption's left edge, and the left edges of a column differ from row to row.
    Unlike Scout the titles have a column of their own (Scout stacks them under the name). Columns: No. (the
    numbered variant: '1.') | Name | Position with <Org> (one title a line, wrapping) | Citizenship | Business
    Address (one line each, a long one wrapping) | Present Principal Occupation (outside ones; '--' where there is
    none, centred too), under a centred caption over two lines and one dashed underline per column; <Table>,
    <Caption> and <S>/<C> when options.markers; rows apart by a blank line, or by a dashed row of column segments
    in the ruled variant as Scout's; a page break (options.page_break_in) after an entry's first line, with the
    caption again if it repeats."""
    org = roster.organization
    widths = [6 if options.numbered else 0, 28, 22, 15 if options.citizenship else 0, 30, options.width + 2]
    live = [w for w in widths if w]
    heads = [["", ""], ["", "NAME"], ["POSITION WITH", "THE COMPANY"], ["", "CITIZENSHIP"], ["", "BUSINESS ADDRESS"],
             ["PRESENT PRINCIPAL", "OCCUPATION"]]
    shown = [h for h, w in zip(heads, widths) if w]
    caption = [("".join(f"{h[row]:^{w - 1}} " for h, w in zip(shown, live))).rstrip() for row in range(2)]
    segments = " ".join("-" * (w - 1) for w in live)
    caption.append(segments)
    says = ", citizenship, business address" if options.citizenship else ", business address"
    lines = [*_centred(["EXHIBIT I", "", "INFORMATION CONCERNING THE EXECUTIVE OFFICERS",
                        f"AND DIRECTORS OF {org.upper()}"]), ""]
    lines += _wrap(_full_stop(f"The following table sets forth the name, the position with {org} (the "
                                     f"\"Company\"){says} and present principal occupation (where other than with "
                                     f"the Company) of each executive officer and director of the Company"), 78)
    lines += ["", *(["<Table>", "<Caption>"] if options.markers else []), *caption]
    if options.markers:
        marks = ["<S>", "<C>", "<C>", "<C>", "<C>", "<C>"] if options.numbered else ["", "<S>", "<C>", "<C>", "<C>", "<C>"]
        lines.append("".join(f"{m:<{w}}" for m, w in zip(marks, widths) if w).rstrip())

    def centre(pieces: list[str], width: int) -> list[str]:
        return [f"{piece:^{width - 1}}" for piece in pieces]

    for index, person in enumerate(roster.people):
        cells = [[f"{index + 1}."] if options.numbered else [],
                 _wrap(printed_name(person, options), widths[1] - 2),
                 centre([piece for title in person["positions"] for piece in _wrap(title, widths[2] - 2)],
                        widths[2]),
                 centre(_wrap(person["citizenship"] or "", widths[3] - 2), widths[3]) if options.citizenship else [],
                 centre([piece for line in person["address"] for piece in _wrap(line, widths[4] - 2)], widths[4]),
                 centre([piece for other in person["other_positions"] for piece in _wrap(other, widths[5] - 2)]
                        or ["--"], widths[5])]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page("I-2", options) + (caption if options.repeat_header else [])
        lines += rows
        lines += [segments, ""] if options.rules else [""]
    if options.markers:
        lines.append("</Table>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. a FORM: two label / value pairs on each line ---------------------------------------------------------------
def paired_label_form_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/854460/000091205701506984/a2044032zex-1.txt: one block per person of
    labelled fields, 'Name:', 'Business Address:' (the lines stacked under the first), 'Principal Occupation:',
    each label at the left margin and its value in one fixed column, one field under the other). The feature this
    family adds (ours; Micron and every earlier labelled family put one field on a line): the block is set as a
    FORM of two halves, so each line holds TWO label / value pairs - the left half 'Name:' then 'Position(s):'
    (one title a line), the right half, from column 38, 'Citizenship:' then 'Address:' (the business address
    lines stacked under the first, a long one wrapping) - so the two halves of a line belong to different
    fields; a last, full-width 'Principal Occupation:' line (the outside occupations, wrapping under themselves)
    follows where the person has one. Without a citizenship the address takes the
    right half's first line. '<PAGE>' and 'Exhibit 1' at the right margin, a centred title and a one-sentence
    preamble; blocks apart by a blank line (a line of '=' in the ruled variant); '(1)' at the left margin before
    the first line in the numbered variant; a page break (options.page_break_in) after a block's first line, with
    'DIRECTORS AND EXECUTIVE OFFICERS (continued)' on the new page if the header repeats."""
    org = roster.organization
    margin = 5 if options.numbered else 0
    left_label, left_value, right_label, right_value = 13, 25 - margin, 13, 28
    says = "citizenship, position with" if options.citizenship else "position with"
    lines = (["<PAGE>"] if options.markers else []) + [f"{'Exhibit 1':>78}", ""]
    lines += _centred(["DIRECTORS AND EXECUTIVE OFFICERS", f"OF {org.upper()}"]) + [""]
    lines += _wrap(_full_stop(f"The name, {says} {org}, business address and, where other than with {org}, "
                                     f"present principal occupation of each director and executive officer of "
                                     f"{org} are set forth below"), 78) + [""]
    rule = "=" * 78
    for index, person in enumerate(roster.people):
        titles = [piece for title in person["positions"] for piece in _wrap(title, left_value - 1)]
        name = _wrap(printed_name(person, options), left_value - 1)
        left = [("Name:" if row == 0 else "", piece) for row, piece in enumerate(name)]
        left += [("Position(s):" if row == 0 else "", piece) for row, piece in enumerate(titles or ["--"])]
        address = [piece for line in person["address"] for piece in _wrap(line, right_value - 1)]
        right = [("Citizenship:", person["citizenship"] or "")] if options.citizenship else []
        right += [("Address:" if row == 0 else "", piece) for row, piece in enumerate(address)]
        block = []
        for row in range(max(len(left), len(right))):
            a_label, a_value = left[row] if row < len(left) else ("", "")
            b_label, b_value = right[row] if row < len(right) else ("", "")
            number = f"({index + 1})" if options.numbered and row == 0 else ""
            line = f"{number:<{margin}}{a_label:<{left_label}}{a_value:<{left_value}}{b_label:<{right_label}}{b_value}"
            block.append(line.rstrip())
        if person["other_positions"]:
            label = "Principal Occupation:"
            occupation = _wrap("; ".join(person["other_positions"]), min(options.width + 22, 55))
            block += [f"{'':<{margin}}{(label if row == 0 else ''):<23}{piece}" for row, piece in enumerate(occupation)]
        if options.page_break_in == index and len(block) > 1:
            block[1:1] = _page("2", options) + (
                _centred(["DIRECTORS AND EXECUTIVE OFFICERS (continued)"]) + [""] if options.repeat_header else [])
        lines += block + ([rule] if options.rules else []) + [""]
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. an HTML grid of person CARDS, two or three persons side by side in one table row ----------------------------
def _card(index: int, person: dict, options: Options) -> list[str]:
    """One person's lines: the bold name, the titles, then the labelled occupation, address and citizenship."""
    esc = html.escape
    lines = [f"<b>{esc(_numbered(index, printed_name(person, options), options))}</b>"]
    lines += [esc(title) for title in person["positions"]]
    if person["other_positions"]:
        lines.append(f"<i>Principal occupation:</i> {esc('; '.join(person['other_positions']))}")
    lines.append(f"<i>Business address:</i> {esc(person['address'][0])}")
    lines += [esc(line) for line in person["address"][1:]]
    if options.citizenship:
        lines.append(f"<i>Citizenship:</i> {esc(person['citizenship'] or '')}")
    return lines


def card_grid_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm,
    a 2020 SC 13D, no sec.gov address stored: an HTML table, one person a row, the titles and occupation in one wide
    cell) and the Novo Holdings A/S Schedule I (dev/html_as_text_cells_multi_entity_novo.txt, sec.gov https://www.
    sec.gov/Archives/edgar/data/1865494/000138832526000003/ex-99-01242026_120118.htm: a cell stacking the name with
    the title under it), as a designer's HTML sets a list of directors in the annual report style. The feature this
    family adds (ours; every earlier HTML family gives one person a row, a column or a table of his own): the
    roster is a GRID OF CARDS - each <td> holds ONE person's whole entry (the bold name, each title held in <Org>
    on its line, then 'Principal occupation:' where there is one outside <Org>, 'Business address:' with the
    address lines under it, 'Citizenship:', the labels in <i>) and each table row holds TWO persons side by side
    (THREE when options.width is under 30), in reading order left to right, then down; an odd last row is filled
    with an empty cell. There is no header row. With options.markers each line of a card is a <p style="margin:0">,
    without the lines are apart by <br>; the numbered variant puts 'n.' before the name; the ruled variant draws a
    border round every card. A page break after entry options.page_break_in (not the last) ends the table (its
    last row filled with empty cells), a page-break paragraph follows and a new grid starts with the next person."""
    org = roster.organization
    across = 3 if options.width < 30 else 2
    style = " style=\"border:1px solid #000000\"" if options.rules else ""
    opening = "<table cellspacing=\"0\" cellpadding=\"8\" style=\"width:100%\">"

    def cell(lines: list[str]) -> str:
        if options.markers:
            inner = "".join(f"<p style=\"margin:0\">{line}</p>" for line in lines)
        else:
            inner = "<br>".join(lines)
        return f"<td valign=\"top\" width=\"{100 // across}%\"{style}>{inner}</td>"

    def grid(people: list[tuple[int, dict]]) -> list[str]:
        rows = []
        for start in range(0, len(people), across):
            cards = [cell(_card(index, person, options)) for index, person in people[start:start + across]]
            cards += ["<td>&nbsp;</td>"] * (across - len(cards))
            rows.append("<tr>" + "".join(cards) + "</tr>")
        return [opening, *rows, "</table>"]

    says = ", business address and citizenship" if options.citizenship else " and business address"
    intro = _full_stop(f"Set forth below are the name, each position held with {org}, the present principal "
                      f"occupation (where other than with {org}){says} of each director and executive officer of {org}")
    parts = ["<html><body>", "<p style=\"text-align:center\"><b>SCHEDULE A</b></p>",
             f"<p style=\"text-align:center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}"
             f"</b></p>", f"<p>{html.escape(intro)}</p>"]
    people = list(enumerate(roster.people))
    cut = options.page_break_in + 1 if options.page_break_in is not None else len(people)
    parts += grid(people[:cut])
    if people[cut:]:
        parts += ["<p style=\"page-break-before:always\">&nbsp;</p>", *grid(people[cut:])]
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"justified_cell_lines": justified_cell_lines,
            "centred_cell_lines": centred_cell_lines,
            "paired_label_form_lines": paired_label_form_lines,
            "card_grid_html": card_grid_html}

"""Held-out re-layout families, eighteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (00:04-00:10 UTC by `date`) by helper session gather18 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Unlike the earlier sets, no family here adds a layout feature that no earlier family has: each
is a NEW COMBINATION of features the earlier families (and the real rosters in tests/data/rosters_real/dev/)
already have - column order and widths, which column wraps, header label words, name order and case, numbering
style, entry separators, a value stacked under the name, page breaks inside an entry with a repeated header,
preamble defaults worded anew, HTML <th>/colspan/<br>/<p> - the way a real annex could print its roster, so that
no earlier family renders the same text. Each family's docstring names the real roster it is modelled on and the
choices it combines. They measure whether the reader generalises within the features it knows. They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _letter_codes,
    _wrap_rows,
    expected,
    printed_name,
)


def _most_common_citizenship(roster: Roster) -> tuple[str, str | None]:
    """The (citizenship, country) most people of the roster hold, counted by country code where there is one
    ('U.S.' and 'United States' are one country); the first one met on a tie."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[str, str | None]] = {}
    for person in roster.people:
        key = person["country"] or person["citizenship"]
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, (person["citizenship"], person["country"]))
    return first[max(counts, key=lambda k: (counts[k], -list(counts).index(k)))]


def _is_citizen(citizenship: str) -> str:
    """'a citizen of the United States', 'a citizen of France', 'a Canadian citizen'."""
    if citizenship.endswith(("ian", "ese", "ish")) or citizenship in ("French", "Dutch", "Swiss"):
        return f"a {citizenship} citizen"
    the = citizenship.startswith(("United ", "Republic ", "Kingdom ", "Netherlands", "People's ", "U.S", "USA"))
    return f"a citizen of {'the ' if the else ''}{citizenship}"


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def _page_furniture(number: str, options: Options) -> list[str]:
    return ["", f"{number:^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""]


# ---- 1. HTML: <th> captions, titles stacked under the name, a colspan organisation row ----------------------
_LONG_OCCUPATION = ("Present Principal Occupation or Employment and the Name, Principal Business and Address of Any "
                    "Corporation or Other Organization in Which Such Employment Is Conducted")


def _cell(lines: list[str], options: Options, bold_first: bool = False) -> str:
    """A cell's lines: each in its own <p> (markers) or apart by <br>; the first in bold when asked."""
    escaped = [html.escape(line) for line in lines]
    if bold_first and escaped:
        escaped[0] = f"<b>{escaped[0]}</b>"
    if options.markers:
        return "".join(f"<p style=\"margin-top:0pt;margin-bottom:0pt\">{line}</p>" for line in escaped)
    return "<br>".join(escaped)


def html_th_stacked_titles(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital's Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_capital.txt,
    sec.gov .../1025863/000091205701544973/a2067023zex-1.txt: numbered rows, the person's title stacked under the
    name, citizenship, business address and occupation columns) and Southwestern Energy's HTML Schedule A
    (dev/html_section_rows_southwestern_energy.htm, a 2020 SC 13D, no sec.gov address stored: an HTML table whose
    header cells carry long label words, <p> in the cells). Choices combined: an HTML table whose header row is
    <th> cells with the long SEC label words ('Name<br>Position(s) with the Reporting Person', 'Present Principal
    Occupation or Employment and the Name, Principal Business and Address of Any Corporation or Other Organization
    in Which Such Employment Is Conducted', 'Residence or Business Address', 'Country of Citizenship'); a colspan
    row with the organisation's name under the header; the name in bold with each title held in the organisation
    stacked under it in the same cell; the occupation cell one line per occupation outside the organisation (for
    a person without one: each title 'of <Org>'); the address lines as lines of the address cell; every cell line in
    its own <p> (markers) or apart by <br> (no markers); the numbered variant prints '(1)' in a first column of
    its own; the ruled variant a bordered empty colspan row between persons; a page break (options.page_break_in)
    closes the table after that person's row, and the table goes on, its <th> row repeated if it repeats, after a
    page-break <div> and 'Schedule I (continued)'."""
    org = roster.organization
    heads = ["Name<br>Position(s) with the Reporting Person", html.escape(_LONG_OCCUPATION),
             "Residence or Business Address"] + (["Country of Citizenship"] if options.citizenship else [])
    heads = (["No."] if options.numbered else []) + heads
    span = len(heads)
    header = "<tr>" + "".join(f"<th valign=\"bottom\" style=\"border-bottom:1px solid #000000\">{h}</th>"
                              for h in heads) + "</tr>"
    rows = [header, f"<tr><td colspan=\"{span}\" align=\"center\"><b>{html.escape(org.upper())}</b></td></tr>"]
    tables = []
    for index, person in enumerate(roster.people):
        occupation = person["other_positions"] or [f"{title} of {org}" for title in person["positions"]]
        cells = ([html.escape(f"({index + 1})")] if options.numbered else []) + [
            _cell([printed_name(person, options)] + person["positions"], options, bold_first=True),
            _cell(occupation, options), _cell(person["address"], options)]
        cells += [_cell([person["citizenship"]], options)] if options.citizenship else []
        rows.append("<tr>" + "".join(f"<td valign=\"top\">{c}</td>" for c in cells) + "</tr>")
        if options.rules:
            rows.append(f"<tr><td colspan=\"{span}\" style=\"border-bottom:1px solid #000000\">&nbsp;</td></tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    says = ", residence or business address and country of citizenship" if options.citizenship else \
        " and residence or business address"
    parts = [f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\">{''.join(t)}</table>" for t in tables]
    body = ("<div style=\"page-break-before:always\"></div><p align=\"center\">Schedule I (continued)</p>").join(parts)
    text = (f"<html><body><p align=\"center\"><b>SCHEDULE I</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>The name, position(s) with {html.escape(org)} (the "
            f"&#147;Reporting Person&#148;), present principal occupation or employment{says} of each director and "
            f"executive officer of the Reporting Person are set forth below.</p>{body}</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 2. two text columns: a lettered name with its address stacked under it; citizenship in parentheses -------
def lettered_name_address_stack(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Deutsche Acquisition Corp.'s Exhibit 3 (tests/data/rosters_real/dev/
    text_twocol_nameaddr_title_deutsche_acquisition.txt, sec.gov .../811917/000090342300000439/0004.txt: two
    columns, the name with its address lines stacked under it on the left, 'title; occupation, employer' wrapping
    on the right, the citizenship in the preamble) and Citigroup's Exhibit 99.A (dev/
    text_name_title_citizenship_citigroup.txt, sec.gov .../1116616/000104746904034282/a2146269zex-99_a.txt: a
    citizenship other than the default in parentheses after the title). Choices combined: the left column
    'Name and Residence or Business Address' (two caption lines) holds the name and under it the address lines;
    the right column 'Position(s) with the Reporting Person and Present Principal Occupation' holds the titles
    held in the organisation and the occupations outside it, '; '-separated, wrapping at options.width + 14, then
    ' (France)' when the person is not a citizen of the default country; the preamble gives that default in a
    new wording ('Each of the persons named below is a citizen of Canada unless otherwise indicated.', 'is a
    Canadian citizen' where the roster holds an adjective; the default is the country most people hold, counted
    by country code, and it is expected, as printed, on everyone it covers); the
    numbered variant letters the entries 'A.', 'B.' with the name and address indented under the letter; a
    <TABLE> with a bare <S>/<C> line (plain text without markers); entries apart by a blank line (a dashed rule in
    the ruled variant); a page break (options.page_break_in) after that entry's first line: page number, <PAGE>
    (a form feed without markers) and the two caption lines again if the header repeats. Without citizenship
    neither the preamble sentence nor any parenthesis is printed."""
    org = roster.organization
    left, right = 38, options.width + 14
    default, default_country = _most_common_citizenship(roster)

    def covered(person: dict) -> bool:
        return (person["country"] or person["citizenship"]) == (default_country or default)

    header = [f"{'Name and Residence':<{left}}Position(s) with the Reporting Person",
              f"{'or Business Address':<{left}}and Present Principal Occupation",
              f"{'-' * (left - 4):<{left}}{'-' * right}"]
    lines = [f"{'ANNEX A':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS':^78}".rstrip(),
             f"{'OF ' + org.upper():^78}".rstrip(), ""]
    preamble = (f"The following table sets forth the name, residence or business address, position(s) with {org} "
                f"(the \"Reporting Person\") and present principal occupation of each director and executive officer "
                f"of the Reporting Person.")
    if options.citizenship:
        preamble += f" Each of the persons named below is {_is_citizen(default)} unless otherwise indicated."
    lines += textwrap.wrap(preamble, 78, initial_indent="     ") + [""]
    lines += (["<TABLE>"] if options.markers else []) + header
    lines += [f"{'<S>':<{left}}<C>"] if options.markers else []
    letters = _letter_codes(len(roster.people))
    for index, person in enumerate(roster.people):
        lead = f"{letters[index] + '.':<4}" if options.numbered else ""
        stack = [lead + printed_name(person, options)] + [
            " " * len(lead) + piece for line in person["address"]
            for piece in textwrap.wrap(line, left - 2 - len(lead))]
        says = "; ".join(person["positions"] + person["other_positions"])
        if options.citizenship and not covered(person):
            says = f"{says} ({person['citizenship']})" if says else f"({person['citizenship']})"
        rows = _wrap_rows([stack, textwrap.wrap(says, right)], [left, right])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_furniture(f"A-{index + 2}", options) + (header + [""] if options.repeat_header else [])
        lines += rows
        lines.append("-" * (left + right) if options.rules else "")
    lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, citizenship=default, country=default_country)
              if options.citizenship and covered(p) else expected(p, org, options) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 3. the name as a heading, long SEC labels under it, the default address in the preamble ------------------
def _labelled(label: str, values: list[str], width: int, indent: int = 4, column: int = 48) -> list[str]:
    pieces = [piece for value in values for piece in textwrap.wrap(value, width)] or [""]
    return [(f"{' ' * indent}{label:<{column - indent}}" if row == 0 else " " * column) + piece
            for row, piece in enumerate(pieces)]


def roman_name_heading_labels(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Canopy Group's exhibit (tests/data/rosters_real/dev/labelled_occupation_canopy.txt, sec.gov
    .../1094944/000102048801000016/0002.txt: the name on a line of its own, then labelled 'Principal Occupation:'
    and 'Citizenship:' lines) and MetLife's Exhibit 99.1 (dev/text_twocol_nameaddr_metlife.txt, sec.gov .../898174/
    000095012305001628/y05541exv99w1.txt: the preamble gives a default business address, an entry prints its
    address only where it differs). Choices combined: the name alone on the entry's first line (lower-case roman
    numbering 'i.', 'ii.' before it in the numbered variant); under it, indented, the long SEC label words with
    the values in one column at 48 and wrapping at options.width - 2 under themselves: 'Country of Citizenship:'
    FIRST, then 'Position(s) with the Company:' (the titles, '; '-separated), 'Present Principal Occupation or
    Employment:' (one per occupation outside the organisation, only when there is one) and 'Residence or Business
    Address:' (only where it is not the default); the preamble's default worded 'Unless otherwise indicated,
    each person's business address is ...'; entries apart by a blank line (a centred '*  *  *' line in the ruled
    variant); a page break (options.page_break_in) after that entry's position line, 'SCHEDULE A (continued)' at
    the top of the next page if the header repeats."""
    org = roster.organization
    default = _default_address(roster)
    wrap = max(options.width - 2, 20)
    lines = [f"{'SCHEDULE A':^78}".rstrip(), "", f"{'EXECUTIVE OFFICERS AND DIRECTORS':^78}".rstrip(),
             f"{'OF ' + org.upper():^78}".rstrip(), ""]
    lines += textwrap.wrap(f"Set forth below is certain information concerning each executive officer and director of "
                           f"{org} (the \"Company\"). Unless otherwise indicated, each person's business address is "
                           f"{', '.join(default)}.", 78, initial_indent="     ") + [""]
    for index, person in enumerate(roster.people):
        lead = f"{_roman(index + 1) + '.':<6}" if options.numbered else ""
        block = [lead + printed_name(person, options)]
        if options.citizenship:
            block += _labelled("Country of Citizenship:", [person["citizenship"]], wrap)
        if person["positions"]:
            block += _labelled("Position(s) with the Company:", ["; ".join(person["positions"])], wrap)
        page_at = len(block)
        if person["other_positions"]:
            block += _labelled("Present Principal Occupation or Employment:", person["other_positions"], wrap)
        if person["address"] != default:
            block += _labelled("Residence or Business Address:", person["address"], wrap)
        if options.page_break_in == index:
            block[page_at:page_at] = _page_furniture(f"A-{index + 2}", options) + (
                [f"{'SCHEDULE A (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        lines += block + ([f"{'*     *     *':^78}".rstrip(), ""] if options.rules else [""])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. fixed width: NAME in capitals | Country of Citizenship | long occupation caption | address ----------------
def _caption(labels: list[str], widths: list[int]) -> list[str]:
    """Each label wrapped to its column, the shorter ones pushed down to the last line (bottom-aligned)."""
    cells = [textwrap.wrap(label, w - 2) if label else [] for label, w in zip(labels, widths)]
    height = max(len(c) for c in cells)
    cells = [[""] * (height - len(c)) + c for c in cells]
    return _wrap_rows(cells, widths) + ["".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()]


def capitals_citizenship_second(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/
    text_fixed4col_position_occupation_idt_corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt: a
    <TABLE> with a caption, four columns, occupation and address wrapping in parallel) and Castlerigg's Appendix III
    (dev/text_grid4col_citizenship_castlerigg.txt, sec.gov .../813781/000089534504000812/jsappendix3.txt: Name /
    Principal Occupation / Address / Citizenship with wrapping cells). Choices combined: a fixed-width <TABLE>
    (<CAPTION>, <S>/<C>; plain text without markers) whose columns are, in this order, Name | Country of
    Citizenship | Present Principal Occupation or Employment and the Name, Principal Business and Address of Any
    Corporation or Other Organization in Which Such Employment Is Conducted (the long label wrapped over six caption
    lines, the other captions bottom-aligned beside it) | Residence or Business Address; the names in CAPITALS in
    natural order ('SURNAME, Given' in the upper_last_first variant); the occupation column (width options.width +
    8) one item per title held in the organisation ('Director, <Org>') then per occupation outside it, each
    wrapping under itself; the numbered variant '(1)' in a narrow first column; entries apart by a blank line
    (a line of underscores in the ruled variant); a page break (options.page_break_in) after that entry's first
    line, the caption repeated on the new page if it repeats."""
    org = roster.organization
    widths = [6 if options.numbered else 0, 28, 14 if options.citizenship else 0, options.width + 8, 32]
    labels = ["", "Name", "Country of Citizenship" if options.citizenship else "", _LONG_OCCUPATION,
              "Residence or Business Address"]
    live = [w for w in widths if w]
    caption = _caption([label for label, w in zip(labels, widths) if w], live)
    lines = [f"{'ANNEX B':^78}".rstrip(), "",
             f"{'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS':^78}".rstrip(),
             f"{'OF ' + org.upper():^78}".rstrip(), ""]
    says = "name, country of citizenship" if options.citizenship else "name"
    lines += textwrap.wrap(_full_stop(f"The following table sets forth the {says}, present principal occupation or "
                                      f"employment and residence or business address of each of the directors and "
                                      f"executive officers of {org}"), 78) + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(live) - 1), live)).rstrip())
    for index, person in enumerate(roster.people):
        name = printed_name(person, options) if options.upper_last_first else person["name"].upper()
        occupation = [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]
        cells = [[f"({index + 1})"], textwrap.wrap(name, widths[1] - 2),
                 textwrap.wrap(person["citizenship"], widths[2] - 2) if options.citizenship else [],
                 [piece for item in occupation for piece in textwrap.wrap(item, widths[3] - 2)],
                 [piece for line in person["address"] for piece in textwrap.wrap(line, widths[4] - 2)]]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_furniture(f"B-{index + 2}", options) + (caption + [""] if options.repeat_header else [])
        lines += rows
        lines.append("_" * sum(live) if options.rules else "")
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"html_th_stacked_titles": html_th_stacked_titles,
            "lettered_name_address_stack": lettered_name_address_stack,
            "roman_name_heading_labels": roman_name_heading_labels,
            "capitals_citizenship_second": capitals_citizenship_second}

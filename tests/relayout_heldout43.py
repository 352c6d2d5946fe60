"""Held-out re-layout families, forty-third set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (17:40-18:30 UTC by `date`) by helper session gather43 (issue 13), BLIND: without reading the
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

from relayout import Options, Roster, _full_stop, _heading, _numbered, _wrap_rows, expected, printed_name


def _says(org: str, options: Options) -> str:
    """The preamble's list of what the roster prints."""
    facts = [f"present position with {org}", f"present principal occupation or employment (where other than with "
             f"{org})", "business address"] + (["citizenship"] if options.citizenship else [])
    return "the name, " + ", ".join(facts[:-1]) + " and " + facts[-1]


def _page_furniture(options: Options, caption: list[str]) -> list[str]:
    return ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
        caption if options.repeat_header else [])


# ---- 1. HTML: the name cell spans the person's field rows, one row per field -------------------------------------
def name_rowspan_field_rows_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm,
    a 2020 SC 13D, no sec.gov address stored: an HTML table under a header row, the name in the first cell) and the
    labels of Micron Technology's Exhibit 1 (dev/labelled_blocks_micron.txt, sec.gov https://www.sec.gov/Archives/
    edgar/data/854460/000091205701506984/a2044032zex-1.txt: 'Business Address:' / 'Principal Occupation:' labels
    before the values). The feature this family adds (ours; Southwestern has one row per person, Micron no table):
    an HTML table of THREE columns whose NAME CELL SPANS (rowspan) ALL THE ROWS OF ITS PERSON, one row per field -
    a label cell ('Position with <Org>:' where the person holds a title there, 'Present Principal Occupation:' only
    where he has one outside <Org>, 'Business Address:', 'Citizenship:') and a value cell (several titles,
    occupations or address lines apart by <br>) - so only a person's first row holds three cells, his other rows
    two, and the rows of the next person follow without a blank row. One header row, 'Name' over the first column
    and 'Position, Principal Occupation, Business Address and Citizenship' spanning the other two. With options.
    markers the captions are bold and underlined and the labels in <i>; without, the captions are <th> and the
    labels plain. The numbered variant puts 'n.' before the name; the ruled variant draws the cell borders. A page
    break after entry options.page_break_in (not the last) ends the table; a new one follows with the header row
    again if it repeats."""
    org = roster.organization
    says = ("Position, Principal Occupation, Business Address and Citizenship" if options.citizenship
            else "Position, Principal Occupation and Business Address")
    if options.markers:
        header = (f"<tr><td width=\"30%\" valign=\"bottom\"><b><u>Name</u></b></td><td colspan=\"2\" valign=\"bottom\">"
                  f"<b><u>{html.escape(says)}</u></b></td></tr>")
    else:
        header = f"<tr><th align=\"left\">Name</th><th align=\"left\" colspan=\"2\">{html.escape(says)}</th></tr>"
    border = " border=\"1\"" if options.rules else " border=\"0\""
    opening = f"<table{border} cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
    preamble = _full_stop(f"Set forth below are {_says(org, options)} of each director and executive officer of {org}")
    parts = ["<html><body><p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             f"<p>{html.escape(preamble)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        fields = []
        if person["positions"]:
            fields.append((f"Position with {org}", person["positions"]))
        if person["other_positions"]:
            fields.append(("Present Principal Occupation", person["other_positions"]))
        fields.append(("Business Address", person["address"]))
        if options.citizenship and person["citizenship"]:
            fields.append(("Citizenship", [person["citizenship"]]))
        name = html.escape(_numbered(index, printed_name(person, options), options))
        span = f" rowspan=\"{len(fields)}\"" if len(fields) > 1 else ""
        for row, (label, values) in enumerate(fields):
            label = f"<i>{html.escape(label)}:</i>" if options.markers else f"{html.escape(label)}:"
            cells = (f"<td{span} valign=\"top\"><b>{name}</b></td>" if row == 0 else "") + (
                f"<td valign=\"top\" width=\"25%\">{label}</td>"
                f"<td valign=\"top\">{'<br>'.join(html.escape(v) for v in values)}</td>")
            parts.append(f"<tr>{cells}</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts.append("</table></body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. an officer who is also a director printed again under the officers, his facts 'see above' --------------
def _is_director(person: dict) -> bool:
    return "Director" in person["positions"] or "board of directors" in person["bodies"]


def _officer_titles(person: dict) -> list[str]:
    """The titles a director holds besides 'Director' when he is also an executive officer, else none."""
    if "executive officers" not in person["bodies"]:
        return []
    return [t for t in person["positions"] if t != "Director"]


def officers_see_above_cross_reference(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MSDW OIP Investors' Exhibit 3 (tests/data/rosters_real/dev/text_sections_directors_officers_msdw_oip_
    2004.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1065860/000095012304000402/y93268a1exv99w3.txt:
    'DIRECTORS' and 'OFFICERS' sections, a director who is also an officer printed in both, with his other title
    in the second) and the occupation column of SBC Communications' Exhibit I (dev/text_twocol_director_paren_
    sbc.txt, sec.gov https://www.sec.gov/Archives/edgar/data/889949/000073271702000036/exhibit1hug.txt). The
    feature this family adds (ours; MSDW prints names and titles only, its other facts in the preamble): a
    director who is also an executive officer has his FULL entry under 'DIRECTORS' (every title held in <Org>,
    his outside occupations, business address and citizenship) and is listed AGAIN under 'EXECUTIVE OFFICERS'
    with his officer titles only and '(See "Directors" above.)' where the other facts would be - an empty
    citizenship cell on that row - so the same person stands twice in the table, the second time with only a
    cross-reference. The officers who are not directors have full entries there. Both sections are EDGAR <TABLE>s
    (<S>/<C> lines when options.markers) under a centred section heading, columns Name | Present Principal
    Occupation or Employment and Business Address ('<title>, <Org>' lines, the outside occupations, then the
    address lines) | Citizenship, two-line captions with dashed underlines; rows apart by a blank line (a dashed
    rule in the ruled variant). The numbered variant numbers every printed entry, the cross-reference too. A page
    break (options.page_break_in) falls after the first line of that person's first entry, with the caption
    again if it repeats."""
    org = roster.organization
    widths = [30, options.width + 6, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    tops = ["", "Present Principal Occupation or", ""]
    bottoms = ["Name", "Employment and Business Address", "Citizenship"]
    caption = _wrap_rows([[t, b] for t, b, w in zip(tops, bottoms, widths) if w], live)
    caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in live).rstrip())
    directors = [(i, p) for i, p in enumerate(roster.people) if _is_director(p)]
    officers = [(i, p) for i, p in enumerate(roster.people) if not _is_director(p) or _officer_titles(p)]
    preamble = textwrap.wrap(_full_stop(f"Set forth below are {_says(org, options)} of each director and executive "
                                       f"officer of {org}"), 78)
    lines = [_heading(org, options).rstrip("\n"), "", *preamble]
    count = 0
    for section, people in (("DIRECTORS", directors), ("EXECUTIVE OFFICERS", officers)):
        if not people:
            continue
        lines += ["", f"{section:^78}".rstrip(), "", "<TABLE>" if options.markers else "", *caption]
        if options.markers:
            lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths) if w).rstrip())
        for index, person in people:
            again = section != "DIRECTORS" and _is_director(person)
            titles = _officer_titles(person) if again else person["positions"]
            middle = [piece for t in titles for piece in textwrap.wrap(f"{t}, {org}", widths[1] - 2,
                                                                       subsequent_indent="  ")]
            if again:
                middle += textwrap.wrap("(See \"Directors\" above.)", widths[1] - 2)
            else:
                middle += [piece for item in person["other_positions"] + person["address"]
                           for piece in textwrap.wrap(item, widths[1] - 2, subsequent_indent="  ")]
            cells = [textwrap.wrap(_numbered(count, printed_name(person, options), options), widths[0] - 2), middle,
                     textwrap.wrap(person["citizenship"] or "", widths[2] - 2)
                     if options.citizenship and not again else []]
            count += 1
            rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
            if options.page_break_in == index and not again and len(rows) > 1:
                rows[1:1] = _page_furniture(options, caption)
            lines += rows
            lines.append("-" * sum(live) if options.rules else "")
        if options.markers:
            lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. each name a heading underlined by hyphens on the next line ------------------------------------------------
def underlined_name_headings(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Canopy Group's exhibit (tests/data/rosters_real/dev/labelled_occupation_canopy.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/1094944/000102048801000016/0002.txt: one block per person, the name on
    a line of its own, labelled 'Principal Occupation:' and 'Citizenship:' lines under it, the values in a
    column). The feature this family adds (ours; Canopy's names are not underlined): the typist UNDERLINED EACH
    NAME the typewriter way, with a line of hyphens exactly as long as the name line ('-------------' under
    'Pei-yuan Chia', under '1. Pei-yuan Chia' in the numbered variant, under 'CHIA, Pei-yuan' in the surname-first
    one) directly below it, so a dashed line stands between every name and its fields - and, in the ruled variant,
    a full-width dashed rule also stands between one entry and the next. The fields are labelled lines indented
    five, the values from column 32 wrapping under themselves: 'Position with the Company:' (the preamble defines
    'the Company' as <Org>; one title a line, only where he holds one), 'Principal Occupation:' (each outside occupation on its line, only where he has one),
    'Business Address:' (the address lines stacked) and 'Citizenship:'. '<PAGE>' opens the text when options.
    markers; a page break (options.page_break_in) falls after that entry's first field line, with the page
    number and '<PAGE>' (a form feed without markers)."""
    org = roster.organization
    facts = ["present position with the Company", "present principal occupation or employment (where other than "
             "with the Company)", "business address"] + (["citizenship"] if options.citizenship else [])
    preamble = textwrap.wrap(f"Set forth below, for each director and executive officer of {org} (the \"Company\"), "
                             f"are the name, {', '.join(facts[:-1])} and {facts[-1]}.", 72)
    lines = (["<PAGE>"] if options.markers else []) + [_heading(org, options).rstrip("\n"), "",
                                                       *[f"     {line}" for line in preamble], ""]
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        entry = [f"     {name}", f"     {'-' * len(name)}"]
        fields = [("Position with the Company:", person["positions"]), ("Principal Occupation:", person["other_positions"]),
                  ("Business Address:", person["address"])]
        if options.citizenship:
            fields.append(("Citizenship:", [person["citizenship"] or ""]))
        for label, values in fields:
            label_lines = textwrap.wrap(label, 26)
            value_lines = [piece for v in values for piece in textwrap.wrap(v, options.width + 10,
                                                                            subsequent_indent="  ")]
            if not value_lines:
                continue
            entry += [f"     {(label_lines[r] if r < len(label_lines) else ''):<27}"
                      f"{value_lines[r] if r < len(value_lines) else ''}".rstrip()
                      for r in range(max(len(label_lines), len(value_lines)))]
        if options.page_break_in == index and len(entry) > 3:
            entry[3:3] = _page_furniture(options, [])
        lines += entry
        lines += ["", "-" * 78, ""] if options.rules else [""]
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. the columns headed only by the letters of the Item 2 paragraphs they answer ------------------------------
def item_letter_captions_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After American International Group's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/909815/000095012306004856/y19970a5exv99wa.txt: an EDGAR <TABLE> of
    fixed-width columns with bare <S>/<C> markers, the cells wrapping, a blank line between rows) and the Item 2
    paragraphs of Schedule 13D (17 CFR 240.13d-101: (a) name, (b) residence or business address, (c) present
    principal occupation or employment and the name of the organisation in which it is conducted, (f)
    citizenship). The feature this family adds (ours; AIG's table has no captions at all): the columns are
    CAPTIONED ONLY BY THE ITEM LETTERS they answer - '(a)', '(b)', '(c)', '(f)' over Name | Business Address |
    Present Principal Occupation or Employment ('<title>, <Org>' for each title held there, then the outside
    occupations) | Citizenship, each letter underlined by dashes - and the preamble says that the table gives the
    information required by Items 2(a), (b), (c) and (f) (and states the (d)/(e) answer for all), so no caption
    names a column in words; the address column comes second. Blank line between rows (a dashed rule in the
    ruled variant), '<TABLE>' and '<S>'/'<C>' lines when options.markers, 'n.' before the name in the numbered
    variant; without a citizenship the '(f)' column and its mention go. A page break (options.page_break_in)
    falls after that entry's first line, with the letter captions again if they repeat."""
    org = roster.organization
    widths = [28, 32, options.width + 4, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    letters = [m for m, w in zip(["(a)", "(b)", "(c)", "(f)"], widths) if w]
    caption = ["".join(f"{m:<{w}}" for m, w in zip(letters, live)).rstrip(),
               "".join(f"{'---':<{w}}" for w in live).rstrip()]
    items = "2(a), (b), (c) and (f)" if options.citizenship else "2(a), (b) and (c)"
    preamble = textwrap.wrap(f"The following table sets forth the information required by Items {items} of "
                             f"Schedule 13D with respect to each director and executive officer of {org} (the "
                             f"\"Company\"). During the last five years, none of the persons listed below has been "
                             f"convicted in a criminal proceeding (excluding traffic violations or similar "
                             f"misdemeanors) or been a party to a civil proceeding of a judicial or administrative "
                             f"body of competent jurisdiction as a result of which such person was or is subject to "
                             f"a judgment, decree or final order enjoining future violations of, or prohibiting or "
                             f"mandating activities subject to, federal or state securities laws or finding any "
                             f"violation with respect to such laws.", 78)
    lines = [_heading(org, options).rstrip("\n"), "", *preamble, "", "<TABLE>" if options.markers else "", *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for line in person["address"] for piece in textwrap.wrap(line, widths[1] - 2,
                                                                                 subsequent_indent="  ")],
                 [piece for item in [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
                  for piece in textwrap.wrap(item, widths[2] - 2, subsequent_indent="  ")],
                 textwrap.wrap(person["citizenship"] or "", widths[3] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_furniture(options, caption)
        lines += rows
        lines.append("-" * sum(live) if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"name_rowspan_field_rows_html": name_rowspan_field_rows_html,
            "officers_see_above_cross_reference": officers_see_above_cross_reference,
            "underlined_name_headings": underlined_name_headings,
            "item_letter_captions_table": item_letter_captions_table}

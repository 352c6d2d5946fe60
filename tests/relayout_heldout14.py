"""Held-out re-layout families, fourteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 (16:05-16:20 UTC by `date`) by helper session gather14 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md; the layout
feature each family adds is said plainly, where it is ours and not the real file's). They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them.

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap
import zlib

from relayout import Options, Roster, _full_stop, _heading, _numbered, _page_break, expected, printed_name

# Given names printed with 'Ms.' and 'she'; any other is printed with 'Mr.' and 'he' (as the proxies do).
_WOMEN = {"ellen", "mellody", "mary", "jane", "susan", "anne", "ann", "elizabeth", "margaret", "patricia",
          "linda", "barbara", "karen", "nancy", "helen", "judith", "catherine", "marie", "sophie", "claire"}
# Former employments a biography mentions after 'before that'; never the person's present ones.
_FORMER = ["a partner of Whitcombe, Hale & Pruitt", "Senior Vice President of Northgate Trust Company",
           "an associate of Larkspur Advisors L.P.", "Treasurer of the Halvorsen Foundation",
           "a managing director of Brackley Securities Inc."]


def _seed(person: dict) -> int:
    return zlib.crc32(person["name"].encode("utf-8"))


def _citizen_of(citizenship: str) -> str:
    return f"the {citizenship}" if citizenship.startswith("United ") else citizenship


# ---- 1. a proxy-style biography: only the name line is structured, every value in pronoun sentences ---------
def proxy_biography_pronouns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Chittenden's roster (tests/data/rosters_real/dev/prose_chittenden_corporation.txt, sec.gov
    .../792360/000092701602005613/dex991.txt: a paragraph per person) and the 'Information about the directors'
    pages of proxy statements that filers copy into Schedule 13D annexes. The feature this family adds: only
    the name line is structured, in capitals with the person's age after a comma ('PEI-YUAN CHIA, 61'; 'CHIA,
    Pei-yuan, 61' in the surname-first variant), and every value is in a sentence of the paragraph under it that
    names the person only by 'Mr. Chia' / 'Ms. Futter' or a pronoun: 'Mr. Chia has served as Director of <Org>
    since 1996.', 'His present principal occupation is ...', 'His business address is ...', 'He is a citizen
    of ...'. Each biography also says what the person did BEFORE ('before that, he was a partner of ...', a
    former employment that is not in the expected people). The age and the years are printed but are not
    values of the contract."""
    org = roster.organization
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(f"The name and age of each director and executive officer of {org} are set forth "
                           f"below, followed by a brief account of the business experience of each.", 78) + [""]
    for index, person in enumerate(roster.people):
        seed = _seed(person)
        woman = person["name"].split()[0].casefold() in _WOMEN
        he, his, title = ("she", "her", "Ms.") if woman else ("he", "his", "Mr.")
        surname = person["name"].replace(",", "").split()
        surname = surname[-2] if surname[-1].rstrip(".").upper() in ("JR", "SR", "II", "III") else surname[-1]
        call = f"{title} {surname}"
        name = printed_name(person, options)
        name = name if options.upper_last_first else name.upper()
        sentences = []
        since = 1988 + seed % 20
        if person["positions"]:
            held = " and as ".join(person["positions"])
            sentences.append(f"{call} has served as {held} of {org} since {since}; before that, {he} was "
                             f"{_full_stop(_FORMER[seed % len(_FORMER)])}")
        else:
            sentences.append(f"Before {since}, {call} was {_full_stop(_FORMER[seed % len(_FORMER)])}")
        if person["other_positions"]:
            sentences.append(f"{his.capitalize()} present principal occupation is "
                             f"{_full_stop('; '.join(person['other_positions']))}")
        if person["address"]:
            sentences.append(f"{his.capitalize()} business address is {_full_stop(', '.join(person['address']))}")
        if options.citizenship and person["citizenship"]:
            sentences.append(f"{he.capitalize()} is a citizen of {_full_stop(_citizen_of(person['citizenship']))}")
        para = textwrap.wrap(" ".join(sentences), 74, initial_indent="    ", subsequent_indent="")
        if options.page_break_in == index and len(para) > 1:
            para[1:1] = _page_break()
        entry = [_numbered(index, f"{name}, {40 + seed % 35}", options), *para]
        lines += entry + (["", "-" * 20, ""] if options.rules else [""])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. a table a converter collapsed: each row on one text line, cells apart by two or more spaces ---------
def collapsed_row_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's 2006 Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov .../909815/
    000095012306004856/y19970a5exv99wa.txt: a fixed-width Name | Occupation | Address | Citizenship table).
    The feature this family adds: the table went through a converter that collapsed it, so every row of the
    roster is printed on ONE text line, each cell's lines joined with a space (the address lines with ', '),
    cells separated by two or more spaces (two, three or four, varying from row to row) with NO column
    alignment between rows; the header is on its own line the same way. An empty cell leaves only its
    separators, so two gaps run together into one wider gap. Lines are long (no wrapping)."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"]
    heads += ["Citizenship"] if options.citizenship else []
    header = "  ".join(heads)
    lines = [_heading(org, options).rstrip("\n"), "", header]
    lines += ["-" * len(header)] if options.rules else []
    for index, person in enumerate(roster.people):
        cells = [_numbered(index, printed_name(person, options), options), "; ".join(person["positions"]),
                 "; ".join(person["other_positions"]), ", ".join(person["address"])]
        cells += [person["citizenship"] or ""] if options.citizenship else []
        gap = " " * (2 + (_seed(person) + index) % 3)
        lines.append(gap.join(cells).rstrip())
        if options.page_break_in == index:
            lines += _page_break(header if options.repeat_header else None)
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. a Markdown table from a PDF-to-Markdown converter ------------------------------------------------
def _md(text: str) -> str:
    """A cell's text as the converter escapes it: '|' as '\\|', '*' and '_' with a backslash."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def markdown_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one table row per person, a header row) as a PDF-to-Markdown converter prints it. The feature
    this family adds: a Markdown pipe table, '| Name | Position with <Org> | Present Principal Occupation |
    Business Address | Citizenship |', an alignment row '|:---|:---|---|---|:---:|', each row one line
    between pipes; a cell's wrapped lines (each address line, each title, each outside occupation) are joined
    by '<br>'; text the converter escapes ('\\|', '\\*', '\\_', a row number as '1\\.'). A page break ends
    the table: an HTML comment '<!-- page 2 -->' and a new table with its header (or, without a repeated
    header, with the converter's empty header '|  |  |' and alignment row)."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"]
    heads += ["Citizenship"] if options.citizenship else []
    align = ":---" if options.markers else "---"

    def header(blank: bool = False) -> list[str]:
        cells = ["" for _ in heads] if blank else [_md(h) for h in heads]
        rule = [align, align, "---", "---"] + ([":---:"] if options.citizenship else [])
        return ["| " + " | ".join(cells) + " |", "|" + "|".join(rule) + "|"]

    lines = ["# SCHEDULE I", "", f"**DIRECTORS AND EXECUTIVE OFFICERS OF {_md(org.upper())}**", "", *header()]
    for index, person in enumerate(roster.people):
        name = _md(printed_name(person, options))
        name = f"{index + 1}\\. {name}" if options.numbered else name
        cells = [name, "<br>".join(map(_md, person["positions"])),
                 "<br>".join(map(_md, person["other_positions"])), "<br>".join(map(_md, person["address"]))]
        cells += [_md(person["citizenship"] or "")] if options.citizenship else []
        lines.append("| " + " | ".join(cells) + " |")
        if options.page_break_in == index:
            lines += ["", "<!-- page 2 -->", "", *header(blank=not options.repeat_header)]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. one small two-column label/value HTML table per person, under the person's name -------------------
def table_per_person_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_micron.txt: each person a
    block of 'Label: value' lines) as a law-firm HTML template prints Schedule I. The feature this family
    adds: ONE SMALL HTML TABLE PER PERSON, the person's name above it in an <h4> (in a <p><b> in the numbered
    variant), the table two columns wide, a label cell ('Position with <Org>:', 'Present Principal
    Occupation:', 'Business Address:', 'Citizenship:') and a value cell whose lines are split by <br>; a label
    whose value the person lacks is printed with an empty value cell; the tables repeat one after another with
    no column header anywhere."""
    org = roster.organization
    parts = [f"<html><body><p align=center><b>SCHEDULE I</b></p><p align=center><b>DIRECTORS AND EXECUTIVE "
             f"OFFICERS OF {html.escape(org.upper())}</b></p>"]
    for index, person in enumerate(roster.people):
        name = html.escape(_numbered(index, printed_name(person, options), options))
        parts.append(f"<p><b>{name}</b></p>" if options.numbered else f"<h4>{name}</h4>")
        rows = [(f"Position with {org}:", person["positions"]),
                ("Present Principal Occupation:", person["other_positions"]),
                ("Business Address:", person["address"])]
        rows += [("Citizenship:", [person["citizenship"]] if person["citizenship"] else [])] if options.citizenship \
            else []
        parts.append("<table border=0 cellpadding=2 width=\"90%\">")
        for label, values in rows:
            value = "<br>".join(map(html.escape, values)) or "&nbsp;"
            parts.append(f"<tr><td width=\"35%\" valign=top>{html.escape(label)}</td>"
                         f"<td valign=top>{value}</td></tr>")
        parts.append("</table>")
        if options.page_break_in == index:
            parts.append("<p style=\"page-break-before:always\">&nbsp;</p>")
        elif options.rules:
            parts.append("<div style=\"border-bottom:1px solid #000000\">&nbsp;</div>")
    parts.append("</body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


FAMILIES = {"proxy_biography_pronouns": proxy_biography_pronouns, "collapsed_row_lines": collapsed_row_lines,
            "markdown_table": markdown_table, "table_per_person_html": table_per_person_html}

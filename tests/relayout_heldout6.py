"""Held-out re-layout families, sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 by helper session gather6 (issue 13), BLIND: without reading the roster reader's code,
without running kg, the benchmark or any reader on these layouts, and without seeing any extraction output.
Each family is modelled on a real filing met while searching for the heldout6 set (named in its docstring;
see tests/data/rosters_real/SOURCES.md, section "heldout6"). They are held out: tests/relayout.py adds
FAMILIES to HELD_OUT_FAMILIES at its very end (DEV_FAMILIES since the measurement), the lead measures them once (benchmarks/bench_rosters.py)
and they become development families after that measurement. tests/test_relayout_families.py only checks
that each prints the people it expects; nothing here says anything about the reader's quality on them.

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import (
    Options,
    Roster,
    _citizen_of,
    _default_address,
    _full_stop,
    _heading,
    _numbered,
    default_citizenship,
    expected,
    printed_name,
)

# Nationality adjectives by ISO country; a citizenship whose country is not here is printed as it is.
_ADJECTIVES = {"US": "American", "CA": "Canadian", "FR": "French", "DK": "Danish", "GB": "British",
               "SG": "Singaporean", "DE": "German", "IT": "Italian", "SE": "Swedish", "BE": "Belgian",
               "BR": "Brazilian", "MX": "Mexican", "CH": "Swiss", "NL": "Dutch", "JP": "Japanese"}


# ---- 1. Name | titles with the outside occupation in parentheses; nationality adjective after the name --
def parenthetical_occupation(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After SBC Communications' Exhibit I 'Directors and Executive Officers as of January 31, 2001'
    (sec.gov .../944400/000073271701000014/0002.txt, seen in the heldout6 search, not taken: the filer is
    in dev/): a preamble saying 'Unless otherwise indicated in parentheses, each occupation set forth
    opposite a name refers to employment with SBC' and giving the one business address of everyone; then
    two columns Name | Present Principal Occupation or Employment without blank lines, outside directors
    as 'Director (Chairman of the Board and President, Anheuser-Busch Companies, Inc.)', continuation
    lines indented one space more than the column. Here the titles held in the organisation are
    ';'-separated before the parenthesis, the occupations elsewhere inside it, and a citizenship other
    than the preamble's default follows the name in parentheses as a nationality adjective
    ('Marshall A. Cohen (Canadian)')."""
    org = roster.organization
    address = _default_address(roster)
    home = next(p for p in roster.people if p["address"] == address)
    default = default_citizenship(roster)
    left, width = 30, max(options.width + 10, 40)
    preamble = (f"The name and present principal occupation or employment of each director and executive officer "
                f"of {org} are set forth below. Unless otherwise indicated in parentheses, each occupation set "
                f"forth opposite a name refers to employment with {org}. ")
    if options.citizenship:
        preamble += (f"Each person is a citizen of {_citizen_of(default)} unless a nationality follows the name. ")
    preamble += _full_stop(f"The business address of each director and officer is {', '.join(address)}")
    header = f"{'Name':<{left}}Present Principal Occupation or Employment"
    lines = [" " * 43 + "EXHIBIT I", "", " " * 20 + f"Directors and Executive Officers of {org}", ""]
    lines += textwrap.wrap(preamble, 80) + ["", header, ""]
    people = []
    for index, person in enumerate(roster.people):
        citizenship = None
        name = _numbered(index, printed_name(person, options), options)
        if options.citizenship:
            citizenship = person["citizenship"]
            if person["citizenship"] != default:
                citizenship = _ADJECTIVES.get(person["country"] or "", person["citizenship"])
                name += f" ({citizenship})"
        occupation = "; ".join(person["positions"])
        if person["other_positions"]:
            occupation = (occupation + " " if occupation else "") + f"({'; '.join(person['other_positions'])})"
        names = textwrap.wrap(name, left - 2)
        text = textwrap.wrap(occupation, width, subsequent_indent=" ") or [""]
        rows = [f"{(names[r] if r < len(names) else ''):<{left}}{(text[r] if r < len(text) else '')}".rstrip()
                for r in range(max(len(names), len(text)))]
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>", ""] + ([header, ""] if options.repeat_header else [])
        lines += rows + (["-" * (left + width)] if options.rules else [])
        people.append(expected(person, org, options, citizenship=citizenship,
                               country=person["country"] if options.citizenship else None,
                               address=", ".join(address), address_city=home["address_city"],
                               address_country=home["address_country"]))
    return ".txt", "\n".join(lines) + "\n", people


# ---- 2. lettered clauses '(a) Name, a citizen of X, <titles> of Org, whose ...;' --------------------------
def _letter(index: int) -> str:
    """a, b, ... z, aa, bb, ... zz, aaa, ... as the clause labels of the model filing run."""
    return "abcdefghijklmnopqrstuvwxyz"[index % 26] * (index // 26 + 1)


def _citizen_clause(citizenship: str) -> str:
    if citizenship in ("United States", "U.S.", "USA"):
        return f"a {citizenship} citizen"
    return f"a citizen of {_citizen_of(citizenship)}"


def lettered_clauses(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the list of filing persons in New Frontier Health Corporation's Schedule 13E-3 (as stored from
    mx.advfn.com, '.../NYSE/NFH/noticias/86216430/statement-of-ownership-private-transaction-sc-13e'): one
    clause per person under a lettered label that doubles after 'z' ('(gggg)', '(iiii) James Gerard Dinan,
    a United States citizen;', '(xxxx) Kui Cai, a citizen of Hong Kong.'), each clause ending in ';', the
    one before the last in '; and', the last in '.', then 'Filing Persons (b) through (xxxx) are
    collectively referred to herein as ...'. Here a clause gives the citizenship, the titles held in the
    organisation ('Director and President of <Org>'), then 'whose present principal occupation is ...'
    and 'whose business address is ...', wrapped with a hanging indent."""
    org = roster.organization
    count = len(roster.people)
    labels = [f"({index + 1})" if options.numbered else f"({_letter(index)})" for index in range(count)]
    lines = [_heading(org, options).rstrip("\n"), ""]
    lines += textwrap.wrap(f"The directors and executive officers of {org} (collectively, the \"Instruction C "
                           f"Persons\") are:", 80) + [""]
    for index, person in enumerate(roster.people):
        parts = [printed_name(person, options)]
        if options.citizenship:
            parts.append(_citizen_clause(person["citizenship"]))
        if person["positions"]:
            parts.append(f"{' and '.join(person['positions'])} of {org}")
        if person["other_positions"]:
            parts.append(f"whose present principal occupation is {'; '.join(person['other_positions'])}")
        parts.append(f"whose business address is {', '.join(person['address'])}")
        end = "." if index == count - 1 else "; and" if index == count - 2 else ";"
        clause = textwrap.wrap(f"{labels[index]} {', '.join(parts)}{end}", 80, subsequent_indent="    ")
        if options.page_break_in == index and len(clause) > 1:
            clause[1:1] = ["", "<PAGE>", ""]
        lines += clause + (["", "-" * 40, ""] if options.rules else [])
    lines += [""] + textwrap.wrap(f"Persons {labels[0]} through {labels[-1]} are collectively referred to herein "
                                  f"as the \"Instruction C Persons\".", 80)
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. signature-table blocks saved as text: '|' lines between cells, labels in cells of their own --------
def pipe_label_value_cells(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the signature tables of KKR's joint filing agreements as stored (sec.gov .../1865782/
    000114036124041401/ef20063003_ex-a.htm and .../1766363/000114036123006318/brhc10048030_ex99-1.htm):
    an HTML table saved as text, a lone '|' line between cells; each block opens with the entity's name in
    capitals ('KKR PHOENIX AGGREGATOR L.P.'), repeated for every block, then label cells and value cells,
    a label and its value in separate cells ('Name:' / '|' / 'Christopher Lee') in one rendering and in one
    cell ('Name: Christopher Lee') in the other. Here every person is a block under the organisation's
    name in capitals, with Name / Title / Principal Occupation / Citizenship / Business Address; the
    label and its value are separate cells unless options.markers is off; a cell's lines (the address)
    follow one another without '|' between them."""
    org = roster.organization
    lines = ["Exhibit 99.1", "|", f"Directors and Executive Officers of {org}", "|"]

    def cell(label: str, values: list[str]) -> list[str]:
        if options.markers:
            return [label, "|"] + values + ["|"]
        return [f"{label} {values[0]}"] + values[1:] + ["|"]

    for index, person in enumerate(roster.people):
        block = [org.upper(), "|"] + cell("Name:", [_numbered(index, printed_name(person, options), options)])
        if person["positions"]:
            block += cell("Title:", ["; ".join(person["positions"])])
        if person["other_positions"]:
            block += cell("Principal Occupation:", ["; ".join(person["other_positions"])])
        if options.citizenship:
            block += cell("Citizenship:", [person["citizenship"]])
        if options.page_break_in == index:
            block += ["", "<PAGE>", ""]
        block += cell("Business Address:", list(person["address"]))
        lines += block + (["_" * 40, "|"] if options.rules else [])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. HTML: each person over two <tr>, the name alone in the first ---------------------------------------
def two_row_html_entries(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the same KKR signature tables (sec.gov .../1865782/000114036124041401/ef20063003_ex-a.htm), whose
    stored text rendering shows the HTML rows: a row holding only the entity's name across the table, the
    rows of its details beneath. Here each
    person takes two <tr>: the name alone in bold across all the columns, then a row of cells Position(s)
    | Principal Occupation | Citizenship | Business Address (address lines separated by <br>), an empty
    spacer row between people; the header row names only the four detail columns. A page break inside
    an entry closes the table between the name row and the details row and opens a new one (with the
    header again unless options.repeat_header is off)."""
    org = roster.organization
    heads = ["Position", "Principal Occupation", "Citizenship", "Business Address"]
    header = "<tr>" + "".join(f"<td><b>{h}</b></td>" for h in heads) + "</tr>"
    parts = [f"<html><body><p align=center><b>SCHEDULE A</b></p><p align=center>DIRECTORS AND EXECUTIVE OFFICERS "
             f"OF {html.escape(org.upper())}</p><table>", header]
    for index, person in enumerate(roster.people):
        name = html.escape(_numbered(index, printed_name(person, options), options))
        parts.append(f"<tr><td colspan=\"4\"><b>{name}</b></td></tr>")
        if options.page_break_in == index:
            parts.append("</table><p style=\"page-break-before:always\">&nbsp;</p><table>"
                         + (header if options.repeat_header else ""))
        cells = [html.escape("; ".join(person["positions"])), html.escape("; ".join(person["other_positions"])),
                 html.escape(person["citizenship"]) if options.citizenship else "",
                 "<br>".join(html.escape(line) for line in person["address"])]
        parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts.append("<tr><td colspan=\"4\">&nbsp;</td></tr>" if not options.rules else
                     "<tr><td colspan=\"4\" style=\"border-bottom:1px solid #000000\">&nbsp;</td></tr>")
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), [expected(p, org, options) for p in roster.people]


FAMILIES = {"parenthetical_occupation": parenthetical_occupation, "lettered_clauses": lettered_clauses,
            "pipe_label_value_cells": pipe_label_value_cells, "two_row_html_entries": two_row_html_entries}

"""Re-layouts: the people of real rosters rendered into the layout families real filings use.

`render(family, roster, options)` returns (file suffix, text, expected people). The expected
people are the contract's `people[]` for what the layout prints: a family that prints no
citizenship expects none, a preamble default is expected on everyone it covers.

Families used while developing the reader (DEV_FAMILIES) and families kept out of sight
until the measurement (HELD_OUT_FAMILIES) are disjoint: whole layout families, not files. A
held-out family is written before the reader work it measures and run by the final
measurement (benchmarks/bench_rosters.py); once measured and looked at, it becomes a
development family (the order is noted where HELD_OUT_FAMILIES is defined, the figures are in
BENCHMARKS.md "Rosters").
"""
from __future__ import annotations

import html
import json
import textwrap
import zlib
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass
class Options:
    upper_last_first: bool = False    # 'FELDSTEIN, Martin S.'
    markers: bool = True              # EDGAR <S> <C> line
    rules: bool = False               # dashed rule between entries (else a blank line)
    numbered: bool = False            # '1.' before each name
    width: int = 34                   # width of the wrapping column
    citizenship: bool = True          # the layout prints a citizenship
    page_break_in: int | None = None  # a page break inside this entry
    heading: str | None = None        # the title line ('INFORMATION CONCERNING ... OF {org}')
    repeat_header: bool = True        # a page break repeats the column header


@dataclass
class Roster:
    organization: str
    people: list[dict] = field(default_factory=list)


def load_rosters(path: Path) -> list[Roster]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Roster(r["organization"], r["people"]) for r in data["rosters"]]


def _surname_first(name: str) -> str:
    """'Burton A. Dole, Jr.' -> 'DOLE, Burton A., Jr.'."""
    words = name.replace(",", "").split()
    suffix = words.pop() if words[-1].rstrip(".").upper() in ("JR", "SR", "II", "III", "IV") else None
    *given, last = words
    return f"{last.upper()}, {' '.join(given)}" + (f", {suffix}" if suffix else "")


def printed_name(person: dict, options: Options) -> str:
    if not options.upper_last_first:
        return person["name"]
    return _surname_first(person["name"])


def expected(person: dict, organization: str, options: Options, **override) -> dict:
    out = {"name": person["name"], "organization": organization, "bodies": person["bodies"],
           "positions": person["positions"], "other_positions": person["other_positions"],
           "citizenship": person["citizenship"] if options.citizenship else None,
           "country": person["country"] if options.citizenship else None,
           "address": ", ".join(person["address"]), "address_city": person["address_city"],
           "address_country": person["address_country"]}
    out.update(override)
    return out


def _occupation(person: dict, organization: str) -> str:
    titles = [f"{title} of {organization}" for title in person["positions"]]
    return "; ".join(titles + person["other_positions"])


def _heading(organization: str, options: Options | None = None) -> str:
    title = (options.heading if options and options.heading else "DIRECTORS AND EXECUTIVE OFFICERS OF {org}")
    return f"                                   SCHEDULE I\n\n      {title.format(org=organization.upper())}\n\n"


def _page_break(header: str | None = None) -> list[str]:
    return ["", "<PAGE>", "                                      -2-", ""] + ([header, ""] if header else [])


# ---- text families -----------------------------------------------------------------------
def two_column(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Name column; one wide column where occupation, employer and address wrap over lines;
    the citizenship stacked under the name."""
    left = 30
    header = f"{'Name and Citizenship':<{left}}Present Principal Occupation and Business Address"
    lines = [_heading(roster.organization, options).rstrip("\n"), "", "<TABLE>", header,
             f"{'-' * 20:<{left}}{'-' * 40}"]
    if options.markers:
        lines.append(f"{'<S>':<{left}}<C>")
    for index, person in enumerate(roster.people):
        right = textwrap.wrap(_occupation(person, roster.organization), options.width) + [
            piece for line in person["address"] for piece in textwrap.wrap(line, options.width)]
        name = printed_name(person, options)
        name = f"{index + 1}. {name}" if options.numbered else name
        stack = [name] + ([person["citizenship"]] if options.citizenship else [])
        for row in range(max(len(stack), len(right))):
            if options.page_break_in == index and row == 2:
                lines += _page_break(header if options.repeat_header else None)
            a = stack[row] if row < len(stack) else ""
            b = right[row] if row < len(right) else ""
            lines.append(f"{a:<{left}}{b}".rstrip())
        lines.append("-" * (left + options.width) if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines) + "\n", [expected(p, roster.organization, options) for p in roster.people]


def multi_column(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """NAME / CITIZENSHIP / BUSINESS ADDRESS / PRESENT PRINCIPAL OCCUPATION; the title stacked
    under the name; cells wrap independently; optional row numbers."""
    widths = [6 if options.numbered else 0, 32, 16, 30, options.width]
    heads = ["", "NAME", "CITIZENSHIP", "BUSINESS ADDRESS", "PRESENT PRINCIPAL OCCUPATION"]
    lines = [_heading(roster.organization, options).rstrip("\n"), "", "<TABLE>",
             "".join(f"{h:<{w}}" for h, w in zip(heads, widths) if w).rstrip(),
             "".join(f"{'-' * (w - 2):<{w}}" for w in widths if w).rstrip()]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>", "<C>"] if options.numbered
                                                          else ["", "<S>", "<C>", "<C>", "<C>"], widths) if w).rstrip())
    for index, person in enumerate(roster.people):
        cells = [[f"{index + 1}."] if options.numbered else [],
                 [printed_name(person, options)] + textwrap.wrap(
                     "; ".join(f"{t} of {roster.organization}" for t in person["positions"]), widths[1] - 2),
                 textwrap.wrap(person["citizenship"], widths[2] - 2) if options.citizenship else [],
                 [piece for line in person["address"] for piece in textwrap.wrap(line, widths[3] - 2)],
                 textwrap.wrap("; ".join(person["other_positions"]), options.width)]
        for row in range(max(len(c) for c in cells)):
            lines.append("".join(f"{(c[row] if row < len(c) else ''):<{w}}" for c, w in zip(cells, widths) if w).rstrip())
        lines.append("")
    lines.append("</TABLE>")
    return ".txt", "\n".join(lines) + "\n", [expected(p, roster.organization, options) for p in roster.people]


def html_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """One row per person; header row; optional section rows; address lines as <br>."""
    rows = ["<tr><td><b>Name</b></td><td><b>Position</b></td><td><b>Principal Occupation</b></td>"
            "<td><b>Citizenship</b></td><td><b>Business Address</b></td></tr>"]
    for person in roster.people:
        cells = [person["name"], "; ".join(person["positions"]), "; ".join(person["other_positions"]),
                 person["citizenship"] if options.citizenship else "", "<br>".join(map(html.escape, person["address"]))]
        rows.append("<tr>" + "".join(f"<td>{c if i == 4 else html.escape(c)}</td>" for i, c in enumerate(cells)) + "</tr>")
    body = (f"<html><body><p align=center>SCHEDULE I</p><p align=center>DIRECTORS AND EXECUTIVE OFFICERS OF "
            f"{html.escape(roster.organization.upper())}</p><table>{''.join(rows)}</table></body></html>")
    return ".htm", body, [expected(p, roster.organization, options) for p in roster.people]


def html_saved_as_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """The HTML table saved as text: every cell on a line of its own, a blank line between rows."""
    lines = [_heading(roster.organization).rstrip("\n"), "", "Name", "Position", "Principal Occupation",
             "Citizenship", "Business Address", ""]
    for person in roster.people:
        lines += [person["name"], "; ".join(person["positions"]), "; ".join(person["other_positions"]) or "-",
                  person["citizenship"] if options.citizenship else "-", ", ".join(person["address"]), ""]
    return ".txt", "\n".join(lines) + "\n", [expected(p, roster.organization, options) for p in roster.people]


def surname_headings(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """'SURNAME, Given' on a line, then indented labelled fields."""
    lines = [_heading(roster.organization).rstrip("\n"), ""]
    for person in roster.people:
        lines.append(_surname_first(person["name"]))
        lines.append(f"     Position: {'; '.join(person['positions'])}")
        if person["other_positions"]:
            lines.append(f"     Principal Occupation: {'; '.join(person['other_positions'])}")
        if options.citizenship:
            lines.append(f"     Citizenship: {person['citizenship']}")
        lines.append(f"     Business Address: {person['address'][0]}")
        lines += [f"                       {line}" for line in person["address"][1:]]
        lines.append("")
    return ".txt", "\n".join(lines) + "\n", [expected(p, roster.organization, options) for p in roster.people]


def name_title_list(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Only names and titles; the preamble gives every address and citizenship."""
    first = roster.people[0]
    address = ", ".join(first["address"])
    lines = [_heading(roster.organization).rstrip("\n"),
             textwrap.fill(f"Unless otherwise indicated, each person listed below is a citizen of the United States "
                           f"and the business address of each person is {address}.", 78), "",
             f"{'Name':<34}Title", f"{'----':<34}-----"]
    for person in roster.people:
        lines.append(f"{printed_name(person, options):<34}{'; '.join(person['positions'])}")
    people = [expected(p, roster.organization, options, other_positions=[], citizenship="United States",
                       country="US", address=address, address_city=first["address_city"],
                       address_country=first["address_country"]) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


DEV_FAMILIES = {"two_column": two_column, "multi_column": multi_column, "html_table": html_table,
                "html_saved_as_text": html_saved_as_text, "surname_headings": surname_headings,
                "name_title_list": name_title_list}


# ---- families first kept out of sight, developed against since (session of issue 13, part 2) --
def labelled_alternative(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Labelled blocks with other label words and ALL-CAPS names."""
    lines = [_heading(roster.organization).rstrip("\n"), ""]
    for person in roster.people:
        lines.append(f"Name:                  {person['name'].upper()}")
        lines.append(f"Title:                 {'; '.join(person['positions'])}")
        if person["other_positions"]:
            lines.append(f"Principal Occupation:  {'; '.join(person['other_positions'])}")
        lines.append(f"Country of Citizenship: {person['citizenship']}")
        lines.append(f"Business Address:      {', '.join(person['address'])}")
        lines.append("")
    return ".txt", "\n".join(lines) + "\n", [expected(p, roster.organization, options) for p in roster.people]


def shuffled_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """NAME / BUSINESS ADDRESS / POSITION / CITIZENSHIP, dashed rules, no markers."""
    widths = [26, 34, 30, 14]
    lines = [_heading(roster.organization).rstrip("\n"), "",
             "".join(f"{h:<{w}}" for h, w in zip(["NAME", "BUSINESS ADDRESS", "POSITION", "CITIZENSHIP"], widths)),
             "".join(f"{'-' * (w - 2):<{w}}" for w in widths)]
    for person in roster.people:
        cells = [[person["name"]], [p for line in person["address"] for p in textwrap.wrap(line, widths[1] - 2)],
                 textwrap.wrap("; ".join(person["positions"]), widths[2] - 2), [person["citizenship"]]]
        for row in range(max(len(c) for c in cells)):
            lines.append("".join(f"{(c[row] if row < len(c) else ''):<{w}}" for c, w in zip(cells, widths)).rstrip())
        lines.append("")
    people = [expected(p, roster.organization, options, other_positions=[]) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


def html_paragraph_cells(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """HTML rows with every cell in its own <p>; columns Name, Citizenship, Occupation, Address."""
    rows = ["<tr><td><p>Name</p></td><td><p>Citizenship</p></td><td><p>Present Principal Occupation</p></td>"
            "<td><p>Business Address</p></td></tr>"]
    for person in roster.people:
        occupation = "; ".join([f"{t}, {roster.organization}" for t in person["positions"]] + person["other_positions"])
        cells = [person["name"], person["citizenship"], occupation, ", ".join(person["address"])]
        rows.append("<tr>" + "".join(f"<td><p>{html.escape(c)}</p></td>" for c in cells) + "</tr>")
    body = (f"<html><body><p>SCHEDULE A</p><p>EXECUTIVE OFFICERS AND DIRECTORS OF {html.escape(roster.organization)}</p>"
            f"<table>{''.join(rows)}</table></body></html>")
    return ".htm", body, [expected(p, roster.organization, options) for p in roster.people]


DEV_FAMILIES.update({"labelled_alternative": labelled_alternative, "shuffled_columns": shuffled_columns,
                     "html_paragraph_cells": html_paragraph_cells})


# ---- held-out families: written before the reader's second round, run once at the end --------
def _citizen_of(citizenship: str) -> str:
    return "the United States" if citizenship == "United States" else citizenship


def _full_stop(sentence: str) -> str:
    """A sentence ending in 'Inc.' ends there (no second full stop)."""
    return sentence if sentence.endswith(".") else sentence + "."


def prose_sentences(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """One paragraph per person: 'X, a citizen of Y, is <titles> of <Org>. X is also <other
    occupation>. X's business address is <address>.'"""
    org = roster.organization
    lines = [_heading(org).rstrip("\n"),
             textwrap.fill(f"Set forth below is the name, citizenship, business address and present principal "
                           f"occupation of each director and executive officer of {org}.", options.width + 40), ""]
    for person in roster.people:
        sentence = _full_stop(f"{person['name']}, a citizen of {_citizen_of(person['citizenship'])}, is "
                              f"{' and '.join(person['positions'])} of {org}")
        if person["other_positions"]:
            sentence += " " + _full_stop(f"{person['name']} is also {'; '.join(person['other_positions'])}")
        sentence += " " + _full_stop(f"The business address of {person['name']} is {', '.join(person['address'])}")
        lines += textwrap.wrap(sentence, options.width + 40, initial_indent="     ") + [""]
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


def wrapped_citizenship_first(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """Fixed width, no markers, two-line captions: Name | Citizenship | Business Address |
    Principal Occupation (title, employer); every cell may wrap, the name included."""
    widths = [22, 15, 28, options.width]
    heads = [["", "", "Business", "Present Principal Occupation"], ["Name", "Citizenship", "Address", "or Employment"]]
    lines = [_heading(roster.organization, options).rstrip("\n"), ""]
    lines += ["".join(f"{h:<{w}}" for h, w in zip(head, widths)).rstrip() for head in heads]
    lines.append("".join(f"{'-' * (w - 3):<{w}}" for w in widths).rstrip())
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        name = f"{index + 1}. {name}" if options.numbered else name
        occupation = "; ".join([f"{t}, {roster.organization}" for t in person["positions"]] + person["other_positions"])
        cells = [textwrap.wrap(name, widths[0] - 2), textwrap.wrap(person["citizenship"], widths[1] - 2),
                 [p for line in person["address"] for p in textwrap.wrap(line, widths[2] - 2)],
                 textwrap.wrap(occupation, widths[3])]
        for row in range(max(len(c) for c in cells)):
            lines.append("".join(f"{(c[row] if row < len(c) else ''):<{w}}" for c, w in zip(cells, widths)).rstrip())
        lines.append("-" * sum(widths) if options.rules else "")
    return ".txt", "\n".join(lines) + "\n", [expected(p, roster.organization, options) for p in roster.people]


def name_heading_unlabelled(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """The name as a heading line (capitals), then indented lines without labels: the titles
    in the organisation, the occupation elsewhere, the address lines, 'Citizen of ...'."""
    org = roster.organization
    lines = [_heading(org).rstrip("\n"), ""]
    for person in roster.people:
        lines.append(printed_name(person, options).upper() if options.upper_last_first else person["name"].upper())
        lines += textwrap.wrap(f"{', '.join(person['positions'])}, {org}", options.width + 20,
                               initial_indent="     ", subsequent_indent="       ")
        for other in person["other_positions"]:
            lines += textwrap.wrap(other, options.width + 20, initial_indent="     ", subsequent_indent="       ")
        lines += [f"     {line}" for line in person["address"]]
        lines.append(f"     Citizen of {_citizen_of(person['citizenship'])}")
        lines.append("")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


def html_name_and_title_cell(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """HTML: the name in bold with the titles under it in one cell; citizenship; the
    occupation elsewhere and the address lines in one cell, separated by <br>."""
    rows = ["<tr><td><b>Name and Position with the Company</b></td><td><b>Citizenship</b></td>"
            "<td><b>Principal Occupation and Business Address</b></td></tr>"]
    for person in roster.people:
        first = f"<b>{html.escape(person['name'])}</b><br>{html.escape(', '.join(person['positions']))}"
        last = "<br>".join([html.escape(o) for o in person["other_positions"]] + [html.escape(a) for a in person["address"]])
        rows.append(f"<tr><td>{first}</td><td>{html.escape(person['citizenship'])}</td><td>{last}</td></tr>")
    body = (f"<html><body><p align=center><b>SCHEDULE A</b></p><p align=center>INFORMATION CONCERNING DIRECTORS AND "
            f"EXECUTIVE OFFICERS OF {html.escape(roster.organization.upper())}</p><table>{''.join(rows)}</table>"
            f"</body></html>")
    return ".htm", body, [expected(p, roster.organization, options) for p in roster.people]


# Families written as held out, in the order they were written: prose_sentences and
# wrapped_citizenship_first (measured at a checkpoint, then measured again at the end of the
# round, then developed against), name_heading_unlabelled (measured once at the end of the
# round, then developed against), html_name_and_title_cell (written after that, run once by the
# final measurement of the round: recall 0.000, then developed against in the next round, with
# <br> kept as a line break inside a cell). The developed-against ones are development families
# now; a new held-out family goes into HELD_OUT_FAMILIES (empty until one is written).
DEV_FAMILIES.update({"prose_sentences": prose_sentences, "wrapped_citizenship_first": wrapped_citizenship_first,
                     "name_heading_unlabelled": name_heading_unlabelled,
                     "html_name_and_title_cell": html_name_and_title_cell})
HELD_OUT_FAMILIES: dict = {}


# ---- held-out families written 2026-12-05 by helper session gather3 (issue 13), before the
# reader work they measure; written from layouts seen in real filings (labels above their values;
# E.ON's letter legend for roles), without running the reader on them. ----------------------------
def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def centred(*titles: str) -> list[str]:
    """Each title centred on a 78-character line."""
    return [f"{title:^78}".rstrip() for title in titles]


def centre(text: str, width: int = 80) -> str:
    return f"{text:^{width}}".rstrip()


def wrap_words(text: str, width: int, indent: str = "", first: str = "") -> list[str]:
    """`text` wrapped at `width` between words (no word broken, none at a hyphen); no line for an empty text.
    `indent` sets in every line after the first, `first` the first line."""
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def wrap_lines(text: str, width: int, indent: str = "") -> list[str]:
    """`wrap_words`, one empty line for an empty text."""
    return wrap_words(text, width, indent) or [""]


def default_citizenship(roster: Roster) -> str | None:
    """The citizenship most people of the roster share (the first one on a tie)."""
    counts: dict[str, int] = {}
    for person in roster.people:
        if person["citizenship"]:
            counts[person["citizenship"]] = counts.get(person["citizenship"], 0) + 1
    return max(counts, key=lambda c: (counts[c], -list(counts).index(c))) if counts else None


def crc_seed(text: str) -> int:
    """A seed from a text (its CRC-32), the same on every run."""
    return zlib.crc32(text.encode("utf-8"))


def weighted_seed(text: str) -> int:
    """A seed from a text (each character's code weighted by its place), the same on every run."""
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def occupation_items(person: dict, org: str) -> list[str]:
    """Each position with the organisation ('Director, Acme Corp.'), then the other positions."""
    return [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]


def edgar_marks(widths: list[int]) -> str:
    """The <S> <C> line of an EDGAR table whose columns are `widths` wide."""
    return "".join(f"{'<S>' if i == 0 else '<C>':<{w}}" for i, w in enumerate(widths)).rstrip()


def printed_text(lines: list[str]) -> str:
    """The lines as one text: each line's trailing blanks and the text's trailing blank lines dropped, one final
    newline."""
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def is_director(person: dict) -> bool:
    """A director or trustee: a position naming either, or a seat on the board of directors."""
    return any("director" in t.lower() or "trustee" in t.lower() for t in person["positions"]) or \
        "board of directors" in person["bodies"]


def expected_people(roster: Roster, options: Options) -> list[dict]:
    """Every person of the roster with their own values (`expected`)."""
    return [expected(p, roster.organization, options) for p in roster.people]


def labels_above_values(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """'SURNAME, Given' as the entry heading, then indented labels each alone on its line with
    the value(s) on the following line(s), indented further; one title per line."""
    org = roster.organization
    indent, deeper = "     ", "          "
    lines = [_heading(org, options).rstrip("\n"), ""]
    for index, person in enumerate(roster.people):
        lines.append(_numbered(index, _surname_first(person["name"]), options))
        if person["positions"]:
            lines.append(f"{indent}Present Position with {org}:")
            lines += [f"{deeper}{title}" for title in person["positions"]]
        if person["other_positions"]:
            lines.append(f"{indent}Present Principal Occupation or Employment:")
            for other in person["other_positions"]:
                lines += textwrap.wrap(other, options.width + 30, initial_indent=deeper, subsequent_indent=deeper)
        if options.citizenship:
            lines.append(f"{indent}Citizenship:")
            lines.append(f"{deeper}{person['citizenship']}")
        lines.append(f"{indent}Business Address:")
        lines += [f"{deeper}{line}" for line in person["address"]]
        lines.append("-" * 60 if options.rules else "")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


def _letter_codes(count: int) -> list[str]:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return [letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26] for i in range(count)]


def legend_coded_roles(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """A legend maps letters to the titles held in the organisation ('A = Director'); the
    table prints Name | Capacity (the letters, comma-separated) | Citizenship | Business Address.
    No occupation outside the organisation is printed."""
    titles: list[str] = []
    for person in roster.people:
        titles += [t for t in person["positions"] if t not in titles]
    code = dict(zip(titles, _letter_codes(len(titles))))
    widths = [34, 12, 18, 40]
    lines = [_heading(roster.organization, options).rstrip("\n"), ""]
    for index, title in enumerate(titles):
        lines.append(f"{'Legend:' if index == 0 else '':<9}{code[title]} = {title}")
    lines += ["", "<TABLE>",
              "".join(f"{h:<{w}}" for h, w in zip(["Name", "Capacity", "Citizenship", "Business Address"],
                                                  widths)).rstrip(),
              "".join(f"{'-' * (w - 4):<{w}}" for w in widths).rstrip()]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip())
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options)
        cells = [textwrap.wrap(name, widths[0] - 2),
                 textwrap.wrap(", ".join(code[t] for t in person["positions"]), widths[1] - 2),
                 textwrap.wrap(person["citizenship"], widths[2] - 2) if options.citizenship else [],
                 [p for line in person["address"] for p in textwrap.wrap(line, widths[3] - 2)]]
        for row in range(max(len(c) for c in cells)):
            lines.append("".join(f"{(c[row] if row < len(c) else ''):<{w}}" for c, w in zip(cells, widths)).rstrip())
        lines.append("-" * sum(widths) if options.rules else "")
    lines.append("</TABLE>")
    people = [expected(p, roster.organization, options, other_positions=[]) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# labels_above_values and legend_coded_roles were written by a helper that did not work on the reader
# (branch gather3) while the reader's third round went on, held out, and run once by the lead after that
# round was merged (2026-12-05: labels_above_values P 0.832 R 0.339 with 6 values on the wrong person,
# legend_coded_roles P 0.991 R 0.661); development families since (fourth round). HELD_OUT_FAMILIES is
# empty again until a new family is written.
DEV_FAMILIES.update({"labels_above_values": labels_above_values, "legend_coded_roles": legend_coded_roles})


# ---- held-out families written 2026-12-05 by helper session gather4 (issue 13), before the
# measurement they serve and without running the reader on them (nor looking at its code or output);
# each is modelled on a real filing met while gathering tests/data/rosters_real/heldout4 (one of its
# files or a candidate seen in the search; named in its docstring). Run once by the lead's final
# measurement (benchmarks/bench_rosters.py) while held out; development families since the sixth round
# (see where they are added to DEV_FAMILIES below).
def _wrap_rows(cells: list[list[str]], widths: list[int], indent: str = "") -> list[str]:
    """Side-by-side cells, each a list of lines, padded to the column widths."""
    return [(indent + "".join(f"{(c[row] if row < len(c) else ''):<{w}}" for c, w in zip(cells, widths))).rstrip()
            for row in range(max(len(c) for c in cells))]


def headerless_four_column(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's 2007 Exhibit A (sec.gov .../100331/000095012307013118/y39616aexv99wa.txt): three
    lines holding only '.' at the right margin, 'EXHIBIT A', the title, then a <TABLE> with no
    caption at all: name | title(s) | occupation outside the organisation (';'-separated, wrapping)
    | business address as one comma-joined string wrapped wherever the width falls ('40 King
    Street / West, 20th Floor'). No citizenship is printed."""
    widths = [23, 20, 46, max(options.width + 10, 40)]
    dots = " " * 79 + "."
    lines = ["<PAGE>", dots, dots, dots, "", "", " " * 36 + "EXHIBIT A", "",
             f"     DIRECTORS AND EXECUTIVE OFFICERS OF {roster.organization.upper()}", "", "<TABLE>"]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip())
    for index, person in enumerate(roster.people):
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 textwrap.wrap("; ".join(person["positions"]), widths[1] - 2),
                 textwrap.wrap("; ".join(person["other_positions"]), widths[2] - 2),
                 textwrap.wrap(", ".join(person["address"]), widths[3])]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_break()
        lines += rows
        lines.append("-" * 110 if options.rules else "")
    lines.append("</TABLE>")
    people = [expected(p, roster.organization, options, citizenship=None, country=None) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


def footnote_keyed_details(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the ownership table of América Móvil's Schedule 13D/A No. 22 (sec.gov .../1129137/
    000090342310000455/slimmovil-13da22_0806.htm), where every name carries a footnote marker
    glued to it ('Carlos Slim Helú(3)') and the facts about the person sit in the numbered notes
    under the table: here a Name | Position table, then one note per person giving citizenship,
    business address and other occupations."""
    org = roster.organization
    left = 40
    lines = [_heading(org, options).rstrip("\n"), "",
             f"{'Name':<{left}}Position with {org}", f"{'----':<{left}}{'-' * (len(org) + 14)}"]
    notes = []
    for index, person in enumerate(roster.people):
        name = _numbered(index, printed_name(person, options), options) + f"({index + 1})"
        titles = textwrap.wrap("; ".join(person["positions"]), options.width + 10) or [""]
        lines += [f"{(name if row == 0 else ''):<{left}}{title}".rstrip() for row, title in enumerate(titles)]
        if options.rules:
            lines.append("-" * (left + options.width))
        parts = []
        if options.citizenship:
            parts.append(f"Citizen of {_citizen_of(person['citizenship'])}.")
        parts.append(_full_stop(f"Business address: {', '.join(person['address'])}"))
        if person["other_positions"]:
            parts.append(_full_stop(f"Present principal occupation: {'; '.join(person['other_positions'])}"))
        note = textwrap.wrap(" ".join(parts), options.width + 40, initial_indent=f"({index + 1})".ljust(6),
                             subsequent_indent=" " * 6)
        if options.page_break_in == index and len(note) > 1:
            note[1:1] = _page_break()
        notes += note
    lines += ["", "-" * 10] + notes
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


def _default_address(roster: Roster) -> list[str]:
    """The business address most people of the roster share (the first one on a tie)."""
    counts: dict[tuple, int] = {}
    for person in roster.people:
        counts[tuple(person["address"])] = counts.get(tuple(person["address"]), 0) + 1
    return list(max(counts, key=lambda address: (counts[address], -list(counts).index(address))))


def indented_rows_no_blank_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Harvard's 2003 Exhibit A (sec.gov .../748691/000093041303003636/c30169_ex99a.txt): a
    justified preamble whose default ('If no business address is given, the business address of
    such director or executive officer is ...') covers whoever has no address printed, a centred
    section title in capitals, and the whole table indented by ten spaces with NO blank line
    between rows, so only a non-empty name column starts a new person; titles and addresses wrap
    onto continuation lines; a page footer ('Page 7 of 8 Pages') after many blank lines. Here the
    columns are Name | Office/Position | Citizenship | Business Address (printed only when it is not
    the default). Occupations outside the organisation are not printed."""
    org = roster.organization
    default = _default_address(roster)
    indent = " " * 10
    widths = [30, max(options.width, 24), 18 if options.citizenship else 0, 36]
    heads = ["Name", "Office/Position", "Citizenship" if options.citizenship else "", "Business Address"]
    header = [indent + "".join(f"{h:<{w}}" for h, w in zip(heads, widths) if w).rstrip(),
              indent + "".join(f"{'-' * len(h):<{w}}" for h, w in zip(heads, widths) if w).rstrip()]
    lines = [" " * 24 + "DIRECTORS AND EXECUTIVE OFFICERS", ""]
    lines += textwrap.wrap(f"The names of the directors and executive officers of {org} and their business "
                           f"addresses and present principal occupation or employment are set forth below. If no "
                           f"business address is given, the business address of such director or executive officer "
                           f"is {', '.join(default)}.", 80)
    lines += ["", (" " * 10 + f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"), ""] + header
    for index, person in enumerate(roster.people):
        own = [] if person["address"] == default else [
            piece for line in person["address"] for piece in textwrap.wrap(line, widths[3] - 2)]
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 [piece for title in person["positions"] for piece in textwrap.wrap(title, widths[1] - 2)],
                 textwrap.wrap(person["citizenship"], widths[2] - 2) if options.citizenship else [], own]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], [w for w in widths if w], indent)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "", f"{'Page 1 of 2 Pages':>50}", "<PAGE>", ""] + (
                header if options.repeat_header else [])
        lines += rows
        if options.rules:
            lines.append(indent + "-" * sum(widths))
    lines += [""] * 10 + [f"{'Page 2 of 2 Pages':>50}"]
    people = [expected(p, org, options, other_positions=[]) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


def address_sentences_after_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the selling-stockholder notes of a Form S-1 (capedge.com/filing/1925605/
    0001104659-22-105373/S1), where the table gives names and holdings and the addresses come after
    it, one sentence each: 'The address of Christian Schwab is c/o Craig-Hallum Capital Group LLC,
    222 South 9th Street, Suite 350, Minneapolis, MN 55402.' Here the table is Name | Position |
    Principal Occupation | Citizenship (cells wrap), and below it one such sentence per person in
    the natural name order, even where the table prints 'SURNAME, Given'."""
    org = roster.organization
    widths = [28, 24, max(options.width, 26) + 2, 16 if options.citizenship else 0]
    heads = ["Name", "Position", "Principal Occupation", "Citizenship" if options.citizenship else ""]
    lines = [_heading(org, options).rstrip("\n"), "",
             textwrap.fill(f"Set forth below are the name, position with {org}, present principal occupation "
                           f"and citizenship of each director and executive officer of {org}. The business "
                           f"address of each of them follows the table.", 80), "",
             "".join(f"{h:<{w}}" for h, w in zip(heads, widths) if w).rstrip(),
             "".join(f"{'-' * (w - 2):<{w}}" for w in widths if w).rstrip()]
    sentences = []
    for index, person in enumerate(roster.people):
        cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 textwrap.wrap("; ".join(person["positions"]), widths[1] - 2),
                 textwrap.wrap("; ".join(person["other_positions"]), widths[2] - 2),
                 textwrap.wrap(person["citizenship"], widths[3] - 2) if options.citizenship else []]
        lines += _wrap_rows([c for c, w in zip(cells, widths) if w], [w for w in widths if w])
        lines.append("-" * sum(widths) if options.rules else "")
        sentences += textwrap.wrap(_full_stop(f"The address of {person['name']} is {', '.join(person['address'])}"),
                                   80) + [""]
        if options.page_break_in == index:
            sentences += _page_break()
    lines += [""] + sentences
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# Held out from 2026-12-05 (helper gather4), written before the measurement without running the reader;
# measured once by the lead after the fifth round (2026-12-05: all 288 P 0.857 R 0.565, 9 values on the
# wrong person in indented_rows_no_blank_lines, fixed after; BENCHMARKS.md "Rosters"), then kept as held-out
# families while two fixes were made (P 0.875 R 0.602, 0 wrong). Development families since the sixth round
# (branch rosters7); HELD_OUT_FAMILIES is empty again: new held-out families are written elsewhere, out of
# sight of the reader's development.
DEV_FAMILIES.update({"headerless_four_column": headerless_four_column,
                     "footnote_keyed_details": footnote_keyed_details,
                     "indented_rows_no_blank_lines": indented_rows_no_blank_lines,
                     "address_sentences_after_table": address_sentences_after_table})


def gold_document(source: str, people: list[dict]) -> dict:
    return {"source": source, "people": people, "expected_warnings": []}


# ---- families written 2026-12-05 by helper session gather5 (issue 13), blind (no reader code read,
# no reader run, no output seen), each modelled on a real filing met while gathering
# tests/data/rosters_real/heldout5 (now in dev/); in tests/relayout_heldout5.py, which imports this module, so
# it is imported here at the very end, once everything it uses is defined. Measured once as held out on
# 2026-12-05 by the lead (all 288 held-out files P 0.911 R 0.222, 24 values on the wrong person:
# pipes_yes_no_flag_columns P - R 0.000; title_colon_name_lines P 0.521 R 0.082, 24 wrong; inline_pipe_rows
# P 0.996 R 0.722; title_groups_last_first R 0.000; the two real Trilogy files R 0); development families
# since (seventh round, branch rosters8; BENCHMARKS.md "Rosters").
from relayout_heldout5 import FAMILIES as _HELDOUT5  # noqa: E402

DEV_FAMILIES.update(_HELDOUT5)

# ---- held-out families written 2026-12-05 by helper session gather6 (issue 13), blind (no reader code read,
# no reader run, no output seen), each modelled on a real filing met while searching for
# tests/data/rosters_real/heldout6; in tests/relayout_heldout6.py, imported here at the very end like the fifth
# set. Measured once as held out on 2026-12-05 by the lead (all 288 held-out files P 0.895 R 0.265, 24 values on
# the wrong person: parenthetical_occupation P 0.899 R 0.840, 2 wrong; lettered_clauses P - R 0.000;
# pipe_label_value_cells P 0.881 R 0.219, 22 wrong; two_row_html_entries P - R 0.000; BENCHMARKS.md "Held-out
# measurement after the seventh round"); development families since (eighth round, branch rosters9).
# HELD_OUT_FAMILIES is empty again.
from relayout_heldout6 import FAMILIES as _HELDOUT6  # noqa: E402

DEV_FAMILIES.update(_HELDOUT6)

# ---- held-out families written 2026-12-05 by helper session gather7 (issue 13), blind (no reader code read,
# no reader run, no output seen), each rendering the people the way a real roster named in its docstring could
# print them; in tests/relayout_heldout7.py, imported here at the very end like the sixth set. Measured once as
# held out by the lead 2026-12-05 (BENCHMARKS.md "Held-out measurement after the eighth round"):
# ditto_address_column P 0.996 R 0.839; nationality_adjective_th_html P 0.924 R 0.861, 3 values on the wrong
# person; run_on_dash_paragraphs nothing read; pdf_ragged_hyphenated P 0.995 R 0.991. Development families since
# (ninth round, branch rosters10). HELD_OUT_FAMILIES is empty again.
from relayout_heldout7 import FAMILIES as _HELDOUT7  # noqa: E402

DEV_FAMILIES.update(_HELDOUT7)

# ---- held-out families written 2026-12-05 (09:10-09:20 UTC) by helper session gather8 (issue 13), BLIND (no
# reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them and adding one layout feature no earlier family has: two organisations' rosters in
# one exhibit, page furniture inside an entry, HTML colspan/rowspan, honorifics and degrees around names. In
# tests/relayout_heldout8.py, imported here at the very end like the seventh set. Measured once as held out by the
# lead 2026-12-05 09:14 UTC on main after the ninth round (BENCHMARKS.md "Held-out measurement after the ninth
# round": all 288 files P 0.814 R 0.689, 14 values on the wrong person: two_organisation_rosters P 0.852 R 0.600;
# running_header_page_furniture P 0.714 R 0.942, 6 wrong; html_colspan_rowspan P 0.989 R 0.750; honorific_names
# P 0.752 R 0.511, 8 wrong). Development families since (tenth round). HELD_OUT_FAMILIES is empty again.
from relayout_heldout8 import FAMILIES as _HELDOUT8  # noqa: E402

DEV_FAMILIES.update(_HELDOUT8)

# ---- held-out families written 2026-12-05 by helper session gather9 (issue 13), blind (no reader code read,
# no reader run, no output seen), each rendering the people the way a real roster named in its docstring could
# print them, with one layout feature no earlier family has: body_paragraphs (one prose paragraph per body),
# address_first_repeated_header (address before name, caption repeated on every page), bulleted_label_lists
# (HTML <ul> of abbreviated and misspelt 'Label: value' items) and pdf_column_blocks (a PDF table printed one
# column after another). In tests/relayout_heldout9.py, imported here at the very end like the seventh set.
# Measured once as held out by the lead 2026-12-05 10:40 UTC on main 108c780 (after the tenth and eleventh rounds
# and the mutation guards; BENCHMARKS.md "Held-out measurement after the eleventh round"): all 288 files P 0.000
# R 0.000, no value on a listed person's neighbour: body_paragraphs, bulleted_label_lists and pdf_column_blocks
# nothing read; address_first_repeated_header 21 of 72 files read, every person read unlisted (an address cell
# 'Skadden' / 'Arps' read as a person). Development families since (twelfth round). HELD_OUT_FAMILIES is empty again.
from relayout_heldout9 import FAMILIES as _HELDOUT9  # noqa: E402

DEV_FAMILIES.update(_HELDOUT9)

# ---- held-out families written 2026-12-05 (10:35-11:00 UTC) by helper session gather10 (issue 13), BLIND (no
# reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: dot_leader_title_name (title on the
# left, dot leaders, the name on the right, details in a paragraph below), transposed_html_columns (one HTML
# column per person, one row per field, several tables), proxy_age_director_since (Name | Age | Position |
# Director Since table, then a biography paragraph per person with a former employment) and nested_outline
# (I./II. body sections, people numbered anew in each, lettered field clauses). In tests/relayout_heldout10.py,
# imported here at the very end like the seventh set. Measured once as held out by the lead 2026-12-05 11:07 UTC on
# main 9445539 (after the twelfth round and the mutation guards; BENCHMARKS.md "Held-out measurement after the
# twelfth round"): all 288 files P 0.810 R 0.357, 37 values on the wrong person: dot_leader_title_name P 0.843
# R 0.506, 28 wrong; transposed_html_columns nothing read; proxy_age_director_since P 0.898 R 0.451, 3 wrong;
# nested_outline P 0.712 R 0.470, 6 wrong. Development families since. HELD_OUT_FAMILIES is empty again.
from relayout_heldout10 import FAMILIES as _HELDOUT10  # noqa: E402

DEV_FAMILIES.update(_HELDOUT10)

# ---- held-out families written 2026-12-05 (11:38-11:41 UTC, committed 11:40) by helper session gather11 (issue 13), BLIND (no
# reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: split_name_tables (positions in one
# table, addresses and citizenship in a second table in another person order, joined only by the name),
# html_grouped_header (an HTML header of two rows with rowspan/colspan groups, 'Name and Position' cell with
# <br>), citizenship_after_roster (no citizenship in the entries, one sentence after the roster with named
# exceptions) and side_by_side_blocks (two persons' labelled blocks side by side on the same text lines). In
# tests/relayout_heldout11.py. Measured once as held out by the lead 2026-12-05 12:59 UTC (after the fourteenth and
# fifteenth rounds and the name guard; BENCHMARKS.md "Held-out measurement after the fifteenth round"): all 288 files
# P 0.924 R 0.541, 70 values on the wrong person, all in side_by_side_blocks (P 0.643 R 0.249); split_name_tables
# P 0.995 R 0.552; html_grouped_header P 0.931 R 0.517; citizenship_after_roster P 1.000 R 0.847. Development
# families since. HELD_OUT_FAMILIES is empty again.
from relayout_heldout11 import FAMILIES as _HELDOUT11  # noqa: E402

DEV_FAMILIES.update(_HELDOUT11)

# ---- held-out families written 2026-12-05 (13:42-13:44 UTC by `date`) by helper session gather12 (issue 13), BLIND (no reader
# code read, no reader run, no output seen), each rendering the people the way a real roster named in its docstring
# could print them, with one layout feature no earlier family has: edgar_cruft_html (roster table nested in a wrapper
# table, empty 1% spacer columns between data columns, a two-row header with words broken by '-<br>', <p style><font>
# in every cell), semicolon_fields_line ('Name -- titles; occupation; address; citizenship', no labels),
# numbered_body_sentences (one paragraph per body, a numbered run-on sentence of clauses with a default address and
# citizenship for the body) and definition_list_html (<dl>: <dt> name, a <dd> per field, the label in <b>). In
# tests/relayout_heldout12.py. Measured once as held out by the lead 2026-12-05 13:44 UTC (after the sixteenth round;
# BENCHMARKS.md "Held-out measurement after the sixteenth round"): all 288 files P 0.970 R 0.394, 12 values on the
# wrong person, all in semicolon_fields_line (P 0.854 R 0.280); edgar_cruft_html 1.000 / 0.333;
# numbered_body_sentences nothing read; definition_list_html 1.000 / 0.962. Development families since.
# HELD_OUT_FAMILIES is empty again.
from relayout_heldout12 import FAMILIES as _HELDOUT12  # noqa: E402

DEV_FAMILIES.update(_HELDOUT12)

# ---- held-out families written 2026-12-05 (14:25-14:28 UTC by `date`) by helper session gather13 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: tab_separated_cells (a word-processor
# table saved as text, one literal TAB between cells, nothing aligned, empty cells as two tabs, wrapped values
# continuing after tabs), all_caps_typewritten (a typed roster in capitals throughout with '&', CORP., INC., N.Y.,
# 'U.S.A.'), employer_first_positions ('ORGANISATION -- Title' lines under the name) and address_group_subheadings
# (people grouped under 'Persons whose business address is ...:' sub-headings, no address in the entries). In
# tests/relayout_heldout13.py. Measured once as held out by the lead 2026-12-05 14:28 UTC (after the eighteenth round;
# BENCHMARKS.md "Held-out measurement after the eighteenth round"): all 288 files P 0.736 R 0.285, 22 values on the
# wrong person (all_caps_typewritten 10, address_group_subheadings 12), 99 persons not listed; tab_separated_cells
# 0.000 / 0.000; all_caps_typewritten 0.654 / 0.374; employer_first_positions 0.781 / 0.416;
# address_group_subheadings 0.797 / 0.352. Development families since. HELD_OUT_FAMILIES is empty again.
from relayout_heldout13 import FAMILIES as _HELDOUT13  # noqa: E402

DEV_FAMILIES.update(_HELDOUT13)

# ---- held-out families written 2026-12-05 (16:00-16:20 UTC by `date`) by helper session gather14 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: proxy_biography_pronouns (only the
# 'NAME, age' line structured, every value in 'Mr. X has served as ...' / 'His business address is ...' / 'He is a
# citizen of ...' sentences, a former employment after 'before that' that is not a value), collapsed_row_lines (a
# converter-collapsed table: each row on one line, cells apart by 2-4 spaces, no alignment between rows),
# markdown_table (a PDF-to-Markdown pipe table with an alignment row, '<br>' in cells, '\|' '\*' '1\.' escapes) and
# table_per_person_html (one small two-column label/value HTML table per person under an <h4> name). In
# tests/relayout_heldout14.py. Measured once as held out by the lead 2026-12-05 16:11 UTC (after the twentieth round;
# BENCHMARKS.md "Held-out measurement after the twentieth round"): all 288 files P 0.875 R 0.333, 4 values on the
# wrong person and 26 persons not listed, all in collapsed_row_lines (0.821 / 0.537); proxy_biography_pronouns and
# markdown_table nothing read; table_per_person_html 0.915 / 0.795. Development families since.
# HELD_OUT_FAMILIES is empty again.
from relayout_heldout14 import FAMILIES as _HELDOUT14  # noqa: E402

DEV_FAMILIES.update(_HELDOUT14)

# ---- held-out families written 2026-12-05 (21:15-21:20 UTC by `date`) by helper session gather15 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: centred_row_cells (every cell of a
# fixed-width row centred vertically against the tallest, so the name stands on the row's middle line),
# surname_given_columns (an HTML spreadsheet export with the name split over Last Name | First Name | Middle Name
# cells), item2_embedded_roster (the table inside Item 2 of the Schedule 13D itself, between Items 1-5 and the
# (a)-(f) paragraphs, no schedule heading) and one_row_per_title_html (one HTML row per title held, the name and the
# rest of the record repeated on each of a person's rows). In tests/relayout_heldout15.py. Measured once as held out
# by the lead 2026-12-05 21:19 UTC (after the twenty-first round; BENCHMARKS.md "Held-out measurement after the
# twenty-first round"): all 288 files P 0.955 R 0.559, 27 values on the wrong person (all in centred_row_cells,
# 0.943 / 0.938) and 21 persons not listed (item2_embedded_roster, 0.930 / 0.634); surname_given_columns nothing
# read; one_row_per_title_html 0.998 / 0.664. Development families since. HELD_OUT_FAMILIES is empty again.
from relayout_heldout15 import FAMILIES as _HELDOUT15  # noqa: E402

DEV_FAMILIES.update(_HELDOUT15)

# ---- held-out families written 2026-12-05 (21:21-21:29 UTC by `date`) by helper session gather16 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: french_then_english_versions (the
# roster printed twice, a French version first - French titles, occupations and countries - then the English one,
# which is the one expected), absolute_positioned_html (a PDF-to-HTML conversion: no table, every line of every
# cell an absolutely positioned <div>/<p> fragment in reading order), hard_wrapped_80_columns (a table wider than 80
# characters hard-wrapped at column 80, the rest of each line carried to column 0 of the next) and
# ocr_scanned_typescript (typed labelled blocks run through OCR: misread labels and headings, stray specks, a
# value broken onto the line under its label). In tests/relayout_heldout16.py. Measured once as held out by the lead
# 2026-12-05 22:27 UTC (after the twenty-second and twenty-third rounds; BENCHMARKS.md "Held-out measurement after the
# twenty-third round"): all 288 files P 0.792 R 0.153, 61 values on the wrong person (ocr_scanned_typescript 57,
# absolute_positioned_html 4) and 36 persons not listed; french_then_english_versions nothing read;
# hard_wrapped_80_columns 0.858 / 0.493. Development families since. HELD_OUT_FAMILIES is empty again.
from relayout_heldout16 import FAMILIES as _HELDOUT16  # noqa: E402

DEV_FAMILIES.update(_HELDOUT16)

# ---- held-out families written 2026-12-06 (00:04-00:10 UTC by `date`) by helper session gather17 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: address_key_letters (the Business
# Address column holds only a letter '(A)', the addresses listed once each under the table), pre_formatted_html (a
# typed fixed-width table filed as HTML inside <pre>, with <b>, <u> and '&amp;' inside it that take no room on the
# page), single_row_line_columns (the whole roster in ONE HTML table row, each column a single cell of lines kept
# level with empty lines) and blank_header_caption_sentence (an HTML table whose header row prints no words - empty
# ruled cells or caption images - the column order, an unusual one, given only by the sentence above). In
# tests/relayout_heldout17.py. Measured once as held out by the lead 2026-12-06 01:08 UTC (after the twenty-fifth
# round; BENCHMARKS.md "Held-out measurement after the twenty-fifth round"): all 288 files P 0.908 R 0.247, 74 values
# on the wrong person (all single_row_line_columns); blank_header_caption_sentence nothing read. Development
# families since.
from relayout_heldout17 import FAMILIES as _HELDOUT17  # noqa: E402

DEV_FAMILIES.update(_HELDOUT17)

# ---- held-out families written 2026-12-06 (00:04-00:10 UTC by `date`) by helper session gather18 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Unlike the earlier sets these are recombinations of known
# features: each family is a new combination of layout choices earlier families and the real rosters already have
# (column order and widths, header label words, name order and case, numbering style, entry separators, a value
# stacked under the name, page breaks with a repeated header, preamble defaults in new words, HTML <th>/colspan/<p>),
# so they measure whether the reader generalises within what it knows: html_th_stacked_titles (HTML, <th> captions
# with the long SEC label words, a colspan organisation row, the titles stacked under the bold name, '(1)' column),
# lettered_name_address_stack (two text columns, the address stacked under a lettered name, titles and occupations
# on the right, a non-default citizenship in parentheses, the default in the preamble), roman_name_heading_labels
# (the name as a heading, 'i.' numbering, long label words with the citizenship first, the default address in the
# preamble) and capitals_citizenship_second (a fixed-width table Name in capitals | Country of Citizenship | the long
# occupation caption over six lines | Residence or Business Address, '(1)' column). In tests/relayout_heldout18.py.
# Measured once as held out by the lead 2026-12-06 01:08 UTC (after the twenty-fifth round; BENCHMARKS.md "Held-out
# measurement after the twenty-fifth round"): all 288 files P 0.962 R 0.686, 21 values on the wrong person
# (roman_name_heading_labels 13, lettered_name_address_stack 8). Development families since. HELD_OUT_FAMILIES is
# empty again.
from relayout_heldout18 import FAMILIES as _HELDOUT18  # noqa: E402

DEV_FAMILIES.update(_HELDOUT18)

# ---- held-out families written 2026-12-06 (01:10-01:20 UTC by `date`) by helper session gather19 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's, these are recombinations of known features:
# each family is a new combination of layout choices earlier families and the real rosters already have, so they
# measure whether the reader generalises within what it knows: html_stacked_pair_default_address (Smith Barney's two
# stacked columns as HTML - name / titles / citizenship | occupation / address - the address only where it is not
# the preamble's default, '(1)' inside the name cell, <p> or <br> lines), dotted_labels_postamble_address (the
# name underlined by hyphens, '(a)' numbering, lower-case labels joined to the values by dot leaders, the default
# address in a sentence AFTER the roster), stacked_titles_asterisk_citizenship (a fixed-width table, the titles
# stacked under the name, the address comma-joined and wrapped mid-phrase, no citizenship column: a '*' glued to the
# name and notes under the table, the default in the preamble) and saved_cells_named_exceptions (an HTML table saved
# as text, multi-line cells, no row separator, 'i.' cells, the citizenship only in the preamble with the exceptions
# named). In tests/relayout_heldout19.py. Measured once as held out by the lead 2026-12-06 02:12 UTC (after the
# twenty-sixth round; BENCHMARKS.md "Held-out measurement after the twenty-sixth round"): all 288 files P 0.956
# R 0.465, 150 values on the wrong person (stacked_titles_asterisk_citizenship 84, saved_cells_named_exceptions 66).
# Development families since.
from relayout_heldout19 import FAMILIES as _HELDOUT19  # noqa: E402

DEV_FAMILIES.update(_HELDOUT19)

# ---- held-out families written 2026-12-06 (01:11-02:05 UTC by `date`) by helper session gather20 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: citizenship_group_headings (the people
# grouped by citizenship inside one fixed-width table, each group opened by a sub-heading line stating it once, 'The
# following persons are citizens of the United States:'; no citizenship in the entries), two_tier_html_rows (each
# person two HTML rows of different cell counts whose boundaries do not line up: Name | Position | Citizenship over
# Occupation (colspan=2) | Business Address, with a two-tier header), name_index_surname_notes (a 'Name ..... Position'
# index, then the particulars in paragraphs in alphabetical order keyed ONLY by the surname, 'CHIA. Present principal
# occupation: ...') and split_address_columns (an HTML table whose business address is split over Street | City |
# State / Province | Postal Code | Country cells under a spanning header). In tests/relayout_heldout20.py. Measured
# once as held out by the lead 2026-12-06 02:12 UTC (after the twenty-sixth round; BENCHMARKS.md "Held-out measurement
# after the twenty-sixth round"): all 288 files P 0.955 R 0.482, no value on the wrong person; name_index_surname_notes
# nothing right. Development families since. HELD_OUT_FAMILIES is empty again.
from relayout_heldout20 import FAMILIES as _HELDOUT20  # noqa: E402

DEV_FAMILIES.update(_HELDOUT20)

# ---- held-out families written 2026-12-06 (02:55-02:59 UTC by `date`) by helper session gather21 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's and gather19's, these are recombinations of
# known features: each family is a new combination of layout choices earlier families and the real rosters already
# have, so they measure whether the reader generalises within what it knows: name_comma_titles_grid (Refac's 'Name
# and Title' column - the name ending in a comma, the titles wrapped under it - beside 'Occupation and Business
# Address', the address only where it is not the preamble's default, the citizenship in a LAST column, a dashed rule
# after every row, one segment per column when ruled, the header between rules), html_body_sections_employer_cell
# (Southwestern Energy's three-column HTML with a spacer column and italic body section rows, the one wide cell
# holding bare titles, outside occupations, the address where not the default and 'Citizen of France' where not
# the default), labelled_address_first_exceptions (Micron's labelled blocks with a blank line between the fields,
# the SEC's long label words, the address before the position, 'Country of Citizenship:' only for a person who is
# not a citizen of the preamble's default) and html_th_surname_defaults_after (an HTML <th> table Name |
# Occupation | Position(s), 'Surname, Given' names in mixed case, no address or citizenship column: the defaults
# in a sentence AFTER the table and one paragraph per person who differs). In tests/relayout_heldout21.py.
# Measured once as held out by the lead 2026-12-06 03:58 UTC (after the twenty-seventh round; BENCHMARKS.md
# "Held-out measurement after the twenty-seventh round"): all 288 files P 0.960 R 0.819, 117 values on the wrong person
# (html_body_sections_employer_cell 96, name_comma_titles_grid 21). Development families since.
from relayout_heldout21 import FAMILIES as _HELDOUT21  # noqa: E402

DEV_FAMILIES.update(_HELDOUT21)

# ---- held-out families written 2026-12-06 (02:54-03:00 UTC by `date`) by helper session gather22 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: career_history_lines (an HTML table whose
# occupation column is a five-year career history, one dated line per position with its employer - 'Since 1998,
# Director, <Org>' for a present one, '1994 to 1997, Senior Vice President, <Org>' for a former one that is not
# expected; no separate column for the titles in <Org>), facing_page_spread (a fixed-width table set over two facing
# pages: Name | Position on the left-hand page, the same rows' Occupation | Business Address | Citizenship on the
# right-hand page with no name or number, tied only by the line position), cover_page_footnote_roster (the roster
# as footnote (1) to the filer's name on the Schedule 13D cover page, under the rows 1-14 box table, with the issuer
# and a notices lawyer on the first page) and keyed_item_fields (a joint Schedule 13G's Item 2 field by field:
# 2(a) names everyone by a roman key, 2(b) gives each address once for the keys sharing it, 2(c) each citizenship
# once for its keys). In tests/relayout_heldout22.py.
# Measured once as held out by the lead 2026-12-06 03:58 UTC (after the twenty-seventh round; BENCHMARKS.md
# "Held-out measurement after the twenty-seventh round"): all 288 files P 0.850 R 0.327, 24 values on the wrong person
# (keyed_item_fields 13, facing_page_spread 11); cover_page_footnote_roster nothing read. Development families since.
from relayout_heldout22 import FAMILIES as _HELDOUT22  # noqa: E402

DEV_FAMILIES.update(_HELDOUT22)

# ---- held-out families written 2026-12-06 (02:59-03:10 UTC by `date`) by helper session gather23 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Unlike the earlier sets, these are close variants of real
# development layouts: each family prints the people the way ONE real roster of tests/data/rosters_real/dev/ prints
# its own, with only the small differences two filings by different law firms show (column widths and which column
# wraps, header label words taken from other real rosters, heading and preamble wording, name order and case,
# numbering or separator style, where the page breaks fall), so they measure how the reader does on the kind of
# annex a user's next filing most likely has: edgar_position_occupation_table (IDT Nevada's EDGAR <TABLE> Name |
# Position | Present Principal Occupation or Employment | Address, the citizenship in the preamble with the
# exceptions named), html_section_tables_employer_cell (Southwestern Energy's HTML tables per section, Name | spacer
# | occupation cell holding the titles, outside occupations, the address and citizenship where not the preamble's
# default), roman_keyed_field_lines (Power Corporation's 2005 blocks of lines keyed (i)-(v) as the preamble defines
# them, the keys in another order) and prose_honorific_paragraphs (Chittenden's 'Name.  Mr. X is ... of <Org>'
# paragraphs, the address and citizenship sentences only where not the preamble's default). In
# tests/relayout_heldout23.py.
# Measured once as held out by the lead 2026-12-06 03:58 UTC (after the twenty-seventh round; BENCHMARKS.md
# "Held-out measurement after the twenty-seventh round"): all 288 files P 0.977 R 0.786, 9 values on the wrong person
# (html_section_tables_employer_cell). Development families since. HELD_OUT_FAMILIES is empty again.
from relayout_heldout23 import FAMILIES as _HELDOUT23  # noqa: E402

DEV_FAMILIES.update(_HELDOUT23)

# ---- held-out families written 2026-12-06 (04:02-04:40 UTC by `date`) by helper session gather24 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like the twenty-third set, close variants of real development
# layouts: each family prints the people the way ONE real roster of tests/data/rosters_real/dev/ (one the twenty-third
# set did not use) prints its own, with only the small differences two filings by different law firms show (column
# widths and which column wraps, header label words taken from other real rosters, heading and preamble wording,
# name order and case, numbering or separator style, where the page breaks fall): edgar_four_column_citizenship_after_title
# (AIG 2006's EDGAR <TABLE> name | title | occupation | one-string address, a citizenship other than the preamble's
# default in parentheses after the title), indented_name_address_offices (ConAgra Foods' indented name-and-address |
# '<titles> of <Org>' columns without table tags, the citizenship in the preamble with the exceptions named),
# labelled_occupation_sentence_blocks (Canopy's name and address lines, then 'Present Principal Occupation:' as
# sentences 'Mr. X is ...' and 'Citizenship:') and dashed_rule_name_titles_table (Refac's <TABLE> between dashed
# rules, the titles under the name, the occupation and non-default address beside them). In
# tests/relayout_heldout24.py.
# Measured once as held out by the lead 2026-12-06 05:08 UTC (after the twenty-eighth round; BENCHMARKS.md
# "Held-out measurement after the twenty-eighth round"): all 288 files P 0.948 R 0.758, 47 values on the wrong person
# (labelled_occupation_sentence_blocks). Development families since.
from relayout_heldout24 import FAMILIES as _HELDOUT24  # noqa: E402

DEV_FAMILIES.update(_HELDOUT24)
# ---- held-out families written 2026-12-06 (04:02-04:10 UTC by `date`) by helper session gather25 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's, gather19's and gather21's, these are
# recombinations of known features: each family is a new combination of layout choices earlier families and the real
# rosters already have, so they measure whether the reader generalises within what it knows:
# stacked_caption_address_under_name (an EDGAR <TABLE> with a caption stacked over three lines, Name and Business
# Address | Position(s) with the Reporting Person | Present Principal Occupation or Employment | Country of
# Citizenship LAST, the address under the name only where it is not the preamble's default, '(1)' numbering),
# html_th_citizenship_second_wide_cell (an HTML <th> table under a colspan title row, Name | Country of Citizenship |
# the SEC's long occupation caption, the one wide cell stacking '<Title>, <Org>', outside occupations and the
# address), pipe_cells_footnoted_addresses (an HTML table saved as text with '|' cells, the occupation before the
# position, footnote marks on the names of persons whose address is not the preamble's default and the addresses in
# notes after the table) and hanging_titles_under_name_overrides (Motorola's two columns without table tags, the
# titles under the name, body section headings, 'Business address: ...' and '<Name> is a citizen of ...' sentences
# only where not the preamble's defaults, roman numbering). In tests/relayout_heldout25.py.
# Measured once as held out by the lead 2026-12-06 05:08 UTC (after the twenty-eighth round; BENCHMARKS.md
# "Held-out measurement after the twenty-eighth round"): all 288 files P 0.935 R 0.589, 31 values on the wrong person
# (hanging_titles_under_name_overrides). Development families since. HELD_OUT_FAMILIES is empty again.
from relayout_heldout25 import FAMILIES as _HELDOUT25  # noqa: E402

DEV_FAMILIES.update(_HELDOUT25)

# ---- held-out families written 2026-12-06 (05:53-06:05 UTC by `date`) by helper session gather26 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like the twenty-third and twenty-fourth sets, close variants of
# real development layouts: each family prints the people the way ONE real roster of tests/data/rosters_real/dev/ (one
# neither of those sets used) prints its own, with only the small differences two filings by different law firms show
# (column widths and which column wraps, header label words taken from other real rosters, heading and preamble
# wording, name order and case, numbering or separator style, where the page breaks fall):
# edgar_name_address_defined_term (Deutsche Acquisition's EDGAR <TABLE>, the address under the name, '<titles> of the
# Company; <occupation>' beside it, the preamble defining 'the Company' and naming the citizenship exceptions),
# html_name_title_country_cells (Novo Holdings' Schedule I as the HTML table it was filed as: name and titles | address
# | occupation | citizenship), director_sections_parenthetical (SBC's Name | Principal Occupation list without blank
# lines under 'Directors' and 'Executive Officers', outside occupations in parentheses, no address or citizenship) and
# officer_director_grid_tables (Castlerigg's two dashed-rule grids, executive officers then directors, the header
# inside <S>/<C>). In tests/relayout_heldout26.py. Measured once as held out by the lead 2026-12-06 07:35 UTC (after the twenty-ninth round;
# BENCHMARKS.md "Held-out measurement after the twenty-ninth round"): all 288 files P 0.950 R 0.858, 11 values on the wrong person
# (officer_director_grid_tables 9, edgar_name_address_defined_term 2; html_name_title_country_cells 1.000 / 1.000 on first contact). Development families since.
from relayout_heldout26 import FAMILIES as _HELDOUT26  # noqa: E402

DEV_FAMILIES.update(_HELDOUT26)
# ---- held-out families written 2026-12-06 (05:53-05:58 UTC by `date`) by helper session gather27 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's, gather19's, gather21's and gather25's, these
# are recombinations of known features: each family is a new combination of layout choices earlier families and the
# real rosters already have, so they measure whether the reader generalises within what it knows:
# paren_jobs_citizenship_rows (SBC's columns without table tags and without blank lines between rows, Name |
# Citizenship | Present Principal Occupation or Employment, the outside occupations in parentheses after the titles,
# 'Directors' / 'Executive Officers' sections opened by a sentence, the default address in the preamble and the
# other addresses in sentences after the roster), html_th_name_address_cell_sections (an HTML <th> table whose first
# cell stacks the bold name, the address lines and 'Citizen of ...' where not the preamble's default, Lor Finance's
# 'Unless otherwise indicated, each individual is a citizen of ...', colspan section rows by body, '(a)' column),
# name_title_lines_paren_citizenship (National Grid's name line and title lines, a non-default citizenship in
# parentheses after the first title as Citigroup prints it, 'Business Address: ...' only where not the default, the
# default address AFTER the list, 'A.' lettering) and capital_captions_name_address_citizenship_stack (Citizens Funds'
# <TABLE> with two lines of centred capital captions between dashed rules, the first cell stacking name, address
# lines and a bare citizenship line, positions and wrapping occupations beside). In tests/relayout_heldout27.py.
# Measured once as held out by the lead 2026-12-06 07:35 UTC (after the twenty-ninth round;
# BENCHMARKS.md "Held-out measurement after the twenty-ninth round"): all 288 files P 0.948 R 0.618, 231 values on the wrong person
# (paren_jobs_citizenship_rows). Development families since.
from relayout_heldout27 import FAMILIES as _HELDOUT27  # noqa: E402

DEV_FAMILIES.update(_HELDOUT27)
# ---- held-out families written 2026-12-06 (05:53-06:00 UTC by `date`) by helper session gather28 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: name_address_one_string (the name and
# the business address as ONE comma-joined string in the first column of a fixed-width table, wrapped wherever the
# width falls), parenthesised_titles_after_name (the titles held in the organisation in parentheses after the name on
# the name line, the occupation, address lines and 'Citizen of ...' on unlabelled indented lines under it),
# continued_name_after_page_break (a fixed-width table whose page ends inside an entry, the next page repeating the
# caption and the entry's name followed by '(continued)') and nested_detail_table_html (an HTML Name | Information
# table whose second cell holds a nested label/value table per person). In tests/relayout_heldout28.py.
# Measured once as held out by the lead 2026-12-06 07:35 UTC (after the twenty-ninth round;
# BENCHMARKS.md "Held-out measurement after the twenty-ninth round"): all 288 files P 0.796 R 0.457, no value on the wrong person
# (name_address_one_string: 211 persons who are none; parenthesised_titles_after_name: nothing read). Development families since. HELD_OUT_FAMILIES is empty again.
from relayout_heldout28 import FAMILIES as _HELDOUT28  # noqa: E402

DEV_FAMILIES.update(_HELDOUT28)

# ---- held-out families written 2026-12-06 (09:01-09:05 UTC by `date`) by helper session gather30 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's, gather19's, gather21's, gather25's and
# gather27's, these are recombinations of known features: each family is a new combination of layout choices earlier
# families and the real rosters already have, so they measure whether the reader generalises within what it knows:
# caps_titles_under_name_citizenship_last (an EDGAR <TABLE> with three-line captions, the name in CAPITALS with each
# title on its own line under it, Residence or Business Address second, the occupation third, Country of Citizenship
# LAST, '(1)' numbering), html_th_name_citizenship_four_columns (an HTML <th> table with <br> in the captions, the
# bold name with the bare citizenship under it, then one column each for titles, outside occupations and address
# lines, 'A.' letter column), paren_citizenship_under_name_address_notes (two text columns without table tags, the
# citizenship in parentheses under the name, '<Title>, <Org>' lines and outside occupations beside it, the default
# address in the preamble 'Unless otherwise indicated, each person's business address is ...' and the other addresses
# in sentences after the roster) and saved_text_address_cells_long_captions (an HTML table saved as text, one cell a
# line, the SEC's long captions, every address line on a line of its own before the titles, citizenship last, '(1)'
# cells). In tests/relayout_heldout30.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 10:14 UTC on main 03cb89b (after the thirty-first round;
# BENCHMARKS.md "Held-out measurement after the thirty-first round"): all 288 files P 0.920 R 0.600, 88 values on the wrong person (paren_citizenship_under_name_address_notes 88;
# html_th_name_citizenship_four_columns: 99 persons who are none; saved_text_address_cells_long_captions: R 0.034;
# caps_titles_under_name_citizenship_last met the target, P 0.993 R 0.998).
# Development families since.
from relayout_heldout30 import FAMILIES as _HELDOUT30  # noqa: E402

DEV_FAMILIES.update(_HELDOUT30)
# ---- held-out families written 2026-12-06 (09:03-09:10 UTC by `date`) by helper session gather29 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like the twenty-third, twenty-fourth and twenty-sixth sets,
# close variants of real development layouts: each family prints the people the way ONE real roster of
# tests/data/rosters_real/dev/ (one none of those sets used) prints its own, with only the small differences two
# filings by different law firms show (column widths and which column wraps, header label words taken from other real
# rosters, heading and preamble wording, name order and case, numbering or separator style, where the page breaks
# fall): title_sections_preamble_defaults (MSDW OIP Investors' DIRECTORS / POSITION and OFFICERS / POSITION lists of
# name | title without table tags, a person in both, the shared occupation, default address and citizenship in the
# preamble), company_position_five_columns (Security Capital's EDGAR <TABLE> NAME | COMPANY | POSITION | BUSINESS
# ADDRESS | PRINCIPAL OCCUPATION, the captions after <S>/<C>, titles joined by '/', a dashed rule across the page after
# every person), numbered_stacked_title_table (Scout Capital's numbered <Table>, '<titles> of <Org>' stacked under the
# name, citizenship, address and occupation columns, segmented dashed rules) and html_position_shares_transactions
# (St. Paul Travelers' HTML table Name | Position | Occupation | Business Address | shares | transactions, the
# citizenship in the preamble). In tests/relayout_heldout29.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 10:14 UTC on main 03cb89b (after the thirty-first round;
# BENCHMARKS.md "Held-out measurement after the thirty-first round"): all 288 files P 0.946 R 0.942, 29 values on the wrong person (title_sections_preamble_defaults 23,
# company_position_five_columns 6; html_position_shares_transactions met the target, P 0.998 R 0.998).
# Development families since.
from relayout_heldout29 import FAMILIES as _HELDOUT29  # noqa: E402

DEV_FAMILIES.update(_HELDOUT29)
# ---- held-out families written 2026-12-06 (09:01-09:08 UTC by `date`) by helper session gather31 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: justified_cell_lines (a fixed-width
# EDGAR table whose wrapped cell lines are JUSTIFIED to the column's width, the gaps between words widened, the
# preamble justified too, as ConAgra's), centred_cell_lines (Scout Capital's centring: every cell but the name centred
# in its column line by line, so a column's left edges differ from line to line), paired_label_form_lines (labelled
# blocks set as a form, TWO label / value pairs on each line: 'Name:' / 'Position(s):' on the left, 'Citizenship:' /
# 'Address:' from column 38) and card_grid_html (an HTML grid of person cards, each <td> one person's whole
# entry, two persons - three in the narrow variant - side by side in each row, no header). In
# tests/relayout_heldout31.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 10:14 UTC on main 03cb89b (after the thirty-first round;
# BENCHMARKS.md "Held-out measurement after the thirty-first round"): all 288 files P 0.944 R 0.641, 21 values on the wrong person (card_grid_html 21 and 41 persons who are none;
# paired_label_form_lines: nothing read; centred_cell_lines met the target, P 0.999 R 0.999).
# Development families since.
from relayout_heldout31 import FAMILIES as _HELDOUT31  # noqa: E402

DEV_FAMILIES.update(_HELDOUT31)
# ---- held-out families written 2026-12-06 (10:10-10:14 UTC by `date`) by helper session gather32 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like the twenty-third, twenty-fourth, twenty-sixth and
# twenty-ninth sets, close variants of real development layouts: each family prints the people the way ONE real roster
# of tests/data/rosters_real/dev/ (one none of those sets used) prints its own, with only the small differences two
# filings by different law firms show (column widths and which column wraps, header label words taken from other real
# rosters, heading and preamble wording, name order and case, numbering or separator style, where the page breaks
# fall): name_position_paren_citizenship_table (Citigroup's EDGAR <Table> NAME | POSITION (AND CITIZENSHIP, IF NOT
# ...), a citizenship other than the default in parentheses after the titles, no address),
# name_office_section_default_address (Harvard College's Name | Office/Position list under an underlined section
# title, the default address and citizenship in the preamble, other addresses under the name),
# sections_name_address_occupation (MetLife's DIRECTORS / EXECUTIVE OFFICERS <TABLE>s Name and Business Address |
# Present Principal Occupation or Employment, '<Title>, <Org>' lines, defaults in the preamble) and
# marked_members_name_address_occupation (Lor Finance's untagged two columns, a '*' board mark in the margin explained
# by a note, address lines under the name, 'Unless otherwise indicated' citizenship). In tests/relayout_heldout32.py.
# Not yet measured.
# Measured once as held out by the lead 2026-12-06 10:52-10:56 UTC on main 805c46e (after the thirty-second
# round; BENCHMARKS.md "Held-out measurement after the thirty-second round"): all 288 files P 0.948 R 0.905, 4 values on the wrong person (sections_name_address_occupation 4;
# marked_members_name_address_occupation 0.813 / 0.684; name_position_paren_citizenship_table and
# name_office_section_default_address met the target).
# Development families since.
from relayout_heldout32 import FAMILIES as _HELDOUT32  # noqa: E402

DEV_FAMILIES.update(_HELDOUT32)
# ---- held-out families written 2026-12-06 (10:10-10:50 UTC by `date`) by helper session gather33 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's, gather19's, gather21's, gather25's, gather27's
# and gather30's, these are recombinations of known features: each family is a new combination of layout choices
# earlier families and the real rosters already have, so they measure whether the reader generalises within what it
# knows: name_address_stack_long_caption_citizen_line (an EDGAR <TABLE>, the name with its address lines under it, the
# SEC's long occupation caption wrapped over several lines, '<Title> of <Org>' and outside occupations beside, 'Citizen
# of ...' as the cell's last line only where not the preamble's default, 'A.' numbering), html_th_colspan_sections_
# address_citizenship_roman (an HTML <th> table Name | Residence or Business Address | Country of Citizenship |
# Position(s) with the Reporting Person | Other Present Principal Occupation, colspan section rows Directors /
# Executive Officers, 'i.' numbering), caps_names_address_under_label (Bollore's name lines in capitals with indented
# fields, 'Principal Business Address:' with every person's address lines stacked under the label, 'Position(s)
# Held:' / 'Principal Occupation:' values on the label's line, 'Citizenship:' only where not the preamble's default
# 'Except as otherwise indicated below, all persons named in this Exhibit 1 are citizens of ...', '(1)' numbering)
# and offices_columns_lettered_notes
# (three columns without table tags Name | Office(s) Held | Other Principal Occupation, lettered note marks ' (a)'
# after the names of those whose address or citizenship is not the default, Forstmann Little's preamble wording, the
# notes after the list). In tests/relayout_heldout33.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 10:52-10:56 UTC on main 805c46e (after the thirty-second
# round; BENCHMARKS.md "Held-out measurement after the thirty-second round"): all 288 files P 0.885 R 0.827, 90 values on the wrong person (name_address_stack_long_caption_citizen_line 90;
# offices_columns_lettered_notes: 154 persons who are none, the note mark read into the name; html_th_colspan_sections_address_citizenship_roman
# and caps_names_address_under_label met the target).
# Development families since.
from relayout_heldout33 import FAMILIES as _HELDOUT33  # noqa: E402

DEV_FAMILIES.update(_HELDOUT33)
# ---- held-out families written 2026-12-06 (10:10-10:15 UTC by `date`) by helper session gather34 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: boxed_grid_cells (a text table drawn as
# a box grid of '+----+' rules and '|' bars on every line, continuation lines too, as typists drew the 13D cover
# page), overflowing_cells (a fixed-width EDGAR table whose titles and address lines are typed unwrapped, so a long
# one runs past its column and pushes the next value on that line two spaces after it), line_per_row_html (an HTML
# table with one <tr> per printed line, a wrapped cell - the name too - continued in the same column of the next
# rows, nothing grouping a person's rows) and pre_text_html_table_annex (the end of the statement, the signature
# block signed by a roster person, the Schedule's heading and preamble typed in <pre>, the roster an HTML <table>
# between two <pre> blocks). In tests/relayout_heldout34.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 10:52-10:56 UTC on main 805c46e (after the thirty-second
# round; BENCHMARKS.md "Held-out measurement after the thirty-second round"): all 288 files P 0.952 R 0.607, no value on the wrong person (boxed_grid_cells: nothing read; line_per_row_html
# 0.826 / 0.567, 24 persons who are none; pre_text_html_table_annex 1.000 / 0.869; overflowing_cells met the target).
# Development families since.
from relayout_heldout34 import FAMILIES as _HELDOUT34  # noqa: E402

DEV_FAMILIES.update(_HELDOUT34)
# ---- held-out families written 2026-12-06 (11:58-12:04 UTC by `date`) by helper session gather35 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS, each printing the
# people the way one real roster in tests/data/rosters_real/dev/ prints its own, with the small differences two
# filings by different law firms show: labelled_blocks_employer_field (Micron's Exhibit 1: 'Name:' / 'Business
# Address:' / 'Principal Occupation:' blocks, the values in one column, the employer's long label wrapped over four
# lines beside the employer's name and address), stacked_name_title_citizenship_table (Smith Barney's Exhibit 99.A: an
# EDGAR <Table>, name / titles / citizenship stacked on the left, occupation / employer / address lines on the right),
# directors_appendix_prose_overrides (Motorola's Appendix I: 'DIRECTORS OF <ORG>' sub-headings, name | occupation
# without captions, 'His business address is: ...' and 'Mr. X is a citizen of ...' where not the preamble's default)
# and name_title_lines_postamble_exceptions (National Grid's Exhibit A: name lines with title lines under them, one
# 'Name, Title' line, the default address and the citizenship with its exceptions AFTER the list). In
# tests/relayout_heldout35.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 13:27-13:28 UTC on main e1ae8b8 (after the thirty-fourth round;
# BENCHMARKS.md "Held-out measurement after the thirty-fourth round"): all 288 files P 0.954 R 0.771, 11 values on the wrong person (directors_appendix_prose_overrides 11, 0.904 / 0.806;
# name_title_lines_postamble_exceptions 0.993 / 0.357; labelled_blocks_employer_field 0.963 / 0.940;
# stacked_name_title_citizenship_table 0.977 / 0.983).
# Development families since.
from relayout_heldout35 import FAMILIES as _HELDOUT35  # noqa: E402

DEV_FAMILIES.update(_HELDOUT35)
# ---- held-out families written 2026-12-06 (11:58-12:05 UTC by `date`) by helper session gather36 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's, gather19's, gather21's, gather25's, gather27's,
# gather30's and gather33's, these are recombinations of known features: each family is a new combination of layout
# choices earlier families and the real rosters already have, so they measure whether the reader generalises within
# what it knows: surname_citizenship_second_titles_last (an EDGAR <TABLE> Name | Country of Citizenship | Present
# Principal Occupation or Employment | Position(s) with the Reporting Person, the titles in the LAST column, 'Surname,
# Given' names in mixed case, the address under the name only where not the preamble's default, '(a)' numbering),
# html_name_address_citizenship_label_cell (an HTML table with a bold underlined <td> caption row, the first cell the
# bold name, every address line and a labelled 'Citizenship: ...' line, the second the titles '; '-joined then the
# outside occupations, rows shaded alternately, 'A.' in a column of its own), numbered_labels_citizenship_second_
# stacked_offices (labelled blocks 'Name:' / 'Country of Citizenship:' / 'Office(s) Held:' one title a line / 'Other
# Principal Occupation:' / 'Residence or Business Address:', values from column 40, '(1)' in the margin, '* * *'
# between entries) and dot_leader_name_titles_postamble_defaults (a Name ..... Position(s) list with dot leaders, the
# outside occupations in parentheses under the name, the default address and citizenship AFTER the list with one
# sentence per person who differs, 'A.' lettering). In tests/relayout_heldout36.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 13:27-13:28 UTC on main e1ae8b8 (after the thirty-fourth round;
# BENCHMARKS.md "Held-out measurement after the thirty-fourth round"): all 288 files P 0.963 R 0.690, no value on the wrong person (dot_leader_name_titles_postamble_defaults 0.902 / 0.668,
# 304 persons who are none: the dot leaders kept in the name; html_name_address_citizenship_label_cell 1.000 / 0.354;
# surname_citizenship_second_titles_last 0.966 / 0.744; numbered_labels_citizenship_second_stacked_offices met the
# target, 0.993 / 0.993).
# Development families since.
from relayout_heldout36 import FAMILIES as _HELDOUT36  # noqa: E402

DEV_FAMILIES.update(_HELDOUT36)
# ---- held-out families written 2026-12-06 (11:58-12:10 UTC by `date`) by helper session gather37 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: respectively_field_sentences (the
# schedule written field by field in legal prose, a value that differs from person to person paired with its person
# only by order through '..., respectively', a shared value stated once), given_names_capital_surname (an HTML table
# whose names print only the SURNAME in capitals, after the given names, 'Pei-yuan CHIA', or before them without a
# comma, 'CHIA Pei-yuan'), two_halves_name_office_list (a Name | Office/Position list set in two halves side by side
# under a caption repeated twice, the persons running down the left half, then down the right) and
# single_space_gutters (a fixed-width EDGAR table whose columns are exactly as wide as their longest line and apart by
# ONE space, only the caption's dashed underlines and the <S>/<C> marks showing where a column starts). In
# tests/relayout_heldout37.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 13:27-13:28 UTC on main e1ae8b8 (after the thirty-fourth round;
# BENCHMARKS.md "Held-out measurement after the thirty-fourth round"): all 288 files P 0.963 R 0.586, 57 values on the wrong person (two_halves_name_office_list 57, 0.840 / 0.443;
# respectively_field_sentences: nothing read; single_space_gutters 0.988 / 0.892; given_names_capital_surname
# 1.000 / 0.996 by the scorer, its surname-first names not put back in order).
# Development families since.
from relayout_heldout37 import FAMILIES as _HELDOUT37  # noqa: E402

DEV_FAMILIES.update(_HELDOUT37)
# ---- held-out families written 2026-12-06 (14:47-15:40 UTC by `date`) by helper session gather38 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS, each printing the
# people the way one real roster in tests/data/rosters_real/dev/ prints its own, with the small differences two
# filings by different law firms show: employer_name_column_table (Bear Stearns' Exhibit 1.1: an EDGAR <TABLE> Name |
# Present Principal Occupation or Employment | Name of Employer | Business Address, every cell wrapping under itself,
# the organisation's name as an officer's employer, '--' in an empty cell), position_with_defined_term_table (UCSG's
# Exhibit 1: an EDGAR <TABLE> whose 'Position with <Term>' cell wraps '<titles> of <Term>', an insider's occupation
# the defined term alone, the address lines stacked, the citizenship in the preamble), centred_name_blocks_preamble_
# defaults (Forstmann Little's Schedule I: a centred sub-heading, the default address and citizenship in an indented
# preamble, every person a centred block 'Name' / '<titles> of' / '<Org>', an indented paragraph under it only for
# what differs or adds) and honorific_caps_numbered_entries (the Bollore group's
# Exhibit 1: '1.       MR. NAME' entries, labelled fields indented nine, the default citizenship and address in the
# preamble). In tests/relayout_heldout38.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 16:03 UTC on main 7fa21ab (after the thirty-sixth round;
# BENCHMARKS.md "Held-out measurement after the thirty-sixth round"): all 288 files P 0.904 R 0.500, 3 values on the
# wrong person (employer_name_column_table 0.881 / 0.794, 3; position_with_defined_term_table 0.862 / 0.542, persons
# who are none such as 'Theodore J. General'; centred_name_blocks_preamble_defaults 1.000 / 0.010;
# honorific_caps_numbered_entries 0.974 / 0.653).
# Development families since.
from relayout_heldout38 import FAMILIES as _HELDOUT38  # noqa: E402

DEV_FAMILIES.update(_HELDOUT38)
# ---- held-out families written 2026-12-06 (14:47-14:51 UTC by `date`) by helper session gather39 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's, gather19's, gather21's, gather25's, gather27's,
# gather30's, gather33's and gather36's, these are recombinations of known features: each family is a new combination
# of layout choices earlier families and the real rosters already have, so they measure whether the reader generalises
# within what it knows: html_th_long_caption_exception_address_roman (an HTML <th> table Name | Position(s) with <Org>
# | the SEC's long 'Present Principal Occupation or Employment and the Name, Principal Business and Address of Any
# Corporation ...' caption | Country of Citizenship, the business address in the long-caption cell under the
# occupations only where not the preamble's "Unless otherwise indicated, each person's business address is ..."
# default, 'i.' numbering), edgar_name_address_citizenship_titles_wrap (an EDGAR <TABLE> Name and Business Address |
# Country of Citizenship | Position(s) with the Reporting Person | Present Principal Occupation, the address stacked
# under the name, the titles the column that wraps, '--' for no occupation, '(1)' numbering, '=' rules),
# centred_names_labelled_lines_sections (centred DIRECTORS / EXECUTIVE OFFICERS WHO ARE NOT DIRECTORS headings,
# centred names lettered 'A.', labelled 'Position(s):' / 'Principal Occupation:' / 'Business Address:' lines under
# them, 'Citizenship:' only for the preamble's exceptions) and html_name_address_cell_titles_of_org_named_exceptions
# (an HTML table with bold underlined <td> captions, the bold name with every address line in one cell, '<Title> of
# <Org>' lines then the occupations in the other, no citizenship column: the preamble names the people of another
# citizenship). In tests/relayout_heldout39.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 16:03 UTC on main 7fa21ab (after the thirty-sixth round;
# BENCHMARKS.md "Held-out measurement after the thirty-sixth round"): all 288 files P 0.985 R 0.968, 136 values on the
# wrong person (centred_names_labelled_lines_sections 0.957 / 0.939, 115; html_th_long_caption_exception_address_roman
# 1.000 / 1.000 by the scorer, 21; edgar_name_address_citizenship_titles_wrap 0.983 / 0.936;
# html_name_address_cell_titles_of_org_named_exceptions 1.000 / 0.995).
# Development families since.
from relayout_heldout39 import FAMILIES as _HELDOUT39  # noqa: E402

DEV_FAMILIES.update(_HELDOUT39)
# ---- held-out families written 2026-12-06 (14:47-14:55 UTC by `date`) by helper session gather40 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: acronym_titles_legend_below (an EDGAR
# <TABLE> whose Title column prints each title only as the acronym of its capitalised words, 'D', 'EVP', spelt out in
# a legend UNDER the table), right_aligned_labels (labelled blocks whose labels are set flush RIGHT, every colon at
# column 30, the labels' left edges differing, a long label wrapped over two right-aligned lines),
# caption_table_apart_html (the column captions an HTML <table> of their own, one row of five cells, the people a
# second header-less <table> with an empty spacer cell between every two value cells) and ascii_bullet_outline (a
# two-level bulleted list saved as ASCII text, '*' for the person, an unlabelled 'o' item for each title, outside
# occupation, the address and the citizenship). In tests/relayout_heldout40.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 16:03 UTC on main 7fa21ab (after the thirty-sixth round;
# BENCHMARKS.md "Held-out measurement after the thirty-sixth round"): all 288 files P 0.909 R 0.556, 0 values on the
# wrong person (acronym_titles_legend_below 0.853 / 0.698; right_aligned_labels 0.893 / 0.861; caption_table_apart_html
# 1.000 / 0.665; ascii_bullet_outline: nothing read).
# Development families since.
from relayout_heldout40 import FAMILIES as _HELDOUT40  # noqa: E402

DEV_FAMILIES.update(_HELDOUT40)
# ---- held-out families written 2026-12-06 (17:40-17:45 UTC by `date`) by helper session gather41 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), close variants of real development layouts, each the layout
# of one real roster in tests/data/rosters_real/dev/ lightly varied: name_address_position_held_table (after the
# Citizens Funds 2000 table: an EDGAR <TABLE> with a two-line capitals <CAPTION> between dashed rules, the name with
# the address stacked under it | Position(s) Held with the Company | Present Principal Occupation(s); the citizenship
# in the preamble with named exceptions), html_yes_no_flags_preamble_exceptions (after Trilogy 2009, as the HTML it
# was filed in: Name | Director | Executive Officer Yes/No flag columns | Present Principal Occupation or
# Employment, the default address and citizenship in the preamble with named exceptions),
# pipe_cells_footnotes_after_each_table (after Trilogy 2008 saved as text: '|' cells, a table of directors and one
# of the other executive officers, footnote marks on names whose address or citizenship is not the default, the
# notes after each table) and legend_letters_role_columns (after E.ON's 2003 Exhibit F: a 'Legend:' of letters for
# the roles, a Company | A | B ... matrix with the names stacked in the role columns, nothing else printed). In
# tests/relayout_heldout41.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 18:52 UTC on main 8014a35 (after the thirty-eighth round;
# BENCHMARKS.md "Held-out measurement after the thirty-eighth round"): all 288 files P 0.896 R 0.744, 6 values on the wrong person
# (name_address_position_held_table 1.000 / 1.000; html_yes_no_flags_preamble_exceptions 0.951 / 0.680, 3;
# pipe_cells_footnotes_after_each_table 0.986 / 0.642, 3; legend_letters_role_columns 0.501 / 0.553, 178 persons who
# are none).
# Development families since.
from relayout_heldout41 import FAMILIES as _HELDOUT41  # noqa: E402

DEV_FAMILIES.update(_HELDOUT41)
# ---- held-out families written 2026-12-06 (17:40-17:45 UTC by `date`) by helper session gather42 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's, gather19's, gather21's, gather25's, gather27's,
# gather30's, gather33's, gather36's and gather39's, these are recombinations of known features: each family is a new
# combination of layout choices earlier families and the real rosters already have, so they measure whether the reader
# generalises within what it knows: plain_citizenship_under_name_titles_wrap (three columns without table tags 'Name
# and Citizenship' | 'Position(s) with the Company' | 'Other Present Principal Occupation or Employment', the bare
# citizenship under the name, the titles the column that wraps, no address column: the default address and one
# sentence per other address in the preamble BEFORE the table, '(a)' lettering), html_th_address_second_titles_last_
# citizenship_notes (an HTML <th> table Name | Residence or Business Address | Present Principal Occupation or
# Employment | Position(s) with the Reporting Person, 'Surname, Given' names, a non-default citizenship as a numbered
# note mark after the name with the notes after the table, 'A.' column), caps_labels_above_values_citizenship_
# exceptions (labels in CAPITALS alone on their lines, the values under them, 'COUNTRY OF CITIZENSHIP:' only for the
# preamble's exceptions, '1.' in the margin) and edgar_sections_address_second_titles_of_org_last (an EDGAR <TABLE>
# Name | Business Address wrapped mid-phrase | Country of Citizenship | '<Title> of <Org>' and outside occupations
# last, 'Directors' / 'Executive Officers Who Are Not Directors' sub-headings inside the table). In
# tests/relayout_heldout42.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 18:52 UTC on main 8014a35 (after the thirty-eighth round;
# BENCHMARKS.md "Held-out measurement after the thirty-eighth round"): all 288 files P 0.975 R 0.880, no value on the wrong person
# (plain_citizenship_under_name_titles_wrap 0.998 / 0.850; html_th_address_second_titles_last_citizenship_notes
# 1.000 / 0.899; caps_labels_above_values_citizenship_exceptions 0.999 / 0.883;
# edgar_sections_address_second_titles_of_org_last 0.912 / 0.888).
# Development families since.
from relayout_heldout42 import FAMILIES as _HELDOUT42  # noqa: E402

DEV_FAMILIES.update(_HELDOUT42)
# ---- held-out families written 2026-12-06 (17:40-18:30 UTC by `date`) by helper session gather43 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: name_rowspan_field_rows_html (an HTML
# table whose name cell spans, by rowspan, the person's rows, one row per field: a label cell and a value cell, so only
# his first row holds three cells), officers_see_above_cross_reference (DIRECTORS and EXECUTIVE OFFICERS <TABLE>s, a
# director who is also an officer listed again under the officers with his officer titles and '(See "Directors"
# above.)' in place of his other facts), underlined_name_headings (labelled blocks whose name line is underlined by a
# line of hyphens as long as the name, a full-width dashed rule between entries in the ruled variant) and
# item_letter_captions_table (an EDGAR <TABLE> whose columns are captioned only by the Item 2 letters '(a)', '(b)',
# '(c)', '(f)' they answer, the preamble naming the Items). In tests/relayout_heldout43.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 18:52 UTC on main 8014a35 (after the thirty-eighth round;
# BENCHMARKS.md "Held-out measurement after the thirty-eighth round"): all 288 files P 0.955 R 0.731, no value on the wrong person
# (name_rowspan_field_rows_html 0.893 / 0.798, 44 persons who are none; officers_see_above_cross_reference 0.961 /
# 0.976; underlined_name_headings 0.998 / 0.996; item_letter_captions_table 1.000 / 0.155).
# Development families since.
from relayout_heldout43 import FAMILIES as _HELDOUT43  # noqa: E402

DEV_FAMILIES.update(_HELDOUT43)
# ---- held-out families written 2026-12-06 (20:29-20:35 UTC by `date`) by helper session gather45 (issue 13), BLIND
# (no reader code read, no reader run, no output seen). Like gather18's, gather19's, gather21's, gather25's, gather27's,
# gather30's, gather33's, gather36's, gather39's and gather42's, these are recombinations of known features: each family
# is a new combination of layout choices earlier families and the real rosters already have, so they measure whether
# the reader generalises within what it knows: html_name_citizenship_long_caption_address_column (an HTML table of bold
# <td> captions 'Name and Citizenship' | the SEC's long 'Present Principal Occupation or Employment and the Name,
# Principal Business and Address of Any Corporation ...' caption | 'Business Address' with spacer columns, the bare
# citizenship under the name, '<Title>, <Org>' lines then the outside occupations, every person's own address last, no
# preamble default), edgar_surname_titles_under_citizenship_second_address_exceptions (an EDGAR <TABLE> with three-line
# captions, 'Surname, Given' names with each title on its own line under them, Country of Citizenship second, the
# outside occupations then the address only where not the preamble's "Unless otherwise indicated, each person's
# business address is ..." default, '--' for an empty cell, 'i.' numbering, '=' rules),
# pipe_cells_name_address_sections_named_citizens (an HTML table saved as text with '|' cells, 'Name and Business
# Address' stacking the name over every address line | Position(s) with <Org> | Present Principal Occupation or
# Employment, 'Directors' / 'Executive Officers' section cells, the citizenship only in the preamble 'Each of the
# persons named below is a citizen of ..., except that X is a citizen of France') and
# caps_name_hanging_labels_address_exceptions (the name in CAPITALS alone on its line, labelled fields 'Present
# Position with the Reporting Person:' / 'Other Principal Occupation or Employment:' / 'Residence or Business Address:'
# (only where not the default) / 'Country of Citizenship:' with the value on the label's line and a hanging indent,
# '(1)' numbering). In tests/relayout_heldout45.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 21:37 UTC on main b38f1b7 (after the fortieth round;
# BENCHMARKS.md "Held-out measurement after the fortieth round"): all 288 files P 0.993 R 0.729, no value on the wrong person
# (caps_name_hanging_labels_address_exceptions 0.996 / 0.996; edgar_surname_titles_under_citizenship_second_address_
# exceptions 0.990 / 0.998; html_name_citizenship_long_caption_address_column 1.000 / 0.923;
# pipe_cells_name_address_sections_named_citizens 0.000 / 0.000, 3 persons who are none made of a name and a law firm's).
# Development families since.
from relayout_heldout45 import FAMILIES as _HELDOUT45  # noqa: E402

DEV_FAMILIES.update(_HELDOUT45)
# ---- held-out families written 2026-12-06 (20:30-21:20 UTC by `date`) by helper session gather44 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), close variants of real development layouts, each the layout
# of one real roster in tests/data/rosters_real/dev/ lightly varied: employer_tables_by_section (after BSCI's
# Exhibit 1.1: one EDGAR <TABLE> per '<Term>'s Directors' / '<Term>'s Executive Officers' sub-heading, Name | Present
# Principal Occupation or Employment | Name of Employer | Address of Employer, each title on a line of its own with
# the organisation as the employer beside the first, the citizenship in the preamble with named exceptions),
# position_lines_occupation_repeat_table (after IDT Corporation's Exhibit 7: an EDGAR <TABLE> Name | Position(s) |
# Principal Occupation | Business Address, one title a line, an insider's occupation repeating his titles, the
# citizenship in the preamble 'other than' the named exceptions, 'a.' lettering), sections_name_title_lists_preamble_
# defaults (after MSDW OIP's 2001 Exhibit 3: indented DIRECTORS / EXECUTIVE OFFICERS name | Title lists, a person on
# both listed in both, the default address, the titles' organisation and the citizenship in the preamble, an
# address only where not the default) and justified_preamble_name_address_term_titles (after ConAgra's 2000
# Schedule I: a justified preamble with the defaults, the name over every person's address lines | '<Title> of
# <Term>' lines, no column header). In tests/relayout_heldout44.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 21:37 UTC on main b38f1b7 (after the fortieth round;
# BENCHMARKS.md "Held-out measurement after the fortieth round"): all 288 files P 0.947 R 0.927, 6 values on the wrong person
# (position_lines_occupation_repeat_table 1.000 / 1.000; sections_name_title_lists_preamble_defaults 0.997 / 0.998, 6;
# justified_preamble_name_address_term_titles 0.985 / 0.936; employer_tables_by_section 0.809 / 0.779).
# Development families since.
from relayout_heldout44 import FAMILIES as _HELDOUT44  # noqa: E402

DEV_FAMILIES.update(_HELDOUT44)
# ---- held-out families written 2026-12-06 (20:29-21:25 UTC by `date`) by helper session gather46 (issue 13), BLIND
# (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in its
# docstring could print them, with one layout feature no earlier family has: brace_grouped_shared_address (an EDGAR
# <TABLE> where consecutive persons sharing a business address and citizenship have them printed once, beside a brace
# typed in a column of its own over their rows: '\', '|', '}', '/'), bullet_item_tables_html (an HTML table whose
# titles and outside occupations are bullets saved as nested tables inside the cells, a '&#8226;' cell and a text cell
# per item), telephone_lines_under_address (Lor Finance's name-and-address stack with 'Tel.:' and 'Fax:' lines under
# the address) and former_name_second_line_html (an HTML table whose name cell gives, for every other person, a
# former name '(formerly ...)' on a second line in smaller type). In tests/relayout_heldout46.py. Not yet measured.
# Measured once as held out by the lead 2026-12-06 21:37 UTC on main b38f1b7 (after the fortieth round;
# BENCHMARKS.md "Held-out measurement after the fortieth round"): all 288 files P 0.990 R 0.315, 2 values on the wrong person
# (former_name_second_line_html 1.000 / 0.591; brace_grouped_shared_address 0.984 / 0.670, 2; bullet_item_tables_html
# 0.000 / 0.000, 3 persons who are none ('Skadden Arps Slate'); telephone_lines_under_address nothing read).
# Development families since.
from relayout_heldout46 import FAMILIES as _HELDOUT46  # noqa: E402

DEV_FAMILIES.update(_HELDOUT46)
# ---- held-out families written 2026-12-06 (23:38-23:50 UTC by `date`) by helper session gather48
# (issue 13), BLIND (no reader code read, no reader run, no output seen). Like gather45's and the earlier recombination
# sets, these are recombinations of known features: each family is a new combination of layout choices earlier
# families and the real rosters already have: segmented_rule_grid_stacked_offices_citizenship_last (Castlerigg's
# fixed-width EDGAR <TABLE> with a dashed run under every column between the rows and around centred two-line
# captions, Name | '<Title>, <Org>' one a line then the outside occupations | every person's own address |
# Citizenship last, 'Page n of 27 Pages' furniture), html_title_paren_citizenship_capital_surnames_default_address
# (an HTML table Name | Citigroup's 'Title (and Citizenship, if not United States)' | outside occupation | address
# only where not the MetLife-style preamble default, names with only the surname in capitals),
# long_wrapped_labels_beside_values_citizenship_exceptions (Micron's two-column labelled fields without table tags,
# long labels wrapping over several lines in a 37-wide label column beside the values, names in capitals, a
# 'Citizenship:' field only where not the preamble's default) and saved_cells_name_title_sections_address_last
# (Novo's HTML table saved as text, one cell a line, 'Name,' then the titles, citizenship, occupation, then the
# address lines last, 'Directors' / 'Executive Officers' section rows). In tests/relayout_heldout48.py. Not yet
# measured.
# Measured once as held out by the lead 2026-12-07 01:10-01:13 UTC on main fe03586 (after the forty-third round;
# BENCHMARKS.md "Held-out measurement after the forty-third round"): all 288 files P 0.965 R 0.637, no value on the wrong
# person (html_title_paren_citizenship_capital_surnames_default_address 1.000 / 0.996; segmented_rule_grid_stacked_
# offices_citizenship_last 0.908 / 0.896, one person who is none, 'Francis Michael'; long_wrapped_labels_beside_values_
# citizenship_exceptions 0.997 / 0.657; saved_cells_name_title_sections_address_last nothing read).
# Development families since.
from relayout_heldout48 import FAMILIES as _HELDOUT48  # noqa: E402

DEV_FAMILIES.update(_HELDOUT48)
# ---- held-out families written 2026-12-06 (23:39-23:50 UTC by `date`) by helper session gather47
# (issue 13), BLIND (no reader code read, no reader run, no output seen), each a close variant of one real development
# roster's own layout, the four the earlier close-variant sets used least: split_matrix_centred_company_cells (E.ON's
# 2002 Schedule 6(a) split matrix: a letter legend of the roster's bodies, Company | A | B halves in their own <TABLE>s,
# the names stacked in the role columns and the organisation's name centred in its tall row), roman_keyed_capacity_blocks
# (Power Corporation's 2006 Exhibit A: '(i)' to '(v)' blocks, the capacity in '(ii)' and the offices '<Office>, <Term>'
# in '(iv)', <PAGE> between blocks), default_employer_blank_address_table (Ariel's Schedule I: Name | Business Address |
# occupation, the address cell empty where the preamble's default employer and address apply) and
# headerless_four_column_title_lines (AIG's 2006 headerless <TABLE> name | titles one a line | outside occupation |
# comma-joined address, the citizenship in a one-sentence preamble). In tests/relayout_heldout47.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 01:10-01:13 UTC on main fe03586 (after the forty-third round;
# BENCHMARKS.md "Held-out measurement after the forty-third round"): all 288 files P 0.985 R 0.919, no value on the wrong
# person (headerless_four_column_title_lines 1.000 / 1.000; roman_keyed_capacity_blocks 1.000 / 0.932;
# default_employer_blank_address_table 0.979 / 0.897; split_matrix_centred_company_cells 0.925 / 0.766).
# Development families since.
from relayout_heldout47 import FAMILIES as _HELDOUT47  # noqa: E402

DEV_FAMILIES.update(_HELDOUT47)
# ---- held-out families written 2026-12-06 (23:38-23:44 UTC by `date`) by helper session gather49 (issue 13),
# BLIND (no reader code read, no reader run, no output seen), each rendering the people the way a real
# roster named in its docstring could print them, with one layout feature no earlier family has:
# edgar_f_tag_value_footnotes (an EDGAR <TABLE> whose VALUES - a title, an address line, a citizenship, an outside
# occupation - carry EDGAR's footnote reference tags glued to them, 'Director<F1>', the notes in an '<FN>' section
# inside the table; '(1)' marks and notes after the table without markers), birth_date_place_column_html (an HTML
# table with a 'Date and Place of Birth' column, a date and a town and country of birth that are neither the
# business address nor the citizenship), trailing_transactions_schedule (the roster followed by a SCHEDULE II table of
# the past sixty days' trades in which roster persons are named again beside dates, share counts and prices) and
# table_of_contents_schedule_pages (an offer to purchase's TABLE OF CONTENTS with dot leaders and page numbers, its
# last line naming the schedule and the organisation, before the roster, whose pages are numbered 'S-1', 'S-2'). In
# tests/relayout_heldout49.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 01:10-01:13 UTC on main fe03586 (after the forty-third round;
# BENCHMARKS.md "Held-out measurement after the forty-third round"): all 288 files P 0.985 R 0.813, 3 values on the wrong
# person (birth_date_place_column_html 1.000 / 1.000; trailing_transactions_schedule 1.000 / 1.000;
# edgar_f_tag_value_footnotes 0.951 / 0.934, 3 wrong and 2 persons who are none, 'Francis Michael Cyprian' / 'Cuss';
# table_of_contents_schedule_pages 1.000 / 0.319).
# Development families since.
from relayout_heldout49 import FAMILIES as _HELDOUT49  # noqa: E402

DEV_FAMILIES.update(_HELDOUT49)
# ---- the lead's development families, written 2026-12-07 (00:16-00:24 UTC by `date`) by helper session r43h
# (issue 13), NOT blind (written knowing the reader), each with one layout feature no earlier family has:
# name_age_cell_table_html (an HTML table whose name cells end with the age in parentheses, 'Pei-yuan Chia (62)'),
# br_lines_paragraph_html (no table: each person one <p>, its lines apart by <br>), titles_since_year_table (a
# fixed-width table whose titles carry their tenure, 'Director (since 1998)') and bullet_separated_address_blocks
# (labelled blocks whose business address is one line, its parts apart by ' • '). In tests/relayout_dev43h.py.
from relayout_dev43h import FAMILIES as _DEV43H  # noqa: E402

DEV_FAMILIES.update(_DEV43H)
# ---- development families written by round 43j (issue 13), NOT blind (written by the helper that tuned the reader on
# them): ditto_mark_cells_html ('"' or '-- same --' for an address or citizenship repeated from the row above),
# quoted_nickname_names ('Pei-yuan "Bud" Chia'), none_placeholder_cells ('None', 'N/A', '*' in empty cells) and
# abbreviated_titles ('Exec. V.P.', 'Asst. Sec.'). In tests/relayout_dev43j.py.
from relayout_dev43j import FAMILIES as _DEV43J  # noqa: E402

DEV_FAMILIES.update(_DEV43J)
# ---- held-out families written 2026-12-07 (02:36-02:41 UTC by `date`) by helper session gather52 (issue 13),
# BLIND (no reader code read, no reader run, no output seen). Like gather48's and the earlier recombination sets, these
# are recombinations of known features: each family is a new combination of layout choices earlier families and the
# real rosters already have: html_surname_titles_cell_sections_address_second_citizenship_last (Southwestern's HTML
# table of bold bordered captions and italic Directors / Executive Officers rows, the bold 'Surname, Given' name with
# the titles under it, the business address second, the outside occupations third, the citizenship last, 'A.'
# lettering in the name cell), edgar_caps_slashed_titles_no_blank_rows_default_address (an EDGAR <TABLE> with no blank
# line between rows as SBC's, names in capitals, Security Capital's titles joined by '/', Country of Citizenship
# third, '--' for no occupation, the address only where not Harvard's 'If no business address is given ...' default,
# 'a.' lettering), dot_leader_sections_titles_of_org_address_lines_exceptions (Danaher's two columns without table
# tags, dot leaders after the name, '1. Directors of <Org>' sections, a wrapped '<Title>, <Org>; <occupation>.'
# paragraph with the address lines under it only where not the preamble's default and 'Citizen of ...' only for the
# exceptions, '(1)' numbering) and bracketed_pipe_cells_citizenship_second_shares_columns (St. Paul Travelers' HTML
# table saved as text, every cell between two '|' lines, Name | Country of Citizenship | titles one a line | outside
# occupation | address lines | '0' shares | 'None' transactions, a '(1)' number cell). In tests/relayout_heldout52.py.
# Not yet measured.
# Measured once as held out by the lead 2026-12-07 02:41-02:45 UTC on main 3dc15f5 (the reader of 6af8a9f; BENCHMARKS.md
# "Held-out measurement at the start of the forty-sixth round"): all 300 files P 0.982 R 0.794, 35 values on the wrong
# person (html_surname_titles_cell_sections_address_second_citizenship_last 1.000 / 0.996;
# edgar_caps_slashed_titles_no_blank_rows_default_address 1.000 / 1.000;
# dot_leader_sections_titles_of_org_address_lines_exceptions 0.960 / 0.869, 35 wrong;
# bracketed_pipe_cells_citizenship_second_shares_columns 0.935 / 0.310).
# Development families since.
from relayout_heldout52 import FAMILIES as _HELDOUT52  # noqa: E402

DEV_FAMILIES.update(_HELDOUT52)
# ---- held-out families written 2026-12-07 (02:38-02:41 UTC by `date`) by helper session gather53 (issue 13),
# BLIND (no reader code read, no reader run, no output seen), each rendering the people the way a real roster named in
# its docstring could print them, with one layout feature no earlier family has: ceased_persons_after_restated_roster
# (an amendment's restated two-column Schedule I followed, in the same columns, by fictitious former directors and
# officers who have CEASED to be covered persons, 'Formerly <title> of <Org> (until <date>)', none of them expected),
# parent_subsidiary_position_columns_html (one HTML table giving each person's offices in <Org> and in its wholly
# owned subsidiary '<Word> Investment Holdings, Inc.' SIDE BY SIDE in two position columns, an em dash where none; a
# person with offices in both is two records), edgar_revision_tags_changed_entries (an amended EDGAR <TABLE> whose
# changed entries are bracketed by EDGAR's '<R>' / '</R>' revision tags on lines of their own inside the table, a '|'
# change bar in the left margin of every changed line without markers) and document_id_stamps_page_feet (a roster
# over several pages whose feet carry, under the page number, a law firm's document management stamp such as
# 'NY2:\1534127\03\V$J903!.DOC\70021.0004', 'NYDOCS01/1012345.2' or '#4821-3396-7125 v2', one page ending inside an
# entry). In tests/relayout_heldout53.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 02:41-02:45 UTC on main 3dc15f5 (the reader of 6af8a9f; BENCHMARKS.md
# "Held-out measurement at the start of the forty-sixth round"): all 300 files P 0.949 R 0.776, no value on the wrong
# person (ceased_persons_after_restated_roster 0.984 / 0.836, one former officer read; parent_subsidiary_position_
# columns_html 0.865 / 0.563; edgar_revision_tags_changed_entries 1.000 / 0.856; document_id_stamps_page_feet 0.961 /
# 0.962).
# Development families since.
from relayout_heldout53 import FAMILIES as _HELDOUT53  # noqa: E402

DEV_FAMILIES.update(_HELDOUT53)
# ---- held-out families written 2026-12-07 (02:36-02:45 UTC by `date`) by helper session gather51 (issue 13), BLIND (no
# reader code read, no reader run, no extraction output seen), close variants of real development layouts, the rosters
# the earlier close-variant sets used least: dotleader_history_numbered_parts (Danaher's 2001 Exhibit 8: numbered part
# headings 'Directors of <Term>' / 'Executive Officers of <Term>', each name run by a dot leader to a paragraph of
# '<Title> of <Term>' and outside occupations that ends with the person's own address where not the preamble's
# default), stacked_title_lines_employer_address_table (Smith Barney's Exhibit 99.A: a <Table> whose left cell stacks
# the name, one title a line and the citizenship, the right cell the occupation, the employer and the address lines),
# comma_name_titles_dashed_rows (Refac's Exhibit 99.2: 'Name,' over its '; '-joined titles beside the occupation, a
# dashed rule after every row, a non-default citizenship as '(citizen of Canada)' in the occupation cell) and
# labelled_sentence_article_titles (Canopy's exhibit: name and address lines, 'Principal Occupation:' as sentences by
# the full name with each title's article, 'Citizenship:' at another column). In tests/relayout_heldout51.py. Not yet
# measured.
# Measured once as held out by the lead 2026-12-07 02:42-02:50 UTC on main 85b7087 (the reader of 6af8a9f; BENCHMARKS.md
# "Held-out measurement at the start of the forty-sixth round"): all 300 files P 0.895 R 0.692, 58 values on the wrong
# person (stacked_title_lines_employer_address_table 0.996 / 0.995; dotleader_history_numbered_parts 0.851 / 0.739, 58
# wrong, names out of the dot leaders 'Marshall A Cohen', 'Nirmal Prabhakar.... Narvekar'; comma_name_titles_dashed_rows
# 0.886 / 0.591; labelled_sentence_article_titles 0.796 / 0.442).
# Development families since.
from relayout_heldout51 import FAMILIES as _HELDOUT51  # noqa: E402

DEV_FAMILIES.update(_HELDOUT51)
# ---- held-out families written 2026-12-07 (03:49-03:53 UTC by `date`) by helper session gather56 (issue 13), BLIND (no
# reader code read, no reader run, no extraction output seen), recombinations of known features:
# html_numbered_cell_caps_name_address_second_citizenship_last (HTML: a number cell, the name in capitals, the address
# lines second, titles one a <p>, the outside occupation, citizenship last), edgar_three_column_name_citizenship_stack_
# titles_lines_occupation_address (an EDGAR <TABLE>: name over citizenship | titles one a line | outside occupation then
# address lines, two-line capital captions), roman_item_labels_address_before_occupation_no_table (no table tags: Power
# Corporation's '(i)'..'(v)' item labels in Micron's order, the address before the position and occupation) and
# pipe_cells_yes_no_bodies_occupation_address_citizenship (HTML saved as text: Trilogy's '|'-led cells with Yes/No
# Director / Executive Officer flags, then occupation, address and citizenship cells). In tests/relayout_heldout56.py.
# Not yet measured.
# Measured once as held out by the lead 2026-12-07 04:23-04:27 UTC on main 537d222 (rounds 46a-m merged; BENCHMARKS.md
# "Held-out measurement after the forty-sixth round"): all 300 files P 0.949 R 0.864, no value on the wrong person
# (html_numbered_cell_caps_name_address_second_citizenship_last 1.000 / 1.000;
# edgar_three_column_name_citizenship_stack_titles_lines_occupation_address 0.987 / 0.995;
# roman_item_labels_address_before_occupation_no_table 0.824 / 0.746;
# pipe_cells_yes_no_bodies_occupation_address_citizenship 0.983 / 0.716).
# Development families since.
from relayout_heldout56 import FAMILIES as _HELDOUT56  # noqa: E402

DEV_FAMILIES.update(_HELDOUT56)
# ---- held-out families written 2026-12-07 (03:50-03:54 UTC by `date`) by helper session gather55 (issue 13), BLIND (no
# reader code read, no reader run, no extraction output seen), close variants of real development layouts, four rosters
# the earlier close-variant sets used once and never through a sibling filing: labelled_fields_citizenship_each_block
# (Micron's Exhibit 1: labelled field blocks a blank line apart, values from column 37, 'Name:', 'Position:' as
# '<titles> of <Org>', 'Business Address:', 'Principal Occupation:' and 'Citizenship:' in every block),
# name_address_title_citizenship_columns (Deutsche Acquisition's Exhibit 3: the real 'Name' / 'Title' header with
# dashes of the words' length and a 'Citizenship' column, the name over its address lines, '<titles> of Purchaser;
# <occupation>' beside it), numbered_name_position_stacked_table (Scout Capital's Exhibit I: the real two-line title,
# no preamble, 'NAME AND POSITION' with '<titles> of <Org>' stacked under the name, 'CITIZENSHIP', address and a
# two-line 'PRESENT PRINCIPAL / OCCUPATION' caption, the number column only when numbered, segmented rules when ruled)
# and name_address_occupation_citizenship_one_table (MetLife's Exhibit 1: one <TABLE><CAPTION> for everyone, the real
# 'Name And Business Address' | 'Principal Occupation or Employment' captions and a 'Citizenship' column, every
# person's own address under the name, '<titles>, <Org>' then the outside occupations). In
# tests/relayout_heldout55.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 04:23-04:27 UTC on main 537d222 (rounds 46a-m merged; BENCHMARKS.md
# "Held-out measurement after the forty-sixth round"): all 300 files P 0.921 R 0.871, 11 values on the wrong person
# (labelled_fields_citizenship_each_block 0.882 / 0.803; name_address_title_citizenship_columns 0.937 / 0.876, 11
# wrong; numbered_name_position_stacked_table 0.862 / 0.813; name_address_occupation_citizenship_one_table 0.997 /
# 0.990).
# Development families since.
from relayout_heldout55 import FAMILIES as _HELDOUT55  # noqa: E402

DEV_FAMILIES.update(_HELDOUT55)
# ---- held-out families written 2026-12-07 (03:51-03:56 UTC by `date`) by helper session gather57 (issue 13),
# BLIND (no reader code read, no reader run, no extraction output seen), each rendering the people the way a real
# roster named in its docstring could print them, with one layout feature no earlier family has:
# landscape_132_column_table (AIG's EDGAR <TABLE> typed on a LANDSCAPE page, the table as wide as the 132 columns
# EDGAR allows inside <TABLE> tags, title and page number centred on 132 columns, '(Rotated page)' at each page's
# head), beneficial_ownership_columns_footnoted (IDT Nevada's EDGAR table with a stacked name-and-address cell and two
# more columns 'Shares Beneficially Owned' and 'Percent of Class', share counts with footnote markers '(1)' '(2)', '*'
# for less than 1%, '-0-' for none, and footnotes under the table naming a '<Surname> Family Trust' and the person
# again), staggered_board_class_term_html (Southwestern's HTML table with a 'Director Class (Term Expires)' column,
# 'Class II (2027)' for a director of a staggered board, blank for an officer) and fax_transmission_header_pages
# (MetLife's two-column name-and-address exhibit over several pages, each page opening with a fax machine's
# transmission header line - date, time, 'FROM:' a law firm in capitals, numbers, 'P.04/09' - one page turning inside
# an entry). In tests/relayout_heldout57.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 04:23-04:27 UTC on main 537d222 (rounds 46a-m merged; BENCHMARKS.md
# "Held-out measurement after the forty-sixth round"): all 300 files P 0.986 R 0.638, no value on the wrong person
# (landscape_132_column_table 1.000 / 1.000; beneficial_ownership_columns_footnoted 0.939 / 0.413;
# staggered_board_class_term_html 1.000 / 1.000; fax_transmission_header_pages 0.938 / 0.140, one person who is none,
# 'Secondary Market').
# Development families since.
from relayout_heldout57 import FAMILIES as _HELDOUT57  # noqa: E402

DEV_FAMILIES.update(_HELDOUT57)
# ---- held-out families written 2026-12-07 (04:54-04:56 UTC by `date`) by helper session gather59 (issue 13),
# BLIND (no reader code read, no reader run, no extraction output seen), RECOMBINATIONS OF KNOWN FEATURES:
# html_citizenship_second_column_address_one_cell (an HTML table Name | Citizenship | '<Title> of <Org>' and outside
# occupations in one cell | the address on one line with commas), edgar_table_equals_underlined_occupation_before_position
# (an EDGAR <TABLE> with the name and address stacked, the outside occupation column before the position column,
# '=' underlined two-line captions), numbered_paragraph_entries_labelled_sentences (no table tags, one run-in
# paragraph per person with 'Principal occupation:', 'Business address:' and 'Citizenship:' sentences) and
# html_saved_as_text_label_blocks_tab_gaps (an HTML label/value table saved as text, labelled blocks with values
# from column 30, one address line a line). In tests/relayout_heldout59.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 04:56-05:00 UTC on the reader of main 1aad720 (rounds 46a-s merged;
# BENCHMARKS.md "Held-out measurement at the end of the forty-sixth round"): all 300 files P 0.989 R 0.754, 1 value on the wrong
# person (html_citizenship_second_column_address_one_cell 1.000 / 1.000;
# edgar_table_equals_underlined_occupation_before_position 0.998 / 0.991; numbered_paragraph_entries_labelled_sentences
# 0.924 / 0.072, 1 wrong; html_saved_as_text_label_blocks_tab_gaps 0.974 / 0.952).
# Development families since.
from relayout_heldout59 import FAMILIES as _HELDOUT59  # noqa: E402

DEV_FAMILIES.update(_HELDOUT59)
# ---- held-out families written 2026-12-07 (04:54-04:55 UTC by `date`) by helper session gather60 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), each rendering
# the people the way a real roster named in its docstring could print them, with one layout feature no earlier family
# has: committee_codes_column_table (IDT Corporation's EDGAR table with a 'Board Committees' column of letter codes
# 'A*, C', '--' for an officer on none, and the key under the table), year_first_elected_column_html (Southwestern's
# HTML table with a 'Director or Officer Since' column holding a bare year), footnoted_titles_labelled_blocks
# (Micron's labelled blocks with footnote markers '(1)' '(2)' glued to titles and the footnotes after the last block)
# and crd_number_column_table (AIG's EDGAR table with a FINRA 'CRD No.' column of seven digits after the name). In
# tests/relayout_heldout60.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 04:56-05:00 UTC on the reader of main 1aad720 (rounds 46a-s merged;
# BENCHMARKS.md "Held-out measurement at the end of the forty-sixth round"): all 300 files P 0.984 R 0.954, 12 values on the wrong
# person (committee_codes_column_table 0.998 / 0.998; year_first_elected_column_html 1.000 / 1.000;
# footnoted_titles_labelled_blocks 0.996 / 0.996; crd_number_column_table 0.936 / 0.823, 12 wrong).
# Development families since.
from relayout_heldout60 import FAMILIES as _HELDOUT60  # noqa: E402

DEV_FAMILIES.update(_HELDOUT60)

# ---- held-out families written 2026-12-07 (04:54-05:06 UTC by `date`) by helper session gather58 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output); close variants
# of real development layouts: name_office_occupation_rows_blank_between (Harvard College's Name | Office/Position
# list with an occupation and a citizenship column, own address under the name where not the default),
# stacked_name_affiliation_lines (National Grid's name-then-affiliation-lines blocks with the address and a
# 'Citizenship:' line in each block), edgar_name_address_title_paren_country (Citigroup's EDGAR table, the country in
# parentheses for non-US persons only, the address under the name), director_paren_occupation_two_sections (SBC's
# 'Director (occupation)' two-column table in Directors / Executive Officers sections, citizenship sentences after
# each). In tests/relayout_heldout58.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 04:56-05:00 UTC on the reader of main 1aad720 (rounds 46a-s merged;
# BENCHMARKS.md "Held-out measurement at the end of the forty-sixth round"): all 300 files P 0.968 R 0.625, 11 values on the wrong
# person (name_office_occupation_rows_blank_between 0.991 / 0.975, 11 wrong, 'Curtis H. Barnette Skadden';
# stacked_name_affiliation_lines 0.923 / 0.617; edgar_name_address_title_paren_country 0.974 / 0.375, 'Kenneth J.
# Bialkin Skadden'; director_paren_occupation_two_sections 0.976 / 0.533).
# Development families since.
from relayout_heldout58 import FAMILIES as _HELDOUT58  # noqa: E402

DEV_FAMILIES.update(_HELDOUT58)


# ---- held-out families written 2026-12-07 (05:32-05:35 UTC by `date`) by helper session gather61 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); close variants of
# real development layouts, each after one dev roster the earlier close-variant sets used once:
# five_column_company_position_citizenship (Security Capital's EDGAR NAME | COMPANY | POSITION | BUSINESS ADDRESS |
# PRINCIPAL OCCUPATION table with a CITIZENSHIP column, '/'-joined titles, a full dashed rule after every person),
# dotleader_single_list_citizen_sentence (Danaher's dot-leader name | paragraph cell, one list, the own address and a
# '<Name> is a citizen of ...' sentence in the cell where not the preamble's default), five_column_ownership_none_table
# (UCSG's EDGAR table with its 'Direct or Indirect Beneficial Ownership in <Term>' column printed 'None', the
# citizenship exceptions named in the preamble), role_first_nested_entries (Bollore's organisation entry with
# role-first 'Chairman:  Mr. Name' lines and indented address / occupation / citizenship fields where not the
# default). In tests/relayout_heldout61.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 05:37-05:47 UTC on the reader of main cff7aa5 (rounds 46a-t)
# (BENCHMARKS.md "Held-out measurement at the start of the forty-seventh round"): all 300 files P 0.981 R 0.812,
# 86 values on the wrong person (five_column_company_position_citizenship 1.000 / 0.932; dotleader_single_list_citizen_sentence 0.973 / 0.860, 69 wrong; five_column_ownership_none_table 0.996 / 0.993; role_first_nested_entries 0.926 / 0.464, 17 wrong).
# Development families since.
from relayout_heldout61 import FAMILIES as _HELDOUT61  # noqa: E402

DEV_FAMILIES.update(_HELDOUT61)
# ---- held-out families written 2026-12-07 (05:32-05:36 UTC by `date`) by helper session gather62 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output),
# RECOMBINATIONS OF KNOWN FEATURES: html_citizenship_exception_under_name_preamble_default (an HTML table Name |
# Position | Principal Occupation | Business Address, the citizenship a preamble default with '(Citizenship: ...)'
# under the name of each exception), edgar_no_blank_rows_citizenship_second_director_paren_occupation (an EDGAR
# <TABLE> indented ten spaces without blank lines between rows, citizenship second, '<titles> (<outside
# occupation>)', an address only where not the preamble's default), centred_names_indented_lines_citizenship_
# postamble_exceptions (no table tags, centred names over unlabelled indented title, occupation and address lines, the
# citizenship in a postamble default with the exceptions listed opposite their names) and saved_text_name_address_
# cell_position_occupation_citizenship (an HTML table saved as text, the name-and-address cell then the position,
# occupation and citizenship cells, one line each). In tests/relayout_heldout62.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 05:37-05:47 UTC on the reader of main cff7aa5 (rounds 46a-t)
# (BENCHMARKS.md "Held-out measurement at the start of the forty-seventh round"): all 300 files P 0.987 R 0.468,
# 0 values on the wrong person (html_citizenship_exception_under_name_preamble_default 1.000 / 0.964; edgar_no_blank_rows_citizenship_second_director_paren_occupation 0.970 / 0.794; centred_names_indented_lines_citizenship_postamble_exceptions 1.000 / 0.003; saved_text_name_address_cell_position_occupation_citizenship 1.000 / 0.110).
# Development families since.
from relayout_heldout62 import FAMILIES as _HELDOUT62  # noqa: E402

DEV_FAMILIES.update(_HELDOUT62)
# ---- held-out families written 2026-12-07 (05:34-05:37 UTC by `date`) by helper session gather63 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), each rendering
# the people the way a real roster named in its docstring could print them, with one layout feature no earlier family
# has: superscript_linked_name_notes_html (Southwestern's HTML table whose name cells end in a bare superscript note
# number that is a link, '<sup><a href="#n1">1</a></sup>', the notes after the table), fund_complex_portfolios_
# overseen_table (Citizens Funds' EDGAR <TABLE>/<CAPTION> with a right-aligned 'Number of Portfolios in Fund Complex
# Overseen by Trustee' count column, 'N/A' for officers), item2_lettered_blocks_proceedings_answers (Power Corp's and
# Micron's labelled blocks lettered '(a)'..'(f)' after Item 2, answering '(d)' criminal and '(e)' civil proceedings
# 'None.' for each person) and word_office_html_proofing_spans (Southwestern's table as Microsoft Word 'Save as Web
# Page' HTML: MsoNormal paragraphs, '<span class=SpellE>' around surnames, '<o:p></o:p>', supportEmptyParas
# paragraphs, the mso XML head). In tests/relayout_heldout63.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 05:37-05:47 UTC on the reader of main cff7aa5 (rounds 46a-t)
# (BENCHMARKS.md "Held-out measurement at the start of the forty-seventh round"): all 300 files P 0.994 R 0.588,
# 2 values on the wrong person (superscript_linked_name_notes_html 1.000 / 0.385; fund_complex_portfolios_overseen_table 0.977 / 0.569, 2 wrong; item2_lettered_blocks_proceedings_answers 1.000 / 0.400; word_office_html_proofing_spans 1.000 / 1.000).
# Development families since.
from relayout_heldout63 import FAMILIES as _HELDOUT63  # noqa: E402

DEV_FAMILIES.update(_HELDOUT63)
# ---- held-out families written 2026-12-07 (06:39-06:41 UTC by `date`) by helper session gather65 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), recombinations
# of known layout choices in combinations no one family has: html_number_column_name_address_occupation_citizenship
# (an HTML table with the entry numbers in a 'No.' cell of their own, then Name | Business Address | Present Principal
# Occupation | Citizenship), edgar_caption_name_citizenship_position_address (an EDGAR <TABLE>/<CAPTION> fixed-width
# table with CITIZENSHIP second after the name, a combined position-and-occupation column, the address last),
# surname_underlined_dotleader_labels (no table tags: each name underlined with '-', then indented labels with dot
# leaders to a value column) and html_bold_name_prose_paragraphs (HTML without a table: a paragraph per person, the
# name bold, then sentences for positions, occupation, 'Business address:' and 'Citizenship:'). In
# tests/relayout_heldout65.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 06:43-06:50 UTC on the reader of main 8f35174 (rounds 47a-l, n, o, q)
# (BENCHMARKS.md "Held-out measurement in the forty-seventh round"): all 300 files P 0.999 R 0.994,
# 0 values on the wrong person (html_number_column_name_address_occupation_citizenship 1.000 / 1.000; edgar_caption_name_citizenship_position_address 0.998 / 0.990; surname_underlined_dotleader_labels 0.997 / 0.986; html_bold_name_prose_paragraphs 1.000 / 1.000: the first set at the target on first contact).
# Development families since.
from relayout_heldout65 import FAMILIES as _HELDOUT65  # noqa: E402

DEV_FAMILIES.update(_HELDOUT65)
# ---- held-out families written 2026-12-07 (06:39-06:43 UTC by `date`) by helper session gather66 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), new layout
# features: an EDGAR <TABLE> with a full 'DATE OF APPOINTMENT' column (date_of_appointment_column_table); an HTML
# table with a fund-style 'Term of Office and Length of Time Served' column (term_of_office_time_served_html); an
# EDGAR <TABLE> whose captions are Spanish and English in one cell, 'NOMBRE / NAME' (bilingual_caption_cells_table);
# unlabelled stacked entries set apart by rows of spaced underscores '_ _ _' (spaced_underscore_separated_blocks).
# In tests/relayout_heldout66.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 06:43-06:50 UTC on the reader of main 8f35174 (rounds 47a-l, n, o, q)
# (BENCHMARKS.md "Held-out measurement in the forty-seventh round"): all 300 files P 0.914 R 0.625,
# 0 values on the wrong person (date_of_appointment_column_table 0.991 / 0.806; term_of_office_time_served_html 0.845 / 0.841; bilingual_caption_cells_table 0.920 / 0.836; spaced_underscore_separated_blocks 1.000 / 0.017).
# Development families since.
from relayout_heldout66 import FAMILIES as _HELDOUT66  # noqa: E402

DEV_FAMILIES.update(_HELDOUT66)

# ---- held-out families written 2026-12-07 (06:39-06:44 UTC by `date`) by helper session gather64 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); close variants of real
# development layouts: name_address_citizen_stack_positions_held (Citizens Funds' table, a 'Citizen of' line where the
# age stands); castlerigg_single_grid_title_column (Castlerigg's dashed-segment grid, one grid with a Title column);
# asterisk_director_footnote_name_address (Lor Finance's '*' member list, '* Director of <Org>'); prose_name_lead_
# honorific_sentences (Chittenden's '<Name>.  Mr. <Surname> is ...' paragraphs). In tests/relayout_heldout64.py. Not
# yet measured.
# Measured once as held out by the lead 2026-12-07 06:43-06:50 UTC on the reader of main 8f35174 (rounds 47a-l, n, o, q)
# (BENCHMARKS.md "Held-out measurement in the forty-seventh round"): all 300 files P 0.997 R 0.787,
# 38 values on the wrong person (name_address_citizen_stack_positions_held 1.000 / 1.000; castlerigg_single_grid_title_column 1.000 / 1.000; asterisk_director_footnote_name_address 1.000 / 0.847; prose_name_lead_honorific_sentences 0.970 / 0.301, 38 wrong).
# Development families since.
from relayout_heldout64 import FAMILIES as _HELDOUT64  # noqa: E402

DEV_FAMILIES.update(_HELDOUT64)

# ---- held-out families written 2026-12-07 (06:58-07:05 UTC by `date`) by helper session gather67 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); close variants of real
# development layouts: board_section_rows_five_cell_html (STMicro's Annex A, one bordered table Name | Position | Other
# Positions | Citizenship | Address switching at 'Members of the Board of Directors' / 'Executive Officers' rows);
# one_table_section_rows_employer_cell (Southwestern Energy's Schedule A, the real heading, preamble and caption, ONE
# table with italic section rows, address and citizenship in the cell only where not the preamble's);
# cells_one_a_line_blank_between_persons (Novo Holdings' Schedule I as HTML saved as text, every cell line on its own
# line, a blank line between persons); name_occupation_single_list_prose_overrides (Motorola's Appendix I, ONE name |
# occupation list at 27 with 'His business address is: ...' and 'Mr. X is a citizen of ...'). In
# tests/relayout_heldout67.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 07:30-07:31 UTC on the reader of main 79f507c (rounds 47a-y)
# (BENCHMARKS.md "Held-out measurement at the end of the forty-seventh round"): all 300 files P 0.971 R 0.873,
# 68 values on the wrong person (board_section_rows_five_cell_html 0.976 / 0.969; one_table_section_rows_employer_cell 0.976 / 0.867; cells_one_a_line_blank_between_persons 0.968 / 0.808, 66 wrong; name_occupation_single_list_prose_overrides 0.962 / 0.847, 2 wrong).
# Development families since.
from relayout_heldout67 import FAMILIES as _HELDOUT67  # noqa: E402

DEV_FAMILIES.update(_HELDOUT67)
# ---- held-out families written 2026-12-07 (07:03-07:06 UTC by `date`) by helper session gather68 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), recombinations
# of known features: an HTML table with Spanish/English captions and the citizenship a preamble default with the
# exceptions under the name (html_bilingual_captions_citizenship_default_exceptions); an EDGAR <TABLE> with the
# citizenship second, a DATE OF APPOINTMENT column and no blank line between entries (edgar_citizenship_second_
# appointment_date_no_blank_rows); an HTML table saved as text, a cell a line, with a 'Term of Office and Length of
# Time Served' cell (saved_text_cell_lines_term_of_office); labelled blocks apart by spaced underscores with the
# citizenship in a postamble listing the exceptions (labelled_blocks_spaced_underscores_citizenship_postamble).
# In tests/relayout_heldout68.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 07:30-07:31 UTC on the reader of main 79f507c (rounds 47a-y)
# (BENCHMARKS.md "Held-out measurement at the end of the forty-seventh round"): all 300 files P 0.989 R 0.598,
# 3 values on the wrong person (html_bilingual_captions_citizenship_default_exceptions 0.924 / 0.301, 3 wrong; edgar_citizenship_second_appointment_date_no_blank_rows 1.000 / 0.999; saved_text_cell_lines_term_of_office 1.000 / 0.138; labelled_blocks_spaced_underscores_citizenship_postamble 0.998 / 0.955).
# Development families since.
from relayout_heldout68 import FAMILIES as _HELDOUT68  # noqa: E402

DEV_FAMILIES.update(_HELDOUT68)
# ---- held-out families written 2026-12-07 (07:06-07:11 UTC by `date`) by helper session gather69 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), new layout
# features: an EDGAR <TABLE> with a bare right-aligned 'YEARS WITH COMPANY' count column (years_with_org_column_table);
# an EDGAR <TABLE> that always breaks a page inside an entry and prints '<Name> (continued)' in the name cell on the
# new page (continued_name_cell_table); HTML whose whole roster is one <p>, lines apart by <br> and entries by
# <br><br> (single_paragraph_br_html); stacked blocks with the labels' colons aligned in one column and a
# Director Identification Number 'DIN' line for directors (din_colon_aligned_blocks).
# In tests/relayout_heldout69.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 07:30-07:31 UTC on the reader of main 79f507c (rounds 47a-y)
# (BENCHMARKS.md "Held-out measurement at the end of the forty-seventh round"): all 300 files P 0.959 R 0.930,
# 119 values on the wrong person (years_with_org_column_table 1.000 / 1.000; continued_name_cell_table 0.991 / 0.990; single_paragraph_br_html 0.987 / 0.948; din_colon_aligned_blocks 0.850 / 0.784, 119 wrong).
# Development families since.
from relayout_heldout69 import FAMILIES as _HELDOUT69  # noqa: E402

DEV_FAMILIES.update(_HELDOUT69)
# ---- held-out families written 2026-12-07 (08:20-08:25 UTC by `date`) by helper session gather70 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output); close variants
# of real development layouts: St. Paul Travelers' Exhibit 1 saved from HTML to text, every cell between '|' lines,
# six cells a row with the shares and transactions (pipe_cells_shares_columns_as_text); Forstmann Little's
# Schedule I, names centred one a line under centred '<Title> of' / '<Org>' headings with the defaults in the
# preamble and each person's own values in a paragraph under the list (centred_name_lists_by_title); Ariel's
# Schedule I, 'Officer / Director' | 'Address' | 'Position' between full dashed rules with the default address
# cell empty (officer_director_address_position_rows); STMicroelectronics' Annex A, one HTML table with the real
# labels, section rows and an empty cell where there is no other position (board_officer_section_rows_html).
# In tests/relayout_heldout70.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 08:26-08:28 UTC on the reader of main 07034dc (end of stop 39)
# (BENCHMARKS.md "Held-out measurement at the start of the forty-ninth round"): all 300 files P 0.987 R 0.732,
# 0 values on the wrong person (pipe_cells_shares_columns_as_text 1.000 / 1.000; centred_name_lists_by_title 1.000 / 0.003; officer_director_address_position_rows 0.960 / 0.927; board_officer_section_rows_html 1.000 / 1.000).
# Development families since.
from relayout_heldout70 import FAMILIES as _HELDOUT70  # noqa: E402

DEV_FAMILIES.update(_HELDOUT70)
# ---- held-out families written 2026-12-07 (08:20-08:24 UTC by `date`) by helper session gather71 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), recombinations
# of known features: two_column's 'Name and Citizenship' | 'Occupation and Business Address' cells as an HTML table
# with <th> captions and <br> lines (html_th_name_citizenship_stack_occupation_address_cell); an EDGAR <TABLE> with a
# number column, the address second, titles one a line, occupations elsewhere and the citizenship last under an
# '='-ruled capitals caption (edgar_number_column_address_second_citizenship_last); name-led ' -- ' paragraphs with a
# preamble default citizenship and 'Citizen of X.' for the exceptions, no table tags (dash_lead_paragraphs_
# citizenship_preamble_default); HTML without a table, a <p> of bold-labelled lines per person with the address on
# one comma-joined line (html_paragraph_labelled_lines_one_line_address).
# In tests/relayout_heldout71.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 08:26-08:28 UTC on the reader of main 07034dc (end of stop 39)
# (BENCHMARKS.md "Held-out measurement at the start of the forty-ninth round"): all 300 files P 0.995 R 0.798,
# 3 values on the wrong person (html_th_name_citizenship_stack_occupation_address_cell 0.994 / 0.994; edgar_number_column_address_second_citizenship_last 0.997 / 0.819; dash_lead_paragraphs_citizenship_preamble_default 0.977 / 0.379, 3 wrong; html_paragraph_labelled_lines_one_line_address 1.000 / 1.000).
# Development families since.
from relayout_heldout71 import FAMILIES as _HELDOUT71  # noqa: E402

DEV_FAMILIES.update(_HELDOUT71)
# ---- held-out families written 2026-12-07 (08:21-08:25 UTC by `date`) by helper session gather72 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), new layout
# features: an EDGAR <TABLE> with a 'FAMILY RELATIONSHIP' column naming other people of the roster ('Sibling of
# <Name>', 'Spouse of <Name>', '--') (family_relationship_column_table); an EDGAR <TABLE> printing a 'RESIDENCE
# ADDRESS' column (a home street) before the 'BUSINESS ADDRESS' column, the business one expected
# (residence_and_business_address_table); an HTML table with an 'Education' column of degrees and schools
# (education_column_html); a narrow typewriter EDGAR <TABLE> whose captions are hyphenated inside words ('PRIN-' /
# 'CIPAL' / 'OCCUPA-' / 'TION') (hyphenated_captions_narrow_table).
# In tests/relayout_heldout72.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 08:26-08:28 UTC on the reader of main 07034dc (end of stop 39)
# (BENCHMARKS.md "Held-out measurement at the start of the forty-ninth round"): all 300 files P 0.999 R 0.849,
# 0 values on the wrong person (family_relationship_column_table 1.000 / 0.876; residence_and_business_address_table 0.999 / 0.987; education_column_html 1.000 / 1.000; hyphenated_captions_narrow_table 0.993 / 0.535).
# Development families since.
from relayout_heldout72 import FAMILIES as _HELDOUT72  # noqa: E402

DEV_FAMILIES.update(_HELDOUT72)
# ---- held-out families written 2026-12-07 (08:57-09:02 UTC by `date`) by helper session gather73 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), close
# variants of real development layouts: Trilogy's 2009 text save, '|' cells with the name on its own '|' line, Yes/No
# cells per body, an empty '|' line and the occupation on the next line, the exceptions named in the preamble
# (yes_no_flag_rows_occupation_after_bar); IDT Corporation's EDGAR <TABLE> Name | Present Position | Present
# Principal Occupation | Business Address, titles joined 'A and B' wrapping, an insider's titles repeated as his
# occupation (present_position_occupation_address_table); MSDW OIP's 2004 'DIRECTORS  TITLE' / 'OFFICERS  TITLE'
# lists with each person's own occupation, address or citizenship in a paragraph after the lists
# (directors_officers_title_lists_notes_after); ConAgra Foods' name over its address lines | '<A, B and C> of <Term>'
# with the real defined-term preamble (name_address_offices_defined_term_phrase).
# In tests/relayout_heldout73.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 09:08-09:10 UTC on the reader of main f613b3b (rounds 49a-g)
# (BENCHMARKS.md "Held-out measurement in the forty-ninth round"): all 300 files P 0.996 R 0.946,
# 0 values on the wrong person (yes_no_flag_rows_occupation_after_bar 0.999 / 0.969; present_position_occupation_address_table 0.998 / 0.998; directors_officers_title_lists_notes_after 0.988 / 0.837; name_address_offices_defined_term_phrase 0.998 / 0.979).
# Development families since.
from relayout_heldout73 import FAMILIES as _HELDOUT73  # noqa: E402

DEV_FAMILIES.update(_HELDOUT73)
# ---- held-out families written 2026-12-07 (09:02-09:06 UTC by `date`) by helper session gather74 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), recombinations
# of known features: an HTML table with <th> captions, names with only the surname in capitals, the business address
# second, titles one a line and a last column 'Citizenship (if other than <default>)' under a preamble default
# (html_th_capital_surnames_address_second_citizenship_exceptions_column); an EDGAR <TABLE> between '=' rules with
# 'DIRECTORS' / 'EXECUTIVE OFFICERS' section rows, the citizenship in parentheses under the name and the business
# address one comma-joined string wrapped in its column (edgar_director_officer_sections_paren_citizenship_one_string_
# address); an HTML table saved as text, every cell line on its own line, the address before the titles, '-' for an
# empty cell and the citizenship in a postamble naming the exceptions (saved_text_cells_address_before_titles_
# citizenship_postamble); no table tags, the name and '(citizenship)' joined to the first title by dot leaders, outside
# occupations indented under it and a preamble default business address with 'Business address: ...' for the others
# (dot_leader_name_paren_citizenship_titles_default_address).
# In tests/relayout_heldout74.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 09:08-09:10 UTC on the reader of main f613b3b (rounds 49a-g)
# (BENCHMARKS.md "Held-out measurement in the forty-ninth round"): all 300 files P 0.993 R 0.818,
# 0 values on the wrong person (html_th_capital_surnames_address_second_citizenship_exceptions_column 1.000 / 0.996; edgar_director_officer_sections_paren_citizenship_one_string_address 0.991 / 0.990; saved_text_cells_address_before_titles_citizenship_postamble 1.000 / 0.816; dot_leader_name_paren_citizenship_titles_default_address 0.974 / 0.472).
# Development families since.
from relayout_heldout74 import FAMILIES as _HELDOUT74  # noqa: E402

DEV_FAMILIES.update(_HELDOUT74)
# ---- held-out families written 2026-12-07 (09:02-09:08 UTC by `date`) by helper session gather75 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), new layout
# features: an EDGAR <TABLE> with a 'PRINCIPAL BUSINESS OF EMPLOYER' column after the occupation, as Bear Stearns'
# Exhibit 1.1 prints it (employer_principal_business_column_table); an HTML table with an 'Other Public Company
# Directorships' column naming other companies' boards or 'None', not expected (other_directorships_column_html); an
# EDGAR <TABLE> whose last column answers Item 5(c) per person ('None' or 'Sold 2,500 Shares on March 14, 2011 at
# $41.27 per Share ...') (sixty_day_transactions_column_table); Micron-style labelled blocks closing, for every second
# person, with a 'Remarks:' disclaimer of beneficial ownership naming the organisation (remarks_field_labelled_blocks).
# In tests/relayout_heldout75.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 09:08-09:10 UTC on the reader of main f613b3b (rounds 49a-g)
# (BENCHMARKS.md "Held-out measurement in the forty-ninth round"): all 300 files P 0.985 R 0.892,
# 0 values on the wrong person (employer_principal_business_column_table 1.000 / 1.000; other_directorships_column_html 1.000 / 1.000; sixty_day_transactions_column_table 0.944 / 0.902; remarks_field_labelled_blocks 0.998 / 0.665).
# Development families since.
from relayout_heldout75 import FAMILIES as _HELDOUT75  # noqa: E402

DEV_FAMILIES.update(_HELDOUT75)
# ---- held-out families written 2026-12-07 (09:25-09:29 UTC by `date`) by helper session gather76 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output), close variants of
# the four real development rosters least used by earlier close-variant sets: BSCI's Exhibit 1.1 as one EDGAR table
# Name | Present Principal Occupation or Employment | Name of Employer | Address of Employer under bottom-aligned
# captions, the address stacked and the citizenship in a sentence after the table
# (employer_address_caption_citizens_after_table); E.ON's 2003 Schedule 6(a) as ONE legend-letter matrix of every
# letter, the company on the row's first line and a dashed rule closing the row (legend_letters_closing_rules_one_matrix);
# Power Corporation's 2005 Exhibit A as blocks keyed '(a)' to '(e)' with the values from column 11, the capacity words
# and the offices with the organisation's full name (lettered_keys_capacity_blocks_value_column_11); AIG's 2006
# Exhibit A with its dots, the centred 'EXHIBIT A', a bare <S>/<C> table with the titles joined 'A and B' and the
# citizenship in a sentence after the table (dotted_exhibit_a_table_citizens_after).
# In tests/relayout_heldout76.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 09:36-09:37 UTC on the reader of main b8dc428 (rounds 49a-k)
# (BENCHMARKS.md "Held-out measurement late in the forty-ninth round"): all 300 files P 0.998 R 0.987,
# 0 values on the wrong person (employer_address_caption_citizens_after_table 0.994 / 0.974; legend_letters_closing_rules_one_matrix 1.000 / 1.000; lettered_keys_capacity_blocks_value_column_11 1.000 / 1.000; dotted_exhibit_a_table_citizens_after 0.998 / 0.982; the whole set at the target).
# Development families since.
from relayout_heldout76 import FAMILIES as _HELDOUT76  # noqa: E402

DEV_FAMILIES.update(_HELDOUT76)
# ---- held-out families written 2026-12-07 (09:25-09:29 UTC by `date`) by helper session gather77 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), recombinations
# of known features: an HTML table with <th> captions, a 'No.' column when numbered, the name in bold with ONLY THE
# SURNAME IN CAPITALS over its address lines in one cell, the citizenship second and one occupation cell of
# '<Title> of <Org>' items then outside occupations (html_number_column_capital_surname_address_cell_occupation_items);
# an EDGAR <TABLE> with two-line bottom-aligned captions, '(citizenship)' under the name, the business address second,
# titles one a line and NO blank line between entries (edgar_two_line_captions_paren_citizenship_address_second_no_
# blank_rows); no table tags, one TAB-separated line per person with the comma-joined address BEFORE the titles and the
# citizenship a preamble default naming the exceptions (tab_cells_address_before_titles_citizenship_preamble_
# exceptions); an HTML table saved as text, every cell line on its own line, the citizenship second, '<Title> of <Org>'
# items and a preamble default business address that a '-' cell stands for (saved_text_cells_citizenship_second_
# titles_of_org_default_address_dash).
# In tests/relayout_heldout77.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 09:36-09:37 UTC on the reader of main b8dc428 (rounds 49a-k)
# (BENCHMARKS.md "Held-out measurement late in the forty-ninth round"): all 300 files P 0.991 R 0.806,
# 4 values on the wrong person (html_number_column_capital_surname_address_cell_occupation_items 1.000 / 0.995; edgar_two_line_captions_paren_citizenship_address_second_no_blank_rows 1.000 / 0.995; tab_cells_address_before_titles_citizenship_preamble_exceptions 0.985 / 0.882, 4 wrong; saved_text_cells_citizenship_second_titles_of_org_default_address_dash 0.957 / 0.352).
# Development families since.
from relayout_heldout77 import FAMILIES as _HELDOUT77  # noqa: E402

DEV_FAMILIES.update(_HELDOUT77)
# ---- held-out families written 2026-12-07 (09:25-09:30 UTC by `date`) by helper session gather78 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), new layout
# features: an EDGAR <TABLE> closed half way through the roster, between two entries, by a centred '[Remainder of page
# intentionally left blank. Schedule I continues on the next page.]', a page break, 'SCHEDULE I (continued)' and a
# new <TABLE> with its caption (intentionally_blank_continued_schedule_table); an HTML table with a 'Designated By'
# column naming the holder or committee that designated each director under a shareholders agreement, not expected
# (board_designee_column_html); an EDGAR <TABLE> with four right-aligned Item 5(b) columns, sole and shared voting
# and dispositive power ('-0-' or '12,500'), between the occupation and the address
# (voting_dispositive_power_columns_table); a fixed-width table whose first column, 'NAME AND MUNICIPALITY OF
# RESIDENCE', holds the name and under it a town of residence that is not the business address, not expected
# (municipality_of_residence_under_name_table).
# In tests/relayout_heldout78.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 09:36-09:37 UTC on the reader of main b8dc428 (rounds 49a-k)
# (BENCHMARKS.md "Held-out measurement late in the forty-ninth round"): all 300 files P 0.960 R 0.943,
# 0 values on the wrong person (intentionally_blank_continued_schedule_table 1.000 / 0.989; board_designee_column_html 1.000 / 1.000; voting_dispositive_power_columns_table 0.944 / 0.902; municipality_of_residence_under_name_table 0.895 / 0.883, 36 persons who are none: the town of residence joined to the name).
# Development families since.
from relayout_heldout78 import FAMILIES as _HELDOUT78  # noqa: E402

DEV_FAMILIES.update(_HELDOUT78)

# ---- held-out families written 2026-12-07 (09:41-09:44 UTC by `date`) by helper session gather79 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), close variants
# of real development layouts, on the rosters least used by the earlier close-variant sets (Canopy, Refac, Smith
# Barney, Deutsche Acquisition): Canopy's flush-left blocks of name and address lines, 'Principal Occupation:' as one
# 'Mr. <Surname> is the President and a Director of <Org>.' sentence from column 27 and 'Citizenship:' from column 18
# (labelled_occupation_honorific_columns_27_18); Refac's <TABLE> with 'Name and Title' | 'Occupation and  Business
# Address' between dashed rules, the name with a comma over its titles joined '... and Director of <Org>', the
# occupation at 50, a dashed rule after every row, the citizenship and its exceptions in the Item 2 preamble
# (name_titles_of_org_dashed_rows_page_reopened); Smith Barney's <Table><Caption> 'NAME, TITLE, AND CITIZENSHIP' |
# 'PRINCIPAL OCCUPATION AND BUSINESS ADDRESS', the name, the titles joined and wrapped at 20 and the citizenship
# stacked, occupation, employer and address from 38 (joined_title_citizenship_stack_occupation_employer_address);
# Deutsche Acquisition's caption-less <TABLE> 'Name' | 'Title', the name over its address lines at 36, '<titles> of
# Purchaser; <occupation>' beside it, the citizenship with the exceptions named in the preamble
# (name_address_title_purchaser_preamble_exceptions).
# In tests/relayout_heldout79.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 09:57-09:59 UTC on the reader of main c835eca (rounds 49a-r)
# (BENCHMARKS.md "Held-out measurement at the end of the forty-ninth round"): all 300 files P 0.988 R 0.893,
# 0 values on the wrong person (labelled_occupation_honorific_columns_27_18 1.000 / 1.000; name_titles_of_org_dashed_rows_page_reopened 0.976 / 0.648; joined_title_citizenship_stack_occupation_employer_address 0.996 / 0.995; name_address_title_purchaser_preamble_exceptions 0.974 / 0.929).
# Development families since.
from relayout_heldout79 import FAMILIES as _HELDOUT79  # noqa: E402

DEV_FAMILIES.update(_HELDOUT79)
# ---- held-out families written 2026-12-07 (09:41-09:44 UTC by `date`) by helper session gather80 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output),
# recombinations of known features: an HTML table with <th> captions, a 'No.' column when numbered, the citizenship
# second, one occupation cell of '<Title> of <Org>' items then outside occupations, and the business address one
# comma-joined string (html_th_citizenship_second_titles_of_org_items_address_one_string); an EDGAR <TABLE> with no
# caption, the column order said in the preamble, '(Citizenship)' under the name, the business address second and
# the titles one a line (edgar_no_caption_column_order_preamble_paren_citizenship_address_second); labels alone on a
# line above their values with a preamble default business address and a preamble default citizenship naming the
# exceptions (labels_above_values_default_address_citizenship_exceptions); ' | ' pipe rows with a 'No.' cell when
# numbered, the business address second and the citizenship last
# (pipe_rows_number_cell_address_second_citizenship_last).
# In tests/relayout_heldout80.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 09:57-09:59 UTC on the reader of main c835eca (rounds 49a-r)
# (BENCHMARKS.md "Held-out measurement at the end of the forty-ninth round"): all 300 files P 1.000 R 0.995,
# 0 values on the wrong person (html_th_citizenship_second_titles_of_org_items_address_one_string 1.000 / 1.000; edgar_no_caption_column_order_preamble_paren_citizenship_address_second 0.998 / 0.981; labels_above_values_default_address_citizenship_exceptions 1.000 / 1.000; pipe_rows_number_cell_address_second_citizenship_last 1.000 / 1.000; the whole set at the target).
# Development families since.
from relayout_heldout80 import FAMILIES as _HELDOUT80  # noqa: E402

DEV_FAMILIES.update(_HELDOUT80)
# ---- held-out families written 2026-12-07 (09:41-09:45 UTC by `date`) by helper session gather81 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output), NEW
# LAYOUT FEATURES: a fixed-width table whose title and column captions are letter-spaced typewriter capitals
# ('N A M E', 'P R I N C I P A L' over 'O C C U P A T I O N'), the values plain (letter_spaced_captions_table); a
# fixed-width table with a right-aligned 'PERCENTAGE INTEREST' column of each person's voting interest in the
# organisation ('12.5%', '*' with a 'Less than 1%' note, '--'), not expected (membership_interest_percent_column_table);
# an HTML table with a last 'Amount and Source of Funds (Item 3)' column ('$1,250,000 (personal funds)', 'Not
# applicable'), not expected (source_of_funds_amount_column_html); a Form BD Schedule A style fixed-width table with
# a narrow 'OWN. CODE' column ('NA', 'A', 'B') and the key of the codes under the table, not expected
# (ownership_code_column_key_table).
# In tests/relayout_heldout81.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 09:57-09:59 UTC on the reader of main c835eca (rounds 49a-r)
# (BENCHMARKS.md "Held-out measurement at the end of the forty-ninth round"): all 300 files P 0.986 R 0.797,
# 0 values on the wrong person (letter_spaced_captions_table 0.980 / 0.272, 7 persons who are none; membership_interest_percent_column_table 1.000 / 1.000; source_of_funds_amount_column_html 1.000 / 1.000; ownership_code_column_key_table 0.960 / 0.918).
# Development families since.
from relayout_heldout81 import FAMILIES as _HELDOUT81  # noqa: E402

DEV_FAMILIES.update(_HELDOUT81)

# ---- held-out families written 2026-12-07 (09:59-10:02 UTC by `date`) by helper session gather82 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output), close variants of
# real development layouts: scout_numbered_rows_titles_under_name (Scout Capital's numbered EDGAR table, offices under
# the name, columns NAME | BUSINESS ADDRESS | OCCUPATION | CITIZENSHIP, '=' rules); metlife_name_address_occupation_
# one_list (MetLife's name-and-address column beside the occupation, one list, a shared citizenship said once in the
# preamble); micron_labelled_blocks_citizenship_field (Micron's labelled blocks with other label words and a
# Citizenship field); harvard_name_office_occupation_address_list (Harvard College's plain dash-underlined name /
# office list with an occupation-and-address column). In tests/relayout_heldout82.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 10:11-10:12 UTC on the reader of main 3db6508 (rounds 49a-t)
# (BENCHMARKS.md "Held-out measurement after the forty-ninth round"): all 300 files P 0.985 R 0.889,
# 0 values on the wrong person (scout_numbered_rows_titles_under_name 0.964 / 0.948; metlife_name_address_occupation_one_list 0.998 / 0.997; micron_labelled_blocks_citizenship_field 0.990 / 0.612; harvard_name_office_occupation_address_list 0.990 / 0.998).
# Development families since.
from relayout_heldout82 import FAMILIES as _HELDOUT82  # noqa: E402

DEV_FAMILIES.update(_HELDOUT82)
# ---- held-out families written 2026-12-07 (10:00-10:03 UTC by `date`) by helper session gather83 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output),
# RECOMBINATIONS OF KNOWN FEATURES: an HTML table with <th> captions, the citizenship in parentheses under the name
# in the name cell, the business address the second column and one occupation cell of '<Title> of <Org>' items then
# outside occupations (html_th_paren_citizenship_under_name_address_second_titles_of_org_items); an EDGAR <TABLE>
# with '='-underlined captions, the name stacked over the address lines in the first column, the titles one a line
# and the citizenship last (edgar_equals_caption_name_address_stack_titles_lines_citizenship_last); no table tags,
# each name underlined with '-' and dot-leader labels, with a preamble default business address and a preamble
# default citizenship naming the exceptions (underlined_name_dot_leader_labels_default_address_citizenship_exceptions);
# an HTML table saved as text, the captions one a line, then every cell one line of its own in the order Name |
# Business Address | Position | Principal Occupation | Citizenship (saved_text_one_line_cells_address_second_citizenship_last).
# In tests/relayout_heldout83.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 10:11-10:12 UTC on the reader of main 3db6508 (rounds 49a-t)
# (BENCHMARKS.md "Held-out measurement after the forty-ninth round"): all 300 files P 0.991 R 0.936,
# 66 values on the wrong person (html_th_paren_citizenship_under_name_address_second_titles_of_org_items 1.000 / 1.000; edgar_equals_caption_name_address_stack_titles_lines_citizenship_last 1.000 / 1.000; underlined_name_dot_leader_labels_default_address_citizenship_exceptions 0.999 / 0.794; saved_text_one_line_cells_address_second_citizenship_last 0.966 / 0.951, 66 wrong).
# Development families since.
from relayout_heldout83 import FAMILIES as _HELDOUT83  # noqa: E402

DEV_FAMILIES.update(_HELDOUT83)
# ---- held-out families written 2026-12-07 (10:03-10:06 UTC by `date`) by helper session gather84 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output), kind NEW
# LAYOUT FEATURES: merger_status_column_table (an EDGAR <TABLE> with a 'STATUS AT THE EFFECTIVE TIME' column saying
# whether each person will continue or resign when the merger closes), telephone_column_html (an HTML table with a
# separate 'Business Telephone' column), professional_designation_column_table (an EDGAR <TABLE> with a narrow
# 'DESIGNATIONS' column of credentials such as 'CFA, CAIA' after the name), support_agreement_party_column_table (an
# EDGAR <TABLE> with a 'PARTY TO VOTING AGREEMENT (1)' Yes/No column and its note under the table). In
# tests/relayout_heldout84.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 10:11-10:12 UTC on the reader of main 3db6508 (rounds 49a-t)
# (BENCHMARKS.md "Held-out measurement after the forty-ninth round"): all 300 files P 0.987 R 0.965,
# 0 values on the wrong person (merger_status_column_table 0.945 / 0.876; telephone_column_html 1.000 / 1.000; professional_designation_column_table 1.000 / 1.000; support_agreement_party_column_table 0.999 / 0.986).
# Development families since.
from relayout_heldout84 import FAMILIES as _HELDOUT84  # noqa: E402

DEV_FAMILIES.update(_HELDOUT84)

# ---- held-out families written 2026-12-07 (10:25-10:28 UTC by `date`) by helper session gather85 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output), close
# variants of real development layouts: citigroup_title_paren_country_occupation_table (Citigroup's <Table> NAME |
# TITLE (AND CITIZENSHIP, IF NOT ...) with a PRESENT PRINCIPAL OCCUPATION column), sbc_director_paren_occupation_
# address_column (SBC's untagged Name | 'Director (<occupation>)' list with a Business Address column and a closing
# citizenship sentence), national_grid_stacked_title_lines_address_label (National Grid's name / title lines blocks
# with an 'Address:' label, the citizenship in the introduction), security_capital_company_column_titles_stacked
# (Security Capital's five-column <TABLE>, titles stacked, the citizenship in a sentence above the table). In
# tests/relayout_heldout85.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 10:28-10:29 UTC on the reader of main 50c8072 (rounds 49a-x, 50a-c: the end of the stop)
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fiftieth round)"): all 300 files P 0.974 R 0.836,
# 0 values on the wrong person (citigroup_title_paren_country_occupation_table 0.997 / 0.798; sbc_director_paren_occupation_address_column 0.998 / 0.991; national_grid_stacked_title_lines_address_label 0.939 / 0.713; security_capital_company_column_titles_stacked 0.962 / 0.830).
# Development families since.
from relayout_heldout85 import FAMILIES as _HELDOUT85  # noqa: E402

DEV_FAMILIES.update(_HELDOUT85)
# ---- held-out families written 2026-12-07 (10:25-10:40 UTC by `date`) by helper session gather86 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output),
# recombinations of known features: html_name_and_address_cell_occupation_citizenship_cell (an HTML table of two
# cells, name bold over its address | titles with the organisation, outside occupations, 'Citizenship: X');
# edgar_citizenship_after_name_caption_underlined_equals (an EDGAR <TABLE> NAME | CITIZENSHIP | PRESENT POSITION
# joined by 'and' | PRINCIPAL OCCUPATION | BUSINESS ADDRESS, two-line captions underlined by '=');
# untagged_fixed_columns_name_title_paren_occupation_address (fixed-width columns with no table tags, NAME | TITLE
# with '(outside occupation)' under it | BUSINESS ADDRESS | CITIZENSHIP); roman_numbered_labelled_blocks_address_first
# (no table: a heading per person, roman numerals when numbered, 'Business Address:' first, then 'Position:',
# 'Principal Occupation:', 'Citizenship:'). In tests/relayout_heldout86.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 10:28-10:29 UTC on the reader of main 50c8072 (rounds 49a-x, 50a-c: the end of the stop)
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fiftieth round)"): all 300 files P 0.993 R 0.987,
# 0 values on the wrong person (html_name_and_address_cell_occupation_citizenship_cell 1.000 / 0.995; edgar_citizenship_after_name_caption_underlined_equals 0.998 / 0.998; untagged_fixed_columns_name_title_paren_occupation_address 0.974 / 0.957; roman_numbered_labelled_blocks_address_first 1.000 / 1.000; the whole set at the target).
# Development families since.
from relayout_heldout86 import FAMILIES as _HELDOUT86  # noqa: E402

DEV_FAMILIES.update(_HELDOUT86)
# ---- held-out families written 2026-12-07 (10:26-10:38 UTC by `date`) by helper session gather87 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), kind NEW
# LAYOUT FEATURES: independence_column_table adds an 'INDEPENDENT (1)' Yes/No/N/A column with a note;
# email_column_html adds an 'E-mail' column of company mailto links; section16_officer_column_table adds a narrow
# 'SEC. 16 OFFICER' column of 'X' marks; reelection_nominee_column_html adds a 'Nominee for Re-election at the
# 2027 Annual Meeting*' column with a starred note. In tests/relayout_heldout87.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 10:28-10:29 UTC on the reader of main 50c8072 (rounds 49a-x, 50a-c: the end of the stop)
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fiftieth round)"): all 300 files P 0.992 R 0.992,
# 0 values on the wrong person (independence_column_table 0.966 / 0.966; email_column_html 1.000 / 1.000; section16_officer_column_table 1.000 / 1.000; reelection_nominee_column_html 1.000 / 1.000; the whole set at the target).
# Development families since.
from relayout_heldout87 import FAMILIES as _HELDOUT87  # noqa: E402

DEV_FAMILIES.update(_HELDOUT87)

# ---- held-out families written 2026-12-07 (11:16-11:19 UTC by `date`) by helper session gather88 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output); close variants
# of real development layouts, on the four rosters least used by earlier close-variant sets (Danaher, UCSG,
# Bollore, Castlerigg): danaher_dotleader_joined_titles_citizen_sentence is Danaher's Exhibit 8 dot-leader list as
# one list with '<titles joined by and>, <Org>.', the own address and 'Citizen of <X>.' in the paragraph;
# ucsg_position_lines_citizenship_column_table is UCSG's Exhibit 1 EDGAR table with its real captions and a
# 'Country of / Citizenship' column in place of the ownership column; bollore_entries_mixed_case_occupation_field
# is the Bollore group's numbered entries, one per person, mixed-case names, the address under its label and
# 'Principal Occupation:' and 'Citizenship:' fields for everyone; castlerigg_directors_then_officers_grids is
# Castlerigg's Appendix III dashed grids with the directors' grid first and an officers' grid Name | Title |
# Address | Citizenship. In tests/relayout_heldout88.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 11:19-11:23 UTC on the reader of main 38cba37
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-first round"): all 300 files P 0.977 R 0.843,
# 0 values on the wrong person (close variants of Danaher, UCSG, Bollore, Castlerigg).
# Development families since.
from relayout_heldout88 import FAMILIES as _HELDOUT88  # noqa: E402

DEV_FAMILIES.update(_HELDOUT88)
# ---- held-out families written 2026-12-07 (11:16-11:18 UTC by `date`) by helper session gather89 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), kind
# RECOMBINATIONS OF KNOWN FEATURES: html_underlined_captions_citizenship_second_address_one_string_position_last is
# an HTML table with bold underlined captions, citizenship second, the address one string and the titles last;
# edgar_equals_caption_paren_citizenship_under_name_idt_order is an EDGAR <TABLE> in IDT's column order with '='
# underlined captions and the citizenship in parentheses under the name; underlined_name_colon_labels_citizenship_
# first_titles_of_org_sentence has no table tags, underlined names and colon labels with the citizenship first and
# the occupation one '<Title> of <Org>; ...' sentence; saved_text_pipe_lines_citizenship_second_address_last is an
# HTML table saved as text, St. Paul Travelers' '|' lines, citizenship second and address last. In
# tests/relayout_heldout89.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 11:19-11:23 UTC on the reader of main 38cba37
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-first round"): all 300 files P 0.997 R 0.995,
# 0 values on the wrong person (recombinations; the whole set meets the target).
# Development families since.
from relayout_heldout89 import FAMILIES as _HELDOUT89  # noqa: E402

DEV_FAMILIES.update(_HELDOUT89)
# ---- held-out families written 2026-12-07 (11:16-11:19 UTC by `date`) by helper session gather90 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), kind NEW
# LAYOUT FEATURES: amendment_change_column_table adds a 'CHANGE SINCE AMENDMENT NO. n' column after the name;
# intent_to_tender_column_html adds an 'Intends to Tender Shares in the Offer?(1)' Yes/No/'Holds no Shares'
# column with a note; citizenship_note_marks_html glues superscript '(1)'/'(2)' note marks to some citizenship
# values with notes under the table; residence_country_column_table adds a 'COUNTRY OF RESIDENCE' column after
# CITIZENSHIP (printed even without citizenship). In tests/relayout_heldout90.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 11:19-11:23 UTC on the reader of main 38cba37
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-first round"): all 300 files P 1.000 R 0.962,
# 0 values on the wrong person (new features; the whole set meets the target).
# Development families since.
from relayout_heldout90 import FAMILIES as _HELDOUT90  # noqa: E402

DEV_FAMILIES.update(_HELDOUT90)

# ---- held-out families written 2026-12-07 (11:37-11:41 UTC by `date`) by helper session gather91 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output); close variants of
# real development layouts, on the four rosters least used by earlier close-variant sets: Citizens Funds' table with
# 'NAME AND ADDRESS' and a 'Citizenship:' line under the address, titles comma-joined, blank lines between rows
# (name_address_citizenship_stack_titles_joined); Lor Finance's starred directors with a 'Citizenship:' line under
# the address and '* Denotes a Director of <Org>.' (star_member_name_address_citizenship_left);
# Chittenden's paragraphs '<Name>.  Mr. X serves as ...' with every address and citizenship as sentences and no
# preamble default (prose_name_lead_serves_as_sentences); Motorola's name | occupation list under 'SCHEDULE A' at
# column 30 with possessive address overrides (schedule_a_name_occupation_possessive_overrides). In
# tests/relayout_heldout91.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 11:42-11:46 UTC on the reader of main dd5e5d1
# (BENCHMARKS.md "Held-out measurement in the fifty-first round"): all 300 files P 0.944 R 0.487,
# 14 values on the wrong person (close variants of Citizens Funds, Lor Finance, Chittenden, Motorola).
# Development families since.
from relayout_heldout91 import FAMILIES as _HELDOUT91  # noqa: E402

DEV_FAMILIES.update(_HELDOUT91)
# ---- held-out families written 2026-12-07 (11:37-11:40 UTC by `date`) by helper session gather92 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), kind
# RECOMBINATIONS OF KNOWN FEATURES: html_th_number_cell_citizenship_second_titles_of_org_items_address_last is an
# HTML <th> table with a 'No.' cell, citizenship second, 'Title, Org' items then outside occupations one a line and
# the address last; edgar_dash_caption_name_citizenship_address_titles_of_org_wrap is an EDGAR <TABLE> NAME |
# CITIZENSHIP | BUSINESS ADDRESS | PRESENT PRINCIPAL OCCUPATION ('<Title> of <Org>; ...' wrapped); colon_labels_
# hanging_address_default_citizenship_exceptions has no tags, the name alone on a line then colon labels with a
# hanging value column and a preamble default citizenship with 'Citizenship:' only for the exceptions;
# saved_text_stacked_cells_name_citizenship_occupation_address is an HTML table saved as text, captions one a line
# then each cell's lines stacked (Name | Citizenship | Occupation | Address). In tests/relayout_heldout92.py. Not
# yet measured.
# Measured once as held out by the lead 2026-12-07 11:42-11:46 UTC on the reader of main dd5e5d1
# (BENCHMARKS.md "Held-out measurement in the fifty-first round"): all 300 files P 0.999 R 0.985,
# 0 values on the wrong person (recombinations; the whole set meets the target).
# Development families since.
from relayout_heldout92 import FAMILIES as _HELDOUT92  # noqa: E402

DEV_FAMILIES.update(_HELDOUT92)
# ---- held-out families written 2026-12-07 (11:40-11:42 UTC by `date`) by helper session gather93 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), kind NEW
# LAYOUT FEATURES: base_salary_column_table adds a right-aligned 'ANNUAL BASE SALARY ($)' column after the
# position ('--' for non-employee directors); address_note_asterisks_html glues '*'/'**' note marks to the last
# line of some business addresses with notes under the table; signature_column_table adds a 'SIGNATURE' column of
# '/s/ <name>' over underscores (a joint filing agreement that is also the roster); line_numbered_labelled_blocks
# types Micron-style labelled blocks on pleading paper with a line number (1-28 a page) before every line.
# In tests/relayout_heldout93.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 11:42-11:46 UTC on the reader of main dd5e5d1
# (BENCHMARKS.md "Held-out measurement in the fifty-first round"): all 300 files P 0.930 R 0.857,
# 8 values on the wrong person (new features).
# Development families since.
from relayout_heldout93 import FAMILIES as _HELDOUT93  # noqa: E402

DEV_FAMILIES.update(_HELDOUT93)

# ---- held-out families written 2026-12-07 (12:00-12:03 UTC by `date`) by helper session gather94 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); close variants of
# real development layouts, on four rosters used only twice before: pipe_cells_citizenship_cell_as_text saves
# St. Paul Travelers' HTML table as text, every cell between '|' lines, five cells a row with a Citizenship cell and
# a blank line after every row; group_preamble_centred_name_lists prints Forstmann Little's centred heading, then an
# indented paragraph with the defaults and the group's own facts, then the centred names, once per set of titles;
# director_officer_business_address_occupation_rows prints Ariel's Schedule I table with the labels 'Director /
# Officer' | 'Business Address' | 'Principal Occupation', the titles first and each outside occupation on a line of
# its own, the address cell empty for the default address; supervisory_managing_tables_html prints
# STMicroelectronics' annex as one HTML table per group under a bold heading paragraph, labels Name | Function |
# Principal Occupation | Nationality | Business Address, an em dash for no other occupation.
# In tests/relayout_heldout94.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:05-12:08 UTC on the reader of main 5c98e2f
# (BENCHMARKS.md "Held-out measurement late in the fifty-first round"): all 300 files P 0.987 R 0.684,
# 6 values on the wrong person (close variants of St. Paul Travelers, Forstmann Little, Ariel, STMicroelectronics).
# Development families since.
from relayout_heldout94 import FAMILIES as _HELDOUT94  # noqa: E402

DEV_FAMILIES.update(_HELDOUT94)
# ---- held-out families written 2026-12-07 (11:59-12:10 UTC by `date`) by helper session gather95 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing extraction output), kind
# RECOMBINATIONS OF KNOWN FEATURES: html_th_no_cell_address_second_citizenship_third_occupation_items_last is an
# HTML <th> table with a 'No.' cell, Name | Business Address (<br> lines) | Citizenship | 'Title, Org' items then
# outside occupations one a line; edgar_name_titles_cell_occupation_citizenship_address_last is an EDGAR <TABLE>
# whose first column holds the name with each title indented under it, then PRINCIPAL OCCUPATION | CITIZENSHIP |
# BUSINESS ADDRESS last; name_heading_prose_default_citizenship_exceptions has no tags, the name as a heading line
# over a prose paragraph, the citizenship a preamble default with a sentence only for the exceptions;
# caps_name_hanging_labels_one_line_address_citizen_sentence has no tags, the name in capitals then hanging colon
# labels, the address one comma-joined string and a closing 'Citizen of X.' line. In tests/relayout_heldout95.py.
# Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:05-12:08 UTC on the reader of main 5c98e2f
# (BENCHMARKS.md "Held-out measurement late in the fifty-first round"): all 300 files P 0.933 R 0.775,
# 14 values on the wrong person (recombinations).
# Development families since.
from relayout_heldout95 import FAMILIES as _HELDOUT95  # noqa: E402

DEV_FAMILIES.update(_HELDOUT95)
# ---- held-out families written 2026-12-07 (12:03-12:04 UTC by `date`) by helper session gather96 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output); new layout
# features: age_column_table adds a right-aligned 'AGE' column between the name and the position of an EDGAR
# <TABLE>; photo_column_html puts a first column of <img alt="Photograph of <name>"> photographs before the Name
# column of an HTML table; reports_to_column_table adds a 'REPORTS TO' column ('Board of Directors', 'Chief
# Executive Officer', 'President', '--') after the position of an EDGAR <TABLE>; key_experience_column_html adds a
# 'Key Experience' column of skills-matrix phrases ('Finance; Risk Management') after the occupation of an HTML
# table. In tests/relayout_heldout96.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:05-12:08 UTC on the reader of main 5c98e2f
# (BENCHMARKS.md "Held-out measurement late in the fifty-first round"): all 300 files P 0.998 R 0.998,
# 3 values on the wrong person (new features).
# Development families since.
from relayout_heldout96 import FAMILIES as _HELDOUT96  # noqa: E402

DEV_FAMILIES.update(_HELDOUT96)

# ---- held-out families written 2026-12-07 (12:14-12:18 UTC by `date`) by helper session gather97 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); close variants of
# real development layouts, on the two rosters used twice (Novo, Southwestern) and two used three times whose last
# use is oldest (ConAgra, IDT): name_comma_title_cells_one_a_line_novo prints Novo's Schedule I as saved to text,
# every cell's lines one a line, '<Name>,' over the titles, the officers' occupation '<Title>,' / '<Org>', no line
# between persons; single_table_director_officer_rows_html prints Southwestern's Schedule A as one HTML table Name |
# 'Present Principal Occupation and Business Address' with italic section rows, the defaults in the preamble and
# the citizenship exceptions after the table; indented_name_address_titles_of_short_name prints ConAgra's Schedule
# I, name and non-default address lines at the left, 'A, B and C of <Short>' and the outside occupations at the
# right; edgar_position_occupation_address_as_of prints IDT's Exhibit 7 with its 'AS OF' title, an EDGAR <TABLE>
# Name | Title | Principal Occupation | Business Address, the citizenship exceptions named in the preamble.
# In tests/relayout_heldout97.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:16-12:20 UTC on the reader of main 21eb3fe
# (BENCHMARKS.md "Held-out measurement after the fifty-first round (o)"): all 300 files P 0.982 R 0.954,
# 90 values on the wrong person (close variants of Novo, Southwestern, ConAgra, IDT).
# Development families since.
from relayout_heldout97 import FAMILIES as _HELDOUT97  # noqa: E402

DEV_FAMILIES.update(_HELDOUT97)
# ---- held-out families written 2026-12-07 (12:13-12:15 UTC by `date`) by helper session gather98 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output);
# recombinations of known features: saved_pipes_no_cell_occupation_items_citizenship_preamble is HTML saved as text
# with each cell between '|' lines, a 'No.' cell in the numbered variant, 'Title, Org' occupation items and a
# preamble default citizenship with a cell only for the exceptions; edgar_citizenship_second_address_third_
# occupation_last is an EDGAR <TABLE> NAME | CITIZENSHIP | BUSINESS ADDRESS | POSITION WITH <ORG> | PRESENT
# PRINCIPAL OCCUPATION; html_paragraph_bold_name_labelled_lines_default_citizenship has no table tags, one <p> per
# person with the name bold and italic-labelled lines apart by <br>, the citizenship a preamble default with a line
# only for the exceptions; text_dotleader_name_titles_indented_address_block_citizen_line has no tags, the name, a
# dot leader and the joined titles on one line, then the occupations and address lines indented and a '(Citizen of
# X)' line. In tests/relayout_heldout98.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:16-12:20 UTC on the reader of main 21eb3fe
# (BENCHMARKS.md "Held-out measurement after the fifty-first round (o)"): all 300 files P 0.999 R 0.865,
# 0 values on the wrong person (recombinations).
# Development families since.
from relayout_heldout98 import FAMILIES as _HELDOUT98  # noqa: E402

DEV_FAMILIES.update(_HELDOUT98)
# ---- held-out families written 2026-12-07 (12:14-12:16 UTC by `date`) by helper session gather99 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output); new layout
# features: tilde_rule_entries_table sets the entries of an EDGAR <TABLE> apart by full rows of tildes ('~~~~', '~ ~
# ~' when ruled); demographic_background_column_html adds a 'Demographic Background (Self-Identified)' column ('White',
# 'Asian', 'Did Not Disclose') after the name of an HTML table; letter_index_headings_text sorts the people by surname
# under centred directory index letters ('- B -') over labelled entries, without tags;
# proxy_page_reference_column_table adds a 'FURTHER INFORMATION' column of cross-references ('Proxy Statement, p.
# 14', 'Form 10-K, Item 10') after the occupation of an EDGAR <TABLE>. In tests/relayout_heldout99.py. Not yet
# measured.
# Measured once as held out by the lead 2026-12-07 12:16-12:20 UTC on the reader of main 21eb3fe
# (BENCHMARKS.md "Held-out measurement after the fifty-first round (o)"): all 300 files P 1.000 R 0.925,
# 0 values on the wrong person (new features).
# Development families since.
from relayout_heldout99 import FAMILIES as _HELDOUT99  # noqa: E402

DEV_FAMILIES.update(_HELDOUT99)

# ---- held-out families written 2026-12-07 (12:30-12:35 UTC by `date`) by helper session gather100 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); close variants of
# real development layouts: msdw_2001_title_lists_footnoted_exceptions prints MSDW's 2001 DIRECTORS / OFFICERS lists
# with the real columns and 'Title' label, defaults in the preamble and footnote marks on the names whose values
# the preamble does not give, numbered notes after the lists; trilogy_flag_cells_second_table_address_citizenship
# prints Trilogy's 2009 '|' flag cells saved as text, then a second '|' table of each person's address and
# citizenship; aig_dotted_exhibit_four_columns_citizens_after prints AIG's dotted 'EXHIBIT A' <TABLE> name | titles
# | occupation | address with one citizenship sentence after the table; power_corp_roman_keys_real_order_joined_titles
# prints Power Corporation's (i)-(v) blocks in the real key order, values at column 8, titles joined in (ii). In
# tests/relayout_heldout100.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:34-12:36 UTC on the reader of main 4ed5146
# (BENCHMARKS.md "Held-out measurement after the fifty-first round (s)"): all 300 files P 0.994 R 0.818,
# 42 values on the wrong person (close variants of MSDW, Trilogy, AIG, Power Corporation).
# Development families since.
from relayout_heldout100 import FAMILIES as _HELDOUT100  # noqa: E402

DEV_FAMILIES.update(_HELDOUT100)
# ---- held-out families written 2026-12-07 (12:30-12:33 UTC by `date`) by helper session gather101 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output);
# recombinations of known features: html_number_cell_citizenship_second_address_third_position_occupation is an HTML
# table [No.] | Name | Citizenship | Business Address | Position with <Org> | Present Principal Occupation;
# edgar_name_address_stacked_occupation_items_citizenship_last is an EDGAR <TABLE> with the address lines stacked
# under the name in one column, the occupation as 'Title, Org' items then the outside occupations, and the
# citizenship last; runin_name_dash_prose_default_citizenship_exceptions has no tags, one paragraph per person opening
# '<Name> -- ' with short sentences and the citizenship a preamble default with a 'Citizen of X.' sentence only for
# the exceptions; saved_as_text_cells_citizenship_first_number_cell is HTML saved as text, one cell a line, the
# citizenship cell first and a 'No.' cell when numbered. In tests/relayout_heldout101.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:34-12:36 UTC on the reader of main 4ed5146
# (BENCHMARKS.md "Held-out measurement after the fifty-first round (s)"): all 300 files P 0.999 R 0.562,
# 0 values on the wrong person (recombinations).
# Development families since.
from relayout_heldout101 import FAMILIES as _HELDOUT101  # noqa: E402

DEV_FAMILIES.update(_HELDOUT101)
# ---- held-out families written 2026-12-07 (12:31-12:33 UTC by `date`) by helper session gather102 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output); new layout
# features: lockup_expiration_column_table adds a 'LOCK-UP EXPIRES' column of dates ('May 17, 2026', 'Not subject')
# after the position of an EDGAR <TABLE>; trading_arrangement_column_html adds a 'Rule 10b5-1 Trading Arrangement'
# column ('Adopted May 17, 2025; terminates October 1, 2026', 'None') after the occupation of an HTML table;
# region_responsibility_column_table adds a 'REGION' column ('Americas', 'EMEA', 'Asia Pacific', 'Global', '--')
# right after the name of an EDGAR <TABLE>; board_attendance_line_text closes each labelled entry of a tagless roster
# with a '2025 Board and Committee Attendance: 96%' line ('Not applicable' for officers). In
# tests/relayout_heldout102.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:34-12:36 UTC on the reader of main 4ed5146
# (BENCHMARKS.md "Held-out measurement after the fifty-first round (s)"): all 300 files P 0.987 R 0.987,
# 0 values on the wrong person (new features).
# Development families since.
from relayout_heldout102 import FAMILIES as _HELDOUT102  # noqa: E402

DEV_FAMILIES.update(_HELDOUT102)

# ---- held-out families written 2026-12-07 (12:34-12:39 UTC by `date`) by helper session gather103 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output); close
# variants of real development layouts, after the rosters least used by the earlier close-variant sets:
# name_position_underlined_harvard, Harvard's Exhibit A with a 'Name' | 'Office/Position and Principal Occupation'
# list, the address under the name where not the preamble's default, the citizenship exceptions in the preamble;
# stacked_name_titles_postamble_addresses_national_grid, National Grid's name-and-title blocks, the others' addresses
# given by name after the shared one in the postamble, the citizenship after it; directors_officers_title_sections_msdw,
# MSDW OIP's DIRECTORS / OFFICERS sections under 'TITLE AND OCCUPATION', outside occupations under the title, an OTHER
# PERSONS section; name_title_dashed_rows_refac, Refac's dashed-row 'Name and Title' | 'Principal Occupation and
# Business Address' <TABLE>, the titles ' of <Short>' under the name. In tests/relayout_heldout103.py. Not yet
# measured.
# Measured once as held out by the lead 2026-12-07 12:39-12:41 UTC on the reader of main 5f3d1ba
# (BENCHMARKS.md "Held-out measurement after the fifty-first round (u)"): all 300 files P 0.954 R 0.905,
# 268 values on the wrong person (close variants of Harvard, National Grid, MSDW OIP, Refac).
# Development families since.
from relayout_heldout103 import FAMILIES as _HELDOUT103  # noqa: E402

DEV_FAMILIES.update(_HELDOUT103)
# ---- held-out families written 2026-12-07 (12:35-12:40 UTC by `date`) by helper session gather104 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output);
# recombinations of known features: html_table_name_address_cell_titles_occupation_citizenship is an HTML <table>
# 'Name and Business Address' (bold name, address lines apart by <br>) | Position with <Org> | Present Principal
# Occupation | Citizenship; fixed_name_occupation_address_cell_citizenship_right is a fixed-width table NAME | PRESENT
# PRINCIPAL OCCUPATION OR EMPLOYMENT AND BUSINESS ADDRESS ('Title, Org' items, outside occupations, then the address
# in one cell) | CITIZENSHIP, in an EDGAR <TABLE> with markers and plain columns without; saved_text_cells_one_a_line_
# joined_titles_dash_empty_blank_rows is HTML saved as text with every cell one a line (titles '; '-joined, '--' for
# an empty cell) and a blank line between rows; text_centred_name_runin_labels_paragraph_default_citizenship has no
# tags, each name centred over one paragraph of run-in labels and a preamble default citizenship with a label only
# for the exceptions. In tests/relayout_heldout104.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:39-12:41 UTC on the reader of main 5f3d1ba
# (BENCHMARKS.md "Held-out measurement after the fifty-first round (u)"): all 300 files P 0.965 R 0.783,
# 26 values on the wrong person (recombinations).
# Development families since.
from relayout_heldout104 import FAMILIES as _HELDOUT104  # noqa: E402

DEV_FAMILIES.update(_HELDOUT104)
# ---- held-out families written 2026-12-07 (12:35-12:40 UTC by `date`) by helper session gather105 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output); new layout
# features: group_total_row_table closes an EDGAR <TABLE> with a summary row 'All directors and executive officers
# as a group (N persons)' that is no person; vacant_seat_row_html adds to an HTML table a 'Vacant (1)' row for an
# unfilled Director (or Chief Financial Officer) seat, with its note, that is no person; shares_pledged_column_table
# adds a 'SHARES PLEDGED AS COLLATERAL' column of right-aligned share counts or 'None' after the name of an EDGAR
# <TABLE>; financial_expert_column_html adds an 'Audit Committee Financial Expert' column ('Yes' or a dash) after the
# position of an HTML table. In tests/relayout_heldout105.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 12:39-12:41 UTC on the reader of main 5f3d1ba
# (BENCHMARKS.md "Held-out measurement after the fifty-first round (u)"): all 300 files P 0.993 R 0.978,
# 0 values on the wrong person (new features).
# Development families since.
from relayout_heldout105 import FAMILIES as _HELDOUT105  # noqa: E402

DEV_FAMILIES.update(_HELDOUT105)

# ---- held-out families written 2026-12-07 (12:44-12:50 UTC by `date`) by helper session gather106 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); close variants of
# real development layouts: employer_citizenship_column_bsci is BSCI's EDGAR <TABLE> Name | occupation | Name of
# Employer | Address of Employer with a Citizenship column in place of the employer's principal business;
# stacked_name_title_citizenship_default_address_smith_barney is Smith Barney's stacked two-cell table with the shared
# address in a preamble and printed in a cell only where a person's differs; director_paren_occupation_address_
# sentences_sbc is SBC's Name | Present Principal Occupation list with the outside occupations in parentheses, a
# Directors and an Executive Officers section and the addresses other than the shared one in a paragraph after them;
# labelled_blocks_sections_employer_field_micron is Micron's labelled blocks with the five-line employer label in a
# DIRECTORS and an EXECUTIVE OFFICERS section, each with a preamble naming the citizenship exceptions.
# In tests/relayout_heldout106.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 13:05-13:08 UTC on the reader of main 8cbf743
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-second round)"): all 300 files P 0.962 R 0.842,
# 16 values on the wrong person (close variants of BSCI, Smith Barney, SBC, Micron).
# Development families since.
from relayout_heldout106 import FAMILIES as _HELDOUT106  # noqa: E402

DEV_FAMILIES.update(_HELDOUT106)
# ---- held-out families written 2026-12-07 (12:49-12:52 UTC by `date`) by helper session gather107 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output);
# recombinations of known features: html_address_second_occupation_items_citizen_note_under_name is an HTML table
# Name | Business Address | Present Principal Occupation or Employment ('Title, Org' items then outside occupations)
# with a preamble default citizenship and '(citizen of X)' under the name of each exception;
# edgar_segmented_rule_caption_citizenship_second_address_last is a fixed-width EDGAR <TABLE> (plain columns without
# markers) NAME | CITIZENSHIP | POSITION | PRINCIPAL OCCUPATION | BUSINESS ADDRESS, its caption between Castlerigg's
# segmented dashed rules and 'Page N of M Pages' folios; text_dotleader_name_runin_labelled_lines_aligned has no tags,
# Danaher's name and dot leader running into an aligned column of 'Position:', 'Principal Occupation:', 'Business
# Address:', 'Citizenship:' lines; saved_text_pipe_lines_address_second_narrow_cells_citizenship_last is HTML saved
# as text, every cell between '|' lines with its words broken over narrow lines (St. Paul Travelers), in the order
# Name | Business Address | Position | Present Principal Occupation | Citizenship. In tests/relayout_heldout107.py.
# Not yet measured.
# Measured once as held out by the lead 2026-12-07 13:05-13:08 UTC on the reader of main 8cbf743
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-second round)"): all 300 files P 0.971 R 0.903,
# 0 values on the wrong person (recombinations; 12 persons who are none).
# Development families since.
from relayout_heldout107 import FAMILIES as _HELDOUT107  # noqa: E402

DEV_FAMILIES.update(_HELDOUT107)
# ---- held-out families written 2026-12-07 (12:52-12:56 UTC by `date`) by helper session gather108 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output); new layout
# features: id_number_redacted_column_table adds to an EDGAR <TABLE> an 'IDENTIFICATION NO.' column after the name
# whose cells read '[Redacted]', with a sentence on the omission; ownership_guideline_column_html adds to an HTML
# table a 'Meets Stock Ownership Guidelines' column ('Yes', 'No (1)' or a dash) after the position, with its note;
# change_in_control_column_table adds to an EDGAR <TABLE> a 'CHANGE IN CONTROL AGREEMENT' column ('Yes'/'No' for
# officers, '--' otherwise) before the address; time_devoted_column_html adds to an HTML table an 'Approximate Time
# Devoted to <org>' column ('Full time' or 'About N hours per week') after the principal occupation. In
# tests/relayout_heldout108.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 13:05-13:08 UTC on the reader of main 8cbf743
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-second round)"): all 300 files P 1.000 R 1.000,
# 0 values on the wrong person (new features; the whole set meets the target).
# Development families since.
from relayout_heldout108 import FAMILIES as _HELDOUT108  # noqa: E402

DEV_FAMILIES.update(_HELDOUT108)
# ---- held-out families written 2026-12-07 (14:24-14:28 UTC by `date`) by helper session gather109 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output); close
# variants of real development layouts, after the four rosters least used by the earlier close-variant sets and
# last used longest ago: eon_2002_legend_rule_company_over_names_blank_rows is E.ON's 2002 Schedule 6(a), a
# 'Legend:' with the stray '------' under its first letter and the others indented 18, then ONE matrix Company | A |
# B (widths 40 | 21) with the company on the row's first line and the names stacked from the line under it, two
# blank lines after the row; canopy_controlling_persons_term_sentences_26_14 is Canopy's exhibit, the real title
# 'Directors and Executive Officers, and Controlling Persons' over 'of <Org> ("<Term>")', blocks of name, address
# lines, 'Principal Occupation:' at 26 as an honorific sentence with the term and 'He is also ...' sentences,
# 'Citizenship:' at 14; deutsche_officers_directors_merger_sub_citizens_after_table is Deutsche Acquisition's
# Exhibit 3 with '("Merger Sub")', 'Name and Address' | 'Title and Principal Occupation', the name over its address
# at 38 and the citizenship in a sentence after the table; scout_real_order_number_column_segmented_rule_every_row
# is Scout Capital's Exhibit I in the real column order (number, name with titles and 'of <Org>' under it,
# citizenship, address, occupation) with the segmented dashed rule and a blank line after every row. In
# tests/relayout_heldout109.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 14:29-14:32 UTC on the reader of main 50528af
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-third round"): all 300 files P 0.967 R 0.905,
# 0 values on the wrong person (close variants of E.ON, Canopy, Deutsche Acquisition, Scout Capital; no person who is none).
# Development families since.
from relayout_heldout109 import FAMILIES as _HELDOUT109  # noqa: E402

DEV_FAMILIES.update(_HELDOUT109)
# ---- held-out families written 2026-12-07 (14:24-14:26 UTC by `date`) by helper session gather110 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output);
# recombinations of known features: edgar_name_citizenship_stack_address_second_occupation_items is an EDGAR <TABLE>
# NAME AND CITIZENSHIP (Smith Barney's stack) | BUSINESS ADDRESS | PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT ('Title,
# Org' items then outside occupations); html_th_citizenship_second_same_as_above_address_last is an HTML table with
# <th> captions Name | Citizenship | Position | Principal Occupation | Business Address whose address reads 'Same as
# above' under an equal one (heldout7's ditto, in HTML); text_runin_labelled_paragraph_default_address_citizenship_
# exceptions has no tags, a hanging-indent paragraph per person with run-in labels, the address and citizenship most
# people share in a preamble and printed only for the exceptions; saved_text_cells_one_a_line_citizenship_third_long_
# captions is HTML saved as text, every cell on its own line in the order Name | Position | Citizenship | Present
# Principal Occupation (St. Paul's long caption) | Business Address. In tests/relayout_heldout110.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 14:29-14:32 UTC on the reader of main 50528af
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-third round"): all 300 files P 0.998 R 0.720,
# 0 values on the wrong person (recombinations; 1 person who is none).
# Development families since.
from relayout_heldout110 import FAMILIES as _HELDOUT110  # noqa: E402

DEV_FAMILIES.update(_HELDOUT110)
# ---- held-out families written 2026-12-07 (14:26-14:29 UTC by `date`) by helper session gather111 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output); new layout
# features: entity_type_code_column_table adds to an EDGAR <TABLE> a Form BD / ADV Schedule A 'DE/FE/I' column after
# the name reading 'I' in every row, with the key of the codes under the table; abode_right_column_html adds to an
# HTML table a 'Right of Abode in Other Countries or Regions' column after the nationality ('No' or 'Yes (<place>)');
# toc_backlink_page_tops_html prints an Offer to Purchase's Schedule I in modern EDGAR HTML over several pages, each
# opening with a 'Table of Contents' link and closing with its 'S-n' number and an <hr> page break, the table
# reopened on each page; drafting_notes_left_in_blocks leaves the law firm's bracketed '[NTD: ...]' notes after
# some values (and under the title) of Micron-style labelled blocks. In tests/relayout_heldout111.py. Not yet
# measured.
# Measured once as held out by the lead 2026-12-07 14:29-14:32 UTC on the reader of main 50528af
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-third round"): all 300 files P 0.990 R 0.969,
# 0 values on the wrong person (new features; 3 persons who are none).
# Development families since.
from relayout_heldout111 import FAMILIES as _HELDOUT111  # noqa: E402

DEV_FAMILIES.update(_HELDOUT111)
# ---- held-out families written 2026-12-07 (15:08-15:13 UTC by `date`) by helper session gather112 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output); close
# variants of real development layouts, after the four rosters least used by the earlier close-variant sets and last
# used longest ago: metlife_real_captions_titles_one_line_citizens_except_preamble is MetLife's Exhibit 1 with 'Page
# N of M', the real 'Name And Business Address' | 'Principal Occupation or Employment' at 43, the titles on one
# '<titles>, <Org>' line and the citizenship exceptions in the preamble; citigroup_real_title_caption_33_rows_no_blank
# is Citigroup's Exhibit 99.A, NAME | 'TITLE (AND CITIZENSHIP, IF NOT <DEFAULT>)' at the real 33, one row a person,
# no address and no occupation; security_capital_real_caption_slash_titles_citizenship_column is Security Capital's
# caption block and real captions with a CITIZENSHIP column after POSITION, '/'-joined titles and a full rule after
# every person; ucsg_information_concerning_term_four_columns_citizens_preamble is UCSG's title, defined-term preamble
# with the citizenship exceptions and four columns Name | Position with <TERM> | occupation | Address. In
# tests/relayout_heldout112.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 15:18-15:21 UTC on the reader of main 43d729a
# (BENCHMARKS.md "Held-out measurement in the fifty-third round"): all 300 files P 0.989 R 0.989,
# 0 values on the wrong person (close variants of MetLife, Citigroup, Security Capital, UCSG; no person who is none).
# Development families since.
from relayout_heldout112 import FAMILIES as _HELDOUT112  # noqa: E402

DEV_FAMILIES.update(_HELDOUT112)
# ---- held-out families written 2026-12-07 (15:08-15:11 UTC by `date`) by helper session gather113 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output);
# recombinations of known features: edgar_citizenship_first_occupation_items_address_last is an EDGAR <TABLE> with
# <CAPTION> whose columns are CITIZENSHIP first (wrapped_citizenship_first) | NAME | PRESENT PRINCIPAL OCCUPATION OR
# EMPLOYMENT as 'Title, Org' items then outside occupations | BUSINESS ADDRESS last; html_th_number_cell_name_title_
# cell_address_citizenship_last is an HTML table with <th> captions, the number in a cell of its own, the bold name
# with its titles in italics under it in one cell (html_name_and_title_cell), then Principal Occupation | Business
# Address | Citizenship last (AIG's order); name_line_prose_default_address_exceptions has no tags, the name on a line
# of its own over a Chittenden-style prose paragraph, under a Forstmann Little preamble giving the shared business
# address, printed in the paragraph only for the exceptions; saved_text_pipe_cells_number_cell_citizenship_second is
# HTML saved as text with a '|' line around every cell (St. Paul Travelers), in the order No. | Name | Citizenship
# (second, Castlerigg) | Position | Present Principal Occupation | Business Address. In tests/relayout_heldout113.py.
# Not yet measured.
# Measured once as held out by the lead 2026-12-07 15:18-15:21 UTC on the reader of main 43d729a
# (BENCHMARKS.md "Held-out measurement in the fifty-third round"): all 300 files P 0.992 R 0.966,
# 0 values on the wrong person (recombinations; no person who is none; the whole set at the target).
# Development families since.
from relayout_heldout113 import FAMILIES as _HELDOUT113  # noqa: E402

DEV_FAMILIES.update(_HELDOUT113)

# ---- held-out families written 2026-12-07 (15:11-15:13 UTC by `date`) by helper session gather114 (issue 13),
# BLIND (without reading the reader's code, running kg or any benchmark, or seeing any extraction output), NEW
# LAYOUT FEATURES: cik_number_column_table (an EDGAR <TABLE> with an 'SEC CIK No.' column of ten-digit EDGAR keys
# or '--' after the name, a note saying what it is; not expected), academic_title_prefix_names_html (a German AG's
# boards in an HTML table, some names after 'Dr. ' / 'Prof. Dr. ' / 'Dr.-Ing. ' / 'Dr. rer. nat. '; the title is no
# part of the name), continued_page_footers_blocks (labelled blocks over pages closed by '(continued on next page)'
# and opened by 'SCHEDULE I (continued from previous page)'), honours_postnominal_names_table (an EDGAR <TABLE> of a
# British plc's board, some names followed by 'CBE' / 'OBE' / 'KBE' / 'FRS' / 'FREng' / 'CBE FRSE'; not part of the
# name). In tests/relayout_heldout114.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 15:18-15:21 UTC on the reader of main 43d729a
# (BENCHMARKS.md "Held-out measurement in the fifty-third round"): all 300 files P 0.900 R 0.835,
# 0 values on the wrong person (new features; 72 persons who are none, names kept with a German academic title).
# Development families since.
from relayout_heldout114 import FAMILIES as _HELDOUT114  # noqa: E402

DEV_FAMILIES.update(_HELDOUT114)
# ---- held-out families written 2026-12-07 (15:27-15:31 UTC by `date`) by helper session gather115 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output); close variants
# of real development layouts, on the four rosters least used by earlier close-variant sets:
# bollore_honorific_mixed_case_entries_exception_citizenship_field (Bollore's Exhibit 1: '1.       Mr. Name' entries,
# 'Principal Business Address:' lines under the label, 'Principal Occupation:' on the label's line, the default
# citizenship in the preamble and a 'Citizenship:' field for an exception only),
# castlerigg_single_grid_real_four_columns_title_comma_org (Castlerigg's Appendix III: ONE grid of dashed segments
# with the real Name | Principal Occupation | Address | Citizenship, '<Title>, <Org>' then the outside occupations),
# danaher_real_caption_col29_titles_of_term_default_preamble (Danaher's Exhibit 8: the run-in preamble with the
# defaults, the real caption, a dot leader to 29, '<titles> of <Term>.' and sentences, own address and 'Citizen of'
# only for exceptions), chittenden_term_is_sentences_citizenship_postamble (Chittenden's Exhibit 99.1: the real
# preamble with the term and shared address, '<Name>.  Mr. <Surname> is <titles> of <Term>.', the citizenship with
# its exceptions in a closing paragraph). In tests/relayout_heldout115.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 16:06-16:08 UTC on the reader of main 39d71f1
# (BENCHMARKS.md "Held-out measurement late in the fifty-third round"): all 300 files P 0.990 R 0.859,
# 27 values on the wrong person (close variants of Bollore, Castlerigg, Danaher, Chittenden, all in the Danaher variant; 7 persons who are none).
# Development families since.
from relayout_heldout115 import FAMILIES as _HELDOUT115  # noqa: E402

DEV_FAMILIES.update(_HELDOUT115)

# ---- held-out families written 2026-12-07 (15:28-15:30 UTC by `date`) by helper session gather116 (issue 13),
# BLIND (without reading the reader's code, running kg or any benchmark, or seeing any extraction output),
# RECOMBINATIONS OF KNOWN FEATURES: html_name_address_cell_occupation_items_citizenship_last is an HTML table whose
# first cell is MetLife's name with the business address lines under it, then the 'Title, Org' occupation items and
# the citizenship last (AIG's order); fixed_width_name_title_stack_preamble_citizenship_exceptions is a fixed-width
# table without EDGAR tags, '='-underlined two-line captions, the titles stacked under the name (Smith Barney) and no
# citizenship column: MetLife's preamble citizenship, with 'Citizen of X' under the name for the exceptions;
# runin_labels_paragraph_postamble_address_exceptions has no tags, one run-in labelled paragraph per person (Canopy's
# labels) and the shared business address in a National Grid postamble naming the exceptions (IDT);
# saved_text_cells_address_second_citizenship_last is HTML saved as text, one cell a line (Novo), in the order
# Name | Business Address | Position | Present Principal Occupation | Citizenship. In tests/relayout_heldout116.py.
# Not yet measured.
# Measured once as held out by the lead 2026-12-07 16:06-16:08 UTC on the reader of main 39d71f1
# (BENCHMARKS.md "Held-out measurement late in the fifty-third round"): all 300 files P 0.980 R 0.950,
# 2 values on the wrong person (recombinations; 44 persons who are none).
# Development families since.
from relayout_heldout116 import FAMILIES as _HELDOUT116  # noqa: E402

DEV_FAMILIES.update(_HELDOUT116)

# ---- held-out families written 2026-12-07 (15:33-15:37 UTC by `date`) by helper session gather117 (issue 13),
# BLIND (without reading the reader's code, running kg or any benchmark, or seeing any extraction output), NEW
# LAYOUT FEATURES: address_key_letters_table (an EDGAR <TABLE> whose business address column holds only a key
# letter '(A)', '(B)', the addresses printed once each in a key under the table; the keyed address is expected),
# table_per_entry_html (the column captions in an HTML <table> of their own and every person's row in a separate
# one-row <table> of the same widths), occupation_note_marks_html (an HTML table with a superscript '(1)' / '(2)' /
# '(3)' glued after some principal occupations, the notes under the table; not expected),
# corporate_secretary_entity_blocks (labelled blocks of an offshore company's people followed by a block for its
# company secretary, a corporate services company; that entry is no person and not expected). In
# tests/relayout_heldout117.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 16:06-16:08 UTC on the reader of main 39d71f1
# (BENCHMARKS.md "Held-out measurement late in the fifty-third round"): all 300 files P 1.000 R 0.954,
# 0 values on the wrong person (new features; no person who is none; the whole set at the target).
# Development families since.
from relayout_heldout117 import FAMILIES as _HELDOUT117  # noqa: E402

DEV_FAMILIES.update(_HELDOUT117)

# ---- held-out families written 2026-12-07 (16:29-16:34 UTC by `date`) by helper session gather118 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); close variants of
# real development layouts: citizens_funds_name_address_citizenship_caption_real_columns (the Citizens Funds table
# with 'NAME, ADDRESS / AND CITIZENSHIP', the bare citizenship where the real prints the age, the real columns);
# lor_finance_star_members_citizen_line_under_address (Lor Finance's '*' board members over their addresses,
# 'Citizen of' under the address for exceptions, occupations at 39); motorola_appendix_two_sections_column_23_
# prose_overrides (Motorola's Appendix with directors' and officers' sections, column 23, prose address and
# citizenship overrides); st_paul_pipe_cells_four_columns_citizens_except (St. Paul Travelers' text-saved HTML cells
# between '|' lines, four cells a row, citizens-except preamble). In tests/relayout_heldout118.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 16:33-16:35 UTC on the reader of main d5efe6e
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-third round)"): all 300 files P 0.996 R 0.830,
# 0 values on the wrong person (close variants of Citizens Funds, Lor Finance, Motorola, St. Paul Travelers; no person who is none).
# Development families since.
from relayout_heldout118 import FAMILIES as _HELDOUT118  # noqa: E402

DEV_FAMILIES.update(_HELDOUT118)
# ---- held-out families written 2026-12-07 (16:29-16:30 UTC by `date`) by helper session gather119 (issue 13),
# BLIND (without reading the reader's code, running kg or any benchmark, or seeing any extraction output),
# RECOMBINATIONS OF KNOWN FEATURES: edgar_name_citizenship_position_occupation_address (an EDGAR <TABLE> after IDT's
# Schedule I with the citizenship as the second column, then position, occupation and AIG's business address column
# last), html_bold_name_labelled_br_paragraphs (HTML with no table tag: one <p> per person, the bold name over
# Micron-style labelled lines after <br>), html_name_address_cell_position_occupation_citizenship (Southwestern
# Energy's HTML table with Lor Finance's name-over-address first cell, then position, occupation, citizenship),
# saved_text_label_value_rows_underscore_rules (a two-column label/value HTML table saved as text after Novo and
# Canopy, each entry opened by a row of underscores, values from column 38). In tests/relayout_heldout119.py. Not yet
# measured.
# Measured once as held out by the lead 2026-12-07 16:33-16:35 UTC on the reader of main d5efe6e
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-third round)"): all 300 files P 0.999 R 0.749,
# 10 values on the wrong person (recombinations, all in a saved-as-text label and value table; no person who is none).
# Development families since.
from relayout_heldout119 import FAMILIES as _HELDOUT119  # noqa: E402

DEV_FAMILIES.update(_HELDOUT119)
# ---- held-out families written 2026-12-07 (16:29-16:31 UTC by `date`) by helper session gather120 (issue 13),
# BLIND (without reading the reader's code, without running kg, the benchmark or any reader on these layouts),
# NEW LAYOUT FEATURES: proceedings_none_column_table (an EDGAR <TABLE> with a last column 'CONVICTIONS OR
# PROCEEDINGS (ITEMS 2(d)-(e))' reading 'None' for every person); relationship_to_filer_column_html (an HTML table
# with a 'Relationship to Reporting Person' column, 'Director' / 'Officer' / 'Director and Officer');
# five_years_ago_same_column_table (an EDGAR <TABLE> with a 'PRINCIPAL OCCUPATION FIVE YEARS AGO' column reading
# 'Same' or 'Not applicable'); reporting_person_yes_no_column_html (an HTML table with an 'Also a Reporting Person?'
# Yes/No column and a note under it). In tests/relayout_heldout120.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 16:33-16:35 UTC on the reader of main d5efe6e
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-third round)"): all 300 files P 0.999 R 0.999,
# 0 values on the wrong person (new features; no person who is none; the whole set at the target).
# Development families since.
from relayout_heldout120 import FAMILIES as _HELDOUT120  # noqa: E402

DEV_FAMILIES.update(_HELDOUT120)

# ---- held-out families written 2026-12-07 (17:15-17:19 UTC by `date`) by helper session gather121 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output), close variants of
# real development layouts on the four rosters least used by the earlier close-variant sets:
# forstmann_three_line_heading_one_preamble_title_lists (Forstmann Little's Schedule I with a centred three-line
# heading, one preamble holding the defaults and every person's own facts, then centred title headings over centred
# names); ariel_exhibit_officer_or_director_full_rules (Ariel's EDGAR table as 'EXHIBIT B', 'Officer or Director' |
# 'Address' | 'Present Principal Occupation', the real full rules after every row, the address cell empty for the
# shared address); stmicro_section_rows_annex_i_title_citizenship_columns (STMicroelectronics' one HTML table with
# italic section rows, Name | Title | Principal Occupation and Other Directorships | Citizenship | Address, 'N/A');
# southwestern_header_per_section_address_column (Southwestern Energy's HTML table with the header row again before
# each section row, a 'Business Address' column, the citizenship exceptions in the preamble).
# In tests/relayout_heldout121.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 17:21-17:23 UTC on the reader of main e61d9da3
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-fourth round"): all 300 files P 0.984 R 0.883,
# 197 values on the wrong person (all in forstmann_three_line_heading_one_preamble_title_lists; 2 persons who are none).
# Development families since.
from relayout_heldout121 import FAMILIES as _HELDOUT121  # noqa: E402

DEV_FAMILIES.update(_HELDOUT121)
# ---- held-out families written 2026-12-07 (17:15-17:18 UTC by `date`) by helper session gather122 (issue 13),
# BLIND (without reading the reader's code, without running kg, the benchmark or any reader on these layouts),
# RECOMBINATIONS OF KNOWN FEATURES: edgar_name_over_address_position_occupation_citizenship (an EDGAR <TABLE> after
# AIG's and IDT's Schedule I whose first column holds the name over Lor Finance-style address lines, then position,
# occupation and citizenship last, '*' rows between entries when ruled);
# html_spanning_name_rows_address_citizenship_position_occupation (an HTML table where Southwestern Energy's section
# row is used per person: a shaded spanning row with the bold name, then a row address | citizenship | position |
# occupation); text_lettered_underlined_name_runin_labels_paragraph (no table tags: a dash-underlined name line,
# '(a)' lettered when numbered, over one run-in paragraph of labels); saved_text_cells_name_address_occupation_items_
# citizenship_last (an HTML table saved as text, one cell a line, name | address | 'Title, <org>' occupation items |
# citizenship, captions once at the top). In tests/relayout_heldout122.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 17:21-17:23 UTC on the reader of main e61d9da3
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-fourth round"): all 300 files P 1.000 R 0.928,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout122 import FAMILIES as _HELDOUT122  # noqa: E402

DEV_FAMILIES.update(_HELDOUT122)
# ---- held-out families written 2026-12-07 (17:15-17:18 UTC by `date`) by helper session gather123 (issue 13),
# BLIND (no reader code read, kg not run, no extraction output seen); new layout features:
# signing_authority_column_table (an EDGAR <TABLE> with a 'SIGNING AUTHORITY' column 'Sole' / 'Joint' / 'None' after
# the title, as continental European filers copy it from a commercial register extract, a note under the table);
# class_styled_cells_html (an HTML table without inline formatting: a <style> sheet in the <head>, a class on every
# cell, the name class setting text-transform: uppercase); ordered_list_items_html (an HTML <ol>, one <li> per
# person: bold name, then '<i>Label:</i> value' lines after <br>); caption_thead_tfoot_html (accessible table markup:
# <caption> title, <thead> of <th scope="col">, the name a <th scope="row">, a <tfoot> note row). In
# tests/relayout_heldout123.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 17:21-17:23 UTC on the reader of main e61d9da3
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-fourth round"): all 300 files P 0.984 R 0.976,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout123 import FAMILIES as _HELDOUT123  # noqa: E402

DEV_FAMILIES.update(_HELDOUT123)

# ---- held-out families written 2026-12-07 (17:28-17:32 UTC by `date`) by helper session gather124 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output), close variants of
# real development layouts on the four rosters least used by the earlier close-variant sets:
# novo_cells_one_a_line_annex_ii_real_labels (Novo Holdings' Schedule I saved as text, every cell line on its own
# line, nothing between persons, 'ANNEX II' and the real labels 'Name, Title' / 'Address' / 'Principal Occupation' /
# 'Citizenship', the bare name); conagra_every_address_titles_and_of_full_name (ConAgra Foods' Schedule I as
# 'SCHEDULE 2' without a defined term, the name over every person's address, the titles 'A and B of <Org>' with the
# full name at column 37); aig_exhibit_a_caption_position_label_citizens_before (AIG's Exhibit A EDGAR table with
# an underlined caption Name | Position | Present Principal Occupation | Business Address and the citizenship
# sentence before the table); power_corp_roman_keys_column_11_titles_one_a_line (Power Corporation's 2005 Exhibit A
# '(i)'..'(v)' blocks as 'Exhibit 1', values at column 11, the titles one a line under '(ii)').
# In tests/relayout_heldout124.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 17:59-18:01 UTC on the reader of main e11a5ec1
# (BENCHMARKS.md "Held-out measurement in the fifty-fourth round"): all 300 files P 0.970 R 0.889,
# 66 values on the wrong person (all in novo_cells_one_a_line_annex_ii_real_labels; no person who is none).
# Development families since.
from relayout_heldout124 import FAMILIES as _HELDOUT124  # noqa: E402

DEV_FAMILIES.update(_HELDOUT124)
# ---- held-out families written 2026-12-07 (17:28-17:33 UTC by `date`) by helper session gather125 (issue 13),
# BLIND (no reader code read, no reader run, no extraction output seen); recombinations of known layout choices, each
# choice's earlier family or real roster named in the module's docstring: html_th_no_cell_address_second_citizenship_
# exceptions_under_name_preamble (an HTML <th> table, 'No.' cell when numbered, the business address second, a
# preamble citizenship default with '(citizen of X)' under an exception's name);
# edgar_equals_caption_citizenship_second_name_address_stack_occupation_items (an EDGAR <TABLE> with '=' caption
# underlines, the address stacked under the name, citizenship second, one occupation column of 'Title, <Org>' items);
# run_in_name_dash_labelled_clauses_default_address (no table tags: hanging-indent paragraphs, the name run in before
# ' -- ' and labelled clauses, the business address printed only where it is not the preamble's default);
# saved_text_cells_one_a_line_number_cell_citizenship_second_address_one_string_last (HTML saved as text, one cell a
# line: number cell, name, citizenship, titles '; ', occupation, the address one string, '--' in an empty cell). In
# tests/relayout_heldout125.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 17:59-18:01 UTC on the reader of main e11a5ec1
# (BENCHMARKS.md "Held-out measurement in the fifty-fourth round"): all 300 files P 0.997 R 0.840,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout125 import FAMILIES as _HELDOUT125  # noqa: E402

DEV_FAMILIES.update(_HELDOUT125)
# ---- held-out families written 2026-12-07 (17:30-17:33 UTC by `date`) by helper session gather126 (issue 13),
# BLIND (no reader code read, kg not run, no extraction output seen); new layout features:
# elected_by_column_table (an EDGAR <TABLE> after E.ON's German roster with an 'ELECTED BY' column 'Shareholders' /
# 'Employees' / '--' marking co-determination employee representatives, a note under the table);
# issuer_positions_labelled_blocks (Micron-style 'Label:' blocks with a 'Position(s) with the Issuer:' line, 'None'
# or 'Director', the issuer named in the preamble); rotated_landscape_div_html (an HTML table on a turned landscape
# page: a <div> rotated 270 degrees by its style, '(Landscape page)' above the table, upright pages around it);
# change_bar_margin_text (an IDT-style EDGAR <TABLE> reprinted with an amendment, a '|' change bar in the left
# margin of every line of a changed entry, a note saying what the bars mean). In tests/relayout_heldout126.py.
# Not yet measured.
# Measured once as held out by the lead 2026-12-07 17:59-18:01 UTC on the reader of main e11a5ec1
# (BENCHMARKS.md "Held-out measurement in the fifty-fourth round"): all 300 files P 0.980 R 0.980,
# 33 values on the wrong person (all in issuer_positions_labelled_blocks; no person who is none).
# Development families since.
from relayout_heldout126 import FAMILIES as _HELDOUT126  # noqa: E402

DEV_FAMILIES.update(_HELDOUT126)
# ---- held-out families written 2026-12-07 (18:08-18:11 UTC by `date`) by helper session gather127 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output); close variants
# of real development layouts: IDT's Exhibit 7 table Name | Position | Principal Occupation | Business Address with
# the titles repeated where no outside occupation and the address stacked; Trilogy's 2009 pipe cells one a line with
# Yes/No Director and Executive Officer flags plus address and citizenship cells; Harvard's Exhibit A Name /
# Office/Position with underlined labels and the default address in the preamble, an occupation and address column
# added; Refac's 'Name and Title' | 'Occupation and Business Address' table with the titles under the name and a
# hyphen line after every row. In tests/relayout_heldout127.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 18:31-18:31 UTC on the reader of main 8ab4c105
# (BENCHMARKS.md "Held-out measurement late in the fifty-fourth round"): all 300 files P 0.993 R 0.904,
# 4 values on the wrong person (all in trilogy_pipe_cells_director_officer_flags_address_citizenship; no person who is none).
# Development families since.
from relayout_heldout127 import FAMILIES as _HELDOUT127  # noqa: E402

DEV_FAMILIES.update(_HELDOUT127)
# ---- held-out families written 2026-12-07 (18:08-18:13 UTC by `date`) by helper session gather128 (issue 13),
# BLIND (no reader code read, kg not run, no extraction output seen); recombinations of known features:
# html_th_citizenship_first_occupation_items (an HTML table with <th> captions, Citizenship first, the name,
# 'Title, <Org>' occupation items one per <br>, the address last); edgar_name_position_stack_citizenship_second_table
# (an EDGAR <TABLE> with the name and its positions stacked in one cell, citizenship second, the outside occupation,
# the address last, '=' caption underlines); surname_heading_labels_preamble_default_text (no table tags: the name
# underlined as an entry heading, indented 'Label:' lines, citizenship by a preamble default with a 'Citizenship:'
# line only for exceptions); saved_as_text_cells_address_second (an HTML table saved as text, one cell a line, in the
# order Name | Business Address | Position | Principal Occupation | Citizenship). In tests/relayout_heldout128.py.
# Not yet measured.
# Measured once as held out by the lead 2026-12-07 18:31-18:31 UTC on the reader of main 8ab4c105
# (BENCHMARKS.md "Held-out measurement late in the fifty-fourth round"): all 300 files P 0.998 R 0.969,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout128 import FAMILIES as _HELDOUT128  # noqa: E402

DEV_FAMILIES.update(_HELDOUT128)

# ---- held-out families written 2026-12-07 (18:08-18:12 UTC by `date`) by helper session gather129 (issue 13),
# BLIND (without reading kg, running kg or the benchmark, or seeing any extraction output); NEW LAYOUT FEATURES:
# resident_canadian_column_table puts a 'RESIDENT CANADIAN' Yes/No column (Canada Business Corporations Act) after
# the name of an EDGAR <TABLE> with a note under it; meetings_attended_column_html puts a 'Board Meetings Attended in
# 2025' column ('11 of 12', an em dash for officers) in an HTML table; h3_heading_entries_html prints every name as
# an <h3> heading followed by <p> paragraphs with italic run-in labels, a page break possibly between them;
# employment_agreement_column_table puts an 'EMPLOYMENT AGREEMENT EXPIRES' column (a date or '--') after the
# position of an EDGAR <TABLE>. In tests/relayout_heldout129.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 18:31-18:31 UTC on the reader of main 8ab4c105
# (BENCHMARKS.md "Held-out measurement late in the fifty-fourth round"): all 300 files P 0.994 R 0.990,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout129 import FAMILIES as _HELDOUT129  # noqa: E402

DEV_FAMILIES.update(_HELDOUT129)

# ---- held-out families written 2026-12-07 (18:36-18:41 UTC by `date`) by helper session gather130 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); close variants of
# real development layouts: National Grid's name over 'Title, Org' lines with the common address in a postamble;
# SBC's Name | Present Principal Occupation or Employment two columns with the outside occupation in parentheses;
# Micron's 'Name:' / 'Business Address:' / 'Principal Occupation:' labelled blocks with a position and citizenship
# label added; Smith Barney's <Table> with name, title and citizenship stacked left and occupation and address
# stacked right. In tests/relayout_heldout130.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 18:42-18:44 UTC on the reader of main 07d1c60a
# (BENCHMARKS.md "Held-out measurement after the fifty-fourth round (l)"): all 300 files P 0.975 R 0.773,
# 21 values on the wrong person (18 in sbc_name_occupation_director_paren_twocol, 3 in national_grid_name_over_title_lines_postamble_address; 61 persons who are none).
# Development families since.
from relayout_heldout130 import FAMILIES as _HELDOUT130  # noqa: E402

DEV_FAMILIES.update(_HELDOUT130)
# ---- held-out families written 2026-12-07 (18:36-18:38 UTC by `date`) by helper session gather131 (issue 13),
# BLIND (without reading the reader's code, running kg or the benchmark, or seeing any extraction output);
# RECOMBINATIONS OF KNOWN FEATURES: edgar_name_address_cell_occupation_then_position_table stacks the name and its
# indented address lines in one first cell of an EDGAR <TABLE>, the principal occupation before the position, the
# citizenship last; html_citizenship_second_one_line_address_table is an HTML table with the Citizenship cell second
# and the address lines joined by ', ' on one line; text_underlined_name_hanging_labels_occupation_first prints
# each name underlined with dashes, then colon labels with hanging values, 'Principal Occupation:' first;
# html_definition_list_surname_first_numbered_dt is an HTML <dl> (name in <dt>, a <dd> per field with a bold label,
# the address lines apart by <br>) without table tags. In tests/relayout_heldout131.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 18:42-18:44 UTC on the reader of main 07d1c60a
# (BENCHMARKS.md "Held-out measurement after the fifty-fourth round (l)"): all 300 files P 0.999 R 0.999,
# 0 values on the wrong person (2 persons who are none).
# Development families since.
from relayout_heldout131 import FAMILIES as _HELDOUT131  # noqa: E402

DEV_FAMILIES.update(_HELDOUT131)
# ---- held-out families written 2026-12-07 (18:36-18:38 UTC by `date`) by helper session gather132 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output), NEW LAYOUT FEATURES:
# an EDGAR <TABLE> with a 'MANDATORY RETIREMENT YEAR' column (a year for directors, 'N/A' for officers); an HTML
# table with a 'Section 16 Power of Attorney on File' Yes/No column; an EDGAR <TABLE> with a 'CLAWBACK POLICY
# ACKNOWLEDGED' column (a date for executive officers, 'Not applicable' for the others); an HTML table with a 'Most
# Recent Form 4 Filed' column (a date or 'None') at the end of the row. In tests/relayout_heldout132.py. Not yet
# measured.
# Measured once as held out by the lead 2026-12-07 18:42-18:44 UTC on the reader of main 07d1c60a
# (BENCHMARKS.md "Held-out measurement after the fifty-fourth round (l)"): all 300 files P 1.000 R 1.000,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout132 import FAMILIES as _HELDOUT132  # noqa: E402

DEV_FAMILIES.update(_HELDOUT132)

# ---- held-out families written 2026-12-07 (19:16-19:21 UTC by `date`) by helper session gather133 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output), close variants of
# the four real development rosters least used by earlier close-variant sets: BSCI's five-column EDGAR table with
# the employer (plus a citizenship column); IDT Nevada's Name | Title | Principal Occupation | Business Address table
# with the citizenship in the preamble; ConAgra Foods' indented name-over-address left, '<titles> of <Org>' right;
# MSDW OIP's one 'DIRECTORS AND OFFICERS  Title' list with the common address and citizenship in the preamble.
# In tests/relayout_heldout133.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 19:19-19:19 UTC on the reader of main 11907b49
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-fourth round)"): all 300 files P 0.951 R 0.559,
# 60 values on the wrong person (48 in msdw_single_section_name_title_preamble_address, 12 in conagra_indented_name_address_left_titles_right; 12 persons who are none).
# Development families since.
from relayout_heldout133 import FAMILIES as _HELDOUT133  # noqa: E402

DEV_FAMILIES.update(_HELDOUT133)
# ---- held-out families written 2026-12-07 (19:16-19:18 UTC by `date`) by helper session gather134 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output), kind:
# recombinations of known features: name_address_stacked_citizenship_table (an EDGAR <TABLE> whose first cell
# stacks the name over the business address, citizenship next, then position and occupation);
# address_citizenship_first_html (an HTML table Name | Business Address | Citizenship | Position | Occupation with a
# note); board_officer_sections_labelled_text (labelled blocks without table tags under 'DIRECTORS' and 'EXECUTIVE
# OFFICERS (WHO ARE NOT DIRECTORS)' headings); saved_as_text_fixed_columns (an HTML roster saved as text: fixed
# columns without <TABLE>, occupation before position, '=' underlines). In tests/relayout_heldout134.py. Not yet
# measured.
# Measured once as held out by the lead 2026-12-07 19:19-19:19 UTC on the reader of main 11907b49
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-fourth round)"): all 300 files P 1.000 R 1.000,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout134 import FAMILIES as _HELDOUT134  # noqa: E402

DEV_FAMILIES.update(_HELDOUT134)
# ---- held-out families written 2026-12-07 (19:16-19:17 UTC by `date`) by helper session gather135 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); new layout features:
# an EDGAR <TABLE> with a 'D&O QUESTIONNAIRE RETURNED' date/'Pending' column; an HTML table with a 'Subject to
# Trading Pre-Clearance' Yes/No column; an EDGAR <TABLE> with an 'INDEMNIFICATION AGREEMENT DATED' date/'None'
# column; an HTML table with a 'Number of Other Public Company Boards' count column at the end of the row.
# In tests/relayout_heldout135.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 19:19-19:19 UTC on the reader of main 11907b49
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-fourth round)"): all 300 files P 0.993 R 0.988,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout135 import FAMILIES as _HELDOUT135  # noqa: E402

DEV_FAMILIES.update(_HELDOUT135)
# ---- held-out families written 2026-12-07 (20:06-20:10 UTC by `date`) by helper session gather136 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output), kind: close
# variants of real development layouts, each changing ONE thing: security_capital_address_lines_joined_wrapping_in_
# column (Security Capital's Exhibit 1 five columns, the address one comma-joined run wrapping in its column);
# bollore_numbered_entries_citizenship_line_each_person (Bollore's numbered Exhibit 1 entries, a 'Citizenship:' line
# in each entry instead of the preamble's once-for-all sentence); motorola_twocol_names_in_capitals_prose_overrides
# (Motorola's Appendix I name | occupation with prose overrides, the names in capitals);
# ucsg_wider_position_column_titles_joined_of_term (UCSG's Exhibit 1 five columns, a wider position column with the
# titles joined '... of <TERM>'). In tests/relayout_heldout136.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 20:16-20:22 UTC on the reader of main dd76c252
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-fifth round"): all 300 files P 0.998 R 0.891,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout136 import FAMILIES as _HELDOUT136  # noqa: E402

DEV_FAMILIES.update(_HELDOUT136)

# ---- held-out families written 2026-12-07 (20:06-20:11 UTC by `date`) by helper session gather137 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); RECOMBINATIONS OF
# KNOWN FEATURES: pipe_cells_address_before_occupation_citizenship_postamble_exceptions (St. Paul's saved pipe cells
# Name | Position | Business Address | Occupation, the citizenship said once AFTER the list with its exceptions
# named); edgar_dot_leader_names_section_rows_occupation_address_column_citizenship_last (an EDGAR <TABLE> with
# Danaher's dot leaders after the name, 'DIRECTORS' / 'EXECUTIVE OFFICERS' section rows inside the table, one
# occupation-and-address column, citizenship last); html_run_in_name_paragraphs_section_headings_address_default_
# preamble (Chittenden's run-in name paragraphs as HTML <p> under underlined section headings, the shared address in
# the preamble, an address sentence only for the others); stacked_title_of_org_lines_numbered_sections_
# citizenship_exceptions_text (National Grid's name over 'Title, <Org>' lines with the address lines indented under
# Danaher's numbered sections, a preamble citizenship default with 'Citizenship:' lines for the exceptions).
# In tests/relayout_heldout137.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 20:16-20:22 UTC on the reader of main dd76c252
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-fifth round"): all 300 files P 0.892 R 0.362,
# 128 values on the wrong person (126 in html_run_in_name_paragraphs_section_headings_address_default_preamble, 2 in stacked_title_of_org_lines_numbered_sections_citizenship_exceptions_text; 1 person who is none,
# 'Francis Michael Cyprian' in edgar_dot_leader_names_section_rows_occupation_address_column_citizenship_last).
# Development families since.
from relayout_heldout137 import FAMILIES as _HELDOUT137  # noqa: E402

DEV_FAMILIES.update(_HELDOUT137)

# ---- held-out families written 2026-12-07 (20:06-20:14 UTC by `date`) by helper session gather138 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); new layout features:
# National Grid's stacked name-over-titles entries each marked by a '§' at the left margin (a word processor's
# Wingdings bullet converted to text); Citizens Funds' name-over-address EDGAR <TABLE> with a right-aligned '% OF
# VOTES CAST FOR AT 2026 ANNUAL MEETING' column ('96.4%' for directors, 'N/A' for officers; no value); an HTML
# table whose name cells set the surname in CSS small capitals (<span style="font-variant:small-caps">); an HTML
# table with a 'Personnel Security Clearance (1)' column ('Top Secret', 'Secret', 'Not Required', 'In Process'; no
# value) with a FOCI note under it.
# In tests/relayout_heldout138.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 20:16-20:22 UTC on the reader of main dd76c252
# (BENCHMARKS.md "Held-out measurement at the start of the fifty-fifth round"): all 300 files P 1.000 R 0.762,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout138 import FAMILIES as _HELDOUT138  # noqa: E402

DEV_FAMILIES.update(_HELDOUT138)

# ---- held-out families written 2026-12-07 (20:59-21:13 UTC by `date`) by helper session gather139 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); CLOSE VARIANTS OF
# REAL DEVELOPMENT LAYOUTS, each changing ONE thing of the real layout:
# UCSG's Exhibit 1 EDGAR table without its fifth ownership column (titles stacked 'of <TERM>' as the real's);
# Security Capital's Exhibit 1 with POSITION before COMPANY (the real's column order swapped);
# Deutsche Acquisition's Exhibit 3 Name | Title table with the left column 26 wide (the real 36), name and address
# lines wrapping in it;
# Motorola's Appendix I with no common address in the preamble, every entry's address said in prose.
# In tests/relayout_heldout139.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 21:16-21:24 UTC on the reader of main b7c3e9ac
# (BENCHMARKS.md "Held-out measurement in the fifty-fifth round"): all 300 files P 0.993 R 0.883,
# 3 values on the wrong person (3 in motorola_twocol_every_address_in_prose_no_common_address; 6 persons who are none in deutsche_narrow_name_address_column_addresses_wrap).
# Development families since.
from relayout_heldout139 import FAMILIES as _HELDOUT139  # noqa: E402

DEV_FAMILIES.update(_HELDOUT139)

# ---- held-out families written 2026-12-07 (21:05-21:11 UTC by `date`) by helper session gather140 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); RECOMBINATIONS OF
# KNOWN FEATURES: html_two_stacked_cells_name_titles_citizenship_section_rows (Smith Barney's two stacked cells, name
# over titles over citizenship | occupation over address, as an HTML table with Southwestern Energy's spanning
# 'Directors' / 'Executive Officers' section rows); pipe_cells_section_tables_occupation_first_citizenship_preamble_
# exceptions (St. Paul's saved pipe cells, one captioned table a section, Name | Occupation | Position | Address, the
# citizenship once in the preamble with its exceptions named); numbered_surname_run_in_prose_citizenship_postamble_
# edgar_pages (Chittenden's 'Name.  Surname is <titles> of <Org>.' paragraphs numbered as Bollore's, each with its
# own occupation and address sentences, the citizenship once after the list with exceptions, '<PAGE>' breaks);
# dot_leader_names_right_column_labelled_lines_numbered_sections (Danaher's dot leaders and numbered sections, the
# right column stacking the titles then Micron's 'Principal Occupation:' / 'Business Address:' / 'Citizenship:'
# labels). In tests/relayout_heldout140.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 21:16-21:24 UTC on the reader of main b7c3e9ac
# (BENCHMARKS.md "Held-out measurement in the fifty-fifth round"): all 300 files P 0.993 R 0.579,
# 3 values on the wrong person (3 in dot_leader_names_right_column_labelled_lines_numbered_sections; 3 persons who are none, 'Denis J. Walsh Iii. Walsh' and 'Denis J. Walsh' in numbered_surname_run_in_prose_citizenship_postamble_edgar_pages and dot_leader_names_right_column_labelled_lines_numbered_sections).
# Development families since.
from relayout_heldout140 import FAMILIES as _HELDOUT140  # noqa: E402

DEV_FAMILIES.update(_HELDOUT140)
# ---- held-out families written 2026-12-07 (21:10-21:17 UTC by `date`) by helper session gather141 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); new layout features:
# Scout Capital's numbered table (name over '<title> of <org>', citizenship, address, occupation) drawn as a grid of
# Unicode box-drawing characters (U+2500-U+257F; heldout34's boxed grid types '+', '-', '|'); AIG's
# EDGAR <TABLE> with a confidential-treatment legend and a Bates number ('KGS-0004117') closing every page;
# Southwestern Energy's HTML table reprinted as an amendment's blackline, changed cells (and one newly added
# person's whole row) wrapped in <ins>, with a note; Citizens Funds' name-over-address EDGAR <TABLE> with a
# 'DATE OF BIRTH (1)' column ('March 4, 1961'; no value) and a note under the table.
# In tests/relayout_heldout141.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 21:16-21:24 UTC on the reader of main b7c3e9ac
# (BENCHMARKS.md "Held-out measurement in the fifty-fifth round"): all 300 files P 1.000 R 0.775,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout141 import FAMILIES as _HELDOUT141  # noqa: E402

DEV_FAMILIES.update(_HELDOUT141)
# ---- held-out families written 2026-12-07 (21:16-21:22 UTC by `date`) by helper session gather142 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); CLOSE VARIANTS OF
# REAL DEVELOPMENT LAYOUTS, each changing ONE thing of the real layout:
# Refac's Exhibit 99.2 dashed-row 'Name and Title' | 'Occupation and  Business Address' table with the right cell
# holding no occupation for a person whose only work is his office (the real repeats the titles '... of Refac');
# Scout Capital's numbered Exhibit I table (title under the name) with the citizenship column captioned
# 'NATIONALITY' (the real 'CITIZENSHIP');
# Chittenden's Exhibit 99.1 prose paragraphs with each name on an underlined line of its own above its paragraph
# (the real runs it in: 'Paul A. Perrault.  Mr. Perrault is ...');
# Forstmann Little's Schedule I centred '<titles> of' / '<Term>' headings, a preamble per group, the names set two
# a line in two centred columns (the real centres one a line).
# In tests/relayout_heldout142.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 21:24-21:30 UTC on the reader of main e821ab87
# (BENCHMARKS.md "Held-out measurement late in the fifty-fifth round"): all 300 files P 0.979 R 0.564,
# 70 values on the wrong person (all in forstmann_centred_names_two_a_line_group_preamble; no person who is none).
# Development families since.
from relayout_heldout142 import FAMILIES as _HELDOUT142  # noqa: E402

DEV_FAMILIES.update(_HELDOUT142)
# ---- held-out families written 2026-12-07 (21:17-21:20 UTC by `date`) by helper session gather143 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing any extraction output); RECOMBINATIONS OF
# KNOWN FEATURES: edgar_table_per_section_citizenship_second_address_postamble_exceptions (AIG's EDGAR <TABLE> printed
# once per 'DIRECTORS' / 'EXECUTIVE OFFICERS' section, Name | Citizenship | Position | Occupation, no address column:
# the business address said once AFTER the tables with the others listed by name); html_roman_key_paragraphs_section_
# headings_citizenship_postamble (Power Corporation's '(i)'..'(iv)' keyed lines as HTML <p> with <br>, under underlined
# section headings, the citizenship said once in a postamble with the exceptions named); text_columns_name_over_
# address_position_occupation_column_numbered_sections (Citigroup's fixed text columns without table tags: the name
# over its indented address | 'Title of <Org>' lines then the occupation | citizenship, '=' caption underlines, under
# Danaher's numbered '1. DIRECTORS' / '2. EXECUTIVE OFFICERS' lines); labelled_blocks_address_and_citizenship_
# defaults_preamble_stacked_position_lines (Micron's labelled blocks at column 37 with the titles one a line under a
# 'Position' label, BOTH the address and the citizenship said once in the preamble, labels for exceptions only).
# In tests/relayout_heldout143.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 21:24-21:30 UTC on the reader of main e821ab87
# (BENCHMARKS.md "Held-out measurement late in the fifty-fifth round"): all 300 files P 0.996 R 0.771,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout143 import FAMILIES as _HELDOUT143  # noqa: E402

DEV_FAMILIES.update(_HELDOUT143)
# ---- held-out families written 2026-12-07 (21:16-21:23 UTC by `date`) by helper session gather144 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); new layout features:
# AIG's fixed four-column EDGAR <TABLE> with its own punctuation as Windows-1252 mojibake of UTF-8 ('â€”' for the
# em dash of an empty cell, 'â€™'/'â€œ'/'â€' in the preamble and note, 'Â ' for a non-breaking space in the title
# and folio); Trilogy's flag columns as a real HTML table whose 'Director' and 'Executive Officer' columns hold
# ballot-box glyphs ('&#9746;'/'&#9744;', as Form 3 prints its relationship boxes; no value) with a key; Micron's
# 'Label:' blocks as fixed-length records, every line padded with trailing spaces to 80 columns; Southwestern
# Energy's HTML table whose Business Address cell joins the address parts by a spaced middle dot ('&#183;').
# In tests/relayout_heldout144.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 21:24-21:30 UTC on the reader of main e821ab87
# (BENCHMARKS.md "Held-out measurement late in the fifty-fifth round"): all 300 files P 1.000 R 1.000,
# 0 values on the wrong person (no person who is none).
# Development families since.
from relayout_heldout144 import FAMILIES as _HELDOUT144  # noqa: E402

DEV_FAMILIES.update(_HELDOUT144)

# Held-out set 145, written 2026-12-07 22:13-22:16 UTC by helper session gather145 (issue 13), BLIND (without reading
# the reader, running kg or seeing any output). Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS, one change each:
#   trilogy_pipes_position_column_instead_of_yes_no_flags (Trilogy 2008 pipes: a Position cell, no Yes/No flags),
#   citizens_funds_fixed3col_name_address_no_age_line (Citizens Funds fixed three columns: no age printed),
#   st_paul_pipes_without_share_columns (St. Paul Travelers pipes: the two share columns left out),
#   castlerigg_grid4col_wide_address_column_one_line (Castlerigg grid: a wide Address column, one line each).
# In tests/relayout_heldout145.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 22:17-22:19 UTC on the reader of main 915061ef
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-fifth round)"): all 300 files P 0.980 R 0.816,
# 5 values on the wrong person (all in castlerigg_grid4col_wide_address_column_one_line; 8 persons who are none, 'Forstmann Little' (an organisation) in st_paul_pipes_without_share_columns, 'Francis Michael Cyprian' and a run-on name in castlerigg_grid4col_wide_address_column_one_line).
# Development families since.
from relayout_heldout145 import FAMILIES as _HELDOUT145  # noqa: E402

DEV_FAMILIES.update(_HELDOUT145)
# ---- held-out families written 2026-12-07 (22:13-22:17 UTC by `date`) by helper session gather146 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); RECOMBINATIONS OF
# KNOWN FEATURES: pipe_cells_section_headings_citizenship_default_preamble_address_last_column (St. Paul Travelers'
# pipe cells under MSDW OIP's centred section headings, the citizenship said once in the preamble with exceptions,
# the address the last cell); run_in_prose_numbered_sections_address_postamble_exceptions (Chittenden's run-in prose
# under Danaher's numbered '1. DIRECTORS' lines, the address said once after the list with exceptions as National
# Grid's postamble); stacked_lines_name_titles_occupation_address_citizenship_postamble_exceptions (National Grid's
# stacked name / title / occupation / address lines, no sections, the citizenship in a postamble with exceptions);
# labelled_blocks_citizenship_label_first_section_headings_address_default_preamble (Micron's labelled blocks with
# 'Citizenship:' right after 'Name:' as Power Corporation's list, underlined section headings, the address said
# once in the preamble and labelled only for the exceptions).
# In tests/relayout_heldout146.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 22:17-22:19 UTC on the reader of main 915061ef
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-fifth round)"): all 300 files P 0.996 R 0.523,
# 1 values on the wrong person (in pipe_cells_section_headings_citizenship_default_preamble_address_last_column; no person who is none).
# Development families since.
from relayout_heldout146 import FAMILIES as _HELDOUT146  # noqa: E402

DEV_FAMILIES.update(_HELDOUT146)
# Held-out set 147, written 2026-12-07 22:13-22:15 UTC by helper session gather147 (issue 13), BLIND. Kind: NEW
# LAYOUT FEATURES. Micron's 'Label:' blocks typed double-spaced (a blank line after every line); ConAgra Foods'
# indented entries each marked by an em dash bullet ('\u2014 ') before the name; Southwestern Energy's HTML table
# whose cells open with an en space ('&#8194;') and indent every line after a <br> by two; Canopy's labelled entries
# whose several-line values are joined by U+2028 LINE SEPARATOR instead of newlines.
# In tests/relayout_heldout147.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 22:17-22:19 UTC on the reader of main 915061ef
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-fifth round)"): all 300 files P 0.969 R 0.809,
# 19 values on the wrong person (6 in double_spaced_typescript_labelled_blocks, 13 in em_dash_bullet_indented_entries; 6 persons who are none in em_dash_bullet_indented_entries).
# Development families since.
from relayout_heldout147 import FAMILIES as _HELDOUT147  # noqa: E402

DEV_FAMILIES.update(_HELDOUT147)
# Held-out set 148, written 2026-12-07 23:22-23:32 UTC by helper session gather148 (issue 13), BLIND (without reading
# the reader, running kg or seeing any output). Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS, one change each:
#   bsci_fixed5col_narrow_occupation_column_titles_wrap (BSCI five columns: a 17-wide occupation column, titles wrap),
#   sbc_twocol_narrow_name_column_long_names_wrap (SBC two columns: the occupation at column 22, long names wrap),
#   citigroup_position_caption_country_if_other_than_us_two_lines (Citigroup name | title: a two-line 'POSITION (AND
#     COUNTRY OF CITIZENSHIP, IF OTHER THAN THE UNITED STATES)' caption),
#   metlife_twocol_nameaddr_citizenship_sentence_after_table (MetLife name and address | occupation: the citizenship
#     said once in a sentence after the table, not in the preamble).
# In tests/relayout_heldout148.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 23:31-23:40 UTC on the reader of main 11b6e7c7
# (BENCHMARKS.md "Held-out measurement at the start of the stop (fifty-sixth round)"): all 300 files P 0.987 R 0.942,
# 0 values on the wrong person (2 persons who are none in sbc_twocol_narrow_name_column_long_names_wrap).
# Development families since.
from relayout_heldout148 import FAMILIES as _HELDOUT148  # noqa: E402

DEV_FAMILIES.update(_HELDOUT148)
# ---- held-out families written 2026-12-07 (23:23-23:27 UTC by `date`) by helper session gather149 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); RECOMBINATIONS OF
# KNOWN FEATURES: saved_text_cells_one_a_line_section_captions_citizenship_preamble_exceptions (Novo's saved-as-text
# cells one a line with its caption cells repeated under a 'Directors' / 'Executive Officers' caption line as MSDW's
# sections, no citizenship cell: the citizenship said once in the preamble with exceptions as IDT's);
# edgar_stacked_name_titles_citizenship_cell_occupation_items_address_postamble_exceptions (Smith Barney's EDGAR
# <Table> left cell stacking name / titles / citizenship, the right cell only AIG's occupation items, the address
# said once after the table with exceptions as National Grid's postamble);
# html_two_column_name_labelled_br_cell_section_rows_citizenship_postamble_exceptions (Southwestern Energy's HTML
# table with italic spanning section rows, the name | Micron's 'Position:' / 'Principal Occupation:' / 'Business
# Address:' labels in one <br> cell, the citizenship said once after the table with exceptions);
# centred_group_headings_group_preamble_citizenship_exceptions_stacked_name_lines (Forstmann Little's centred
# 'Directors of' / '<Org>' group headings each with its own preamble saying that group's citizenship with
# exceptions, over National Grid's stacked name / title / occupation / address lines).
# In tests/relayout_heldout149.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 23:31-23:40 UTC on the reader of main 11b6e7c7
# (BENCHMARKS.md "Held-out measurement at the start of the stop (fifty-sixth round)"): all 300 files P 0.969 R 0.653,
# 0 values on the wrong person (41 persons who are none in html_two_column_name_labelled_br_cell_section_rows_citizenship_postamble_exceptions).
# Development families since.
from relayout_heldout149 import FAMILIES as _HELDOUT149  # noqa: E402

DEV_FAMILIES.update(_HELDOUT149)
# Held-out set 150, written 2026-12-07 23:23-23:31 UTC by helper session gather150 (issue 13), BLIND. Kind: NEW
# LAYOUT FEATURES. MetLife's two-column name-and-address EDGAR table with bare carriage-return line endings (no line
# feed anywhere, as a classic Macintosh file); Power Corporation's '(i)'..'(v)' labelled list with every line opening
# with an e-mail quote mark '> '; Citigroup's Name | Title (and citizenship) table with a pilcrow '\u00b6' ending
# every line (formatting marks shown); Danaher's two-column history list whose leaders are runs of U+2026 HORIZONTAL
# ELLIPSIS instead of periods.
# In tests/relayout_heldout150.py. Not yet measured.
# Measured once as held out by the lead 2026-12-07 23:31-23:40 UTC on the reader of main 11b6e7c7
# (BENCHMARKS.md "Held-out measurement at the start of the stop (fifty-sixth round)"): all 300 files P 0.942 R 0.609,
# 0 values on the wrong person (10 persons who are none in unicode_ellipsis_leaders_twocol_history).
# Development families since.
from relayout_heldout150 import FAMILIES as _HELDOUT150  # noqa: E402

DEV_FAMILIES.update(_HELDOUT150)
# Held-out set 151, written 2026-12-08 00:30-00:40 UTC by helper session gather151 (issue 13), BLIND. Kind: CLOSE
# VARIANTS OF REAL DEVELOPMENT LAYOUTS. Bollore's numbered entries with the business address run on after its
# label, comma-joined and wrapping under the value; Canopy's labelled entries with a 'Business Address:' label on
# the address lines; Lor Finance's asterisk-marked name-and-address | occupation columns with the names in capitals;
# Power Corporation's keyed list with letter keys '(a)'..'(e)' instead of '(i)'..'(v)'.
# In tests/relayout_heldout151.py. Not yet measured.
# Measured once as held out by the lead 2026-12-08 01:05-01:12 UTC on the reader of main 68bb52f1
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-sixth round)"): all 300 files P 0.962 R 0.940,
# 0 values on the wrong person.
# Development families since.
from relayout_heldout151 import FAMILIES as _HELDOUT151  # noqa: E402

DEV_FAMILIES.update(_HELDOUT151)
# ---- held-out families written 2026-12-08 (00:30-00:37 UTC by `date`) by helper session gather152 (issue 13),
# BLIND (without reading the reader, running kg or the benchmark, or seeing extraction output); RECOMBINATIONS OF
# KNOWN FEATURES: edgar_segmented_dash_grid_name_over_address_title_occupation_columns_citizen_line_only_exceptions
# (Castlerigg's segmented dashed EDGAR grid, LOR Finance's name-over-address column, a title column and an occupation
# column, LOR's 'Unless otherwise indicated, each individual is a citizen of X' with a 'Citizen of Y' line only for
# exceptions); sbc_sections_paren_occupation_default_address_preamble_exception_address_under_name_citizenship_
# postamble (SBC's untagged Name | 'titles (occupation)' columns under 'Directors' / 'Executive Officers' sections,
# Harvard's 'If no business address is given ...' default with the exceptions' addresses under the name, the
# citizenship said once after the list with exceptions); power_corp_roman_keys_without_citizenship_key_numbered_
# sections_citizenship_postamble_exceptions (Power Corporation's roman keys in text, four keys without citizenship,
# under Danaher's numbered '1. Directors of <Org>' sections, the citizenship said once after the list with
# exceptions); html_refac_name_and_titles_cell_occupation_exception_address_cell_citizenship_column_default_address_
# preamble (Refac's 'Name and Title' | 'Occupation and Business Address' cells as an HTML table with a Citizenship
# column last, the address only for exceptions to the preamble default).
# In tests/relayout_heldout152.py. Not yet measured.
# Measured once as held out by the lead 2026-12-08 01:05-01:12 UTC on the reader of main 68bb52f1
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-sixth round)"): all 300 files P 0.998 R 0.860,
# 0 values on the wrong person.
# Development families since.
from relayout_heldout152 import FAMILIES as _HELDOUT152  # noqa: E402

DEV_FAMILIES.update(_HELDOUT152)
# Held-out set 153, written 2026-12-08 00:37-00:44 UTC by helper session gather153 (issue 13), BLIND. Kind: NEW
# LAYOUT FEATURES. National Grid's stacked name / title lines extracted from a typeset PDF that keeps its ligature
# glyphs (every 'ffi', 'ffl', 'ff', 'fi', 'fl' one character U+FB03/U+FB04/U+FB00/U+FB01/U+FB02, values included);
# SBC's two-column Name | Occupation list with 'Director (<outside occupation>)' whose column gap and continuation
# indents are IDEOGRAPHIC SPACES U+3000 (a Japanese word processor); Southwestern Energy's one-row-per-person HTML
# grid made of <div>s styled display:table / table-row / table-cell, with no table tag at all; Novo Holdings'
# HTML-saved-as-text one-cell-a-line roster with the character references left undecoded ('&nbsp;' inside names,
# '&amp;', '&#146;', an empty cell a line of '&nbsp;').
# In tests/relayout_heldout153.py. Not yet measured.
# Measured once as held out by the lead 2026-12-08 01:05-01:12 UTC on the reader of main 68bb52f1
# (BENCHMARKS.md "Held-out measurement at the end of the stop (fifty-sixth round)"): all 300 files P 0.934 R 0.499,
# 17 values on the wrong person (11 in ideographic_space_padded_twocol_director_paren, 6 in css_display_table_divs_html; 39 persons who are none in ideographic_space_padded_twocol_director_paren).
# Development families since.
from relayout_heldout153 import FAMILIES as _HELDOUT153  # noqa: E402

DEV_FAMILIES.update(_HELDOUT153)

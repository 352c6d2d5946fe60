"""Held-out re-layout families, ninety-ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:14-12:16 UTC by `date`) by helper session gather99 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- tilde_rule_entries_table: an EDGAR <TABLE> whose entries are set apart by a full row of tildes ('~~~~'), an
  unusual separator some word-processed exhibits print; the tildes are no value.
- demographic_background_column_html: an HTML table with a 'Demographic Background (Self-Identified)' column
  ('White', 'Asian', 'Did Not Disclose', ...) as rosters lifted from post-2021 Nasdaq board diversity disclosures
  print; not a citizenship and not expected.
- letter_index_headings_text: no tags; the people sorted by surname under directory-style index letters ('- B -')
  as large partnership rosters print; the letters are no person and no value.
- proxy_page_reference_column_table: an EDGAR <TABLE> with a 'FURTHER INFORMATION' column of cross-references
  ('Proxy Statement, p. 14') as rosters incorporating biographies by reference print; not expected.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _surname_first, _wrap_rows, expected, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _seed(text: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def _markers(widths: list[int]) -> str:
    return "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(widths) - 1), widths)).rstrip()


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width - 2, "  ")]


def _edgar_table(roster: Roster, options: Options, columns: list[tuple[int, list[str], object]], folio: str,
                 head: list[str], separator: str | None = None) -> list[str]:
    """An EDGAR <TABLE>: columns are (width, caption lines, cell(index, person) -> lines); a zero width drops the
    column. Bottom-aligned captions with a dashed underline, '<S>'/'<C>' with options.markers, a dashed rule
    between entries in the ruled variant (else a blank line), a page break after the entry's first line when
    options.page_break_in is this entry."""
    live = [(w, cap, fn) for w, cap, fn in columns if w]
    widths = [w for w, _, _ in live]
    caps = [[line for c in cap for line in _wrap(c, w - 2)] for w, cap, _ in live]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    under = "".join(f"{'-' * (w - 2):<{w}}" for w in widths).rstrip()
    caption = ["<CAPTION>", *_wrap_rows(caps, widths), under] + ([_markers(widths)] if options.markers else [])
    lines = head + ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        rows = _wrap_rows([fn(index, person) for _, _, fn in live], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{folio:^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append(separator if separator is not None else "-" * (sum(widths) - 2) if options.rules else "")
    lines.append("</TABLE>")
    return lines


def _name_cell(options: Options, width: int):
    return lambda index, person: _wrap(_numbered(index, printed_name(person, options), options), width - 2, "  ")



def _is_officer(person: dict) -> bool:
    return any("director" not in t.lower() and "trustee" not in t.lower() for t in person["positions"])


def _html_table(roster: Roster, options: Options, heads: list[str], cells, title: list[str], folio: str,
                notes: list[str]) -> str:
    """An HTML table: heads are the caption cells, cells(index, person) -> the cells' inner HTML (already escaped).
    Header cells bold; border="1" in the ruled variant; <font> wrappers with markers; a page break
    (options.page_break_in) after the entry's row closes the table, a <p> with page-break-before and the folio, and
    a new table with the header row when options.repeat_header."""
    def cell(text: str) -> str:
        body = f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\">{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\" align=\"left\"><b>{html.escape(h)}</b></td>" for h in heads) + \
        "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"{border}>"
    parts = ["<html><body>"] + [f"<p align=\"center\"><b>{html.escape(t)}</b></p>" for t in title] + [opening, header]
    for index, person in enumerate(roster.people):
        parts.append("<tr>" + "".join(cell(c) for c in cells(index, person)) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", f"<p style=\"page-break-before:always\" align=\"center\">{folio}</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts.append("</table>")
    parts += [f"<p>{n}</p>" for n in notes]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _joined(values: list[str]) -> str:
    return "<br>".join(html.escape(v) for v in values) or "&#8212;"


# ---- 1. tilde rows between entries ------------------------------------------------------------------------------
def tilde_rule_entries_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> Name | Position
    | Principal Occupation | Business Address). The feature this family adds (ours; the real file separates by blank
    lines, some word-processed exhibits converted to EDGAR text print rows of tildes): every entry is followed by a
    full row of '~' characters (spaced '~ ~ ~' in the ruled variant) instead of a blank line or dashed rule.
    Columns: NAME | POSITION ('--' where none) | PRINCIPAL OCCUPATION (wrapping at options.width; '--' where none)
    | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with 'I-2'."""
    org = roster.organization
    columns = [(26, ["NAME"], _name_cell(options, 26)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (30, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 30) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'SCHEDULE I':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    width = sum(w for w, _, _ in columns if w) - 2
    tilde = ("~ " * (width // 2)).rstrip() if options.rules else "~" * width
    lines = _edgar_table(roster, options, columns, "I-2", head, tilde)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a demographic background column -------------------------------------------------------------------------
_BACKGROUNDS = ["White", "Did Not Disclose", "Asian", "African American or Black", "Hispanic or Latinx",
                "Two or More Races or Ethnicities", "Middle Eastern"]


def demographic_background_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; rosters lifted from proxy statements
    after Nasdaq's 2021 board diversity rule do): a 'Demographic Background (Self-Identified)' column after the
    name ('White', 'Asian', 'Did Not Disclose', ...) from a seed; it is not a citizenship or a country and is not
    expected. Columns: Name | Demographic Background (Self-Identified) | Position ('&#8212;' where none) | Present
    Principal Occupation ('&#8212;' where none) | Business Address | Citizenship (when printed); 'n.' before the
    name in the numbered variant; a page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Demographic Background (Self-Identified)", "Position", "Present Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        out = [html.escape(_numbered(index, printed_name(person, options), options)),
               html.escape(_BACKGROUNDS[(seed + index * 5) % len(_BACKGROUNDS)]),
               _joined(person["positions"]), _joined(person["other_positions"]), _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        return out

    title = ["SCHEDULE A", f"Directors and Executive Officers of {org}"]
    notes = ["Demographic background is as self-identified by each individual in the Board Diversity Matrix of "
             f"{org}'s most recent proxy statement."]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. index letters over surname-sorted entries ---------------------------------------------------------------
def letter_index_headings_text(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_micron.txt: a name over indented
    labelled lines). The feature this family adds (ours; the real file keeps the filer's order, long alphabetical
    rosters of partners and managing directors group names like a directory): the people sorted by surname and
    grouped under centred index letters ('- B -'); a letter heading is no person. Each entry: the name (n. before it when numbered) on its own line, then indented
    'Position:', 'Principal Occupation:', 'Business Address:' (one line per address line) and 'Citizenship:' (when
    printed); a blank line (a dashed line in the ruled variant) between entries. A page break (form feed and
    'Page 2 of Schedule I', then '- X - (continued)' when options.repeat_header) after the entry's name line."""
    org = roster.organization
    order = sorted(range(len(roster.people)), key=lambda i: _surname_first(roster.people[i]["name"]).casefold())
    lines = [f"{'SCHEDULE I':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"Directors and Executive Officers of {org}", 70)]
    lines += ["", f"{'(listed alphabetically)':^78}".rstrip(), ""]
    pad = " " * 6
    letter = None
    people = []
    for shown, index in enumerate(order):
        person = roster.people[index]
        initial = _surname_first(person["name"])[:1].upper()
        if initial != letter:
            letter = initial
            lines += [f"{'- ' + letter + ' -':^78}".rstrip(), ""]
        entry = [_numbered(shown, printed_name(person, options), options)]
        for label, values in (("Position:", person["positions"] or ["None"]),
                              ("Principal Occupation:", person["other_positions"] or ["--"]),
                              ("Business Address:", person["address"] or ["--"])):
            for k, value in enumerate(values):
                pieces = _wrap(value, options.width + 20, " " * 2)
                entry.append(f"{pad}{label if k == 0 else '':<24}{pieces[0]}")
                entry += [f"{pad}{'':<24}{piece}" for piece in pieces[1:]]
        if options.citizenship:
            entry.append(f"{pad}{'Citizenship:':<24}{person['citizenship'] or ''}")
        if options.page_break_in == shown:
            entry[1:1] = ["\f", f"{'Page 2 of Schedule I':^78}".rstrip(), ""] + \
                ([f"{'- ' + letter + ' - (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        lines += entry + (["-" * 60] if options.rules else [""])
        people.append(expected(person, org, options))
    return ".txt", _done(lines), people


# ---- 4. a cross-reference column --------------------------------------------------------------------------------
def proxy_page_reference_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Occupation | Address). The feature this family adds (ours;
    filings that incorporate biographies by reference do this): a 'FURTHER INFORMATION' column after the occupation
    holding a cross-reference ('Proxy Statement, p. 14', 'Form 10-K, Item 10', '--' where none), with a note under
    the table saying the referenced documents are incorporated by reference; not expected. Columns: NAME | POSITION
    ('--' where none) | PRESENT PRINCIPAL OCCUPATION (wrapping at options.width; '--' where none) | FURTHER
    INFORMATION | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with
    'Exhibit 7 - Page 2'."""
    org = roster.organization
    seed = _seed(org)

    def reference(index: int, person: dict) -> list[str]:
        kind = (seed + index) % 4
        if kind == 3:
            return ["--"]
        if kind == 2:
            return ["Form 10-K,", "  Item 10"]
        return ["Proxy Statement,", f"  p. {8 + (seed + index * 3) % 30}"]

    columns = [(25, ["NAME"], _name_cell(options, 25)),
               (24, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (19, ["FURTHER", "INFORMATION"], reference),
               (29, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 29) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'EXHIBIT 7':^78}".rstrip(), ""]
    head += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)]
    lines = _edgar_table(roster, options, columns, "Exhibit 7 - Page 2", head)
    lines += [""] + _wrap(f"The biographical information at the pages of {org}'s most recent definitive proxy "
                          "statement and Annual Report on Form 10-K shown under 'Further Information' is "
                          "incorporated herein by reference.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"tilde_rule_entries_table": tilde_rule_entries_table,
            "demographic_background_column_html": demographic_background_column_html,
            "letter_index_headings_text": letter_index_headings_text,
            "proxy_page_reference_column_table": proxy_page_reference_column_table}

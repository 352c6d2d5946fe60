"""Held-out re-layout families, hundred-and-forty-fourth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (21:16-21:23 UTC by `date`) by helper session gather144 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- mojibake_cp1252_punctuation_table: AIG's fixed four-column EDGAR <TABLE> (dev/text_fixed4col_aig.txt) as a
  conversion that read UTF-8 bytes as Windows-1252 prints it: the em dash of an empty cell is 'â€”', the
  apostrophes and quotes of the preamble and the note 'â€™', 'â€œ' and 'â€' (the undefined 0x9D byte
  dropped), and a non-breaking space in the title and folio 'Â ' ('EXHIBITÂ A', 'PageÂ 2') (a typographic
  habit of a conversion; the people's own values are left as they are).
- ballot_box_flag_columns_html: Trilogy's flag columns (dev/html_as_text_pipes_yes_no_flag_columns_footnotes_
  trilogy_2008.txt) set as a real HTML table whose 'Director' and 'Executive Officer' columns hold ballot-box
  glyphs, '&#9746;' (checked) or '&#9744;' (empty), as the relationship boxes of a Form 3 are printed, with a key
  under the table; the two columns are no value.
- fixed_length_records_padded_blocks: Micron's 'Label:' blocks (dev/labelled_blocks_micron.txt) exported as
  fixed-length records: every line, blank ones too, padded with trailing spaces to 80 columns, as a mainframe or
  record-oriented print file keeps them (a typographic habit of a conversion; tests/relayout_mutations.py's CRLF
  mutation is left alone: the lines end in '\\n').
- middot_address_line_html: Southwestern Energy's one-row-per-person HTML table (dev/html_section_rows_southwestern_
  energy.htm) whose Business Address cell states the address as one run, its parts joined by a spaced middle dot
  ('8000 South Federal Way &#183; Boise, ID 83716'), a letterhead house style (a way of stating a field).

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

from relayout import Options, Roster, expected, is_director, printed_name
from relayout_heldout99 import _done, _edgar_table, _html_table, _joined, _lines, _numbered, _sentence, _wrap

# ---- 1. Windows-1252 mojibake of the conversion's own punctuation -------------------------------------------------
_MOJIBAKE = {"\u2014": "\u00e2\u20ac\u201d", "\u2019": "\u00e2\u20ac\u2122", "\u201c": "\u00e2\u20ac\u0153",
             "\u201d": "\u00e2\u20ac", "\u00a0": "\u00c2 "}


def _mangled(text: str) -> str:
    """The UTF-8 bytes of the layout's punctuation read as Windows-1252 (the undefined 0x9D byte dropped)."""
    return "".join(_MOJIBAKE.get(c, c) for c in text)


def mojibake_cp1252_punctuation_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt: an EDGAR <TABLE> of four fixed
    columns, name | position | occupation | business address). The feature this family adds (ours; an exhibit
    typed with typographic punctuation, saved as UTF-8 and read back as Windows-1252 before it was filed as
    text, prints every such character as two or three Latin-1 characters, as many EDGAR text exhibits show): the
    em dash of an empty cell is 'â€”', the apostrophes and quotation marks of the preamble and the note are
    'â€™', 'â€œ' and 'â€', the non-breaking space of the title and the folio 'Â ' ('EXHIBITÂ A', 'PageÂ 2').
    Only the layout's own punctuation is mangled; the people's values are printed as they are. Columns: NAME |
    POSITION WITH THE COMPANY ('â€”' where none) | PRINCIPAL OCCUPATION ('â€”' where none; wrapping at
    options.width) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line
    with 'PageÂ 2'."""
    org = roster.organization
    dash = _mangled("\u2014")
    columns = [(24, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 22, "  ")),
               (22, ["POSITION WITH", "THE COMPANY"], lambda i, p: _lines(p["positions"], 20) or [dash]),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or [dash]),
               (34, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 32) or [dash]),
               (16 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 14))]
    head = ["<PAGE>" if options.markers else "", "", f"{_mangled('EXHIBIT' + chr(160) + 'A'):^79}".rstrip(), ""]
    head += [f"{t:^79}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 72)]
    said = ", principal occupation, business address and citizenship" if options.citizenship else \
        ", principal occupation and business address"
    head += [""] + _wrap(_mangled(_sentence(f"     Set forth below are the name, position with the Company{said} "
                                            f"of each director and executive officer of {org} (the \u201cCompany"
                                            f"\u201d)")), 78)
    lines = _edgar_table(roster, options, columns, _mangled("Page" + chr(160) + "2"), head)
    lines += [""] + _wrap(_mangled("An \u2014 denotes that the person holds no position with the Company or has no "
                                   "principal occupation other than the Company\u2019s; each occupation is "
                                   "conducted at the business address given."), 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. ballot-box glyphs for the relationship flags ---------------------------------------------------------------
_CHECKED, _EMPTY = "&#9746;", "&#9744;"


def _is_officer(person: dict) -> bool:
    return any("director" not in t.lower() and "trustee" not in t.lower() for t in person["positions"])


def ballot_box_flag_columns_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Trilogy's directors and officers tables (tests/data/rosters_real/dev/html_as_text_pipes_yes_no_flag_
    columns_footnotes_trilogy_2008.txt: an HTML roster saved as text, Yes/No flag columns beside the occupation),
    set as a real HTML table. The feature this family adds (ours; the relationship boxes of Forms 3 and 4 are
    printed as ballot-box glyphs, and a roster drawn up from them may keep them): a 'Director' and an 'Executive
    Officer' column after the position, each cell '&#9746;' (a checked box) or '&#9744;' (an empty one), with a
    key under the table; the two columns are no value. Columns: Name | Position with <org> ('&#8212;' where none)
    | Director | Executive Officer | Principal Occupation | Business Address | Citizenship (when printed); 'n.'
    before the name when numbered; border="1" when ruled; <font> with markers; a page break after the entry's
    row with 'A-2'."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Director", "Executive Officer", "Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        boxes = [_CHECKED if is_director(person) else _EMPTY, _CHECKED if _is_officer(person) else _EMPTY]
        row = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               *[f"<center>{b}</center>" for b in boxes], _joined(person["other_positions"]),
               _joined(person["address"])]
        return row + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    title = ["SCHEDULE A", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = [f"{_CHECKED} = Yes; {_EMPTY} = No. The boxes show the relationship of each person to {html.escape(org)} "
             "as reported in Box 5 of the person&#8217;s most recent statement on Form 3 or Form 4.",
             "Unless otherwise indicated, each occupation is conducted at the business address given."]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. fixed-length 80-column records -----------------------------------------------------------------------------
def fixed_length_records_padded_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Label:' blocks, the
    values in a column at 38, a blank line between blocks). The feature this family adds (ours; a roster exported
    from a mainframe or record-oriented print file keeps fixed-length records): every line, blank ones too, is
    padded with trailing spaces to 80 columns (a longer one is left as it is), and the lines end in '\\n'; the
    page break is a '\\f' record (or '<PAGE>' with markers). Labels: 'Name:' (numbered when options.numbered),
    'Position(s):' ('<title>, <org>' one a line), 'Principal Occupation:' (when the person has other positions),
    'Business Address:', 'Citizenship:' (when printed). A dashed rule between entries in the ruled variant; a
    page break after the entry's first line with 'Page 2'."""
    org = roster.organization
    width = options.width + 8
    pad = " " * 37
    lines = [f"{'EXHIBIT 1':>79}", "", f"{'DIRECTORS AND EXECUTIVE OFFICERS':^79}", ""]
    said = ", principal occupation, business address and citizenship" if options.citizenship else \
        ", principal occupation and business address"
    lines += _wrap(_sentence(f"     The following is the name, position{said} of each director and executive "
                             f"officer of {org}"), 78)
    lines.append("")

    def field(label: str, values: list[str]) -> list[str]:
        wrapped = [piece for value in values for piece in _wrap(value, width, "  ")]
        return [f"{label:<37}{wrapped[0]}"] + [pad + piece for piece in wrapped[1:]] + [""]

    for index, person in enumerate(roster.people):
        entry = field("Name:", [_numbered(index, printed_name(person, options), options)])
        entry += field("Position(s):", [f"{t}, {org}" for t in person["positions"]] or ["None"])
        if person["other_positions"]:
            entry += field("Principal Occupation:", person["other_positions"])
        if person["address"]:
            entry += field("Business Address:", person["address"])
        if options.citizenship and person["citizenship"]:
            entry += field("Citizenship:", [person["citizenship"]])
        if options.page_break_in == index:
            entry[1:1] = ["<PAGE>" if options.markers else "\f", f"{'Page 2':^79}", ""]
        lines += entry
        if options.rules:
            lines += ["-" * 78, ""]
    text = "".join(line.ljust(80) + "\n" for line in lines)
    return ".txt", text, [expected(p, org, options) for p in roster.people]


# ---- 4. the address parts joined by middle dots -------------------------------------------------------------------
_DOT = " &#183; "


def middot_address_line_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; a way of stating a field that letterhead
    and modern proxy typography use, and a roster typed in that house style keeps): the business address is one
    run with its parts (street, suite, city and postcode, country) joined by a spaced middle dot, '&#183;'
    ('8000 South Federal Way &#183; Boise, ID 83716'), instead of one part a line or commas. Columns: Name |
    Position with <org> | Present Principal Occupation or Employment | Business Address | Citizenship (when
    printed); 'n.' before the name when numbered; border="1" when ruled; <font> with markers; a page break after
    the entry's row with 'A-2'."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation or Employment", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        address = _DOT.join(html.escape(part) for part in person["address"]) or "&#8212;"
        row = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               _joined(person["other_positions"]), address]
        return row + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    title = ["SCHEDULE A", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = [html.escape(f"Unless otherwise indicated, each occupation refers to employment with {org}, and each "
                         "principal occupation is conducted at the business address given.")]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "mojibake_cp1252_punctuation_table": mojibake_cp1252_punctuation_table,
    "ballot_box_flag_columns_html": ballot_box_flag_columns_html,
    "fixed_length_records_padded_blocks": fixed_length_records_padded_blocks,
    "middot_address_line_html": middot_address_line_html,
}

"""Held-out re-layout families, forty-second set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (17:40-17:45 UTC by `date`) by helper session gather42 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth, twenty-first, twenty-fifth, twenty-seventh, thirtieth,
thirty-third, thirty-sixth and thirty-ninth sets, no family here adds a layout feature that no earlier family has:
each is a NEW COMBINATION of features the earlier families (and the real rosters in tests/data/rosters_real/dev/)
already have - column order and widths, which column wraps, header label words, name order and case, numbering
style, entry separators, values stacked under the name, page breaks inside an entry with a repeated header,
preamble defaults worded anew, HTML <th>/<br>/<p> cells - the way a real annex could print its roster, so that no
earlier family renders the same text. Each family's docstring names the real roster it is modelled on and the
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
    centred,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered
from relayout_heldout21 import _surname_given


def _items(values: list[str], width: int) -> list[str]:
    """Each value wrapping under itself with a two-space hanging indent."""
    return [piece for value in values for piece in textwrap.wrap(value, width, subsequent_indent="  ")]


def _underlined(heads: list[list[str]], widths: list[int], indent: str = "") -> list[str]:
    """Captions over several lines, bottom-aligned, each column's last caption line underlined by its own dashes."""
    depth = max(len(head) for head in heads)
    cells = [[""] * (depth - len(head)) + head for head in heads]
    lines = _wrap_rows(cells, widths, indent)
    return lines + _wrap_rows([["-" * len(head[-1])] for head in heads], widths, indent)


# ---- 1. three columns without table tags: the citizenship under the name, the titles the wrapping column ---------
def plain_citizenship_under_name_titles_wrap(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Smith Barney's Exhibit 99.A (tests/data/rosters_real/dev/table_stacked_name_title_citizenship_smith_
    barney.txt, sec.gov .../815097/000104746904035070/a2146266zex-99_a.txt: the citizenship a bare line stacked
    under the name) and SBC's Exhibit 1 (dev/text_twocol_director_paren_sbc.txt, sec.gov .../889949/
    000073271702000036/exhibit1hug.txt: columns without table tags), with IDT Corporation's captions
    (dev/text_fixed4col_position_occupation_idt_corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt).
    Choices combined: three columns without table tags (no <S>/<C> in any variant), captions over two lines,
    bottom-aligned, each underlined by dashes of its own length: 'Name and' / 'Citizenship' (30; 'Name' where the
    layout prints no citizenship) | 'Position(s) with' / 'the Company' (options.width + 2: the titles held in the
    organisation '; '-joined, the column that wraps) | 'Other Present Principal' / 'Occupation or Employment'
    (34: one item per occupation outside the organisation, each wrapping under itself with a two-space hanging
    indent; empty for a person with none); the name ('SURNAME, Given' in the upper_last_first variant, '(a)', '(b)'
    before it in the numbered variant, the lines under it indented to the name) and the citizenship as a bare line
    under it; no address in the table: the preamble gives the default business address and then one sentence per
    person whose address differs, BEFORE the table ('The business address of each such person is ..., except as
    stated in the following sentence(s). The business address of Marshall A. Cohen is ....'); a blank line between
    entries (a full dashed line in the ruled variant); a page break (options.page_break_in) after the entry's second
    line: '-2-', <PAGE> (a form feed without markers) and the captions again if they repeat."""
    org = roster.organization
    default = _default_address(roster)
    widths = [30, options.width + 2, 34]
    heads = [["Name and", "Citizenship"] if options.citizenship else ["Name"], ["Position(s) with", "the Company"],
             ["Other Present Principal", "Occupation or Employment"]]
    header = _underlined(heads, widths)
    says = "citizenship, " if options.citizenship else ""
    others = [p for p in roster.people if p["address"] != default]
    preamble = (f"The following table sets forth the name, {says}position(s) with {org} (the \"Company\") and other "
                f"present principal occupation or employment of each director and executive officer of the Company. "
                f"The business address of each such person is {', '.join(default)}")
    preamble += (", except as stated in the following sentence" + ("s." if len(others) > 1 else ".")) if others else "."
    for person in others:
        preamble += " " + _full_stop(f"The business address of {person['name']} is {', '.join(person['address'])}")
    lines = centred("SCHEDULE I", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    lines += textwrap.wrap(preamble, 78, initial_indent="     ") + [""] + header + [""]
    letters = _letter_codes(len(roster.people))
    for index, person in enumerate(roster.people):
        lead = f"({letters[index].lower()}) " if options.numbered else ""
        left = textwrap.wrap(lead + printed_name(person, options), widths[0] - 2, subsequent_indent=" " * len(lead))
        left += [" " * len(lead) + person["citizenship"]] if options.citizenship else []
        cells = [left, textwrap.wrap("; ".join(person["positions"]), widths[1] - 2),
                 _items(person["other_positions"], widths[2] - 2)]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", f"{'-2-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                header + [""] if options.repeat_header else [])
        lines += rows + ["-" * sum(widths) if options.rules else ""]
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. HTML <th>: the address second, the titles last, a non-default citizenship in a numbered note ------------
def _cell(lines: list[str], options: Options) -> str:
    """A cell's lines: each in its own <p> (markers) or apart by <br> (no markers); an em dash for none."""
    escaped = [html.escape(line) for line in lines]
    if not escaped:
        return "&#8212;"
    if options.markers:
        return "".join(f"<p style=\"margin-top:0pt;margin-bottom:0pt\">{line}</p>" for line in escaped)
    return "<br>".join(escaped)


def html_th_address_second_titles_last_citizenship_notes(roster: Roster,
                                                         options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt: a Name / Position / Principal Occupation /
    Business Address table, the citizenship of all in one sentence with the exception named) and the Trilogy
    exhibits (dev/html_as_text_pipes_yes_no_flag_columns_footnotes_trilogy_2008.txt, sec.gov .../909793/
    000095013408004724/d54941exv99w1.htm: an HTML table, footnote marks glued to outside directors' names, the
    note after the table), with the SEC's label words. Choices combined: an HTML table with <th> captions in this
    order: 'Name' | 'Residence or Business Address' (SECOND: every person's own address, one line a line) |
    'Present Principal Occupation or Employment' (one occupation outside the organisation a line) |
    'Position(s) with the Reporting Person' (LAST: one title a line); an em dash in an empty cell; no citizenship
    column: the preamble says 'Except as indicated in the notes following the table, each person named below is a
    citizen of ...', a person of another citizenship carries a numbered note mark ' (1)' after the name (one
    number per other country, in order of appearance), and after the table one paragraph per note '(1) A citizen
    of Canada.'; names 'Surname, Given' in mixed case ('SURNAME, Given' in the upper_last_first variant); cell lines
    in <p> (markers) or apart by <br>; the numbered variant a first column of 'A.', 'B.' under an empty <th>; the
    ruled variant a bottom border on every cell; a page break (options.page_break_in) closes the table after that
    person's row, a centred page number, and it goes on after a page-break <div>, its <th> row repeated if it
    repeats."""
    org = roster.organization
    citizenship, country = _most_common_citizenship(roster)
    heads = ([""] if options.numbered else []) + ["Name", "Residence or Business Address",
                                                  "Present Principal Occupation or Employment",
                                                  "Position(s) with the Reporting Person"]
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{h}</th>" for h in heads) + "</tr>"
    td = "<td valign=\"top\"" + (" style=\"border-bottom:1px solid #000000\">" if options.rules else ">")
    notes: dict[str, int] = {}
    letters = _letter_codes(len(roster.people))
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        name = _surname_given(person, options)
        if options.citizenship and not _covered(person, country, citizenship):
            number = notes.setdefault(person["citizenship"], len(notes) + 1)
            name += f" ({number})"
        cells = ([_cell([f"{letters[index]}."], options)] if options.numbered else []) + [
            _cell([name], options), _cell(person["address"], options), _cell(person["other_positions"], options),
            _cell(person["positions"], options)]
        rows.append("<tr>" + "".join(f"{td}{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" border=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = ("<p align=\"center\">II-1</p><div style=\"page-break-before:always\"></div>").join(parts)
    preamble = (f"The following table sets forth the name, residence or business address, present principal "
                f"occupation or employment and position(s) with {org} (the \"Reporting Person\") of each director "
                f"and executive officer of the Reporting Person.")
    if options.citizenship:
        preamble += (f" Except as indicated in the notes following the table, each person named below is "
                     f"{_full_stop(_is_citizen(citizenship))}")
    after = []
    for said, number in notes.items():
        sentence = _is_citizen(said)
        after.append(f"<p>({number}) {html.escape(_full_stop(sentence[0].upper() + sentence[1:]))}</p>")
    text = (f"<html><body><p align=\"center\"><b>SCHEDULE II</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>{body}{''.join(after)}"
            f"</body></html>")
    return ".htm", text, _by_default(roster, options)


# ---- 3. capital labels alone on their lines, the values under them; the citizenship only for exceptions ---------
def caps_labels_above_values_citizenship_exceptions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov
    .../854460/000091205701506984/a2044032zex-1.txt: labelled blocks 'Name:' / 'Business Address:' / 'Principal
    Occupation:', the address lines stacked, the citizenship of all in the preamble) and Citigroup's Exhibit 99.A
    (dev/text_name_title_citizenship_citigroup.txt, sec.gov .../1116616/000104746904034282/a2146269zex-99_a.txt:
    a citizenship shown only where it is not the preamble's default), with labels_above_values' labels alone on
    their lines. Choices combined: every field a label in CAPITALS alone on its line, the value(s) on the lines
    under it indented five more: 'NAME:' (the name as printed, 'SURNAME, Given' in the upper_last_first variant),
    'POSITION(S) WITH THE COMPANY:' (the titles '; '-joined, wrapping at options.width + 20), 'PRESENT PRINCIPAL
    OCCUPATION OR EMPLOYMENT:' (one item per occupation outside the organisation, only where there is one),
    'BUSINESS ADDRESS:' (every person's own lines) and 'COUNTRY OF CITIZENSHIP:' only for a person who is not a
    citizen of the preamble's default, worded 'All of the individuals named below are citizens of ... except where
    another country of citizenship is given.'; '1.' in the margin before 'NAME:' in the numbered variant (the labels
    indented five under it); no blank line between the fields, two between entries (a line of '=' in the ruled
    variant); a page break (options.page_break_in) after the position field: 'A-2' centred, <PAGE> (a form feed
    without markers) and 'SCHEDULE A (continued)' if the header repeats."""
    org = roster.organization
    citizenship, country = _most_common_citizenship(roster)
    wrap = options.width + 20
    says = "" if not options.citizenship else " and, where it is not the same for all, country of citizenship"
    preamble = (f"Set forth below is the name, present position(s) with {org} (the \"Company\"), present principal "
                f"occupation or employment and business address{says} of each director and executive officer of "
                f"the Company.")
    if options.citizenship:
        said = _is_citizen(citizenship)[2:]          # 'citizen of the United States', 'Canadian citizen'
        preamble += (f" All of the individuals named below are {said.replace('citizen', 'citizens', 1)} except "
                     f"where another country of citizenship is given.")
    lines = centred("SCHEDULE A", "", "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS",
                     f"OF {org.upper()}") + [""] + textwrap.wrap(preamble, 78, initial_indent="     ") + [""]
    margin = "     " if options.numbered else ""
    for index, person in enumerate(roster.people):
        def field(label: str, values: list[str]) -> list[str]:
            return [margin + label] + [f"{margin}     {value}" for value in values]
        block = field("NAME:", [printed_name(person, options)])
        if options.numbered:
            block[0] = f"{index + 1}.".ljust(5) + block[0][5:]
        if person["positions"]:
            block += field("POSITION(S) WITH THE COMPANY:", textwrap.wrap("; ".join(person["positions"]), wrap))
        page_at = len(block)
        if person["other_positions"]:
            block += field("PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT:", _items(person["other_positions"], wrap))
        block += field("BUSINESS ADDRESS:", person["address"])
        if options.citizenship and not _covered(person, country, citizenship):
            block += field("COUNTRY OF CITIZENSHIP:", [person["citizenship"]])
        if options.page_break_in == index:
            block[page_at:page_at] = ["", f"{'A-2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                centred("SCHEDULE A (continued)") + [""] if options.repeat_header else [])
        lines += block + (["", "=" * 60, ""] if options.rules else ["", ""])
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", _by_default(roster, options)


# ---- 4. EDGAR <TABLE>: body sub-headings, the address second wrapped mid-phrase, '<Title> of <Org>' last ---------
def edgar_sections_address_second_titles_of_org_last(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov .../909815/
    000095012306004856/y19970a5exv99wa.txt: an EDGAR <TABLE>, the business address comma-joined and wrapped
    wherever the width falls) and Bear Stearns' Exhibit 1.1 (dev/text_fixed5col_employer_bsci.txt, sec.gov
    .../1058444/000095013506005955/b62468scexv1w1.txt: a sub-heading 'BSCI's Directors' inside the table), with
    MSDW OIP's two body sections (dev/text_sections_directors_officers_msdw_oip_2004.txt, sec.gov .../1065860/
    000095012304000402/y93268a1exv99w3.txt). Choices combined: columns in this order 'Name' (28) | 'Business
    Address' (SECOND, 26: the address lines joined by ', ' and wrapped mid-phrase at 24) | 'Country of Citizenship'
    (third, 16, a bare country; absent where the layout prints none) | 'Position(s) and Present Principal Occupation
    or Employment' (LAST, options.width + 8: one item per title held in the organisation, '<Title> of <Org>', then
    per occupation outside it, each wrapping under itself with a two-space hanging indent); two-line captions,
    bottom-aligned, each underlined by dashes of its own length; the names 'Surname, Given' in mixed case
    ('SURNAME, Given' in the upper_last_first variant), '1.' before them in the numbered variant (numbered through
    the sections); sub-heading lines inside the table 'Directors' then 'Executive Officers Who Are Not Directors',
    each only where it has people (persons in section order; none where someone is in neither body); no preamble
    default (every value printed); a blank line between rows (a full dashed line in the ruled variant); <TABLE>,
    <CAPTION> and <S>/<C> (none without markers); a page break (options.page_break_in) after the entry's second
    line: '-5-', <PAGE> (a form feed without markers) and the captions again if they repeat."""
    org = roster.organization
    widths = [28, 26] + ([16] if options.citizenship else []) + [options.width + 8]
    heads = [["", "Name"], ["Business", "Address"]] + ([["Country of", "Citizenship"]] if options.citizenship else [])
    heads.append(["Position(s) and Present Principal", "Occupation or Employment"])
    header = _underlined(heads, widths)
    sections = [("Directors", [p for p in roster.people if "board of directors" in p["bodies"]]),
                ("Executive Officers Who Are Not Directors",
                 [p for p in roster.people if p["bodies"] == ["executive officers"]])]
    if sum(len(people) for _, people in sections) < len(roster.people):     # a body the two do not name
        sections = [("", roster.people)]
    says = "citizenship, " if options.citizenship else ""
    lines = centred("ANNEX B", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    lines += textwrap.wrap(f"The name, business address, {says}position(s) with {org} and present principal "
                           f"occupation or employment of each of the directors and executive officers of {org} are "
                           f"set forth below.", 78, initial_indent="     ") + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + header
    lines += ["".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * 3, widths)).rstrip()] if options.markers else []
    lines.append("")
    number = 0
    for section, people in sections:
        if not people:
            continue
        lines += [section, ""] if section else []
        for person in people:
            number += 1
            lead = f"{number}. " if options.numbered else ""
            titles = [f"{title} of {org}" for title in person["positions"]]
            cells = [textwrap.wrap(lead + _surname_given(person, options), widths[0] - 2,
                                   subsequent_indent=" " * len(lead)),
                     textwrap.wrap(", ".join(person["address"]), widths[1] - 2)]
            cells += [[person["citizenship"]]] if options.citizenship else []
            cells.append(_items(titles + person["other_positions"], widths[-1] - 2))
            rows = _wrap_rows(cells, widths)
            if options.page_break_in == roster.people.index(person) and len(rows) > 2:
                rows[2:2] = ["", f"{'-5-':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                    header + [""] if options.repeat_header else [])
            lines += rows + ["-" * sum(widths) if options.rules else ""]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"plain_citizenship_under_name_titles_wrap": plain_citizenship_under_name_titles_wrap,
            "html_th_address_second_titles_last_citizenship_notes":
                html_th_address_second_titles_last_citizenship_notes,
            "caps_labels_above_values_citizenship_exceptions": caps_labels_above_values_citizenship_exceptions,
            "edgar_sections_address_second_titles_of_org_last": edgar_sections_address_second_titles_of_org_last}

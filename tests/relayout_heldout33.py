"""Held-out re-layout families, thirty-third set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (10:10-10:50 UTC by `date`) by helper session gather33 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth, nineteenth, twenty-first, twenty-fifth, twenty-seventh and thirtieth sets,
no family here adds a layout feature that no earlier family has: each is a NEW COMBINATION of features the earlier
families (and the real rosters in tests/data/rosters_real/dev/) already have - column order and widths, which column
wraps, header label words, name order and case, numbering style, entry separators, values stacked under the name or
under a label, page breaks inside an entry with a repeated header, preamble defaults worded anew, footnote marks,
HTML <th>/<br>/<p> cells and colspan section rows - the way a real annex could print its roster, so that no earlier
family renders the same text. Each family's docstring names the real roster it is modelled on and the choices it
combines. They measure whether the reader generalises within the features it knows. They are held out:
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
    _wrap_rows,
    centred,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship, _roman
from relayout_heldout19 import _by_default, _covered

LONG_CAPTION = ("Present Principal Occupation or Employment and the Name, Principal Business and Address of Any "
                "Corporation or Other Organization in Which Such Employment Is Conducted")


def _letters(number: int, upper: bool = True) -> str:
    """1 -> 'A', 26 -> 'Z', 27 -> 'AA', 28 -> 'BB' (the doubled letters real schedules use past Z)."""
    letter = chr(ord("A") + (number - 1) % 26) * ((number - 1) // 26 + 1)
    return letter if upper else letter.lower()


def _citizen_line(citizenship: str) -> str:
    """'Citizen of Canada', 'Citizen of the United States', 'Canadian citizen'."""
    said = _is_citizen(citizenship)
    return said[2].upper() + said[3:]


def _citizens(citizenship: str) -> str:
    """'citizens of the United States', 'Canadian citizens'."""
    return _is_citizen(citizenship)[2:].replace("citizen", "citizens", 1)


# ---- 1. EDGAR table: name with the address lines under it, the long SEC caption, 'Citizen of ...' where not default --
def name_address_stack_long_caption_citizen_line(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Deutsche Acquisition Corp.'s Exhibit 3 (tests/data/rosters_real/dev/text_twocol_nameaddr_title_deutsche_
    acquisition.txt, sec.gov .../811917/000090342300000439/0004.txt: a two-column <TABLE>, the left column the name
    with the business address lines under it, the right column the titles and the occupation wrapping beside them,
    the citizenship of all in the preamble). Choices combined: two columns, 'Name and Business Address' (36) | the
    SEC's long caption 'Present Principal Occupation or Employment and the Name, Principal Business and Address of
    Any Corporation or Other Organization in Which Such Employment Is Conducted' wrapped over several caption lines
    (options.width + 10), the left caption on the caption's last line, a dashed segment under each; the right cell
    one item per title held in the organisation ('<Title> of <Org>') and per outside occupation, each wrapping under
    itself, then 'Citizen of Canada' as the cell's last line only where the citizenship is not the preamble's
    default ('Each of the persons named below is a citizen of ..., except as noted.'); the name 'SURNAME, Given' in
    the upper_last_first variant, 'A.', 'B.', ... before it in the numbered variant (the address lines indented
    under the name); a blank line between entries (a dashed line across both columns in the ruled variant);
    <TABLE>/<CAPTION>/<S>/<C> only with markers; a page break (options.page_break_in) after the entry's second line:
    <PAGE> (a form feed without markers), a centred page number and the captions again if they repeat."""
    org = roster.organization
    citizenship, country = _most_common_citizenship(roster)
    widths = [36, options.width + 10]
    right_caption = textwrap.wrap(LONG_CAPTION, widths[1] - 2)
    left_caption = [""] * (len(right_caption) - 1) + ["Name and Business Address"]
    caption = _wrap_rows([left_caption, right_caption], widths)
    caption += ["".join(f"{'-' * (w - 4):<{w}}" for w in widths).rstrip()]
    lines = centred("SCHEDULE I", "", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}") + [""]
    preamble = (f"Set forth below are the name, business address and present principal occupation or employment of "
                f"each director and executive officer of {_full_stop(org)}")
    if options.citizenship:
        preamble += f" Each of the persons named below is {_is_citizen(citizenship)}, except as noted."
    lines += textwrap.wrap(preamble, 78, initial_indent="     ") + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption
    lines += ["".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>"], widths)).rstrip()] \
        if options.markers else [""]
    for index, person in enumerate(roster.people):
        lead = f"{_letters(index + 1)}. " if options.numbered else ""
        pad = " " * len(lead)
        left = textwrap.wrap(lead + printed_name(person, options), widths[0] - 2, subsequent_indent=pad)
        left += [piece for line in person["address"]
                 for piece in textwrap.wrap(line, widths[0] - 2, initial_indent=pad, subsequent_indent=pad)]
        items = [f"{title} of {org}" for title in person["positions"]] + person["other_positions"]
        right = [piece for item in items for piece in textwrap.wrap(item, widths[1] - 2)]
        if options.citizenship and not _covered(person, country, citizenship):
            right.append(_citizen_line(person["citizenship"]))
        rows = _wrap_rows([left, right], widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows + (["-" * (sum(widths) - 2)] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


# ---- 2. HTML <th>: colspan body sections, address before citizenship, position and occupation apart, 'i.' -------
def _cell(lines: list[str], options: Options) -> str:
    """A cell's lines: each in a <p> (markers) or apart by <br> (no markers); '&nbsp;' for an empty cell."""
    escaped = [html.escape(line) for line in lines]
    if options.markers:
        return "".join(f"<p style=\"margin:0pt\">{line}</p>" for line in escaped) or "&nbsp;"
    return "<br>".join(escaped) or "&nbsp;"


def html_th_colspan_sections_address_citizenship_roman(roster: Roster,
                                                       options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm,
    a 2020 SC 13D, no sec.gov address stored: an HTML table with section rows 'Directors' / 'Executive Officers')
    and Power Corporation of Canada's Exhibit A (dev/labelled_list_power_corporation_2005.txt, sec.gov
    .../1265430/000120621205000159/m17453a9exv99wa.txt: name, title, country of citizenship, principal occupation
    and principal business address of each person, fields keyed '(i)' ... '(v)'). Choices combined: an HTML table
    whose captions are <th>s: 'Name' | 'Residence or Business Address' | 'Country of Citizenship' (only when the
    layout prints one) | 'Position(s) with the Reporting Person' | 'Other Present Principal Occupation'; section
    rows one <td colspan> wide, bold and underlined, 'Directors' (everyone on the board) then 'Executive Officers'
    (the others), only where the two hold everyone (no section rows otherwise); the name cell the name alone
    ('SURNAME, Given' in the upper_last_first variant, 'i.', 'ii.', ... before it in the numbered variant, counted
    through the sections); the address lines, one a line; the titles one a line; the outside occupations one a
    line, an empty cell for a person with none; cell lines in <p> (markers) or apart by <br>; borders under every
    row in the ruled variant; a page break (options.page_break_in) closes the table after that person's row and a
    new one starts after a page-break <p>, its <th> row repeated if it repeats."""
    org = roster.organization
    heads = ["Name", "Residence or Business Address"] + (["Country of Citizenship"] if options.citizenship else []) \
        + ["Position(s) with the Reporting Person", "Other Present Principal Occupation"]
    header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\" style=\"border-bottom:1pt solid #000000\">{h}</th>"
                              for h in heads) + "</tr>"
    sections = [("Directors", [p for p in roster.people if "board of directors" in p["bodies"]]),
                ("Executive Officers", [p for p in roster.people if "board of directors" not in p["bodies"]
                                        and "executive officers" in p["bodies"]])]
    if sum(len(people) for _, people in sections) < len(roster.people):
        sections = [("", roster.people)]
    order = [person for _, people in sections for person in people]
    td = "<td valign=\"top\"" + (" style=\"border-bottom:1pt solid #000000\">" if options.rules else ">")
    rows, tables, number = [header], [], 0
    for section, people in sections:
        if section and people:
            rows.append(f"<tr><td colspan=\"{len(heads)}\"><b><u>{section}</u></b></td></tr>")
        for person in people:
            number += 1
            name = (f"{_roman(number)}. " if options.numbered else "") + printed_name(person, options)
            cells = [[name], person["address"]] + ([[person["citizenship"]]] if options.citizenship else []) + [
                person["positions"], person["other_positions"]]
            rows.append("<tr>" + "".join(f"{td}{_cell(c, options)}</td>" for c in cells) + "</tr>")
            if options.page_break_in == roster.people.index(person) and number < len(order):
                tables.append(rows)
                rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" border=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = "<p style=\"page-break-before:always\">&nbsp;</p>".join(parts)
    says = "residence or business address, country of citizenship" if options.citizenship else \
        "residence or business address"
    text = (f"<html><body><p align=\"center\"><b>ANNEX A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>The following table sets forth the name, {says}, "
            f"position(s) with {html.escape(org)} (the &#8220;Reporting Person&#8221;) and any other present "
            f"principal occupation of each director and executive officer of the Reporting Person.</p>{body}"
            f"</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. capitals name lines, the address stacked UNDER its label, 'Citizenship:' only where not the default -------
def _labelled(label: str, value: str, indent: str, width: int) -> list[str]:
    """'Label:  value' with the value's wrapped lines aligned under its first word."""
    head = f"{indent}{label}  "
    return textwrap.wrap(value, max(width, len(head) + 20), initial_indent=head, subsequent_indent=" " * len(head))


def caps_names_address_under_label(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Bollore group's Exhibit 1 (tests/data/rosters_real/dev/numbered_entities_bollore.txt, sec.gov
    .../1107470/000089183605000457/ex-1.txt: numbered entries '1.' with the name in CAPITALS alone on the number's
    line ('1.       MR. VINCENT BOLLORE'), the fields indented under it, 'Principal Business Address:' on a line of
    its own with the address lines stacked under the label, a blank line, then 'Principal Occupation:  ...' with
    its value on the label's line, the default citizenship in the preamble 'Except as otherwise indicated below,
    all persons named in this Exhibit 1 are French citizens ...'). Choices combined: the name alone on its line in
    CAPITALS in natural order ('SURNAME, Given' in the upper_last_first variant), '(1)', '(2)', ... before it in
    the numbered variant, the fields indented nine columns under it: 'Principal Business Address:' with every
    person's own address lines stacked under the label; 'Position(s) Held:  <titles, '; '-joined>' and 'Principal
    Occupation:  <outside occupations, '; '-joined>' (only where there is one), each value on its label's line and
    wrapping at options.width + 40 under itself; 'Citizenship:  <country>' only for a person whose citizenship is
    not the preamble's default, worded 'Except as otherwise indicated below, all persons named in this Exhibit 1
    are citizens of ...'; a blank line between the fields; entries apart by two blank lines (by a dashed line
    across the page in the ruled variant); a page break (options.page_break_in) after the entry's address lines:
    <PAGE> (a form feed without markers) and 'Exhibit 1 (continued)' if the header repeats."""
    org = roster.organization
    citizenship, country = _most_common_citizenship(roster)
    indent = " " * 9
    width = options.width + 40
    lines = centred("EXHIBIT 1", "", "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS",
                     f"OF {org.upper()}") + ["", ""]
    says = "principal business address, position(s) held and present principal occupation"
    preamble = f"Set forth below are the name, {says} of each director and executive officer of {_full_stop(org)}"
    if options.citizenship:
        preamble += (f" Except as otherwise indicated below, all persons named in this Exhibit 1 are "
                     f"{_full_stop(_citizens(citizenship))}")
    lines += textwrap.wrap(preamble, 78) + ["", ""]
    for index, person in enumerate(roster.people):
        name = person["name"].upper() if not options.upper_last_first else printed_name(person, options)
        block = [(f"({index + 1})" if options.numbered else "").ljust(9) + name]
        fields = [[f"{indent}Principal Business Address:"] + [f"{indent}{line}" for line in person["address"]]]
        if person["positions"]:
            fields.append(_labelled("Position(s) Held:", "; ".join(person["positions"]), indent, width))
        if person["other_positions"]:
            fields.append(_labelled("Principal Occupation:", "; ".join(person["other_positions"]), indent, width))
        if options.citizenship and not _covered(person, country, citizenship):
            fields.append(_labelled("Citizenship:", person["citizenship"], indent, width))
        for field in fields:
            block += field + [""]
        block = [line.rstrip() for line in block[:-1]]
        if options.page_break_in == index:
            at = 1 + len(fields[0])
            block[at:at] = ["", "<PAGE>" if options.markers else "\f", ""] + (
                centred("Exhibit 1 (continued)") + [""] if options.repeat_header else [])
        last = index == len(roster.people) - 1
        lines += block + ([] if last else ["", "-" * 78, ""] if options.rules else ["", ""])
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", _by_default(roster, options)


# ---- 4. three columns without table tags, lettered note marks after names, notes after the list -----------------
def offices_columns_lettered_notes(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Forstmann Little & Co.'s Schedule I (tests/data/rosters_real/dev/text_centered_names_gp_preamble_
    forstmann_little.txt, sec.gov .../1084242/000089534503000340/exh-99_1.txt: a preamble 'The business address of
    each of the following persons is ... and each is a citizen of the United States.', then the names) and
    Deutsche Acquisition Corp.'s Exhibit 3 (dev/text_twocol_nameaddr_title_deutsche_acquisition.txt, sec.gov
    .../811917/000090342300000439/0004.txt: columns under captions underlined with short dashed segments, no
    caption tags). Choices combined: three columns without table tags (and without <S>/<C> in any variant): 'Name'
    (38) | 'Office(s) Held' (30, one title a line, each wrapping under itself) | 'Other Principal Occupation'
    (options.width, the outside occupations one after another, each wrapping under itself); each caption
    underlined with dashes as long as its word(s); the name as printed ('SURNAME, Given' in the upper_last_first
    variant, '1.' before it in the numbered variant) followed by a lettered note mark ' (a)',
    ' (b)', ... only where the person's address or citizenship is not the preamble's default; the defaults in
    Forstmann's words 'The business address of each of the following persons is ... and each is a citizen of ...,
    except as indicated in the notes following the list.'; after the list one note per mark, hanging: '(a)  This
    person's business address is ....' and/or '(a)  This person is a citizen of Canada.'; a blank line between
    entries (a dashed line across the page in the ruled variant); a page break (options.page_break_in) after the
    entry's second line: <PAGE> (a form feed without markers), '-2-' and the captions again if they repeat."""
    org = roster.organization
    default = _default_address(roster)
    citizenship, country = _most_common_citizenship(roster)
    widths = [38, 30, options.width]
    heads = ["Name", "Office(s) Held", "Other Principal Occupation"]
    caption = [_wrap_rows([[h] for h in heads], widths)[0], _wrap_rows([["-" * len(h)] for h in heads], widths)[0]]
    lines = centred("Schedule I", "", org, "Directors and Executive Officers") + [""]
    preamble = (f"The following are the directors and executive officers of {_full_stop(org)} The business address "
                f"of each of the following persons is {', '.join(default)}")
    preamble += (f" and each is {_is_citizen(citizenship)}" if options.citizenship else "") + \
        ", except as indicated in the notes following the list."
    lines += textwrap.wrap(preamble, 78, initial_indent="     ") + [""] + caption + [""]
    notes, marks = [], 0
    for index, person in enumerate(roster.people):
        said = [] if person["address"] == default else [
            _full_stop(f"This person's business address is {', '.join(person['address'])}")]
        if options.citizenship and not _covered(person, country, citizenship):
            said.append(_full_stop(f"This person is {_is_citizen(person['citizenship'])}"))
        marks += 1 if said else 0
        mark = f" ({_letters(marks, upper=False)})" if said else ""
        if said:
            notes += textwrap.wrap(" ".join(said), 78, initial_indent=f"{mark.strip():<5}", subsequent_indent=" " * 5)
            notes.append("")
        lead = f"{index + 1}. " if options.numbered else ""
        name = textwrap.wrap(lead + printed_name(person, options) + mark, widths[0] - 2,
                             subsequent_indent=" " * len(lead))
        offices = [piece for title in person["positions"] for piece in textwrap.wrap(title, widths[1] - 2)]
        others = [piece for job in person["other_positions"] for piece in textwrap.wrap(job, widths[2] - 2)]
        rows = _wrap_rows([name, offices, others], widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", "<PAGE>" if options.markers else "\f", f"{'-2-':^78}".rstrip(), ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows + (["-" * (sum(widths) - 2)] if options.rules else [""])
    lines += [""] + notes
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", _by_default(roster, options)


FAMILIES = {"name_address_stack_long_caption_citizen_line": name_address_stack_long_caption_citizen_line,
            "html_th_colspan_sections_address_citizenship_roman": html_th_colspan_sections_address_citizenship_roman,
            "caps_names_address_under_label": caps_names_address_under_label,
            "offices_columns_lettered_notes": offices_columns_lettered_notes}

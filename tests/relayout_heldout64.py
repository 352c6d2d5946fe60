"""Held-out re-layout families, sixty-fourth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (06:39-06:44 UTC by `date`) by helper session gather64 (issue 13), BLIND: without reading the roster
reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any extraction
output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close variant of ONE real development
roster (tests/data/rosters_real/dev/), printing the other persons the way that filing prints its own, with only the
small differences two law firms' filings show. The rosters: after heldout61 took four of the fourteen used once,
ten remained used once (heldout23 ... heldout61 counted, siblings included); four of them here (Citizens Funds,
named by heldout61 as tied next; Castlerigg, Lor Finance and Chittenden, whose earlier close variants are the oldest,
heldout23-41), each differing in at least two choices from the earlier family on its roster:

- name_address_citizen_stack_positions_held (Citizens Funds' trustees and officers table): an EDGAR <TABLE> with
  a two-line capitals caption between full dashed rules, the left column stacking name, address lines and a
  'Citizen of <country>' line where the real one has the age, titles one a line, occupations '; '-joined.
- castlerigg_single_grid_title_column (Castlerigg's Appendix III): one dashed-segment grid, header cells inside
  <S>/<C>, Name | Title | Principal Occupation | Address | Citizenship, a segment rule after every person.
- asterisk_director_footnote_name_address (Lor Finance's Exhibit 7): no table tags, '*' before each director's name
  explained by a footnote ('* Director of <Org>'), the name over its address lines at the left, '<Title>, <Org>' and
  outside occupations at the right, the preamble's default citizenship and a 'Citizen of <country>' line for the
  others.
- prose_name_lead_honorific_sentences (Chittenden's Exhibit 99.1): the preamble's default business address, then
  one paragraph per person '<Name>.  Mr. <Surname> is <titles> of <Org>', outside occupations as 'and is ...',
  the own address and citizenship as sentences where not the preamble's.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; not yet measured.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import Options, Roster, _default_address, _wrap_rows, expected, printed_name, wrap_words
from relayout_heldout14 import _WOMEN
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered
from relayout_heldout61 import _MORE_WOMEN, _and_titles, _stop


def _name(index: int, person: dict, options: Options, form: str = "{}. ") -> str:
    return form.format(index + 1) * options.numbered + printed_name(person, options)


# ---- 1. Citizens Funds: name / address / citizen stacked | positions held | occupations -----------------------
def name_address_citizen_stack_positions_held(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citizens Funds' trustees and officers table (dev/text_fixed3col_name_address_age_citizens_funds.txt,
    sec.gov .../711202/000091205700047412/a2029632z497.txt: <TABLE><CAPTION>, a full dashed rule, the two-line
    caption 'NAME, ADDRESS / AND AGE' | 'POSITION(S) HELD WITH / TRUST' | 'PRINCIPAL OCCUPATION(S) / DURING PAST 5
    YEARS', a full rule, <S>/<C> after it, the left column stacking name, address lines and age, the occupations
    '; '-joined and wrapping, a full dashed rule after every row). Differs (and from gather41's
    name_address_position_held_table): 'NAME, ADDRESS AND / CITIZENSHIP' with a 'Citizen of <country>' line where
    the age stands, 'POSITION(S) HELD WITH / THE COMPANY' (the term defined in a preamble) with the titles one a
    line, the real 'PRINCIPAL OCCUPATION(S) / DURING PAST 5 YEARS' holding the outside occupations (an officer with
    none: his titles '<Title> of the Company' again, as the real table gives an officer's own post; '--' for
    nothing), widths 41 | 28 | width + 6, the full dashed rule kept after every row ('=' when ruled), 'SCHEDULE II'
    over a centred title, '1.' numbering, a page break after an entry's first line closing the table with the
    caption again if it repeats."""
    org = roster.organization
    widths = [41, 28, max(options.width + 6, 30)]
    total = sum(widths)
    rule = ("=" if options.rules else "-") * total
    left = "NAME, ADDRESS AND" if options.citizenship else "NAME AND"
    heads = [[left, "CITIZENSHIP" if options.citizenship else "ADDRESS"],
             ["POSITION(S) HELD WITH", "THE COMPANY"], ["PRINCIPAL OCCUPATION(S)", "DURING PAST 5 YEARS"]]
    caption = (["<TABLE>", "<CAPTION>"] if options.markers else []) + [rule] + [
        "  " + line for line in _wrap_rows(heads, widths)] + [rule] + (
        ["<S>" + " " * (widths[0] - 3) + "<C>" + " " * (widths[1] - 3) + "<C>"] if options.markers else [])
    lines = [f"{'SCHEDULE II':^{total}}".rstrip(), "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^{total}}".rstrip(), ""] + wrap_words(
        f"The following table sets forth certain information concerning the directors and executive officers of "
        f"{org} (the \"Company\").", 78, first=" " * 5) + [""] + caption
    for index, person in enumerate(roster.people):
        stack = wrap_words(_name(index, person, options), widths[0] - 2, "  ")
        stack += [piece for line in person["address"] for piece in wrap_words(line, widths[0] - 2, "  ")]
        if options.citizenship and person["citizenship"]:
            stack += wrap_words(f"Citizen of {person['citizenship']}", widths[0] - 2, "  ")
        titles = [piece for t in person["positions"] for piece in wrap_words(t, widths[1] - 2, "  ")] or ["None"]
        insider = [f"{t} of the Company" for t in person["positions"] if t != "Director"]
        occupations = wrap_words("; ".join(person["other_positions"] or insider) or "--", widths[2] - 1)
        rows = _wrap_rows([stack, titles, occupations], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [
                "", f"{'2':^{total}}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else (["<TABLE>"] if options.markers else []))
        lines += rows + [rule]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. Castlerigg: one grid of dashed segments Name | Title | Principal Occupation | Address | Citizenship -----
def castlerigg_single_grid_title_column(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Castlerigg Master Investments' Appendix III (dev/text_grid4col_citizenship_castlerigg.txt, sec.gov
    .../813781/000089534504000812/jsappendix3.txt: 'Page 20 of 27 Pages', 'APPENDIX III' underlined, a centred
    title, '<ORG> DIRECTORS', an indented preamble, <TABLE><CAPTION>, a rule of one dashed segment per column, the
    <S>/<C> row, centred header cells ('Principal' over 'Occupation'), the segment rule, wrapping cells and the
    segment rule after every person). Differs (and from gather32's officer_director_grid_tables): ONE grid for
    everyone with a 'Title' column (titles one a line) after the name, 'Appendix I' and 'INFORMATION REGARDING THE
    DIRECTORS AND EXECUTIVE OFFICERS', the occupation cell holding only outside occupations ('None'), widths 26 |
    24 | width | 27 | 16, '(1)' numbering, '=' segments when ruled, a page break after an entry's first line with
    '<PAGE>', 'Page 21 of 27 Pages' and the header between its rules if it repeats."""
    org = roster.organization
    widths = [26, 24, max(options.width, 24), 27] + ([16] if options.citizenship else [])
    total = sum(widths)
    dash = "=" if options.rules else "-"
    rule = "".join(dash * (w - 1) + " " for w in widths).rstrip()
    heads = [["Name", ""], ["Title", ""], ["Principal", "Occupation"], ["Address", ""]]
    heads += [["Citizenship", ""]] if options.citizenship else []
    heads = [[f"{h:^{w - 1}}" for h in cell] for cell, w in zip(heads, widths)]
    marks = "".join(f"{'<S>' if i == 0 else '<C>':<{w}}" for i, w in enumerate(widths)).rstrip()
    header = ([rule] + ([marks] if options.markers else []) + _wrap_rows(heads, widths) + [rule])
    preamble = (f"The following table sets forth the name, title, business address, principal occupation"
                f"{' and citizenship' if options.citizenship else ''} of each of the directors and executive "
                f"officers of {_stop(org)}")
    lines = [f"{'Page 20 of 27 Pages':>{total}}", f"{'Appendix I':^80}".rstrip(), f"{'----------':^80}".rstrip(), "",
             f"{'INFORMATION REGARDING THE DIRECTORS AND EXECUTIVE OFFICERS':^80}".rstrip(), "",
             f"{org.upper():^80}".rstrip(), ""] + wrap_words(preamble, 78, first=" " * 10) + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + header
    for index, person in enumerate(roster.people):
        cells = [wrap_words(_name(index, person, options, "({}) "), widths[0] - 2, "  "),
                 [piece for t in person["positions"] for piece in wrap_words(t, widths[1] - 2, "  ")] or ["--"],
                 [piece for o in person["other_positions"] for piece in wrap_words(o, widths[2] - 2, "  ")] or ["None"],
                 [piece for line in person["address"] for piece in wrap_words(line, widths[3] - 2, "  ")]]
        if options.citizenship:
            cells.append(wrap_words(person["citizenship"] or "", widths[4] - 2))
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</TABLE>", "<PAGE>"] if options.markers else ["\f"]) + [
                f"{'Page 21 of 27 Pages':>{total}}", ""] + (["<TABLE>", "<CAPTION>"] if options.markers else []) + (
                header if options.repeat_header else [])
        lines += rows + [rule]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. Lor Finance: '*' before directors, name over address | title and occupation -------------------------
def asterisk_director_footnote_name_address(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Lor Finance's Exhibit 7 (dev/text_asterisk_member_nameaddr_lor_finance.txt, sec.gov .../888002/
    000091205700045726/a2028396zex-99_7.txt: 'EXHIBIT 7' at the right, a three-line centred title, a preamble with
    the default citizenship ('Unless otherwise indicated, each individual is a citizen of ...'), the captions 'NAME,
    BUSINESS ADDRESS' and 'PRESENT PRINCIPAL OCCUPATION', '*  <Name>' over the address lines indented three, the
    occupation at 39 wrapping, a blank line between persons, a short rule and '* Member, Conseil d'Administration').
    Differs (and from gather32's marked_members_name_address_occupation): 'EXHIBIT 99.3', the title 'Directors and
    Executive Officers / of / <ORG>', the real captions kept (gather32: 'NAME AND BUSINESS ADDRESS' | 'PRINCIPAL
    OCCUPATION OR EMPLOYMENT'), the footnote '* Director of <Org>' (the seat given only by the star), the other
    titles as '<Title>, <Org>' one a line then the outside occupations, a 'Citizen of <country>' line at the right
    (gather32: '(a citizen of ...)' under the address) for those the preamble does not cover, the column at 41
    wrapping at width + 4, '(1)' numbering after the star, a hyphen rule between persons when ruled, a page break
    after an entry's first line with 'EXHIBIT 99.3 (continued)' and the captions if they repeat."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    column, width = 41, max(options.width + 4, 30)
    caption = [f"  {'NAME, BUSINESS ADDRESS':<{column - 2}}PRESENT PRINCIPAL OCCUPATION", ""]
    lines = [f"{'EXHIBIT 99.3':>80}", "", f"{'Directors and Executive Officers':^80}".rstrip(), f"{'of':^80}".rstrip(),
             f"{org.upper():^80}".rstrip(), ""]
    preamble = (f"The names of the directors and the names and titles of the executive officers of {org} and their "
                f"business addresses and present principal occupations are set forth below.")
    if options.citizenship:
        preamble += f" Unless otherwise indicated, each individual is {_is_citizen(default)}."
    lines += wrap_words(preamble, 78, first=" " * 6) + [""] + caption
    for index, person in enumerate(roster.people):
        star = "*  " if "Director" in person["positions"] else "   "
        left = wrap_words(star + _name(index, person, options, "({}) "), column - 2, "   ")
        left += [piece for line in person["address"] for piece in wrap_words(line, column - 5, "   ", "   ")]
        right = [piece for t in person["positions"] if t != "Director" for piece in wrap_words(f"{t}, {org}", width, "  ")]
        right += [piece for o in person["other_positions"] for piece in wrap_words(o, width, "  ")]
        if options.citizenship and person["citizenship"] and not _covered(person, country, default):
            right.append(f"Citizen of {person['citizenship']}")
        rows = _wrap_rows([left, right or [""]], [column, width])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "<PAGE>" if options.markers else "\f", f"{'EXHIBIT 99.3 (continued)':>80}", ""] + (
                caption if options.repeat_header else [])
        lines += rows + ([" " * 3 + "-" * 20] if options.rules else [""])
    lines += ["", "-----------", f"* Director of {org}"]
    return ".txt", "\n".join(lines).rstrip() + "\n", _by_default(roster, options)


# ---- 4. Chittenden: one paragraph per person, '<Name>.  Mr. <Surname> is ...' ---------------------------------
def _honorific(person: dict) -> str:
    first = person["name"].split()[0].casefold()
    return "Ms." if first in _WOMEN or first in _MORE_WOMEN else "Mr."


def prose_name_lead_honorific_sentences(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Chittenden Corporation's Exhibit 99.1 (dev/prose_chittenden_corporation.txt: '<PAGE>', a centred
    underlined 'EXHIBIT 99.1', 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>', a preamble giving the business
    address of everyone, then one indented paragraph per person '<Name>.  Mr. <Surname> is <titles> of <Org>.',
    outside occupations as '... and is Chairman of <other>', 'who is currently retired'). Differs (and from
    gather23's prose_honorific_paragraphs): 'EXHIBIT B', the preamble's 'Unless otherwise indicated below' and the
    default citizenship, 'Ms.' for a woman, '<Surname>' as the name's last word, the titles 'A, B and C' of the
    organisation's full name, the own address sentence ('<Hon> <Surname>'s business address is ...') and citizenship
    sentence where not the default, '(1)' numbering, a page break after an entry's first line with 'B-2' and
    '<PAGE>'."""
    org = roster.organization
    default_address = _default_address(roster)
    default, country = _most_common_citizenship(roster)
    lines = (["<PAGE>"] if options.markers else []) + ["", f"{'EXHIBIT B':^80}".rstrip(), f"{'---------':^80}".rstrip(),
                                                       f"{'DIRECTORS AND EXECUTIVE OFFICERS OF':^80}".rstrip(),
                                                       f"{org.upper():^80}".rstrip(), ""]
    preamble = (f"Unless otherwise indicated below, the business address of each of the following directors and/or "
                f"executive officers of {org} is {', '.join(default_address)}")
    preamble += f", and each of them is {_is_citizen(default)}." if options.citizenship else "."
    lines += wrap_words(preamble, 78, first=" " * 5) + [""]
    for index, person in enumerate(roster.people):
        words = [w for w in person["name"].split() if w.strip(",.") not in ("Jr", "Sr", "II", "III", "IV")]
        who = f"{_honorific(person)} {words[-1].strip(',')}"
        text = f"{_name(index, person, options, '({}) ')}."
        parts = []
        if person["positions"]:
            parts.append(" " + _and_titles(["a director" if t == "Director" else t for t in person["positions"]])
                         + f" of {org}")
        parts += [f" {o}" for o in person["other_positions"]]
        if parts:
            text += f"  {who} is" + " and is".join(parts) + "."
        if person["address"] != default_address:
            text += f"  {who}'s business address is {_stop(', '.join(person['address']))}"
        if options.citizenship and person["citizenship"] and not _covered(person, country, default):
            text += f"  {who} is {_is_citizen(person['citizenship'])}."
        paragraph = wrap_words(text, 78, first=" " * 5)
        if options.page_break_in == index and len(paragraph) > 1:
            paragraph[1:1] = ["", f"{'B-2':^80}".rstrip(), "<PAGE>" if options.markers else "\f", ""]
        lines += paragraph + ([" " * 5 + "-" * 10] if options.rules else [""])
    return ".txt", "\n".join(lines).rstrip() + "\n", _by_default(roster, options)


FAMILIES = {
    "name_address_citizen_stack_positions_held": name_address_citizen_stack_positions_held,
    "castlerigg_single_grid_title_column": castlerigg_single_grid_title_column,
    "asterisk_director_footnote_name_address": asterisk_director_footnote_name_address,
    "prose_name_lead_honorific_sentences": prose_name_lead_honorific_sentences,
}

"""Held-out re-layout families, hundred-and-thirty-third set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (19:16-19:28 UTC by `date`) by helper session gather133 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS, on the four rosters least used by earlier
close-variant sets (BSCI 3; IDT, ConAgra, MSDW 4 each, siblings counted):

- bsci_edgar_five_column_employer_table: after BSCI's Exhibit 1.1 (an EDGAR <TABLE>: name | present principal
  occupation | name of employer | principal business of employer | address of employer, '--' where none).
- idt_edgar_position_occupation_address_citizen_preamble: after IDT Nevada's Exhibit 4 (name | position |
  principal occupation | business address; citizenship said once in the preamble, 'other than X, who is a
  citizen of Y').
- conagra_indented_name_address_left_titles_right: after ConAgra Foods' Schedule I (name over address lines at
  the left, '<titles> of <Org>' at the right, the common address and citizenship in the preamble).
- msdw_single_section_name_title_preamble_address: after MSDW OIP's Exhibit 3 (a centred underlined heading, a
  preamble giving the common address and citizenship, a 'Name  Title' list, other addresses under the entry).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end. Not yet measured.
Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from collections import Counter

from relayout import Options, Roster, _wrap_rows, expected, printed_name
from relayout_heldout99 import _done, _numbered, _wrap


def _common(roster: Roster) -> list[str]:
    counts = Counter(tuple(p["address"]) for p in roster.people if p["address"])
    return list(counts.most_common(1)[0][0]) if counts else []


def _citizen_sentence(roster: Roster, options: Options, noun: str) -> list[str]:
    """'Each <noun> is a citizen of C, other than A, who is a citizen of X.' (the IDT preamble's form)."""
    if not options.citizenship:
        return []
    counts = Counter(p["citizenship"] for p in roster.people if p["citizenship"])
    if not counts:
        return []
    main = counts.most_common(1)[0][0]

    def country(value: str) -> str:
        return "the " + value if value.startswith("United ") else value
    others = [f"{p['name']}, who is a citizen of {country(p['citizenship'])}" if p["citizenship"]
              else f"{p['name']}, whose citizenship is not stated herein"
              for p in roster.people if p["citizenship"] != main]
    text = f"Each {noun} is a citizen of {country(main)}"
    if others:
        text += ", other than " + (", and ".join(others) if len(others) < 3
                                   else "; ".join(others[:-1]) + "; and " + others[-1])
    return [text + "."]


def _people(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _tags(lines: list[str], options: Options) -> str:
    """The text; without markers no EDGAR table tags at all (a text-only filing)."""
    tags = {"<TABLE>", "</TABLE>", "<CAPTION>"}
    return _done([line for line in lines if options.markers or line not in tags])


def _page(lines: list[str], options: Options, header: list[str], folio: str) -> list[str]:
    head = ["</TABLE>", "", "<PAGE>", ""] if options.markers else ["", "\f" + f"{folio:^78}".rstrip(), ""]
    return head + (["<TABLE>"] if options.markers else []) + (header if options.repeat_header else [])


# ---- 1. BSCI: five-column EDGAR table with the employer ----------------------------------------------------------
def bsci_edgar_five_column_employer_table(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_fixed5col_employer_bsci.txt: an EDGAR <TABLE>, a two-line caption
    (Present Principal / Occupation or Employment | Name of Employer | Principal Business / of Employer | Address of
    Employer), '--' where a cell has nothing (the real's). Differences: 'SCHEDULE I' centred (the real 'EXHIBIT 1.1'
    at the right), one list (the real heads 'BSCI's Directors'), narrower columns (20/24/20/16, address width + 2),
    a sixth 'Citizenship' column (the real has none), the occupation the titles ('<title> of <Org>' with the org the
    employer) or else the outside positions. Variants: '1.'; a hyphen line between rows when ruled; a page break
    after the first line of the row: </TABLE>, <PAGE> (form feed and 'I-2' without markers), the caption again."""
    org = roster.organization
    widths = [21, 27, 20, 18, options.width, 15]
    caps = [["", "Name"], ["Present Principal", "Occupation or Employment"], ["", "Name of Employer"],
            ["Principal Business", "of Employer"], ["", "Address of Employer"], ["", "Citizenship"]]
    if not options.citizenship:
        widths, caps = widths[:5], caps[:5]
    header = ["<CAPTION>"] + _wrap_rows(caps, widths) + ["".join(f"{'-' * (w - 3):<{w}}" for w in widths).rstrip()]
    header += ["<S>" + " " * (widths[0] - 3) + "".join(f"{'<C>':<{w}}" for w in widths[1:]).rstrip()] \
        if options.markers else []
    lines = ["<PAGE>" if options.markers else "", "", f"{'SCHEDULE I':^78}".rstrip(), ""]
    lines += [f"{t:^78}".rstrip() for t in _wrap(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 66)] + [""]
    lines += _wrap("To the knowledge of the Reporting Persons, the following sets forth the names, present principal "
                   "occupations or employment, and the names, principal businesses and addresses of the employers, "
                   f"of the directors and executive officers of {org.rstrip('.')}.", 79) + ["", "<TABLE>"] + header
    for index, person in enumerate(roster.people):
        inside = bool(person["positions"])
        occupation = "; ".join(person["positions"]) if inside else "; ".join(person["other_positions"])
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 _wrap(occupation or "--", widths[1] - 3), _wrap(org if inside else "--", widths[2] - 3),
                 _wrap("--", widths[3] - 3), _wrap(", ".join(person["address"]) or "--", widths[4] - 3)]
        if options.citizenship:
            cells.append(_wrap(person["citizenship"] or "--", widths[5] - 2))
        rows = _wrap_rows(cells, widths)
        for outside in person["other_positions"] if inside else []:
            rows += [""] + _wrap_rows([[""], _wrap(outside, widths[1] - 3), ["--"], ["--"], ["--"]], widths[:5])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page(rows, options, header, "I-2")
        lines += rows + (["-" * 78] if options.rules else [""])
    lines += ["</TABLE>"]
    return ".txt", _tags(lines, options), _people(roster, options)


# ---- 2. IDT: four-column EDGAR table, citizenship in the preamble --------------------------------------------------
def idt_edgar_position_occupation_address_citizen_preamble(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_nevada.txt: 'EXHIBIT 4' at the
    margin, a two-line centred title, a preamble saying occupations refer to the org unless otherwise indicated and
    the citizenship once ('Each person listed below is a citizen of X, other than A, who is a citizen of Y', the
    real's), an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address with hyphen underlines (the
    real's). Differences: 'Title' for 'Position' (Citigroup's word), columns 24/28/30 (the real 22/31/32), the
    address wrapping at width - 6, a blank line after the caption, the occupation the outside positions '; '-joined or
    the titles. Variants: '1.'; a hyphen line between rows when ruled; a page break after the first line of the row:
    </TABLE>, <PAGE> (form feed and '2' without markers), the caption again."""
    org = roster.organization
    widths = [24, 28, 30, max(options.width - 4, 22)]
    header = ["<CAPTION>"] + [f"{'Name':<24}{'Title':<28}{'Principal Occupation':<30}Business Address",
                              f"{'----':<24}{'-----':<28}{'-' * 20:<30}{'-' * 16}", ""]
    header += ["<S>" + " " * 21 + "<C>" + " " * 25 + "<C>" + " " * 27 + "<C>"] if options.markers else []
    lines = ["EXHIBIT 4", "", ""] + [f"{t:^78}".rstrip() for t in ["DIRECTORS AND EXECUTIVE OFFICERS OF",
                                                                    org.upper()]] + [""]
    lines += _wrap(f"         The name, title, principal occupation and business address of each executive officer "
                   f"and director of {org} is set forth below. Unless otherwise indicated, each occupation set forth "
                   f"opposite a person's name refers to employment with {org.rstrip('.')}. "
                   + " ".join(_citizen_sentence(roster, options, "person listed below")), 78)
    lines += ["", "<TABLE>"] + header
    for index, person in enumerate(roster.people):
        occupation = "; ".join(person["other_positions"]) or ", ".join(person["positions"])
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2),
                 _wrap(", ".join(person["positions"]) or "None", widths[1] - 3),
                 _wrap(occupation or "None", widths[2] - 2),
                 [piece for line in person["address"] for piece in _wrap(line, widths[3])] or ["--"]]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page(rows, options, header, "2")
        lines += rows + (["-" * 78] if options.rules else [""])
    lines += ["</TABLE>"]
    return ".txt", _tags(lines, options), _people(roster, options)


# ---- 3. ConAgra: name and address at the left, titles at the right -------------------------------------------------
def conagra_indented_name_address_left_titles_right(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/text_indented_nameaddr_conagra_foods.txt: each entry indented 6, the name
    over its address lines at the left, '<titles, ', '-joined> of <Org>' at column 39 wrapping (the real's), the common address
    and the citizenship in the preamble ('Unless otherwise indicated, the business address for each Individual is
    ...'; 'Each Individual is a citizen of ...'). Differences: 'SCHEDULE A' centred (the real 'SCHEDULE I' at the
    margin), column 41, the right column wrapping at width, every address printed under the name (the real prints
    its common one too), outside positions as 'Principal Occupation:' lines under the entry, a page break as '-2-' and a form feed (the
    real '<PAGE>'). Variants: '1.'; a hyphen line between entries when ruled."""
    org = roster.organization
    common = _common(roster)
    lines = ["", f"{'SCHEDULE A':^78}".rstrip(), ""]
    text = (f"         The executive officers and directors of {org} (the \"Individuals\") and the information "
            "required by Item 2 of Schedule 13D are listed below, along with the offices held by each Individual.")
    if common:
        text += " Unless otherwise indicated, the business address for each Individual is " + ", ".join(common) + "."
    lines += _wrap(" ".join([text] + _citizen_sentence(roster, options, "Individual")), 79) + ["", ""]
    for index, person in enumerate(roster.people):
        left = _wrap(_numbered(index, printed_name(person, options), options), 33) + [
            piece for line in person["address"] for piece in _wrap(line, 33)]
        right = []
        if person["positions"]:
            right += _wrap(", ".join(person["positions"]) + f" of {org}", options.width)
        rows = _wrap_rows([left, right or ["None"]], [35, options.width + 2], "      ")
        for outside in person["other_positions"]:
            rows += _wrap("      Principal Occupation: " + outside, 79, "        ")
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "", f"{'-2-':^78}".rstrip(), "\f", ""]
        lines += rows + (["      " + "-" * 60] if options.rules else [""])
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. MSDW: one Name / Title list, the common address in the preamble ---------------------------------------------
def msdw_single_section_name_title_preamble_address(roster: Roster, options: Options):
    """After tests/data/rosters_real/dev/../text_sections_directors_officers_msdw_oip_2001.txt: a centred 'EXHIBIT 3'
    underlined with hyphens, a centred two-line title, a preamble giving the common business address ('If no address
    is given, ... business address is ...') and the citizenship, then the names indented 3 with the title at column
    50 (the real's). Differences: one 'DIRECTORS AND OFFICERS' section (the real has DIRECTORS and OFFICERS lists,
    each person once here), the titles ', '-joined (each title refers to the org), outside positions and an address
    other than the common one as indented lines under the name ('Principal Occupation: ...', 'Business Address:
    ...'), 'Exhibit 99.3' in the variant heading. Variants: '1.'; a hyphen line between entries when ruled; a page
    break after the name line: <PAGE> (form feed without markers) and the section head again."""
    org = roster.organization
    common = _common(roster)
    head = ["   DIRECTORS AND OFFICERS" + " " * 25 + "Title", ""]
    lines = ["<PAGE>" if options.markers else "", "", f"{'EXHIBIT 3':^80}".rstrip(), f"{'---------':^80}".rstrip(),
             ""] + [f"{t:^80}".rstrip() for t in ["EXECUTIVE OFFICERS AND DIRECTORS OF", org.upper()]] + [""]
    text = (f"The names and titles of the Directors and Executive Officers of {org} are set forth below. Unless "
            f"otherwise indicated, each title set forth opposite an individual's name refers to {org.rstrip('.')}.")
    if common:
        text += (" If no address is given, the Director's or Executive Officer's business address is "
                 + ", ".join(common) + ".")
    lines += _wrap(" ".join([text] + _citizen_sentence(roster, options, "individual")), 80) + [""] + head
    for index, person in enumerate(roster.people):
        title = ", ".join(person["positions"]) or "None"
        entry = _wrap_rows([_wrap(_numbered(index, printed_name(person, options), options), 44),
                            _wrap(title, options.width)], [47, options.width], "   ")
        for outside in person["other_positions"]:
            entry += _wrap("          Principal Occupation: " + outside, 80, "            ")
        if person["address"] and person["address"] != common:
            entry += _wrap("          Business Address: " + ", ".join(person["address"]), 80, "            ")
        if options.page_break_in == index:
            entry[1:1] = ["", "<PAGE>" if options.markers else "\f", ""] + (head if options.repeat_header else [])
        lines += entry + (["   " + "-" * 60] if options.rules else [""] if len(entry) > 1 else [])
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {
    "bsci_edgar_five_column_employer_table": bsci_edgar_five_column_employer_table,
    "idt_edgar_position_occupation_address_citizen_preamble": idt_edgar_position_occupation_address_citizen_preamble,
    "conagra_indented_name_address_left_titles_right": conagra_indented_name_address_left_titles_right,
    "msdw_single_section_name_title_preamble_address": msdw_single_section_name_title_preamble_address,
}

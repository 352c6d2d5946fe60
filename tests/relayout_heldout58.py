"""Held-out re-layout families, fifty-eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (04:54-05:06 UTC by `date`) by helper session gather58 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close variant of ONE real
development roster (tests/data/rosters_real/dev/), printing the other persons the way that filing prints its own,
with only the small differences two law firms' filings show. The four rosters are among those used by one earlier
close-variant family only (heldout23 ... heldout55 counted, siblings included: Harvard College in heldout32,
National Grid in heldout35, Citigroup in heldout32, SBC in heldout26), and each family differs from that earlier
family in at least two choices:

- name_office_occupation_rows_blank_between (Harvard College's Exhibit A): a dashed-underlined section title,
  'Name' | 'Office/Position' | 'Principal Occupation' | 'Citizenship' with dashes of the words' length, a blank
  line between rows, the business address under the name only where it is not the preamble's default.
- stacked_name_affiliation_lines (National Grid USA Service Company's Exhibit A): blank-line-separated blocks of
  a name line, then '<titles>, <Org>' and the outside occupations one a line, then the address lines and a
  'Citizenship:' line.
- edgar_name_address_title_paren_country (Citigroup's Exhibit 99.A): an EDGAR <TABLE> 'NAME AND BUSINESS
  ADDRESS' | 'TITLE AND PRINCIPAL OCCUPATION (AND CITIZENSHIP, IF NOT UNITED STATES)', the country in parentheses
  after the occupations for non-US persons only.
- director_paren_occupation_two_sections (SBC Communications' Exhibit I): 'Directors' and 'Executive Officers'
  sections of a two-column 'Name and Business Address' | 'Present Principal Occupation or Employment' table with
  hanging-indent wraps and no blank lines, outside directors as 'Director (<occupation>; ...)', a citizenship
  sentence per person after each table.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
and they become development families after that measurement. Expected everywhere: every person's own values
(relayout.expected(p, org, options)); the citizenship is None where options.citizenship is False (and not printed).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import Options, Roster, _default_address, _wrap_rows, expected, expected_people, printed_name, wrap_words


def _and_titles(positions: list[str]) -> str:
    if any("," in t or " and " in t for t in positions):
        return "; ".join(positions)
    return positions[0] if len(positions) < 2 else ", ".join(positions[:-1]) + " and " + positions[-1]


# The spellings of a United States citizenship the rosters give; the Citigroup layout prints none of them, its header
# saying 'IF NOT UNITED STATES', so the expected citizenship is 'United States' (the header's words) for these.
_US = ("United States", "United States of America", "U.S.", "USA", "U.S.A.")


def _name(index: int, person: dict, options: Options) -> str:
    return f"{index + 1}. " * options.numbered + printed_name(person, options)


# ---- 1. Harvard College: Name | Office/Position | Principal Occupation | Citizenship, blank line between rows -------
def name_office_occupation_rows_blank_between(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Harvard College's Exhibit A (tests/data/rosters_real/dev/text_name_office_harvard_college.txt: '<PAGE>',
    a centred 'EXHIBIT A' and 'Directors and Executive Officers', a preamble giving the default business address
    ('If no business address is given, ...'), a section title underlined with hyphens, 'Name' / 'Office/Position'
    with dashes of the words' length, a blank line between rows, 'Page 7 of 8 Pages' centred at the foot).
    Differences (and from gather32's family after the same roster): 'EXHIBIT B'; two more columns, 'Principal
    Occupation' (the outside occupations one a line) and 'Citizenship' (where the layout prints one); the person's
    own business address under the name where it is not the default; the titles one a line; the name column 34
    wide, the office column 26, the occupation column options.width; '1.' numbering, 'SURNAME, Given' and a hyphen
    rule between rows in the variants; a page break: 'Page 1 of 2 Pages' centred, '<PAGE>' (a form feed without
    markers) and the header again if it repeats."""
    org = roster.organization
    default = _default_address(roster)
    widths = [34, 26, options.width + 2] + ([16] if options.citizenship else [])
    heads = ["Name", "Office/Position", "Principal Occupation"] + (["Citizenship"] if options.citizenship else [])
    header = ["".join(f"{h:<{w}}" for h, w in zip(heads, widths)).rstrip(),
              "".join(f"{'-' * len(h):<{w}}" for h, w in zip(heads, widths)).rstrip()]
    says = "business addresses, offices, present principal occupation or employment" + (
        " and citizenship" if options.citizenship else "")
    section = f"Directors and Executive Officers of {org}"
    lines = ["<PAGE>" if options.markers else "", "", f"{'EXHIBIT B':^80}".rstrip(), "",
             f"{'Directors and Executive Officers':^80}".rstrip(), ""]
    lines += wrap_words(f"     The names of the directors and executive officers of {org} and their {says} are set "
                   f"forth below. If no business address is given, the business address of such director or "
                   f"executive officer is {', '.join(default)}.", 79) + [""]
    lines += [section, "-" * len(section), ""] + header + [""]
    for index, person in enumerate(roster.people):
        left = wrap_words(_name(index, person, options), widths[0] - 2, "  ")
        if person["address"] != default:
            left += [piece for line in person["address"] for piece in wrap_words(line, widths[0] - 2, "  ")]
        cells = [left, [piece for t in person["positions"] for piece in wrap_words(t, widths[1] - 2, "  ")],
                 [piece for o in person["other_positions"] for piece in wrap_words(o, widths[2] - 2, "  ")]]
        if options.citizenship:
            cells.append(wrap_words(person["citizenship"] or "", widths[3] - 1))
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", "", f"{'Page 1 of 2 Pages':^80}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                header + [""] if options.repeat_header else [])
        lines += rows + (["-" * 79] if options.rules else [""])
    lines += ["", "", f"{'Page 2 of 2 Pages':^80}".rstrip()]
    return ".txt", "\n".join(lines).rstrip() + "\n", expected_people(roster, options)


# ---- 2. National Grid: stacked blocks, name line then affiliation lines --------------------------------------------
def stacked_name_affiliation_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After National Grid USA Service Company's Exhibit A (tests/data/rosters_real/dev/text_stacked_name_title_
    lines_postamble_address_national_grid.txt: '<PAGE>', 'EXHIBIT A' far right, a preamble ending in a colon, the
    organisation's name on a line of its own, then blank-line-separated blocks: the name line, then one line per
    affiliation '<title>, <company>', long ones wrapping flush left). Printed the same way here. Differences (and
    from gather35's family after the same roster): 'EXHIBIT 2' far right; the preamble names directors and executive
    officers; in each block, after the '<titles>, <Org>' line and the outside occupations (one a line), the
    person's business address lines and, where the layout prints a citizenship, 'Citizenship: <value>'
    (no postamble address); lines wrap at options.width + 40; '1.' before the name, 'SURNAME, Given' and a hyphen rule
    between blocks in the variants; a page break after the name line: '<PAGE>' (a form feed without markers) and
    'EXHIBIT 2 (continued)' far right if the header repeats."""
    org = roster.organization
    width = options.width + 40
    says = "positions, corporate affiliations" + (", business addresses and citizenship" if options.citizenship
                                                   else " and business addresses")
    lines = ["<PAGE>" if options.markers else "", f"{'EXHIBIT 2':>64}", "", ""]
    lines += wrap_words(f"Names, {says} of the directors and executive officers of {org}:", 79) + ["", org, ""]
    for index, person in enumerate(roster.people):
        if index and options.rules:
            lines += ["-" * 40, ""]
        lines.append(_name(index, person, options))
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f"] + (
                [f"{'EXHIBIT 2 (continued)':>64}", ""] if options.repeat_header else [""])
        if person["positions"]:
            lines += wrap_words(f"{_and_titles(person['positions'])}, {org}", width)
        for other in person["other_positions"]:
            lines += wrap_words(other, width)
        lines += [piece for line in person["address"] for piece in wrap_words(line, width)]
        if options.citizenship and person["citizenship"]:
            lines.append(f"Citizenship: {person['citizenship']}")
        lines.append("")
    return ".txt", "\n".join(lines).rstrip() + "\n", expected_people(roster, options)


# ---- 3. Citigroup: EDGAR table, citizenship in parentheses if not United States ------------------------------------
def edgar_name_address_title_paren_country(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citigroup Financial Products' Exhibit 99.A (tests/data/rosters_real/dev/text_name_title_citizenship_
    citigroup.txt: '<Page>', 'EXHIBIT 99.A' and 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>' centred, 'Set forth
    below are the names and titles of ...', an EDGAR <Table>/<Caption> with 'NAME' / 'TITLE (AND CITIZENSHIP, IF
    NOT UNITED STATES)' and dashes of the words' length, <S>/<C>, one line per person, 'Director (Brazil)').
    Differences (and from gather32's family after the same roster): 'EXHIBIT 99.2'; header words 'NAME AND
    BUSINESS ADDRESS' (MetLife's) and 'TITLE AND PRINCIPAL OCCUPATION (AND CITIZENSHIP, IF NOT UNITED STATES)'
    (without the citizenship words where the layout prints none); the address lines under the name; the titles
    '<titles>, <Org>' then the outside occupations '; '-joined, wrapping at options.width + 10, a non-US country
    in parentheses at the end (none for a United States citizen, whose expected citizenship is then the header's
    'United States'); a blank line between persons; '1.' numbering, 'SURNAME, Given' and a hyphen rule
    between persons in the variants; no tags without markers; a page break: '<Page>' (a form feed without markers),
    the centred title '(continued)' and the caption again if it repeats."""
    org = roster.organization
    widths = [33, options.width + 12]
    head2 = "TITLE AND PRINCIPAL OCCUPATION" + (" (AND CITIZENSHIP, IF NOT UNITED STATES)"
                                              if options.citizenship else "")
    heads = ["NAME AND BUSINESS ADDRESS", head2]
    caption = (["<Caption>"] if options.markers else []) + [
        f"{heads[0]:<{widths[0]}}{heads[1]}", f"{'-' * len(heads[0]):<{widths[0]}}{'-' * len(heads[1])}"] + (
        [f"{'<S>':<{widths[0]}}<C>"] if options.markers else [])
    says = "names, business addresses, titles" + (", present principal occupations and citizenship"
                                                  if options.citizenship else " and present principal occupations")
    title = f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"
    lines = ["<Page>" if options.markers else "", "", f"{'EXHIBIT 99.2':^80}".rstrip(), "", f"{title:^80}".rstrip(),
             ""]
    lines += wrap_words(f"Set forth below are the {says} of the Directors and Executive Officers of {org.rstrip('.')}.", 80)
    lines += [""] + (["<Table>"] if options.markers else []) + caption
    for index, person in enumerate(roster.people):
        items = ([f"{_and_titles(person['positions'])}, {org}"] if person["positions"] else []) + \
            person["other_positions"]
        text = "; ".join(items)
        if options.citizenship and person["citizenship"] and person["citizenship"] not in _US:
            text += f" ({person['citizenship']})"
        left = wrap_words(_name(index, person, options), widths[0] - 2, "  ")
        left += [piece for line in person["address"] for piece in wrap_words(line, widths[0] - 2, "  ")]
        rows = _wrap_rows([left, wrap_words(text, widths[1] - 2, "  ")], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</Table>"] if options.markers else []) + [
                "", "<Page>" if options.markers else "\f", "", f"{title + ' (continued)':^80}".rstrip(), ""] + (
                (["<Table>"] if options.markers else []) + caption if options.repeat_header else
                (["<Table>"] if options.markers else []))
        lines += rows + (["-" * 78] if options.rules and index + 1 < len(roster.people) else [""])
    lines += ["</Table>"] if options.markers else []
    people = [expected(p, org, options, citizenship="United States")
              if options.citizenship and p["citizenship"] in _US else expected(p, org, options) for p in roster.people]
    return ".txt", "\n".join(lines).rstrip() + "\n", people


# ---- 4. SBC: Directors / Executive Officers sections, 'Director (occupation)' ---------------------------------------
def director_paren_occupation_two_sections(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After SBC Communications' Exhibit I (tests/data/rosters_real/dev/text_twocol_director_paren_sbc.txt: 'Exhibit
    I' and 'Page 11 of 12 Pages' on the first line, a rule of 80 hyphens, a centred underlined title, a 'Directors'
    section word and an indented preamble, 'Name' / 'Present Principal Occupation or Employment' with no rule, name
    column 35 wide, hanging-indent wraps, no blank lines between persons, outside directors as 'Director
    (<occupation>; <occupation>)'). Differences (and from gather26's family after the same roster): 'Exhibit II'
    and 'Page 9 of 10 Pages'; a second section 'Executive Officers' for those whose titles are not just Director,
    with its own preamble and header ('<titles>' then their outside occupations in parentheses too); the header
    word 'Name and Business Address' (MetLife's) with the address lines under the name, indented
    by two spaces (so that only a name starts at the margin); the occupation column
    options.width + 10; after each section's table, one sentence per person whose citizenship is printed ('The
    citizenship of <Name> is <citizenship>.', the value as the roster gives it: 'Canadian', 'U.S.'); '1.' numbering (running through both sections), 'SURNAME, Given' and a hyphen rule
    between persons in the variants; a page break: 'Page 9 of 10 Pages' right, '<PAGE>' (a form feed without
    markers), 'Exhibit II (continued)' and the header again if it repeats."""
    org = roster.organization
    widths = [35, options.width + 12]
    header = [f"{'Name and Business Address':<{widths[0]}}Present Principal Occupation or Employment", ""]
    directors = [p for p in roster.people if p["positions"] == ["Director"] or not p["positions"]]
    officers = [p for p in roster.people if p not in directors]
    title = f"Directors and Executive Officers of {org}"
    lines = [f"Exhibit II{'Page 9 of 10 Pages':>70}", "-" * 80, "", "", f"{title:^80}".rstrip(),
             f"{'-' * len(title):^80}".rstrip(), "", ""]
    number = 0
    for word, group in (("Directors", directors), ("Executive Officers", officers)):
        if not group:
            continue
        lines += [word, ""]
        lines += wrap_words(f"         Our {word.lower()} and their principal occupations and business addresses as "
                       f"of the date hereof are set forth in the following table.", 80) + [""] + header
        sentences = []
        for person in group:
            jobs = "; ".join(person["other_positions"])
            if person["positions"] == ["Director"] or not person["positions"]:
                text = "Director" + (f" ({jobs})" if jobs else "") if person["positions"] else jobs
            else:
                text = _and_titles(person["positions"]) + (f" ({jobs})" if jobs else "")
            left = wrap_words(_name(number, person, options), widths[0] - 2, "  ")
            left += ["  " + piece for line in person["address"] for piece in wrap_words(line, widths[0] - 4, "  ")]
            rows = _wrap_rows([left, wrap_words(text, widths[1] - 2)], widths)
            if options.page_break_in == number and len(rows) > 1:
                rows[1:1] = ["", f"{'Page 9 of 10 Pages':>80}", "<PAGE>" if options.markers else "\f",
                             "Exhibit II (continued)", ""] + (header if options.repeat_header else [])
            lines += rows + (["-" * 80] if options.rules else [])
            if options.citizenship and person["citizenship"]:
                sentences.append(f"The citizenship of {person['name']} is {person['citizenship'].rstrip('.')}.")
            number += 1
        lines += [""]
        if sentences:
            lines += wrap_words("     " + " ".join(sentences), 80) + [""]
        lines += [""]
    return ".txt", "\n".join(lines).rstrip() + "\n", expected_people(roster, options)


FAMILIES = {
    "name_office_occupation_rows_blank_between": name_office_occupation_rows_blank_between,
    "stacked_name_affiliation_lines": stacked_name_affiliation_lines,
    "edgar_name_address_title_paren_country": edgar_name_address_title_paren_country,
    "director_paren_occupation_two_sections": director_paren_occupation_two_sections,
}

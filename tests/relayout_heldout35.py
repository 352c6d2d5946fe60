"""Held-out re-layout families, thirty-fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (11:58-12:04 UTC by `date`) by helper session gather35 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third, twenty-fourth, twenty-sixth, twenty-ninth and thirty-second sets, each
family here is a CLOSE VARIANT OF ONE REAL DEVELOPMENT ROSTER'S OWN LAYOUT (a file in tests/data/rosters_real/dev/,
named in the family's docstring with its sec.gov address), four real rosters none of those sets used (Micron
Technology 2001, Smith Barney Corporate Trust 2004, Motorola 2001, National Grid USA Service Company 2001): the other
persons printed the way that filing prints its own, with only the small differences two filings by different law
firms show - column widths and which column wraps, the header's label words (taken from other real rosters), the
heading and preamble wording, name order and case, a numbering or separator style, where the page breaks fall - and
no layout feature the real filings do not have. They measure how the reader does on the kind of annex a user's next
filing most likely has. Each docstring lists the choices in which the family differs from its real model; each
family differs from every earlier family (tests/relayout.py, tests/relayout_heldout5..34.py) in at least two of those
choices. They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures
them once (benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import textwrap

from relayout import Options, Roster, _full_stop, _wrap_rows, centre, expected, printed_name
from relayout_heldout14 import _WOMEN
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout23 import _others_by_default, _shared_address, _surname
from relayout_heldout26 import _SEAT, _and_titles, _seat_by_heading
from relayout_heldout29 import _citizenship_by_default


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False) or [""]


def _citizenship_sentence(roster: Roster, opening: str) -> str:
    """'<opening> a citizen of the United States[, except A, who is a citizen of Canada].'"""
    default, _country = _most_common_citizenship(roster)
    others = _others_by_default(roster)
    return f"{opening} {_is_citizen(default)}" + (f", except {_named_exceptions(others)}." if others else ".")


def _held_in(positions: list[str], org: str) -> list[str]:
    """'Chairman, Chief Executive Officer and President of <Org>' as Micron prints an officer's titles; one
    '<Title> of <Org>' per title where a title holds a comma or an 'and' of its own (no joined title reads as two)."""
    if not positions:
        return []
    if any("," in t or " and " in t for t in positions):
        return [f"{title} of {org}" for title in positions]
    return [f"{_and_titles(positions)} of {org}"]


def _page_end(number: str, options: Options, marker: str = "<PAGE>") -> list[str]:
    """A page ends: the page number centred, then the page marker (a form feed in the variant without markers)."""
    return ["", centre(number), marker if options.markers else "\f", ""]


# ---- 1. Micron: labelled blocks, the values in one fixed column, the employer's long wrapped label ---------------
_EMPLOYER_LABEL = textwrap.wrap("Name and address of corporation or other organization in which such employment is "
                                "conducted:", 24)


def labelled_blocks_employer_field(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/854460/000091205701506984/a2044032zex-1.txt: '<PAGE>', 'EXHIBIT 1' at
    the right margin, a centred 'DIRECTORS', an indented two-line preamble whose last sentence gives everyone's
    citizenship ('All directors are United States citizens.'), then one block per person of labelled fields, a blank
    line between the fields: 'Name:', 'Business Address:' (the lines stacked under the first), 'Principal
    Occupation:' (an officer's titles as 'Chairman, Chief Executive Officer and President of Micron Technology,
    Inc.', an outside director's outside occupation), and a label wrapped over five lines 'Name, principal business
    / and address of corporation / or other organization on / which employment is / conducted:' with the employer's
    name and address lines alongside it (nothing alongside for a retired director); the values from column 37,
    wrapping under themselves). Printed the same way here. Differences from the real one: 'EXHIBIT 2' and the title
    'DIRECTORS AND EXECUTIVE OFFICERS' (the roster holds officers too); the preamble worded 'The following is a list
    of the directors and executive officers of <Org>, with the business address and present principal occupation of
    each.' and, where the layout prints a citizenship, 'Each of them is ..., except A, who is ...' (the exceptions
    named, IDT's way); the values from column 35; the occupation field first the titles held in the organisation
    ('<titles> of <Org>', a director's seat too, as the heading no longer says which persons are directors), then
    each outside occupation, '; '-joined into one value wrapping at options.width + 8; the employer label's words
    'Name and address of corporation or other organization in which such employment is conducted:' (the SEC's words
    without 'principal business', which these rosters do not give) wrapped at 24 over four lines, alongside it the
    organisation's name and the address lines for a person employed only by it, the address lines alone for one
    employed outside it; the numbered variant '1.' at the margin of the 'Name:' line with every label of the block
    indented four; 'SURNAME, Given' in the upper_last_first variant; a dashed line between blocks in the ruled
    variant; a page break (options.page_break_in) inside that person's block after the address: the centred page
    number, <PAGE> (a form feed without markers) and, if the header repeats, 'DIRECTORS AND EXECUTIVE OFFICERS
    (continued)'. Expected: the titles, the outside occupations, the printed address, the preamble's citizenship."""
    org = roster.organization
    column = 35
    indent = "    " if options.numbered else ""
    title = "DIRECTORS AND EXECUTIVE OFFICERS"
    lines = (["<PAGE>", ""] if options.markers else []) + [f"{'EXHIBIT 2':>80}", "", centre(title), ""]
    preamble = (f"The following is a list of the directors and executive officers of {org}, with the business "
                f"address and present principal occupation of each.")
    if options.citizenship:
        preamble += " " + _citizenship_sentence(roster, "Each of them is")
    lines += textwrap.wrap(preamble, 80, initial_indent="     ") + [""]

    def field(label: list[str], values: list[str]) -> list[str]:
        return [f"{indent}{(label[row] if row < len(label) else ''):<{column - len(indent)}}"
                f"{values[row] if row < len(values) else ''}".rstrip() for row in range(max(len(label), len(values)))]

    for index, person in enumerate(roster.people):
        occupations = _wrap("; ".join(_held_in(person["positions"], org) + person["other_positions"]),
                            options.width + 8)
        employer = ([] if person["other_positions"] else [org]) + person["address"]
        block = field(["Name:"], [printed_name(person, options)])
        if options.numbered:
            block[0] = f"{index + 1}.".ljust(len(indent)) + block[0][len(indent):]
        block += [""] + field(["Business Address:"], person["address"]) + [""]
        if options.page_break_in == index and index < len(roster.people) - 1:
            block += _page_end(str(index + 2), options) + ([f"{title} (continued)", ""] if options.repeat_header
                                                          else [])
        block += field(["Principal Occupation:"], occupations) + [""] + field(_EMPLOYER_LABEL, employer)
        lines += block + ([""] + [f"{'-' * 30}"] if options.rules else []) + [""]
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 2. Smith Barney: an EDGAR <Table>, name / titles / citizenship stacked | occupation / employer / address -----
def stacked_name_title_citizenship_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Smith Barney Corporate Trust Company's Exhibit 99.A (tests/data/rosters_real/dev/table_stacked_name_
    title_citizenship_smith_barney.txt, sec.gov https://www.sec.gov/Archives/edgar/data/815097/000104746904035070/
    a2146266zex-99_a.txt: '<Page>', a centred 'EXHIBIT 99.A' and 'EXECUTIVE OFFICERS AND DIRECTORS OF' / '<ORG>', no
    preamble, then a <Table><Caption> of two columns 'NAME, TITLE, AND CITIZENSHIP' | 'PRINCIPAL OCCUPATION AND
    BUSINESS ADDRESS' with dashes as long as each caption, <S>/<C>; the left cell stacks the name, the title(s) held
    in the organisation wrapped at about 20 ('Director and' / 'Executive Officer') and the citizenship; the right
    cell stacks the occupation (a wrapped line indented two: 'Executive Vice President,' / ' Director of Managed
    Accounts'), the employer's name on its own line and every person's own address lines; a blank line between rows;
    the right column from 38). Printed the same way here. Differences from the real one: 'SCHEDULE B' and the title
    'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>'; a one-sentence preamble ('The name, position with <Org>,
    citizenship, present principal occupation and business address of each director and executive officer of <Org>
    are set forth below.'; the real one has none); the caption words 'NAME, POSITION AND CITIZENSHIP' ('NAME AND
    POSITION' where no citizenship is printed) | 'PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS' (the 'Present'
    of IDT's caption); the right column from 40, the left cell's titles ('Director, President and Chief Executive
    Officer', joined as the real rosters join them) wrapped at 22, the right cell wrapping at options.width + 6 (a
    long address line too, indented two like the occupation's); for a person employed only by the organisation the
    titles other than the board seat (or 'Director') over the organisation's name, else each outside occupation as
    printed; the numbered variant '1.' before the name; 'SURNAME, Given' in the upper_last_first variant; a dashed
    rule between rows in the ruled variant; a page break (options.page_break_in) after that person's row closes the
    table, a centred page number and <Page>, and the table opens again with the caption if it repeats; plain text
    without <Page>/<Table>/<Caption>/<S> tags in the variant without markers. Expected: the titles, the outside
    occupations, each person's own address and citizenship as printed."""
    org = roster.organization
    left, wrap = 40, options.width + 6
    label = "NAME, POSITION AND CITIZENSHIP" if options.citizenship else "NAME AND POSITION"
    right_label = "PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS"
    caption = [f"{label:<{left}}{right_label}", f"{'-' * len(label):<{left}}{'-' * len(right_label)}"]
    caption = (["<Table>", "<Caption>"] + caption + [f"{'<S>':<{left}}<C>"]) if options.markers else caption
    lines = (["<Page>", "", "", ""] if options.markers else []) + [centre("SCHEDULE B"), ""]
    lines += [" " * 22 + "DIRECTORS AND EXECUTIVE OFFICERS OF", " " * 22 + org.upper(), "", ""]
    preamble = (f"The name, position with {org}, {'citizenship, ' if options.citizenship else ''}present principal "
                f"occupation and business address of each director and executive officer of {org} are set forth "
                f"below.")
    lines += textwrap.wrap(preamble, 80) + ["", ""] + caption
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        stack = _wrap(name, left - 2) + (_wrap(_and_titles(person["positions"]), 22) if person["positions"] else [])
        stack += [person["citizenship"]] if options.citizenship else []
        officer = [title for title in person["positions"] if title not in _SEAT] or [
            "Director" for title in person["positions"][:1] if title in _SEAT]
        said = person["other_positions"] or ([_and_titles(officer)] if officer else []) + [org]
        right = [piece for item in said for piece in _wrap(item, wrap, "  ")] + [
            piece for line in person["address"] for piece in _wrap(line, wrap, "  ")]
        lines += _wrap_rows([stack, right], [left, wrap])
        lines.append("-" * (left + wrap) if options.rules else "")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</Table>"] if options.markers else []) + _page_end("B-1", options, "<Page>")
            lines += caption if options.repeat_header else (["<Table>", f"{'<S>':<{left}}<C>"] if options.markers
                                                            else [])
    lines += ["</Table>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. Motorola: DIRECTORS OF <ORG>, name | occupation with a sentence where a person is not the default --------
def _appendix_sections(roster: Roster) -> list[tuple[str, list[dict]]]:
    """'DIRECTORS OF <ORG>' (those with a 'Director' title) and 'EXECUTIVE OFFICERS OF <ORG>' (those only officers);
    one list under no sub-heading where someone is neither (a general partner, a chair of the board)."""
    directors = [p for p in roster.people if any(title in _SEAT for title in p["positions"])]
    officers = [p for p in roster.people if p not in directors and p["bodies"] == ["executive officers"]]
    if len(directors) + len(officers) < len(roster.people):
        return [("", roster.people)]
    return [(body, people) for body, people in (("DIRECTORS", directors), ("EXECUTIVE OFFICERS", officers)) if people]


def directors_appendix_prose_overrides(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Motorola's Appendix I (tests/data/rosters_real/dev/text_twocol_prose_overrides_motorola.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/824169/000006850501000015/0002.txt: 'APPENDIX I' and 'INFORMATION
    CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF MOTOROLA' flush left, a preamble giving the default
    citizenship ('Unless otherwise noted, each such person is a citizen of the United States.') and the default
    business address, a sub-heading 'DIRECTORS OF MOTOROLA', then without table tags or column captions the name
    (column 0) beside its occupation (from column 23, wrapping under itself), a blank line between entries: an
    officer-director's titles as 'Chairman of the Board and Chief Executive Officer, Motorola, Inc.', an outside
    director's occupation ('Chief Executive Officer, Netscalibur.') continued, where he is not the default, by 'His
    business address is: Via Caldera 21, 20153 Milano, Italy.' and 'Mr. Caio is a citizen of Italy.'; the board seat
    given by the sub-heading). Printed the same way here. Differences from the real one: 'APPENDIX A' and the
    title's words 'INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND DIRECTORS OF <ORG>' (wrapped at 78); the
    preamble worded 'Set forth below are the name and present principal occupation or employment of each director
    and executive officer of <Org>.' and 'Except as otherwise noted, each such person is a citizen of ... and each
    such person's business address is ...' (the address part only where two or more persons share one, else every
    address in its entry; the citizenship part only where the layout prints one); a second sub-heading 'EXECUTIVE
    OFFICERS OF <ORG>' for those who are not directors (one list under no sub-heading where someone is neither); the
    occupation column from 25, wrapping at options.width + 12; the titles held in the organisation other than the
    seat as '<titles>, <Org>' ('Director, <Org>' where a director has nothing else), then each outside occupation,
    '; '-joined; 'Mr.' or 'Ms.' and 'His' or 'Her' by the given name; the numbered variant '1.' before the name,
    counted in printed order through both sub-headings; 'SURNAME, Given' in the upper_last_first variant; a short
    dashed line between entries in the ruled variant; a page break (options.page_break_in) after that entry's second
    line: the centred page number, <PAGE> (a form feed without markers) and 'APPENDIX A (continued)' if the header
    repeats. Expected: the titles (the seat given by the sub-heading), the outside occupations, the address printed
    or the preamble's, the citizenship printed or the preamble's."""
    org = roster.organization
    left, wrap = 25, options.width + 12
    default_address = _shared_address(roster)
    default, country = _most_common_citizenship(roster)
    lines = ["APPENDIX A", ""] + textwrap.wrap(f"INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND DIRECTORS OF "
                                               f"{org.upper()}", 78) + [""]
    defaults = ([f"each such person is {_is_citizen(default)}"] if options.citizenship else []) + (
        [f"each such person's business address is {', '.join(default_address)}"] if default_address else [])
    preamble = (f"Set forth below are the name and present principal occupation or employment of each director and "
                f"executive officer of {_full_stop(org)}")
    if defaults:
        preamble += " Except as otherwise noted, " + _full_stop(" and ".join(defaults))
    lines += textwrap.wrap(preamble, 66) + ["", ""]
    number = {id(p): i for i, p in enumerate(roster.people)}
    people = []
    for body, members in _appendix_sections(roster):
        lines += [f"{body} OF {org.upper()}", ""] if body else []
        for person in members:
            index = number[id(person)]
            seat_by_heading = body == "DIRECTORS"
            titles = [t for t in person["positions"] if not (seat_by_heading and t in _SEAT)]
            items = ([f"{_and_titles(titles)}, {org}"] if titles else []) + person["other_positions"]
            said = [_full_stop("; ".join(items or [f"Director, {org}"]))]
            woman = person["name"].split()[0].casefold() in _WOMEN
            call, his = (("Ms.", "Her") if woman else ("Mr.", "His"))
            if person["address"] != default_address:
                said.append(_full_stop(f"{his} business address is: {', '.join(person['address'])}"))
            if options.citizenship and not _covered(person, country, default):
                said.append(f"{call} {_surname(person['name'])} is {_is_citizen(person['citizenship'])}.")
            name = (f"{len(people) + 1}. " if options.numbered else "") + printed_name(person, options)
            rows = _wrap_rows([_wrap(name, left - 2), _wrap(" ".join(said), wrap)], [left, wrap])
            if options.page_break_in == index and len(rows) > 2:
                rows[2:2] = _page_end("A-2", options) + (["APPENDIX A (continued)", ""] if options.repeat_header
                                                         else [])
            lines += rows + ([" " * left + "-" * 10] if options.rules else []) + [""]
            override = _citizenship_by_default(person, roster, options)
            people.append((index, _seat_by_heading(person, org, options, **override) if seat_by_heading
                           else expected(person, org, options, **override)))
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", [p for _i, p in sorted(people, key=lambda pair: pair[0])]


# ---- 4. National Grid: the organisation's name, name lines with title lines, the address AFTER the list ----------
def _comma_joined(roster: Roster, default_address: list[str] | None, options: Options) -> int | None:
    """National Grid prints one entry as 'Name, Title' on one line: the first person after the first with one short
    title, no outside occupation, the default address and no comma in the name (never with 'SURNAME, Given', whose
    comma would blur it)."""
    if options.upper_last_first:
        return None
    for index, person in enumerate(roster.people[1:], start=1):
        titles = person["positions"]
        if (len(titles) == 1 and "," not in titles[0] + person["name"] and not person["other_positions"]
                and person["address"] == default_address):
            return index
    return None


def name_title_lines_postamble_exceptions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After National Grid USA Service Company's Exhibit A (tests/data/rosters_real/dev/text_stacked_name_title_
    lines_postamble_address_national_grid.txt, sec.gov https://www.sec.gov/Archives/edgar/data/71339/
    000007133901000002/0003.txt: '<PAGE>', 'EXHIBIT A' right of centre, an introductory sentence ending in a colon
    ('Names, positions, corporate affiliations and business addresses of individuals who may act ...:'), the
    organisation's name on a line, then blank-line-separated entries: the name on a line, the titles held in the
    organisation joined on one line ('Vice President, Chief Financial Officer and Treasurer'), a position elsewhere
    on a line of its own ending in its company's name, a long line wrapping flush left; one entry as 'Name, Title'
    on a single line; AFTER the list 'The business address of the above listed persons is:' and the address lines
    indented three; no citizenship). Printed the same way here. Differences from the real one: 'EXHIBIT B'; the
    introduction worded 'Names, positions, principal occupations and business addresses of the directors and
    executive officers of <Org>:'; the titles joined as the real rosters join them ('; ' where one holds a comma or
    an 'and'); the lines wrapping at options.width + 44; a person whose address is not the default with its lines
    indented three under the titles; the postamble worded 'Except as shown above, the business address of each of
    the above listed persons is:' (only where two or more persons share an address) and, where the layout prints a
    citizenship, 'Each of the above listed persons is ..., except A, who is ...' (the exceptions named, IDT's way);
    the numbered variant '1.' before the name; 'SURNAME, Given' in the upper_last_first variant (and no 'Name,
    Title' line then); a short dashed line between entries in the ruled variant; a page break
    (options.page_break_in) after that person's entry: the centred page number, <PAGE> (a form feed without markers)
    and '<Org> (continued)' if the header repeats. Expected: the titles, the outside occupations, the address
    printed or the postamble's, the postamble's citizenship."""
    org = roster.organization
    width = options.width + 44
    default_address = _shared_address(roster)
    joined = _comma_joined(roster, default_address, options)
    lines = (["<PAGE>"] if options.markers else []) + [" " * 55 + "EXHIBIT B", "", ""]
    lines += textwrap.wrap(f"Names, positions, principal occupations and business addresses of the directors and "
                           f"executive officers of {org}:", 80) + ["", org, ""]
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        if index == joined:
            entry = _wrap(f"{name}, {person['positions'][0]}", width)
        else:
            said = ([_and_titles(person["positions"])] if person["positions"] else []) + person["other_positions"]
            entry = [name] + [piece for item in said for piece in _wrap(item, width)]
            if person["address"] != default_address:
                entry += ["   " + line for line in person["address"]]
        lines += entry + (["-" * 10] if options.rules else []) + [""]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += _page_end("A-1", options)[1:] + ([f"{org} (continued)", ""] if options.repeat_header else [])
    if default_address:
        lines += ["Except as shown above, the business address of each of the above listed persons is:", ""]
        lines += ["   " + line for line in default_address] + [""]
    if options.citizenship:
        lines += textwrap.wrap(_citizenship_sentence(roster, "Each of the above listed persons is"), 80)
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines).rstrip("\n") + "\n", people


FAMILIES = {"labelled_blocks_employer_field": labelled_blocks_employer_field,
            "stacked_name_title_citizenship_table": stacked_name_title_citizenship_table,
            "directors_appendix_prose_overrides": directors_appendix_prose_overrides,
            "name_title_lines_postamble_exceptions": name_title_lines_postamble_exceptions}

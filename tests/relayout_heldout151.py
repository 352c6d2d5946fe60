"""Held-out re-layout families, hundred-and-fifty-first set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-08 (00:30-00:40 UTC by `date`) by helper session gather151 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family follows ONE real development
roster's layout closely and changes ONE thing a filer of that era could have done differently. The rosters: the
least named in the docstrings of tests/relayout_heldout*.py (company names, siblings together) among those printing
names with at least two of position / occupation / address / citizenship, leaving out those heldout139, 142, 145
and 148 used (UCSG, Security Capital, Deutsche, Motorola, Refac, Scout, Chittenden, Forstmann, Trilogy, Citizens
Funds, St. Paul, Castlerigg, BSCI, SBC, Citigroup, MetLife) and E.ON (its matrix prints positions only): Bollore
(11 sets), Canopy (12), Lor Finance (12) and Power Corporation (14, its two rosters together).

- bollore_numbered_entries_address_run_on_label_line: after Bollore's Exhibit 1 (dev/numbered_entities_bollore.txt);
  the ONE change: the business address is run on after the 'Principal Business Address:' label, its lines joined by
  commas and wrapping under the value (the real puts the label alone on a line over the address lines).
- canopy_labelled_entries_business_address_label: after Canopy's roster (dev/labelled_occupation_canopy.txt); the
  ONE change: the address lines under the name carry a 'Business Address:' label, the value at the occupation's
  value column and the further lines under it (the real prints the address lines bare under the name).
- lor_finance_asterisk_members_names_in_capitals: after Lor Finance's Exhibit 7
  (dev/text_asterisk_member_nameaddr_lor_finance.txt); the ONE change: the names in capitals ('*  PEI-YUAN CHIA';
  the real prints '*  Marc Audrin').
- power_corporation_lettered_items_a_to_e: after Power Corporation's Exhibit A
  (dev/labelled_list_power_corporation_2005.txt; dev/labelled_roman_power_corp.txt its sibling); the ONE change:
  the items keyed '(a)' .. '(e)', in the preamble and before each line (the real '(i)' .. '(v)').

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end. Not yet measured.
Expected everywhere: every person's own values in printed order; a value said once (Bollore's and Lor Finance's
preamble citizenship 'except as otherwise indicated', Lor Finance's '* Director' footnote) is that person's value;
no citizenship where options.citizenship is False.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import Options, Roster, _wrap_rows, centre, default_citizenship, expected, printed_name, wrap_words
from relayout_heldout148 import _broken, _done, _page


def _country_of(roster: Roster, citizenship: str | None) -> str | None:
    """The country code the roster gives for `citizenship` (None if no one has it)."""
    return next((p["country"] for p in roster.people if p["citizenship"] == citizenship), None)


def _defaulted(roster: Roster, options: Options, default: str | None) -> list[dict]:
    """Every person's values; a person with no citizenship of their own takes the one said once for all."""
    org = roster.organization
    people = []
    for person in roster.people:
        if options.citizenship and default and not person["citizenship"]:
            people.append(expected(person, org, options, citizenship=default,
                                   country=_country_of(roster, default)))
        else:
            people.append(expected(person, org, options))
    return people


def _country_words(citizenship: str) -> str:
    """'the United States' for 'United States' ('the' before a country named by a common noun), else as given."""
    return f"the {citizenship}" if citizenship.split()[0] in ("United", "Republic", "Netherlands") else citizenship


def _hanging(label: str, text: str, width: int, pad: str = "") -> list[str]:
    """`label` then `text` wrapped at `width`, the further lines under the value's first column."""
    value = wrap_words(text, width) or [""]
    return [pad + label + value[0]] + [pad + " " * len(label) + piece for piece in value[1:]]


# ---- 1. Bollore: numbered entries, the address run on after its label ----------------------------------------------
def bollore_numbered_entries_address_run_on_label_line(roster: Roster,
                                                       options: Options) -> tuple[str, str, list[dict]]:
    """After tests/data/rosters_real/dev/numbered_entities_bollore.txt: 'EXHIBIT 1' at the margin, three blank lines,
    the centred two-line title ('INFORMATION CONCERNING REPORTING PERSONS AND' / 'THEIR EXECUTIVE OFFICERS AND
    DIRECTORS', the real's words), the real's preamble ('Except as otherwise indicated below, all persons named in
    this Exhibit 1 are citizens of X.'), then numbered entries: '1.' at the margin and the name in capitals at column
    9 (the real's 'MR. VINCENT BOLLORE', without the 'MR.'), the address under it, a blank line,
    'Principal Occupation:  ' and the '<title> of <Org>' items and the outside occupations '; '-joined, wrapping
    under the value's first column (the real's Vice Chairman entry), and for a citizen of another country a
    'Citizenship:  Y.' line (the real's 'as otherwise indicated below'). The ONE change: 'Principal Business
    Address:  ' with the address lines joined by commas after it on the same line, wrapping under the value (the real
    sets the label alone over the address lines). Variants: '(1)' for '1.'; 'SURNAME, Given'; a dashed line between
    entries when ruled (two blank lines otherwise); a page break after the name line: '<PAGE>' (a form feed without
    markers)."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    lines = ["EXHIBIT 1", "", "", ""]
    lines += [centre(t, 78) for t in ["INFORMATION CONCERNING REPORTING PERSONS AND",
                                      "THEIR EXECUTIVE OFFICERS AND DIRECTORS"]] + [""]
    if default:
        lines += wrap_words("Except as otherwise indicated below, all persons named in this Exhibit 1 are citizens of "
                            f"{_country_words(default)}.", 78) + [""]
    pad = " " * 9
    for index, person in enumerate(roster.people):
        key = f"({index + 1})" if options.numbered else f"{index + 1}."
        name = printed_name(person, options) if options.upper_last_first else person["name"].upper()
        entry = [f"{key:<9}{name}"]
        if options.page_break_in == index:
            entry += ["", _page(options), ""]
        if person["address"]:
            address = ", ".join(line.rstrip(",") for line in person["address"]).rstrip(".") + "."
            entry += _hanging("Principal Business Address:  ", address, options.width + 6, pad)
        items = [f"{title} of {org}" for title in person["positions"]] + person["other_positions"]
        if items:
            entry += [""] + _hanging("Principal Occupation:  ", "; ".join(items).rstrip(".") + ".",
                                     options.width + 13, pad)
        if default and person["citizenship"] and person["citizenship"] != default:
            entry += ["", pad + f"Citizenship:  {person['citizenship']}."]
        lines += entry + (["", "-" * 60, ""] if options.rules else ["", ""])
    return ".txt", _done(lines), _defaulted(roster, options, default)


# ---- 2. Canopy: labelled entries, the address labelled too ---------------------------------------------------------
def _surname(name: str) -> str:
    words = name.replace(",", "").split()
    while len(words) > 1 and words[-1].rstrip(".").upper() in ("JR", "SR", "II", "III", "IV"):
        words.pop()
    return words[-1]


def _canopy_occupation(person: dict, org: str) -> str:
    """The real's sentence: '<Surname> is the <titles> of <Org>.', then the outside occupations: '<Surname> is also
    <occupation>.'"""
    surname = _surname(person["name"])
    sentences = []
    if person["positions"]:
        sentences.append(f"{surname} is the {' and '.join(person['positions'])} of {org.rstrip('.')}.")
    for other in person["other_positions"]:
        sentences.append(f"{surname} is {'also ' if sentences else ''}{other.rstrip('.')}.")
    return " ".join(sentences)


def canopy_labelled_entries_business_address_label(roster: Roster,
                                                   options: Options) -> tuple[str, str, list[dict]]:
    """After tests/data/rosters_real/dev/labelled_occupation_canopy.txt: the title 'Directors and Executive Officers,
    and Controlling Persons' at the margin (here '... of <Org>'), two blank lines, then per person the name at the
    margin, 'Principal Occupation:' with the value at column 27 in the real's sentences ('Yarro is the President and
    Director of <Org>.', without the real's 'Mr.'; the outside occupations 'Yarro is also ...'), wrapping under the
    value, and 'Citizenship:      <country>' (the real's six blanks after the colon). The ONE change: the address
    lines under the name open with a 'Business Address:' label, the value at column 27 and the further lines under it
    (the real prints the address lines bare under the name). Variants: '1. ' before the name; 'SURNAME, Given'; a
    dashed line between entries when ruled (a blank line otherwise); a page break after the name: '<PAGE>' (a form
    feed without markers)."""
    org = roster.organization
    lines = [f"Directors and Executive Officers of {org}", "", ""]
    label_width = 27
    for index, person in enumerate(roster.people):
        entry = [(f"{index + 1}. " if options.numbered else "") + printed_name(person, options)]
        if options.page_break_in == index:
            entry += ["", _page(options), ""]
        for row, line in enumerate(person["address"]):
            entry.append(f"{'Business Address:' if row == 0 else '':<{label_width}}{line}")
        occupation = _canopy_occupation(person, org)
        if occupation:
            entry += _hanging(f"{'Principal Occupation:':<{label_width}}", occupation, options.width + 18)
        if options.citizenship and person["citizenship"]:
            entry.append(f"Citizenship:      {person['citizenship']}")
        lines += entry + (["-" * 70] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. Lor Finance: asterisk members, name and address | occupation, names in capitals ----------------------------
def _director_marked(person: dict) -> bool:
    return "Director" in person["positions"]


def lor_finance_asterisk_members_names_in_capitals(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After tests/data/rosters_real/dev/text_asterisk_member_nameaddr_lor_finance.txt: '<PAGE>' (a form feed without
    markers), 'EXHIBIT 7' at the right, the three centred title lines ('Executive Officers and Members of the Board
    of Directors' / 'of' / '<ORG>'), the real's preamble (names of the members, names and titles of the executive
    officers, business addresses and principal occupations 'are set forth below. Unless otherwise indicated, each
    individual is a citizen of X.'), the caption 'NAME, BUSINESS ADDRESS' | 'PRESENT PRINCIPAL OCCUPATION' (column
    39), then per person '*  ' for a member of the board (a 'Director' title; the footnote '* Director of <Org>' after
    a short rule at the end, as the real's '* Member, Conseil d'Administration') or three blanks, the name, the
    address lines under it at column 3, then 'Citizen of Y' there for a citizen of another country; at column 39 the
    other titles ('<title>, <Org>') and the outside occupations, each wrapping at width + 4. The ONE change: the names
    in capitals (the real 'Marc Audrin'). Variants: '1. ' after the mark; 'SURNAME, GIVEN'; a dashed line between
    entries when ruled (a blank line otherwise); a page break after the entry's first line: '<PAGE>' (a form feed
    without markers) and the caption again if it repeats."""
    org = roster.organization
    default = default_citizenship(roster) if options.citizenship else None
    right_at = 39
    caption = [f"  {'NAME, BUSINESS ADDRESS':<{right_at - 2}}PRESENT PRINCIPAL OCCUPATION", ""]
    lines = [_page(options), "", "", f"{'EXHIBIT 7':>80}", ""]
    lines += [centre("Executive Officers and Members of the Board of Directors", 80), centre("of", 78),
              centre(org.upper(), 70), ""]
    text = (f"      The names of the Members of the Board of Directors and the names and titles of the Executive "
            f"Officers of {org} and their business addresses and principal occupations are set forth below.")
    if default:
        text += f" Unless otherwise indicated, each individual is a citizen of {_country_words(default)}."
    lines += wrap_words(text, 78) + [""] + caption
    for index, person in enumerate(roster.people):
        mark = "*  " if _director_marked(person) else "   "
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options).upper()
        left = wrap_words(name, right_at - 5) + [piece for line in person["address"]
                                                 for piece in wrap_words(line, right_at - 5)]
        if default and person["citizenship"] and person["citizenship"] != default:
            left.append(f"Citizen of {person['citizenship']}")
        items = [f"{title}, {org}" for title in person["positions"] if not (title == "Director" and mark.strip())]
        right = [piece for item in items + person["other_positions"] for piece in wrap_words(item, options.width + 4)]
        rows = _wrap_rows([left, right], [right_at - 3, options.width + 4], "")
        rows = [(mark if row == 0 else "   ") + line for row, line in enumerate(rows)]
        if options.page_break_in == index and index < len(roster.people) - 1:
            rows = _broken(rows, ["", _page(options), ""] + (caption if options.repeat_header else []))
        lines += rows + (["   " + "-" * 70] if options.rules else [""])
    if any(_director_marked(p) for p in roster.people):
        lines += ["", "-----------", f"* Director of {org}"]
    return ".txt", _done(lines), _defaulted(roster, options, default)


# ---- 4. Power Corporation: the items keyed by letters ----------------------------------------------------------------
def power_corporation_lettered_items_a_to_e(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After tests/data/rosters_real/dev/labelled_list_power_corporation_2005.txt: '<PAGE>' (a form feed without
    markers), 'Exhibit A' at the right, three blank lines, the title 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>'
    indented nine, the real's preamble ('The (i) name, (ii) title, (iii) country of citizenship, (iv) principal
    occupation and (v) principal business address of each of the directors and executive officers of <Org> are
    listed below.'), then per person five keyed lines, the value at column 11: the name, the titles '; '-joined, the
    citizenship, the occupation ('<title>, <Org>' items then the outside occupations, '; '-joined, wrapping at width +
    30 under the value), the address one line each. The ONE change: the keys are letters '(a)' .. '(e)' in the
    preamble and before each line (the real's '(i)' .. '(v)'). Without citizenship the citizenship item is left out
    and the keys run '(a)' .. '(d)'. Variants: '1. ' before the name; 'SURNAME, Given'; a dashed line between entries
    when ruled (a blank line otherwise); a page break after the name line: '<PAGE>' (a form feed without markers)."""
    org = roster.organization
    items = ["name", "title"] + (["country of citizenship"] if options.citizenship else []) + \
        ["principal occupation", "principal business address"]
    keys = [f"({chr(ord('a') + i)})" for i in range(len(items))]
    named = ", ".join(f"{k} {item}" for k, item in zip(keys[:-1], items[:-1])) + f" and {keys[-1]} {items[-1]}"
    lines = [_page(options), "", f"{'Exhibit A':>80}", "", "", "", ""]
    lines += wrap_words(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70, " " * 9, " " * 9) + [""]
    lines += wrap_words(f"The {named} of each of the directors and executive officers of {org} are listed below.",
                        78, "", " " * 9) + [""]
    pad = " " * 11
    for index, person in enumerate(roster.people):
        values: list[list[str]] = [[(f"{index + 1}. " if options.numbered else "") + printed_name(person, options)],
                                   wrap_words("; ".join(person["positions"]), 64)]
        if options.citizenship:
            values.append([person["citizenship"]] if person["citizenship"] else [])
        occupation = [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]
        values += [wrap_words("; ".join(occupation), options.width + 30), list(person["address"])]
        entry: list[str] = []
        for key, value in zip(keys, values):
            if value:
                entry += [f"{key:<11}{value[0]}"] + [pad + line for line in value[1:]]
        if options.page_break_in == index:
            entry = _broken(entry, ["", _page(options), ""])
        lines += entry + (["-" * 70] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "bollore_numbered_entries_address_run_on_label_line": bollore_numbered_entries_address_run_on_label_line,
    "canopy_labelled_entries_business_address_label": canopy_labelled_entries_business_address_label,
    "lor_finance_asterisk_members_names_in_capitals": lor_finance_asterisk_members_names_in_capitals,
    "power_corporation_lettered_items_a_to_e": power_corporation_lettered_items_a_to_e,
}

"""Held-out re-layout families, fifth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 by helper session gather5 (issue 13), BLIND: without reading the roster reader's code,
without running kg, the benchmark or any reader on these layouts, and without seeing any extraction output.
Each family is modelled on a real filing met while gathering tests/data/rosters_real/heldout5 (named in its
docstring). They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end, the lead
measures them once (benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says
anything about the reader's quality on them.

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import textwrap

from relayout import (
    Options,
    Roster,
    _citizen_of,
    _default_address,
    _full_stop,
    _heading,
    _numbered,
    _surname_first,
    default_citizenship,
    expected,
    printed_name,
)


def _people(roster: Roster, options: Options, **override) -> list[dict]:
    return [expected(p, roster.organization, options, **override) for p in roster.people]


# ---- 1. HTML table saved as text, one '|'-prefixed cell per line, Yes/No flag columns -------------------
_FLAG_LABELS = {"board of directors": "Director", "executive officers": "Executive Officer", "managers": "Manager",
                "general partner": "General Partner", "trustees": "Trustee"}


def _flag_label(body: str) -> str:
    return _FLAG_LABELS.get(body) or body.title()


def _flag_header(labels: list[str]) -> list[str]:
    """Two header rows as the rendering prints them: the upper row holds only the upper words of the labels
    that take two rows ('Executive' over 'Officer'), empty cells are not printed."""
    top = [" ".join(label.split()[:-1]) for label in labels]
    return ([f"|{t}" for t in top if t] + ["|Name"] + [f"|{label.split()[-1]}" for label in labels]
            + ["|Present Principal Occupation or Employment"])


def pipes_yes_no_flag_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Trilogy, Inc. / Versata Enterprises, Inc. roster exhibits (Exhibit 99.1, sec.gov
    .../945989/000136231009002019/c81090exv99w1.htm and .../909793/000095013408004724/d54941exv99w1.htm, both
    in tests/data/rosters_real/heldout5): the HTML table saved as text with every cell on its own line
    starting with '|' (an empty '|' line before a cell that the rendering put on the next line); a two-row
    header whose upper row holds only 'Executive' (over 'Officer'); the roles are Yes/No flag columns, one
    per body of the organisation ('Director', 'Executive Officer', ...), not titles; the last column is the
    present principal occupation. People whose business address or citizenship is not the preamble's
    default carry a footnote marker glued after the name and after the occupation ('Dennis R. Cassell
    (1)'), and the notes after the table give them ('The business address of Mr. Cassell is c/o ...').
    Here the occupation cell prints the titles held in the organisation ('... of <Org>') that a flag does
    not already say, then the occupations elsewhere, ';'-separated."""
    org = roster.organization
    bodies: list[str] = []
    for person in roster.people:
        bodies += [b for b in person["bodies"] if b not in bodies]
    labels = [_flag_label(b) for b in bodies]
    address, citizenship = _default_address(roster), default_citizenship(roster)
    title = (options.heading or "Directors and Executive Officers of {org}").format(org=org)
    lines = ["Exhibit 99.1", title]
    if options.citizenship:
        lines.append(f"The name and present principal occupation or employment of each director and executive "
                     f"officer of {org} are set forth below. Unless otherwise noted, each person listed below is a "
                     f"citizen of {_citizen_of(citizenship)} and the business address of each person is "
                     f"{', '.join(address)}.")
    else:
        lines.append(f"The name and present principal occupation or employment of each director and executive "
                     f"officer of {org} are set forth below. Unless otherwise noted, the business address of each "
                     f"person listed below is {', '.join(address)}.")
    lines += _flag_header(labels)
    notes: list[str] = []
    for index, person in enumerate(roster.people):
        if options.page_break_in == index:
            lines += ["2"] + (_flag_header(labels) if options.repeat_header else [])
        flagged = {label.casefold() for body, label in zip(bodies, labels) if body in person["bodies"]}
        titles = [f"{t} of {org}" for t in person["positions"] if t.casefold() not in flagged]
        occupation = "; ".join(titles + person["other_positions"])
        own_address = person["address"] != address
        own_citizenship = options.citizenship and person["citizenship"] != citizenship
        name = _numbered(index, printed_name(person, options), options)
        if own_address or own_citizenship:
            marker = f"({len(notes) // 2 + 1})"
            name, occupation = f"{name} {marker}", (f"{occupation} {marker}" if occupation else occupation)
            note = [_full_stop(f"The business address of {person['name']} is {', '.join(person['address'])}")
                    ] if own_address else []
            if own_citizenship:
                note.append(f"{person['name']} is a citizen of {_citizen_of(person['citizenship'])}.")
            notes += [f"|{marker}", "|" + " ".join(note)]
        lines += ["|", name] if options.markers else [f"|{name}"]
        lines += [f"|{'Yes' if body in person['bodies'] else 'No'}" for body in bodies]
        lines += [f"|{occupation}"] if options.markers else ["|", occupation] if occupation else ["|"]
    lines += notes
    return ".txt", "\n".join(lines) + "\n", _people(roster, options)


# ---- 2. 'Title:  Name' lines under the organisation, details indented beneath -------------------------
def title_colon_name_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Bollore group's Exhibit 1 'INFORMATION CONCERNING REPORTING PERSONS AND THEIR EXECUTIVE
    OFFICERS AND DIRECTORS' (sec.gov .../1107470/000089183605000316/sc0161b.txt): a preamble giving the
    citizenship of everyone not otherwise indicated, the organisation as a numbered entry with its
    principal business address, then 'Directors and Executive Officers of <Org>:' and one line per person
    with the TITLE FIRST ('Chief Executive Officer:  Mr. Cedric de Bailliencourt.', a stray full stop after
    some names); a person's own details follow indented far to the right under labels ('Principal Business
    Address:' with the address lines beneath, 'Principal Occupation:' wrapping under itself), and only
    where they differ from the defaults (here also 'Citizenship:'). Several titles of one person are
    ';'-separated on the title line."""
    org = roster.organization
    address, citizenship = _default_address(roster), default_citizenship(roster)
    left, deeper = " " * 18, " " * 37
    lines = [" " * 35 + "EXHIBIT 1", "",
             " " * 18 + "INFORMATION CONCERNING THE REPORTING PERSON AND",
             " " * 21 + "ITS EXECUTIVE OFFICERS AND DIRECTORS", ""]
    preamble = (f"Except as otherwise indicated below, all persons named in this Exhibit 1 are citizens of "
                f"{_citizen_of(citizenship)}. ") if options.citizenship else ""
    lines += textwrap.wrap(preamble + _full_stop(f"Unless another address is given below, the principal business "
                                                 f"address of each person named in this Exhibit 1 is that of {org}"), 80)
    lines += ["", f"1.{' ' * 7}{org.upper()}", "", " " * 9 + "Principal Business Address:"]
    lines += [" " * 9 + line for line in address] + ["", " " * 9 + f"Directors and Executive Officers of {org}:", ""]
    people = []
    for index, person in enumerate(roster.people):
        titles = person["positions"] or ["Member"]
        name = printed_name(person, options)
        if index % 2 and not name.endswith("."):
            name += "."
        lines.append(f"{left}{'(' + str(index + 1) + ') ' if options.numbered else ''}{'; '.join(titles)}:  {name}")
        block: list[str] = []
        if person["address"] != address:
            block += ["", deeper + "Principal Business Address:"] + [deeper + line for line in person["address"]]
        if person["other_positions"]:
            block += [""] + textwrap.wrap("Principal Occupation: " + "; ".join(person["other_positions"]),
                                          len(deeper) + max(options.width, 30), initial_indent=deeper,
                                          subsequent_indent=deeper, break_long_words=False, break_on_hyphens=False)
        if options.citizenship and person["citizenship"] != citizenship:
            block += ["", f"{deeper}Citizenship:  {person['citizenship']}"]
        if options.page_break_in == index:
            block[min(len(block), 3):min(len(block), 3)] = ["", "<PAGE>", ""]
        lines += block + ["", "-" * 60 if options.rules else ""]
        people.append(expected(person, org, options, positions=titles))
    return ".txt", "\n".join(lines) + "\n", people


# ---- 3. one line per row, cells separated by ' | ' ------------------------------------------------------
def inline_pipe_rows(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the investment manager's officers table of a preliminary proxy statement as rendered on
    capedge.com (filing 0001140361-19-017197, PRE14A of CIK 1614173: 'The address of each officer is c/o
    Siguler Guff, 200 Park Avenue, 23rd Floor, New York, NY 10166.' then 'Name | Principal Occupation |
    Position with the Fund |' and rows such as 'George W. Siguler | Partner | Director |'): each table row
    on one line, cells separated by ' | ' and closed by ' |', an empty cell left as two spaces, 'None'
    where no position is held; the preamble gives the business address shared by most, a Business
    Address cell is filled only for the others. Columns here: Name | Principal Occupation | Position
    with <Org> | Citizenship | Business Address."""
    org = roster.organization
    address = _default_address(roster)
    heads = ["Name", "Principal Occupation", f"Position with {org}"] + (
        ["Citizenship"] if options.citizenship else []) + ["Business Address"]
    header = [" | ".join(heads) + " |"] + (["|".join("---" for _ in heads) + "|"] if options.rules else [])
    lines = [_heading(org, options).rstrip("\n"),
             textwrap.fill(f"The names and principal occupations of the directors and executive officers of {org} "
                           f"are set forth below. The business address of each of them is {', '.join(address)}, "
                           f"unless another address is given in the table.", 80), ""] + header
    for index, person in enumerate(roster.people):
        if options.page_break_in == index:
            lines += ["", "Page 1 of 2", ""] + (header if options.repeat_header else [])
        cells = [_numbered(index, printed_name(person, options), options), "; ".join(person["other_positions"]),
                 "; ".join(person["positions"]) or "None"] + (
            [person["citizenship"]] if options.citizenship else []) + [
            ", ".join(person["address"]) if person["address"] != address else ""]
        lines.append(" | ".join(cells) + " |")
    return ".txt", "\n".join(lines) + "\n", _people(roster, options)


# ---- 4. names 'Last, First' grouped under their titles, citizenship by footnote mark -------------------
def _last_first(name: str) -> str:
    """'Burton A. Dole, Jr.' -> 'Dole, Burton A., Jr.' (the surname keeps its case)."""
    words = name.replace(",", "").split()
    suffix = words.pop() if words[-1].rstrip(".").upper() in ("JR", "SR", "II", "III", "IV") else None
    *given, last = words
    return f"{last}, {' '.join(given)}" + (f", {suffix}" if suffix else "")


def title_groups_last_first(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Schedule I of Ameren's change-of-control severance plan (sec.gov .../1002910/000100291021000065/
    aee202010-kexhibit1026.htm): a group heading line ('Benefit Level - 3') followed by one name per line in
    'Last, First M.' order ('Baxter, Warner L.'), the next heading, more names, and a mark glued after some
    names ('Nwamu, Chonda *') explained by a footnote after the list. Here the headings are the titles held
    in the organisation, so a person with several titles is listed under each of them; a mark ('*', '**',
    ...) stands for a citizenship other than the one the preamble gives, explained in the footnotes. No
    address or outside occupation is printed."""
    org = roster.organization
    citizenship = default_citizenship(roster)
    marks: dict[str, str] = {}
    if options.citizenship:
        for person in roster.people:
            if person["citizenship"] not in (citizenship, None, *marks):
                marks[person["citizenship"]] = "*" * (len(marks) + 1)
    held = [person["positions"] or ["Member"] for person in roster.people]
    titles: list[str] = []
    for positions in held:
        titles += [t for t in positions if t not in titles]
    lines = ["SCHEDULE I", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    if options.citizenship:
        lines.append(f"Each person listed below is a citizen of {_citizen_of(citizenship)} unless marked.")
    count, broken = 0, False
    for title in titles:
        lines += [title] + (["-" * len(title)] if options.rules else [])
        for index, person in enumerate(roster.people):
            if title not in held[index]:
                continue
            if options.page_break_in == index and not broken:
                lines += ["", "<PAGE>", "SCHEDULE I (continued)", title]
                broken = True
            count += 1
            name = _surname_first(person["name"]) if options.upper_last_first else _last_first(person["name"])
            mark = marks.get(person["citizenship"]) if options.citizenship else None
            lines.append((f"{count}. " if options.numbered else "") + name + (f" {mark}" if mark else ""))
    lines += [f"{mark} Citizen of {_citizen_of(value)}." for value, mark in marks.items()]
    people = [expected(person, org, options, positions=positions, other_positions=[], address=None,
                       address_city=None, address_country=None) for person, positions in zip(roster.people, held)]
    return ".txt", "\n".join(lines) + "\n", people


FAMILIES = {"pipes_yes_no_flag_columns": pipes_yes_no_flag_columns, "title_colon_name_lines": title_colon_name_lines,
            "inline_pipe_rows": inline_pipe_rows, "title_groups_last_first": title_groups_last_first}

"""One entry of a fixed-width roster table from its rows (kg.forms.roster_grid): the name column's lines give the
name (wrapped or stacked), every other column's lines its values by the column's roles; a COMPANY column splits
the entry into one per organisation."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.forms import roster_types as rt
from kg.forms.roster_broken_words import mend_broken_words, mend_cut_words
from kg.forms.roster_column_gaps import column_runs, unwrap_runs
from kg.forms.roster_dash_cells import without_dash_cells
from kg.forms.roster_employer_line import address_under_occupation, addressee_only, printed_lines
from kg.forms.roster_entry import Entry
from kg.forms.roster_hanging import address_start, hanging_items, set_in_wraps
from kg.forms.roster_hanging import table_hangs as table_hangs  # (re-exported for kg.forms.roster_grid)
from kg.forms.roster_hanging_lines import hanging_lines
from kg.forms.roster_indent import past_start, set_in_room, set_in_under_name
from kg.forms.roster_justified import justified_items
from kg.forms.roster_name_address_cell import address_after_name, split_name_address
from kg.forms.roster_name_stop import without_closing_stop
from kg.forms.roster_name_wrap import whole_by_initial, wrapped_name
from kg.forms.roster_place import may_print_address, occupations_apart, place
from kg.forms.roster_set_in_name import set_in_name_wrap
from kg.forms.roster_stack_beside import address_beside
from kg.forms.roster_title_hang import hung_title_wraps
from kg.forms.roster_wrap import join_continuations, unwrap, unwrap_after

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Row as Row

def column_lines(rows: list[Row], column: int) -> list[tuple[int, str]]:
    out = []
    for row in rows:
        cells = row.cells.get(column)
        if cells:
            out.append((cells[0][0], " ".join(text for _, text in cells)))
    return out


def grid_entry(rows: list[Row], roles: list[list[str]], name_column: int, body: str | None,
           widths: list[int], longest: list[tuple[int, int]] | None = None, name_wrapped: bool = False,
           hanging: frozenset[int] = frozenset(), address_under: bool = False) -> Entry:
    rows = without_dash_cells(rows, name_column)  # ('--' under the employer beside an outside occupation: no value)
    name_lines = column_lines(rows, name_column)
    offset, printed = name_lines[0]
    printed, cut = rt.strip_numbering(printed)
    offset += cut
    last = rows[-1].line
    lead = without_closing_stop(printed.rstrip(" ,"))
    entry = Entry(name=lead, name_span=(offset, offset + len(lead)),
                  evidence=(rows[0].line.start, last.start + len(last.text)), body=body,
                  title_column=any("position" in r for r in roles))
    joined = split_name_address(printed.rstrip()) if {"name", "address"} <= set(roles[name_column]) else None
    if joined is not None:  # ('Bruce C. Rohde, One ConAgra' / 'Drive, Omaha, NE 68102' under 'Name and Address')
        entry.name, entry.name_span = joined[0], (offset, offset + len(joined[0]))
        stacked = address_after_name(joined[1], [text for _, text in name_lines[1:]])
        printed_longest = max((len(line.strip()) for line in stacked), default=0)
    else:
        room = _room(rows[0], name_column, name_lines[0][0])
        if room is not None and longest and past_start(rows[0], name_column):
            room = min(room, longest[name_column][1] + 2)  # (the next column's start bounds the name's line there)
        name, stacked = wrapped_name(printed.rstrip(), [text for _, text in name_lines[1:]], name_lines[0][1],
                                     set_in_room(rows, name_column, widths[name_column],
                                                 longest[name_column][1] if longest else None),
                                     name_wrapped or set_in_name_wrap(rows, name_column, printed, name_lines[0][1],
                                                                      room, _widest(roles[name_column], longest, name_column)),  # (a word under a whole name that is no
                                     shared=bool(set(roles[name_column]) - {"name", "position", "citizenship"})  # title can't
                                     or address_under and whole_by_initial(printed.strip()),  # (an address under it)
                                     room=room,  # be
                                     longest=longest[name_column] if longest else None)
        if name != printed.rstrip():  # a position)
            entry.name = without_closing_stop(name.rstrip(" ,"))
        printed_longest = max((len(line.strip()) for line in stacked), default=0)  # (a title under the name wraps no
        if set(roles[name_column]) <= {"name", "position"}:  # (a title's wrap hung under it: kg.forms.roster_title_hang)
            stacked = hung_title_wraps(rows, name_column, stacked)
        stacked = join_continuations(unwrap(stacked, widths[name_column], employer_lines=False))  # wider than that)
    stacked, beside, refused = address_beside(stacked, roles, name_column)  # (an occupation column beside: the
    if beside:  # lines under the name from its first that is no title are the address, no occupation)
        entry.fields["address"] = beside
    if refused:
        entry.refused.add("address")
    before = entry.fields.get("occupation")
    place(entry, stacked, [r for r in roles[name_column] if r != "name"], stacked_under_name=True,
          width=(printed_longest, widths[name_column]), set_in=set_in_under_name(rows, name_column))  # ('Director' / 'President': two titles, never one)
    if entry.fields.get("occupation") != before and "address" not in entry.fields and set_in_under_name(rows, name_column):
        entry.refused.add("address")  # (lines set in under the name read as an occupation, no address: may be one)
    for column, column_roles in enumerate(roles):
        if column == name_column or column_roles in (["number"], ["unknown"], ["organization"]):
            continue
        wrap = max(widths[column], longest[column][1]) if longest and "position" in column_roles else widths[column]
        employer = next((i for i, r in enumerate(roles) if "employer" in r), None)  # (an employer column of its own)
        with_address = "address" in column_roles and "address" not in entry.fields
        if "occupation" in column_roles and (items := hanging_items(rows, column, column in hanging, with_address)):
            if with_address and (cut := address_start(items)):  # (the address's lines under the occupations)
                items, entry.fields["address"] = items[:cut], "\n".join(items[cut:])
            place(entry, items, column_roles, apart=[False] + [True] * (len(items) - 1), hanging=True)  # (each at the margin)
            entry.beside_employer = items[0] if employer is not None and column_roles == ["occupation"] else ""
            continue  # (the first item stands on the employer's rows: kg.forms.roster_one_employer)
        if column_roles in (["address"], ["position"]) and column in hanging and (items := hanging_lines(rows, column, column_roles == ["position"])):
            place(entry, items, column_roles, apart=[False] + [True] * (len(items) - 1), hanging=True)  # (each line at
            continue  # the margin an address line or a title, its wraps set in under it: kg.forms.roster_hanging_lines)
        if column_roles == ["occupation"] and (items := justified_items(rows, column)) is not None:
            place(entry, items, column_roles, apart=[False] + [True] * (len(items) - 1))  # (each a paragraph)
            continue
        beside_employer = employer is not None
        if column_roles == ["occupation"] and (len(runs := column_runs(rows, column, employer)) > 1 or beside_employer) and (
                paragraphs := unwrap_runs(runs, wrap, max(wrap, longest[column][0]) if longest else wrap, beside_employer)):
            place(entry, [line for line, _ in paragraphs[0]], column_roles, width=longest[column] if longest else None,
                  apart=paragraphs[1])  # (a row of the entry where the column prints nothing ends a paragraph)
            if beside_employer:  # (the first occupation, on the employer's rows)
                ends = next((i for i, flag in enumerate(paragraphs[1]) if i and flag), len(paragraphs[1]))
                entry.beside_employer = " ".join(line for line, _ in paragraphs[0][:ends])
            continue
        texts = [text for _, text in column_lines(rows, column)]
        if {"occupation", "address"} <= set(column_roles) and "address" not in entry.fields and (
                cut := address_under_occupation(printed_lines(rows, column), longest[column][0] if longest else 0)):
            texts, entry.fields["address"] = texts[:cut], "\n".join(texts[cut:])  # ('Chief Executive' / 'HPB/Blackrock')
        elif {"occupation", "address"} <= set(column_roles) and "address" not in entry.fields and employer is None \
                and addressee_only(printed_lines(rows, column)):
            texts, entry.fields["address"] = [], "\n".join(texts)  # (no occupation: the addressee over the street)
        mended = mend_broken_words(texts) if "position" in column_roles else mend_cut_words(texts) \
            if "occupation" in column_roles else texts  # (words cut at the column's edge: 'Biopharmaceu' / 'tical')
        lines = unwrap_after(mended, wrap,
                             firm_names=column_roles != ["address"],  # (an address wraps inside a firm's name)
                             by_words=(column_roles == ["position"] or column_roles == ["occupation"] and column in hanging)
                             and set_in_wraps(rows, column))  # ('Vice' / '  President'; 'Board and Chief' / '  Executive
        # Officer' in a column typed with a hanging indent throughout, its titles and the employer's lines at the margin)
        broken = max(wrap, longest[column][0]) if longest else wrap  # (a line shorter than the longest printed
        if {"occupation", "address"} <= set(column_roles) and may_print_address(list(zip(texts, [""] + texts)), broken):
            entry.refused.add("address")  # (the preamble's default address gives way to a line that may be one: each
            # printed line, the joins of `unwrap_after` aside, which read a narrower column than the longest line)
        place(entry, [line for line, _ in lines], column_roles, width=longest[column] if longest else None,  # in the
              apart=occupations_apart(lines, broken) if "occupation" in column_roles else None)  # column, where the
        # next word would have fitted, was broken on purpose; titles and occupations: kg.forms.roster_place)
    return entry


def per_organization(entry: Entry, rows: list[Row], roles: list[list[str]], widths: list[int]) -> list[Entry]:
    """A table with a COMPANY column (one roster over several organisations): each company line
    of the entry, with the title lines beside it up to the next company line, is one entry of
    that company; name, address and occupation are the person's in each."""
    column = next((i for i, r in enumerate(roles) if r == ["organization"]), None)
    titles = [i for i, r in enumerate(roles) if "position" in r and "name" not in r]
    starts = company_starts(rows, column, titles) if column is not None else []
    if not starts:
        return [entry]
    out = []
    for number, first in enumerate(starts):
        group = rows[first:starts[number + 1] if number + 1 < len(starts) else len(rows)]
        one = replace(entry, fields=dict(entry.fields))
        one.fields["organization"] = " ".join(unwrap([text for _, text in column_lines(group, column)], widths[column]))
        if titles and len(starts) > 1:
            one.fields.pop("position", None)
            for title in titles:
                place(one, unwrap([text for _, text in column_lines(group, title)], widths[title]), roles[title])
        out.append(one)
    return out


_OPEN_END = re.compile(r"(?:,|&|-|\b(?:and|of|the|for|de|du|des|la|le|et|und))$", re.I)  # a name goes on


def company_starts(rows: list[Row], column: int, titles: list[int]) -> list[int]:
    """The rows where a company of the entry begins: its first company line, and a later one only where the text
    shows a new company rather than a wrapped name ('Ariel Capital Management,' / 'Inc.', 'The St. Paul
    Travelers' / 'Companies, Inc.'): the line above does not end open (',', 'and', 'of'), the line does not open in
    lower case, and where the table has a title column, a title begins on the same row at that column's margin
    (the real Security Capital roster: 'Director/Managing' beside each company, its '   Director' indented)."""
    lines = [i for i, row in enumerate(rows) if row.cells.get(column)]
    margins = {title: min((_indent(row, title) for row in rows if row.cells.get(title)), default=None)
               for title in titles}
    starts = lines[:1]
    for above, line in zip(lines, lines[1:]):
        text_above, text = _cell_text(rows[above], column), _cell_text(rows[line], column)
        if _OPEN_END.search(text_above) or not text[:1].isupper() and not text[:1].isdigit():
            continue
        if _indent(rows[line], column) > _indent(rows[lines[0]], column):
            continue  # (set in under the company's first line: its name wrapped, 'Smith Barney Corporate' / '  Trust Company')
        if titles and not any(margins[t] is not None and rows[line].cells.get(t) and _indent(rows[line], t) == margins[t]
                              for t in titles):
            continue  # (no title begins beside it: the company's name wrapped)
        starts.append(line)
    return starts


def _indent(row: Row, column: int) -> int:
    return row.cells[column][0][0] - row.line.start


def _cell_text(row: Row, column: int) -> str:
    return " ".join(text for _, text in row.cells[column]).strip()


def _widest(roles: list[str], longest: list[tuple[int, int]] | None, name_column: int) -> int | None:
    """The longest line the name's column prints, where it holds the name and its citizenship or titles only (a
    column of the name and the address sets the address in under the name: 'Carolyn H. Byrd' / '    Globaltech
    Financial'), else None (kg.forms.roster_set_in_name)."""
    return longest[name_column][0] if longest and set(roles) <= {"name", "position", "citizenship"} else None


def _room(row: Row, name_column: int, name_start: int) -> int | None:
    """The characters from the name's first line's start to the next column's text on its row (None: no text after
    it on the row)."""
    edges = [cells[0][0] for at, cells in row.cells.items() if at > name_column and cells]
    return min(edges) - name_start if edges else None

"""A list whose titles name the listed organisation where they are held there ('Chairman of the Board and Chief
Executive Officer, Motorola, Inc.'): an entry of the same list whose cell names it nowhere ('Chief Executive. His
business address is: ...') speaks of an occupation elsewhere, not of a title in the listed organisation.

The list says where it means the listed organisation: two entries or more name it after their titles. An entry
that holds a board seat ('Director', 'Chair of the Board') is left as printed (the seat is the listed one's where
no other is named). The cell is then read as the person's present principal occupation (other_positions), its
sentences about the person's address or citizenship as the person's own (kg.forms.roster_phrases)."""
from __future__ import annotations

import re

from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_mixed import SEATS
from kg.forms.roster_own import title_in_own_organization
from kg.forms.roster_own_sentence import whole_own_name
from kg.forms.roster_phrases import own_values, take_own_values
from kg.read import clean

_SENTENCE_OR_ITEM = re.compile(r";|(?<![\s(][A-Z][a-z])(?<![\s(][A-Z])\.\s+")  # ('The St. Paul': no sentence ends)
_MIN_NAMED = 2  # entries that name the listed organisation after their titles: the list's way of saying it


def _names_own(text: str, names: list[str]) -> bool:
    flat = whole_own_name(clean.squash(text.replace("\n", " ")) or "", names)  # ('... Travelers;' / 'Companies, Inc.')
    pieces = [p.strip(" .") for p in _SENTENCE_OR_ITEM.split(flat) if p.strip(" .")]
    return any(title_in_own_organization(piece, name.casefold()) is not None for piece in pieces for name in names)


def _seat(text: str) -> bool:
    flat = clean.squash(text.replace("\n", " ")) or ""
    first = flat.split(". ")[0]
    return any(SEATS.fullmatch(item.strip(" .")) for piece in first.split(";") for item in piece.split(","))


def bare_titles_elsewhere(entries: list[Entry], roster: Roster) -> None:
    """Each entry whose only cell ('title') names the listed organisation nowhere, where two entries or more of the
    list name it: the cell becomes the occupation (held elsewhere)."""
    names = [n for n in roster.own_names if n]
    cells = [entry.fields.get("title") or entry.fields.get("position") or "" for entry in entries]
    if not names or any(set(entry.fields) & {"occupation", "other_positions"} for entry in entries):
        return
    named = [bool(cell) and _names_own(cell, names) for cell in cells]
    if sum(named) < _MIN_NAMED:
        return
    for entry, cell, own in zip(entries, cells, named):
        if "title" in entry.fields and not own and not _seat(cell):
            _as_occupation(entry, "title")


def _as_occupation(entry: Entry, key: str) -> None:
    """The cell's items held elsewhere; its sentences about the person's own address or citizenship the person's
    (a sentence that speaks of them in another way refuses the field: no default fills it)."""
    items, said = own_values(entry.fields.pop(key), entry.name)
    if occupation := clean.squash(items.replace("\n", " ")):
        entry.fields["other_positions"] = "; ".join(v for v in (entry.fields.get("other_positions"), occupation) if v)
    take_own_values(entry, said)


def bare_occupations_elsewhere(entries: list[Entry], roster: Roster) -> None:
    """A table whose only titles are its occupation cells ('President and Co-Chief Executive Officer of X; and
    Chairman, Y'), two or more of which name the listed organisation X after their titles: a cell that names it
    nowhere ('Chairman, President and CEO') speaks of an occupation elsewhere, as in a list (above). A board seat
    ('Director') is left as printed."""
    names = [n for n in roster.own_names if n]
    if not names or any(set(entry.fields) & {"title", "position", "employer"} for entry in entries):
        return
    cells = [entry.fields.get("occupation", "").strip() for entry in entries]
    named = [bool(cell) and (_names_own(cell, names) or _names_own_item(cell, names)) for cell in cells]
    if sum(named) < _MIN_NAMED:
        return
    for entry, cell, own in zip(entries, cells, named):  # (a cell of several lines: each line an item, told apart
        if cell and "\n" not in cell and not own and not _seat(cell) and not entry.fields.get("address"):  # by
            _as_occupation(entry, "occupation")  # kg.forms.roster_entry.to_person; beside an address of its own,
            # kg.forms.roster_occupation.held_at_employer decides or leaves the title out)


def _names_own_item(cell: str, names: list[str]) -> bool:
    """Whether an item of the cell (its lines, its ';' pieces: never cut at an abbreviation's '.', 'VICE PRES. OF X')
    names the listed organisation after its title."""
    items = [clean.squash(p) or "" for line in cell.splitlines() for p in line.split(";")]
    return any(title_in_own_organization(item.strip(" ."), name.casefold()) is not None
               for item in [clean.squash(cell.replace("\n", " ")) or "", *items] for name in names)

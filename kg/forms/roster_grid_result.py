"""What a table reader gives back (kg.forms.roster_grid, roster_cells, roster_centred): the entries, the lines that
name no one kg can read (orphans), and the lines that could belong to either neighbour (ambiguous, both readings)."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.forms.roster_entry import Entry


@dataclass
class Ambiguity:
    span: tuple[int, int]
    text: str
    before: str | None
    after: str | None


@dataclass
class GridResult:
    entries: list[Entry]
    orphans: list[tuple[int, int]] = field(default_factory=list)
    ambiguous: list[Ambiguity] = field(default_factory=list)

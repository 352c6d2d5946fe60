"""A fixed-width occupation column whose lines stand on rows of the entry that are not consecutive: a row of the
entry where the column prints nothing (the employer's name wrapping beside it: 'Director' / '' beside 'Group, Inc.'
/ 'Retired Vice Chairman,') ends a paragraph of the column, so the line after it starts an occupation of its own,
never a wrap of the line above. (Blank lines are no rows of an entry: a double-spaced table shows no gap.)"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms.roster_place import occupations_apart
from kg.forms.roster_wrap import unwrap_after

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Row as Row

_GOES_ON = re.compile(r"(?:[,&/-]|\b(?:of|and|for|the|at|in|with))$", re.I)  # a line ending half-way goes on


def column_runs(rows: list[Row], column: int) -> list[list[str]]:
    """The column's printed lines in runs on consecutive rows of the entry."""
    runs: list[list[str]] = []
    last = None
    for index, row in enumerate(rows):
        if not (cells := row.cells.get(column)):
            continue
        if last is None or index - last > 1:
            runs.append([])
        runs[-1].append(" ".join(text for _, text in cells))
        last = index
    return runs


def unwrap_runs(runs: list[list[str]], width: int, broken: int,
                beside_employer: bool = False) -> tuple[list[tuple[str, str]], list[bool]] | None:
    """Each run unwrapped on its own (`unwrap_after`), and which lines start an occupation (`occupations_apart`, and
    each run's first after the first); None where a run ends half-way through a phrase (no paragraph's end). Beside
    an employer column of its own (the column holds occupations only), a line whose first word would have fitted on
    the printed line above ('Director' / 'Self Employed Businessman') was broken on purpose: another occupation."""
    if any(_GOES_ON.search(run[-1].strip()) for run in runs[:-1]):
        return None
    lines: list[tuple[str, str]] = []
    apart: list[bool] = []
    for number, run in enumerate(runs):
        unwrapped = unwrap_after(run, width, employer_lines=not beside_employer)  # (the employer has a column)
        lines += unwrapped
        apart += [bool(number) or i > 0 and (flag or beside_employer and _broken_on_purpose(line, above, broken))
                  for i, (flag, (line, above)) in enumerate(zip(occupations_apart(unwrapped, broken), unwrapped))]
    return lines, apart


def _broken_on_purpose(line: str, above: str, width: int) -> bool:
    first = (line.split() or [""])[0]
    return bool(above.strip()) and len(above.rstrip()) + 1 + len(first) <= width and not _GOES_ON.search(above.strip())

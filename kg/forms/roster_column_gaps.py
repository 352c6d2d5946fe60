"""A fixed-width occupation column whose lines stand on rows of the entry that are not consecutive: a row of the
entry where the column prints nothing (the employer's name wrapping beside it: 'Director' / '' beside 'Group, Inc.'
/ 'Retired Vice Chairman,') ends a paragraph of the column, so the line after it starts an occupation of its own,
never a wrap of the line above. (Blank lines are no rows of an entry: a double-spaced table shows no gap.)"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms.roster_place import occupations_apart
from kg.forms.roster_wrap import MID_PHRASE, ends_whole, unwrap_after

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Row as Row

_GOES_ON = re.compile(r"(?:[,&/-]|\b(?:of|and|for|the|at|in|with))$", re.I)  # a line ending half-way goes on


def column_runs(rows: list[Row], column: int, employer: int | None = None) -> list[list[str]]:
    """The column's printed lines in runs on consecutive rows of the entry. Beside an employer column of its own
    (`employer`), a line on a row under the employer's cell (the cell ended above) after a line that ends a whole
    title ('Chair of the Board' / 'Professional Board Director' beside 'Novo Holdings A/S' / '') starts a run too, as
    does a line beside a dash in the employer's column, taken out (kg.forms.roster_dash_cells: that row's occupation
    has no employer, a row of its own: 'Treasury Department, AXA' beside '--' under 'Lor Finance')."""
    runs: list[list[str]] = []
    last = None
    employer_seen = False
    for index, row in enumerate(rows):
        beside = employer is not None and bool(row.cells.get(employer))
        if not (cells := row.cells.get(column)):
            employer_seen = employer_seen or beside
            continue
        text = " ".join(text for _, text in cells)
        if last is None or index - last > 1 or employer in row.dashed \
                or employer_seen and not beside and _after_whole(runs[-1][-1], text):
            runs.append([])
        runs[-1].append(text)
        last = index
        employer_seen = employer_seen or beside
    return runs


def _after_whole(above: str, line: str) -> bool:
    """A line opening in capitals under one that ends a whole title, not half-way ('and Chief Executive' / 'Officer')."""
    return line[:1].isupper() and ends_whole(above.strip()) and not MID_PHRASE.search(above.strip()) \
        and not _GOES_ON.search(above.strip())


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
        unwrapped = unwrap_after(run, broken if beside_employer else width,  # (the employer has a column: the
                                 employer_lines=not beside_employer, by_words=beside_employer)  # column's lines
        # are occupations alone, wrapped at the longest printed: 'd'Administration' / 'Treasury Department, AXA'
        # would have fitted; a line ending half-way goes on: 'and Chief Executive' / 'Officer')
        lines += unwrapped
        apart += [i == 0 and bool(number) or i > 0 and (flag or beside_employer and _broken_on_purpose(line, above, broken))
                  for i, (flag, (line, above)) in enumerate(zip(occupations_apart(unwrapped, broken), unwrapped))]
    return lines, apart


def _broken_on_purpose(line: str, above: str, width: int) -> bool:
    first = (line.split() or [""])[0]
    return bool(above.strip()) and len(above.rstrip()) + 1 + len(first) <= width and not _GOES_ON.search(above.strip())

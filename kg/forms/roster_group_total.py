"""The total row of a table that gives each person's holding, printed as the roster's last row:

    Nigel Kevin Govett      Chief Financial         --              Tuborg Havnevej 19     United
                              Officer                               2900 Hellerup          Kingdom
    All directors and       --                      --              --                     --
      executive officers as a
      group (11 persons)

No person (kg/patterns/roster_holdings.yml `group_total`: its name cell, the first cell of each of its lines joined,
matched whole), and no line of the entry above it: read as that entry's lines, 'All directors and' became a title
and '--' an address line. Its lines are blanked in the roster's text (spaces; the offsets stay)."""
from __future__ import annotations

import re

from kg.forms.roster_window import line_spans
from kg.patterns import required_regexes

_CELL_GAP = re.compile(r"\s{2,}")
_MAX_LINES = 4  # (a name cell wrapped over four lines at most)


def group_total_rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the lines of each group total row between `start` and `end`."""
    total = required_regexes("roster_holdings.yml", ("group_total",))["group_total"]
    lines = line_spans(text, start, end)
    spans: list[tuple[int, int]] = []
    for index, (s, e) in enumerate(lines):
        if not text[s:e].lstrip().lower().startswith("all "):
            continue
        cells = []
        for s2, e2 in lines[index:index + _MAX_LINES]:
            cells.append(_CELL_GAP.split(text[s2:e2].strip())[0])
            if total.match(" ".join(cells)):
                spans += lines[index:index + len(cells)]
                break
    return spans

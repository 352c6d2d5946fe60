"""Bounds found by the fuzz campaign on the final code (seed 2027): a table row's cell lines are
found by bisection among the `<br>` places, and a paragraph longer than any roster field ends a
preamble (it was searched for every label pattern once per roster title)."""
from __future__ import annotations

import random

from kg.forms.roster_fields import MAX_FIELD_CHARS
from kg.forms.roster_preamble import preamble_end
from kg.forms.roster_table import cell_lines
from kg.read.html_stream import DELIMITER


def _cells_by_scanning(line_start: int, line: str, breaks: set[int]) -> list[list[str]]:
    """The same split as cell_lines, by a pass over every break (the code before the bound)."""
    cells, position = [], line_start
    for part in line.split(DELIMITER):
        cuts = [b - position for b in sorted(breaks) if position <= b < position + len(part)]
        pieces, last = [], 0
        for cut in cuts:
            pieces.append(part[last:cut])
            last = cut + 1
        pieces.append(part[last:])
        cells.append([piece.strip() for piece in pieces if piece.strip()] or [""])
        position += len(part) + len(DELIMITER)
    return cells


def test_cell_lines_by_bisection_split_as_a_scan_over_every_break_does():
    rng = random.Random(2027)
    words = ["John A. Smith", "Director", "Chief Executive Officer", "c/o Acme Corp.", "New York, NY", ""]
    for _ in range(300):
        line = DELIMITER.join(" ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
                              for _ in range(rng.randint(1, 5)))
        start = rng.randint(0, 500)
        spaces = [start + i for i, char in enumerate(line) if char == " "]
        breaks = set(rng.sample(spaces, rng.randint(0, len(spaces)))) | {start - 3, start + len(line) + 7}
        assert cell_lines("", start, line, sorted(breaks)) == _cells_by_scanning(start, line, breaks)


PREAMBLE = ("The following sets forth the name, business address, present principal occupation and citizenship "
            "of each director and executive officer of Acme Holdings, Inc. Each person is a citizen of the United "
            "States.\n\n")


def test_a_paragraph_longer_than_any_field_ends_the_preamble():
    debris = ("Acme " * (MAX_FIELD_CHARS // 5 + 10)).strip() + "."
    text = "SCHEDULE I\n\n" + PREAMBLE + debris + "\n\n" + PREAMBLE
    start = len("SCHEDULE I\n\n")
    end = preamble_end(text, start, len(text))
    assert text[start:end].strip() == PREAMBLE.strip()  # the preamble is read, and stops at the debris
    short = "SCHEDULE I\n\n" + PREAMBLE + PREAMBLE
    assert preamble_end(short, start, len(short)) == len(short.rstrip("\n"))  # both paragraphs are prose

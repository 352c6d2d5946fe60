"""An employer's line printed under a one-line occupation in a fixed-width cell captioned for the occupation and the
business address ('Chief Executive' / 'HPB/Blackrock', 'Partner, Skadden' / 'Skadden' / 'Arps' / 'Slate'): where the
text shows for certain that the lines under the occupation are the business address (the employer's name, no street
line), they are read as the address, not as a wrap of the occupation. Anything less certain is left as it was.

A cell that prints no occupation at all, only the address with its addressee over the street ('Valmont Industries,
Inc.' / 'Highway 275 (P.O. Box 358)' / 'Valley, NE 68064': the person's only job is his office with the roster's
organisation), is the address whole: the addressee is no occupation."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms import roster_types as rt
from kg.forms.roster_junk import holds_occupation

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Row as Row

_OPEN_END = re.compile(r"(?:[,;:&/(-]|\b(?:of|and|or|at|for|with|the|to|in|de|du|des|et|und))$", re.I)
_STREET = re.compile(r"^(?:c/o\b|p\.?\s*o\.?\s+box|\d)", re.I)


def printed_lines(rows: list[Row], column: int) -> list[tuple[int, str]]:
    """The column's printed lines of one entry, each with where it starts in its line (its indent)."""
    out = []
    for row in rows:
        cells = row.cells.get(column)
        if cells:
            out.append((cells[0][0] - row.line.start, " ".join(text for _, text in cells).strip()))
    return out


def address_under_occupation(lines: list[tuple[int, str]], longest: int) -> int | None:
    """The index of the line from which the cell's lines are the business address, where the text shows it for
    certain: every line from there on holds no word of a title or an occupation, opens in capitals, holds no ';'
    and is no street line (where one is, the address is read as before); the first starts at the cell's left edge;
    the occupation above it is one whole occupation (it holds a word of a title or an occupation, ends no phrase
    half-way) printed on one line, or on lines whose wraps are indented under its first (the indent shows where an
    item goes on); on one line, the first word under it would have fitted after it in the column's longest printed
    line (the break is on purpose, no wrap). None otherwise (the lines stay the occupation's, as read before)."""
    edge = min((at for at, _ in lines), default=0)
    tail = len(lines)
    while tail > 0 and _employer_line(lines[tail - 1][1]) and lines[tail - 1][0] >= edge:
        tail -= 1
    while tail < len(lines) and lines[tail][0] != edge:
        tail += 1  # (the address opens at the left edge; an indented line goes on with the one above)
    if not 0 < tail < len(lines):
        return None
    opens = max((i for i in range(tail) if lines[i][0] == edge), default=None)  # (the occupation's first line)
    if opens is None or any(at == edge for at, _ in lines[opens + 1:tail]) or not _whole_occupation(lines, opens, tail, longest):
        return None
    if tail - opens == 1 and len(lines[opens][1]) + 1 + len(lines[tail][1].split()[0]) > longest:
        return None  # (the word would have not fitted: it may be a wrap)
    if tail - opens == 1 and tail + 2 == len(lines) and lines[tail + 1][0] == edge \
            and _repeats(lines[tail][1], lines[tail + 1][1]):
        return tail + 1  # (the employer named twice: the occupation's, then the address's first line)
    return tail


def addressee_only(lines: list[tuple[int, str]]) -> bool:
    """Whether a cell's lines are an address alone: from the left edge, the addressee's lines (no word of a title or
    an occupation, in capitals, no ';'), then a street line and the lines under it, none holding a word of a title
    or an occupation either."""
    street = next((i for i, (_, text) in enumerate(lines) if _STREET.match(text) or rt.is_address_line(text)), None)
    if not street or street + 1 >= len(lines) or lines[0][0] != min(at for at, _ in lines):
        return False
    return all(_employer_line(text) for _, text in lines[:street]) \
        and not any(holds_occupation(text) or rt.is_title(text) for _, text in lines[street:])


def _repeats(above: str, line: str) -> bool:
    """Whether `line` names the organisation of the line above again: the same words or its first two or more
    ('The St. Paul Travelers Companies, Inc.' / 'The St. Paul Travelers')."""
    words, again = above.replace(",", " ").split(), line.replace(",", " ").split()
    return len(again) >= 2 and words[:len(again)] == again


def _whole_occupation(lines: list[tuple[int, str]], opens: int, tail: int, longest: int) -> bool:
    text = " ".join(line for _, line in lines[opens:tail])
    if _OPEN_END.search(text) or not holds_occupation(text) or ";" in text:
        return False
    if opens == 0:
        return True
    above = lines[opens - 1][1]  # (another item above it: closed by ';' or '.', or broken on purpose before a title)
    return rt.is_title(text.split(",")[0].strip()) and (
        above.endswith((";", ".")) or len(above) + 1 + len(text.split()[0]) <= longest and not _OPEN_END.search(above))


def _employer_line(text: str) -> bool:
    return bool(text) and text[:1].isupper() and ";" not in text and not holds_occupation(text) \
        and not rt.is_title(text) and not _STREET.match(text) and not rt.is_address_line(text)


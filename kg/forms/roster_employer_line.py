"""An employer's line printed under a one-line occupation in a fixed-width cell captioned for the occupation and the
business address ('Chief Executive' / 'HPB/Blackrock', 'Partner, Skadden' / 'Skadden' / 'Arps' / 'Slate'): where the
text shows for certain that the lines under the occupation are the business address (the employer's name, no street
line), they are read as the address, not as a wrap of the occupation. Anything less certain is left as it was."""
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
    certain: the line above is one whole occupation on one printed line (it opens the cell or opens with a title,
    holds a word of a title or an occupation, ends no phrase half-way); the line starts at the cell's left edge as
    that one does, and the first word would have fitted after it in the column's longest printed line (the break is
    on purpose, no wrap); that line and every one under it holds no word of a title or an occupation, opens in
    capitals, holds no ';', and none is a street line (where one is, the address is read as before). None
    otherwise (the lines stay the occupation's, as read before)."""
    if len(lines) < 2:
        return None
    edge = min(at for at, _ in lines)
    for index in range(1, len(lines)):
        above_at, above = lines[index - 1]
        at, line = lines[index]
        if not (above_at == edge == at and _one_line_occupation(lines, index - 1, longest)):
            continue
        if len(above) + 1 + len(line.split()[0]) > longest:
            return None  # (the word would not have fitted: a wrap may be read)
        rest = [text for _, text in lines[index:]]
        if all(_employer_line(text) for text in rest) and all(at >= edge for at, _ in lines[index:]):
            return index
        return None
    return None


def _one_line_occupation(lines: list[tuple[int, str]], index: int, longest: int) -> bool:
    text = lines[index][1]
    if _OPEN_END.search(text) or not holds_occupation(text) or ";" in text:
        return False
    if index == 0:
        return True
    above = lines[index - 1][1]  # (another item above it: closed by ';' or '.', or broken on purpose before a title)
    head = text.split(",")[0].strip()
    return rt.is_title(head) and (above.endswith((";", ".")) or len(above) + 1 + len(text.split()[0]) <= longest
                                  and not _OPEN_END.search(above))


def _employer_line(text: str) -> bool:
    return bool(text) and text[:1].isupper() and ";" not in text and not holds_occupation(text) \
        and not rt.is_title(text) and not _STREET.match(text) and not rt.is_address_line(text)

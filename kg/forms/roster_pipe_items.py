"""The items of an occupation cell of an HTML table saved as text ('|' cells: kg/forms/roster_pipecells.py), whose
lines the saved cell broke at its width or where one item ends and the next begins:

    |
    Professor of Economics,
    Harvard University
    President and CEO, National
    Bureau of Economic Research
    |

Between two lines the text shows a wrap where the line above ends half-way ('... and', '... of', 'Economics,',
'Chief', 'Retired', 'Professional Board': kg/patterns/roster.yml `item_unfinished`) or the line opens with a joining
word ('of Singapore'), or with no title ('Bureau of Economic Research', an employer's 'Acme Corporation'). A line
that opens with a title starts a new item where its first word would have fitted on the line above within the
cell's longest line (a greedy wrap would have put it there: 'of Singapore' / 'main board member of Samsung'), where
the line above ends in an organisation's legal form, or where the item above is whole (a title, then the
organisation it is held at named in full: 'Professor of Economics, Harvard University': 'President and CEO,
National'). A title line after an item that ends on a whole title but names no
organisation ('Chairman of the Board' / 'President and CEO, X') could be one item or two: the cell is refused. A
column whose cells separate their items by ';' breaks no item between lines (every break a wrap).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import LEGAL_FORM, ends_whole
from kg.lookups.legal_forms import legal_forms

_JOINING = re.compile(r"(?:and|or|of|the|for|at|in|to|with|&)\b")
_ENDS_FORM = re.compile(r"(?:,|\s)" + legal_forms("item_ends") + r"\.?$")
_OPENING = re.compile(r"(.+?)(?:\s+(?:of|at|with|for)\s|,|$)")  # (a line's first phrase: 'President and CEO')


def cell_items(lines: list[str], semicolons: bool, column_width: int = 0) -> str | None:
    """The cell's items joined by '; ' (its wrapped lines by a space); None where a break between two lines cannot
    be told (`semicolons`: the column's cells separate their items by ';', so every break is a wrap; the cell's
    width its longest line, or the column's longest line where `column_width` gives it)."""
    lines = [line.strip() for line in lines if line.strip()]
    if semicolons or len(lines) < 2:
        return " ".join(lines)
    width = max([len(line) for line in lines] + [column_width])
    items = [lines[0]]
    for index, (above, line) in enumerate(zip(lines, lines[1:]), 1):
        kind = _break(items[-1], above, line, " ".join(lines[index:index + 2]), width)
        if kind is None:
            return None
        if kind:
            items.append(line)
        else:
            items[-1] = f"{items[-1]} {line}"
    return "; ".join(items)


def _break(item: str, above: str, line: str, rest: str, width: int) -> bool | None:
    """Whether `line` opens an item of its own after the line `above` (the last of `item`); None where the text
    cannot tell (`rest`: the line and the next, joined, where its opening title may wrap: 'main board' / 'member')."""
    if rules().item_unfinished.search(above) or _JOINING.match(line) or not _opens_title(line, rest):
        return False  # (no item opens on a line that opens with no title: 'Bureau of ...', 'Acme Corporation')
    if len(above) + 1 + len(line.split()[0]) <= width:
        return True  # (a greedy wrap would have put the word on the line above)
    if _ENDS_FORM.search(above) and line[:1].isupper() and not LEGAL_FORM.fullmatch(line):
        return True  # ('... of Novo Holdings A/S' / 'Chairman')
    if _held_at(item):
        return True
    return None if ends_whole(item) else False


def _opens_title(line: str, rest: str) -> bool:
    """The line opens with a title ('President and CEO, National'), or its whole is the start of one that the next
    line ends ('main board' / 'member of Samsung'), an organisation's name aside ('Acme Corporation' / 'Chairman')."""
    opening = _OPENING.match(line)
    if opening is None or rt.is_title(opening.group(1)):
        return opening is not None
    further = _OPENING.match(rest)
    return opening.group(1) == line and further is not None and rt.is_title(further.group(1)) \
        and not rt.is_organization(line)


def _held_at(item: str) -> bool:
    """A title, then the organisation it is held at named in full ('Professor of Economics, Harvard University',
    'Head of the endowment fund for the National University of Singapore', 'Chairman of the Board of Acme Widgets')."""
    cuts = [m.end() for m in _HELD_CUT.finditer(item)]
    for cut in cuts:
        head, named = item[:cut].rstrip(" ,"), item[cut:].strip()
        head = re.sub(r"\s+(?:of|at|with|for)(?:\s+the)?$", "", head)
        if _NAMED.fullmatch(named) and rt.is_title(head) and rt.is_organization(named) and not rt.is_title(named):
            return True
    return False


_HELD_CUT = re.compile(r",\s*|\s(?:of|at|with|for)\s+(?:the\s+)?(?=[A-Z])")  # (where the organisation may start)
_NAMED = re.compile(r"[A-Z][\w.&'’/-]*(?:\s+(?:[A-Z][\w.&'’/-]*|of|and|for|the|de|du|&))*")  # ('National University
# of Singapore')

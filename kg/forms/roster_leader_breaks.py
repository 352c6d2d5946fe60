"""Titles one a line in a dot-leader list's title column ('Andre Desmarais (Canada) ....... Director' / then
'President' / 'Co-Chief Executive Officer' each at the title's column): a line there whose first word would have
fitted on the line above, within the widest line of the list's title column (kg.forms.roster_leaders), is broken on
purpose, a title of its own, never the wrap of the one above; only where both lines read as titles, neither holding
a ';' nor ending with a full stop (a cell of an occupation and an address, its items closed by ';' or '.', stays one
text, as before). The line above running on (',', 'and', 'of' ... at its end) or the line opening with a word that
goes on, in small letters, is a wrap whatever the width (kg.forms.roster_lead_breaks). A wrap the width forced is
never read apart: a line wrapped at the list's width leaves no room there for the next word, and no line of the list
is wider than that width."""
from __future__ import annotations

from kg.forms import roster_types as rt
from kg.forms.roster_lead_breaks import may_wrap


def broken_on_purpose(above: tuple[int, str], row: str, width: int) -> bool:
    """Whether `row`, printed under `above` ((its indent in the title column, its text): the line above's title), is a
    title of its own: both read as titles, neither holds a ';' nor ends with a full stop (the items of a cell that
    runs on over its lines), and its first word would have fitted on the line above within `width` (the widest line of
    the list's title column, from that column on), which runs on no phrase."""
    column, text = above
    if not row.split() or width <= 0 or any(";" in line or line.endswith(".") or not rt.is_title(line)
                                            for line in (text, row)):
        return False
    return not may_wrap(" " * column + text, row, width)

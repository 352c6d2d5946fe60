"""The titles under a name in a saved 'Name, Title' cell (an HTML table saved as text one cell a line) whose next
column is the citizenship: 'Pei-yuan Chia,' / 'Director' / 'United States' / 'Retired Vice Chairman, ...'.

The name cell's titles end where the citizenship cell opens: the lines between the name and the first line naming
only nationalities or countries are the titles, when each of them holds titles only ('Director; President and Chief
Executive Officer'). A line under the name that is no title before the citizenship is not guessed at (None: the
row is refused)."""
from __future__ import annotations

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt

_MOST_TITLE_LINES = 3  # (a cell of titles longer than that is no title cell this reader can see the end of)


def titles_before_citizenship(rest: list[str]) -> list[str] | None:
    """The title lines under the name (the lines before the first citizenship line), or None where they cannot be
    seen so: no citizenship line within reach, or a line before it that holds no titles only."""
    end = next((i for i, line in enumerate(rest[:_MOST_TITLE_LINES + 1]) if rf.is_citizenships(line.strip(" ,"))), None)
    if end is None:
        return None
    titles = rest[:end]
    if not all(_titles_only(line) for line in titles):
        return None
    return titles


def _titles_only(line: str) -> bool:
    parts = [part.strip() for part in line.split(";") if part.strip()]
    return bool(parts) and all(rt.is_title(part) and not rt.is_person_name(part) for part in parts)

"""A name too long for its dot leader, wrapped above the leader line (' Francis Michael Cyprian' / '    Cuss.......
Board Director of NH; ...'): the leader line's left side, set in deeper than the line right above it, ends the name
that line begins. The two are read as one name only where together they read as a person's name and the line
above holds no leader and no rule (kg.forms.roster_leaders)."""
from __future__ import annotations

from kg.forms import roster_types as rt


def name_begun_above(lines: list[tuple[int, int, str]], index: int, left: str) -> tuple[str, int] | None:
    """(the name whole, the offset where it begins) where leader line `index`, whose left side `left` reads as no
    name, is set in deeper than a line right above it whose text and `left` read together as a person's name."""
    if index == 0:
        return None
    start, _end, above = lines[index - 1]
    line = lines[index][2]
    margin, deeper = len(above) - len(above.lstrip()), len(line) - len(line.lstrip())
    if not above.strip() or deeper <= margin or "..." in above or not above.strip("-_=*. \t"):
        return None
    name = f"{above.strip()} {left.strip()}"
    if not rt.is_person_name(rt.strip_numbering(name)[0]):
        return None
    return name, start + margin

"""Lines between the entries of a dot-leader roster that belong to no entry and say so: a numbered part heading
('2. Executive Officers of PCC', kg.forms.roster_part_heading) and the caption printed again under it, a line the
roster printed above its first entry too ('Name            Five-Year Employment History'). They are no text outside
the entries (kg.forms.roster_leaders counts such text to refuse a roster not read this way)."""
from __future__ import annotations

from kg.forms.roster_part_heading import is_part_heading


def repeats_heading(lines: list[tuple[int, int, str]], index: int, first_entry: int) -> bool:
    """True where line `index` is a numbered part heading, or the same as a line above the first entry's."""
    line = " ".join(lines[index][2].split())
    return is_part_heading(line) or any(" ".join(above.split()) == line for _s, _e, above in lines[:first_entry])

"""A line of a table's captions that opens with the names' caption: none of its chunks is a person's name, even one
that reads like one ('NAME   PRESENT POSITION   EFFECTIVE TIME   PRINCIPAL OCCUPATION': 'EFFECTIVE TIME', the last
line of 'STATUS AT THE' / 'EFFECTIVE TIME', is a caption, and the line is the header, not a row)."""
from __future__ import annotations

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules


def caption_row_offsets(chunks: list[tuple[int, str]]) -> set[int]:
    """The offsets of every chunk of a line whose first chunk is the names' caption ('Name', 'NAME'; not 'Name of
    Employer') and two later chunks captions of the roster's fields; else none."""
    if len(chunks) < 3:
        return set()
    first = chunks[0][1].strip()
    names, employer = rules().column_roles["name"], rules().column_roles["employer"]
    if not (names.match(first) and rt.is_header(first)) or employer.search(first):
        return set()
    if sum(rt.is_header(chunk) for _offset, chunk in chunks[1:]) < 2:
        return set()
    return {offset for offset, _chunk in chunks}

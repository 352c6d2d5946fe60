"""A row of a ' | '-joined HTML table whose name cell is empty (kg.forms.roster_table): under a header printed whole,
its name first, the row's first printed cell stands in a grid column past the first (kg.forms.roster_gridcols): the
row names nobody; its first cell is a value's next line ('Accounts, Smith Barney' under 'Director of Managed',
the header in a table of its own above a page break), never a person's name. Its cells go on the values of the
entry above, but the header's columns are another table's: which value each goes on is not certain, so that
entry's values are refused (its name kept), never cut short ('Counsel, Cassels, Brock &').
"""
from __future__ import annotations

from typing import Sequence

from kg.forms.roster_entry import Entry


def nameless_row(row_columns: Sequence[int] | None, printed: Sequence[int] | None,
                 entries: list[Entry]) -> bool:
    """The row's printed cells (their grid columns, `row_columns`) leave its name column (0 under a header printed
    whole, `printed`) empty: True, and the values of the entry above (the last of `entries`) are refused."""
    if not (printed and row_columns and row_columns[0] > 0):
        return False
    if entries:
        entries[-1].refused |= set(entries[-1].fields)
        entries[-1].fields.clear()
        entries[-1].value_spans.clear()
    return True

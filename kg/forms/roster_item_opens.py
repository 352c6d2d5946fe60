"""Where a labelled value printed one item a line opens an item the width cannot tell (kg/forms/roster_labels
.items_by_line). The value's width is taken from its longest line, so a line whose first word would not have fitted
on the line above reads as its wrap; yet a line opening with a whole title after a line that reads whole as
'<title>, <organisation>' is an item of its own ('Professor of Economics, Harvard University' / 'President and CEO,
National Bureau of': an organisation's name goes on with no title's words). A line in lower case that reads as a role
of its own ('main board member of Samsung Electronics,') is kg/forms/roster_lower_role.py's, for every reader."""
from __future__ import annotations

from kg.forms import roster_types as rt
from kg.forms.roster_stacked_titles import whole_title
from kg.forms.roster_wrap import MID_PHRASE, ends_whole


def opens_item(above: str, line: str, whole_line: bool) -> bool:
    """`line` (at the value's column, opening in upper case) opens an item after `above`, the item so far
    (`whole_line`: one printed line at the column)."""
    if MID_PHRASE.search(above.strip()) or line.rstrip().endswith("-") or line[:1].islower():
        return False
    return whole_line and whole_title(line.split(",")[0]) and titled_organisation(above)


def titled_organisation(text: str) -> bool:
    """'Professor of Economics, Harvard University': a title, a comma, an organisation's whole name."""
    head, _, rest = text.strip().partition(",")
    organisation = rest.rsplit(",", 1)[-1].strip()
    return bool(organisation) and rt.is_title(head.strip()) and not rt.is_title(organisation) \
        and (rt.is_organization(organisation) or ends_whole(text, titles=False))


def cell_column(columns: dict[str, tuple[int, ...] | None], field: str) -> int | None:
    """The column two other values of the block or more start at, left of where `field`'s value starts on its
    label's line: the label ran past the label cell ('Position(s) with IDT Corporation:Chairman of the Board'),
    and its value's lines under it stand at the cell's column, as the other values do."""
    own = columns.get(field)
    others = [c[1] for name, c in columns.items() if c and name != field]
    shared = max(set(others), key=others.count, default=None)
    return shared if own and shared is not None and others.count(shared) >= 2 and shared < own[1] else None

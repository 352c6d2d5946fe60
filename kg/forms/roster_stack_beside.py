"""Lines stacked under a name at its margin, in a name column whose caption names nothing but the name, beside a
column of its own for the occupation and none for the address ('Name' | 'Office/Position' | 'Principal Occupation',
the business address under the name where it is not the preamble's default):

    Janet M. Dolan                    Director                  Chief Executive
    Tennant Company

The occupation has its column, so what stands under the name from its first line that is no title is the
address ('Tennant Company'; 'Skadden' / 'Arps' / 'Slate' / 'Meagher & Flom LLP' / '1440 New York Avenue'), never
words of the occupation beside it ('Tennant Company, Chief Executive'). Where such a run holds a title or a status
('Retired') after its first line, what it is is not certain: it is read as nothing and the address is refused (no
default fills it)."""
from __future__ import annotations

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules

_NO_ADDRESS = ("title", "nationality")


def address_beside(lines: list[str], roles: list[list[str]], name_column: int) -> tuple[list[str], str | None, bool]:
    """(the lines left to read as before, the address the lines under the name print, whether the address is
    refused) for the lines `lines` under a name in column `name_column` of a table captioned by `roles`; the lines
    unchanged, None, False where the table is not of that kind or the lines hold no such run."""
    if roles[name_column] != ["name"] or any("address" in r for r in roles) \
            or not any("occupation" in r for i, r in enumerate(roles) if i != name_column):
        return lines, None, False
    kinds = ["nationality" if _bracketed(line) else rt.line_kind(line) for line in lines]
    start = next((i for i, kind in enumerate(kinds) if kind not in _NO_ADDRESS), None)
    if start is None:
        return lines, None, False
    run = [line.strip() for line in lines[start:]]
    if "title" in kinds[start + 1:] or any(_bracketed(line) for line in lines[start + 1:]) \
            or any(rules().no_occupation.match(line) for line in run):  # (a country closing the address reads)
        return lines[:start], None, True
    return lines[:start], "\n".join(run), False


def _bracketed(line: str) -> bool:
    """A line wholly in brackets under a long name ('Francis Michael Cyprian Cuss' / '(USA, United Kingdom)'): what
    the name's brackets say (a nationality), never an address line."""
    stripped = line.strip()
    return stripped.startswith("(") and stripped.endswith(")")

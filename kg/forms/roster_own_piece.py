"""A titles cell cut at semicolons whose first pieces name the listed organisation after their titles and whose other
pieces name it nowhere ('Director of Purchaser; Chairman, President and CEO'): the cell says 'of X' where X is
meant, so the pieces without it are held elsewhere (kg.forms.roster_mixed.mixed_kind reads them as the occupation;
a bare seat, 'Director', stays the listed organisation's)."""
from __future__ import annotations

from kg.forms.roster_own import title_in_own_organization
from kg.read import clean


def own_piece_apart(pieces: list[str], own_names: list[str]) -> bool:
    """Whether the cell's ';' pieces (two or more) open with those naming the listed organisation ('Director of
    Purchaser; President of Purchaser') and the rest, one or more, name it nowhere."""
    names = [name.casefold() for name in own_names if name]
    if len(pieces) < 2 or not names:
        return False
    named = [any(title_in_own_organization(clean.squash(piece.replace("\n", " ")) or "", name) is not None
                 for name in names) for piece in pieces]
    first_unnamed = named.index(False) if False in named else len(named)
    return 0 < first_unnamed < len(named) and not any(named[first_unnamed:])

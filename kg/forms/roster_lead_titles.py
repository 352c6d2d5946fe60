"""A labelled block's unlabelled line of titles under the name ('CATHERINE A. KEHR' / 'Director of Southwestern
Energy Company; Partner, X' / 'Citizenship: ...'): no caption says whether its items are titles in the listed
organisation or occupations elsewhere. Where an item names the listed organisation after its title, the line says
'of X' where X is meant: it mixes titles there with occupations elsewhere, read as a stacked titles cell is
(kg.forms.roster_mixed: the item naming X is the title, 'of X' dropped; an item naming it nowhere is held
elsewhere, a board seat aside). A line naming the listed organisation nowhere is left as read (a title)."""
from __future__ import annotations

from kg.forms.roster_own import title_in_own_organization
from kg.read import clean


def lead_names_own(block, own_names: list[str]) -> bool:
    """Whether `block`'s position is only its unlabelled lead (no 'Position' label in the block) and an item of it
    ('; ' pieces) names the listed organisation (`own_names`: its name and aliases) after its title."""
    names = [name.casefold() for name in own_names if name]
    lead = clean.squash(" ".join(block.lead).replace("\n", " ")) or ""
    if not names or not lead or "position" in block.columns or clean.squash(block.value("position")) != lead:
        return False
    pieces = [piece.strip(" .") for piece in lead.split(";") if piece.strip(" .")]
    return any(title_in_own_organization(piece, name) is not None for piece in pieces for name in names)

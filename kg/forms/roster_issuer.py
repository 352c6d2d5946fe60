"""'Position(s) with the Issuer:' in a labelled block (kg/patterns/roster.yml `issuer_position`): in a roster of
the filer's people, a position with the company whose shares the filing is about, another organisation than the one
listed, so its value ('None', 'Director') is no value of the person's. Where the preamble names the listed
organisation itself the Issuer ('Kestrel Software Holdings, Inc. (the "Issuer")' over Kestrel's own directors), the
label names the listed organisation and its value is the person's position there."""
from __future__ import annotations


def issuer_is_listed(blocks: list, own_names: list[str]) -> None:
    """Each block's 'Position(s) with the Issuer:' value read as its position where the listed organisation's names
    (its name, the short names its preamble defines) include 'Issuer'; left as it is otherwise (no value)."""
    if not any(name.strip().casefold() == "issuer" for name in own_names):
        return
    for block in blocks:
        if "issuer_position" in block.values:
            block.values.setdefault("position", []).extend(block.values.pop("issuer_position"))
            block.columns.setdefault("position", block.columns.pop("issuer_position", None))

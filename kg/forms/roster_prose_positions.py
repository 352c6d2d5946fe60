"""A prose roster's sentence that lists the person's titles after a colon: 'Christopher B. Galvin holds the
following positions with Motorola: Director; Chairman of the Board; Chief Executive Officer.' Each item is a
title in the listed organisation. The sentence is read only when its subject is the paragraph's person and the
organisation it names is the listed one; otherwise it gives nothing (titles elsewhere are not guessed at)."""
from __future__ import annotations

import re
from typing import Callable

from kg.forms.roster_rules import rules


def listed_positions(sentence: str, about_person: Callable[[str], bool], own_names: list[str]) -> list[str] | None:
    """The titles such a sentence lists (none where it is not certainly the person's in the listed
    organisation), or None when the sentence is not one."""
    found = rules().prose_positions_with.match(sentence)
    if not found:
        return None
    own = {_key(name) for name in own_names if name}
    if not about_person(found.group("who") or "") or _key(found.group("org")) not in own:
        return []
    items = [item.strip(" ,") for item in found.group("value").split(";")]
    items = [re.sub(r"(?<![\s.][A-Z])\.$", "", item) for item in items]
    return items if all(item[:1].isupper() for item in items) else []


def _key(organization: str) -> str:
    return " ".join(re.sub(r"^the\s+", "", organization, flags=re.I).rstrip(".").split()).casefold()

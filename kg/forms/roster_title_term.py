"""A roster title that names its organisation and defines a short name for it in the same breath: 'Directors and
Executive Officers of American International Group, Inc. ("AIG")'. The organisation is the name before the
brackets; the short name in quotes is one of its aliases (the entries' sentences say 'a Director of AIG')."""
from __future__ import annotations

import re

_DEFINED_LAST = re.compile(r"^(?P<name>.+?),?\s*\(\s*(?:the\s+)?[\"“](?P<term>[A-Z][\w&.-]{0,20}(?:\s[A-Z][\w&.-]{0,20}){0,3})"
                           r"[\"”]\s*\)$")


def title_term(organization: str | None) -> tuple[str | None, str | None]:
    """The organisation's name without the short name its title defines after it, and that short name (None
    where the title defines none)."""
    found = _DEFINED_LAST.match(organization or "")
    if found is None:
        return organization, None
    return found.group("name").strip(), found.group("term")

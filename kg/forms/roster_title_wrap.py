"""A roster's title in capitals whose organisation's name wraps onto the next line ('DIRECTORS AND EXECUTIVE
OFFICERS OF SOUTHWESTERN ENERGY' / 'COMPANY'): the name is the one the preamble under it prints in mixed case with
the wrapped line's words ('... position with Southwestern Energy Company, ...'), never the first line's words alone."""
from __future__ import annotations

import re

MAX_WRAPPED = 40  # characters of a title's wrapped line


def wrapped_organization(organization: str | None, title: str, text_after: str) -> str | None:
    """The organisation's full name where the title (in capitals, ending with the name read from it, or with 'OF'
    and no name) wraps onto the line right under it (no blank line between, in capitals, short) and the text after
    prints that name with the wrapped words in mixed case; None otherwise (the name read stays)."""
    found = re.match(r"[ \t]*\n[ \t]*([A-Z0-9][A-Z0-9&.,' -]*?)[ \t]*\n", text_after)
    if not found or len(found.group(1)) > MAX_WRAPPED or title != title.upper():
        return None
    if organization and title.rstrip(" ,").upper().endswith(organization.upper()):
        words = f"{organization} {found.group(1)}"
    elif not organization and re.search(r"[A-Z] OF$", title.rstrip(" ,:")):
        words = found.group(1)  # ('DIRECTORS AND EXECUTIVE OFFICERS OF' / 'LOR FINANCE': the whole name under)
    else:
        return None
    whole = r"\s+".join(re.escape(word) for word in words.split())
    mixed = {" ".join(m.group(0).split()) for m in re.finditer(r"\b" + whole + r"(?![\w&])", text_after[found.end():],
                                                               re.I) if m.group(0) != m.group(0).upper()}
    return mixed.pop() if len(mixed) == 1 else None  # (the same name wrapped at another word is the same name)

"""Name search keys: what the mapping writes beside each name (`kg:nameKey`) and what a query
matches for a name it is given, so that a bound name is found through the store's index.

    name_keys("Douglas Dunn, Jr.")   # ['dou', 'dun', 'jr']
    query_key("tom de waard")         # 'waa': the key of the longest word given

Words are runs of letters and digits after accents are removed and case is folded; a key
is a word's first three characters (a shorter word is its own key). A query narrows to the
names having its key, then tests the name itself (the words given, any case), so a name is
found by any of its words or their beginnings (three characters or more).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

KEY_LENGTH = 3
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of a text: accents removed, case folded, split at anything not a letter or digit."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _WORD.findall(text.casefold())


@lru_cache(maxsize=65536)
def name_keys(name: str) -> tuple[str, ...]:
    """The search keys of a name, each once, sorted."""
    return tuple(sorted({word[:KEY_LENGTH] for word in words(name)}))


def query_key(text: str) -> str | None:
    """The key a query matches for a name it is given: that of its longest word (None: no word)."""
    found = words(text)
    return max(found, key=len)[:KEY_LENGTH] if found else None

"""Name search keys: what the mapping writes beside each name (`kg:nameKey`) and what a query
matches for a name it is given, so that a bound name is found through the store's index.

    name_keys("Douglas Dunn, Jr.")   # ('dou', 'doug', 'dougla', 'dun', 'dunn', 'jr')
    query_key("tom de waard")         # 'waar': the longest key of the longest word given

Words are runs of letters and digits after accents are removed and case is folded; the keys
of a word are its first 3, 4, 6 and 9 characters, as many as its length allows (a word
shorter than three characters is its own key). A query narrows to the names having the
longest key its longest word allows, then tests the name itself (the words given, any case),
so a name is found by any of its words or their beginnings (three characters or more): a
word of a name that begins with the word given has every key the word given has. Longer keys
are shared by fewer names ("dun" by Dunn, Duncan and Dunbar; "dunn" by Dunn alone), so a
bound name reads few candidates whatever the size of the store.

Stores written before the longer keys (their kg-store.json has no "name_keys") have the
three-character keys alone: queries on them look up those (`KEY_LENGTHS_BEFORE`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

KEY_LENGTHS = (3, 4, 6, 9)
KEY_LENGTHS_BEFORE = (3,)  # stores written before the longer keys
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of a text: accents removed, case folded, split at anything not a letter or digit."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _WORD.findall(text.casefold())


@lru_cache(maxsize=65536)
def name_keys(name: str) -> tuple[str, ...]:
    """The search keys of a name, each once, sorted."""
    return tuple(sorted({word[:length] for word in words(name) for length in KEY_LENGTHS
                         if length == KEY_LENGTHS[0] or len(word) >= length}))


def query_key(text: str, lengths: tuple[int, ...] = KEY_LENGTHS) -> str | None:
    """The key a query matches for a name it is given: the longest key of its longest word
    among the key lengths the store has (None: no word)."""
    found = words(text)
    if not found:
        return None
    word = max(found, key=len)
    return word[:max((n for n in lengths if n <= len(word)), default=lengths[0])]

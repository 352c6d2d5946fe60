"""Where a name-shaped run the NER finds in a labelled-block roster (kg/forms/roster_block_names.py) is part of a
value, no listed person: a line of an address ('1325 Merrie Ridge Road', '3030 Signal Hill Drive S.W.'), an
organisation's name ('at Carnegie Mellon / University', 'Skadden, Arps, Slate, Meagher & Flom'), a run of words the
name stands inside of on its line."""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms.roster_rules import rules
from kg.lookups.legal_forms import legal_forms

_ADDRESS_LINE_CHARS = 80


def place_line(text: str, s: int, e: int) -> bool:
    """A name the NER sees in a line of an address ('1325 Merrie Ridge Road', 'San Francisco, CA 94104',
    'Via Caldera 21', 'Hong Kong', 'One Valmont Plaza'): a place, never a listed person ('WAY, Bill' is one)."""
    line_end = text.find("\n", e)
    line = text[_value_start(text, s):line_end if line_end >= 0 else len(text)].strip()
    from kg.forms import roster_types as rt
    line = rt.strip_numbering(line)[0]  # ('1. CHIA, Pei-yuan': the entry's number is no address's)
    if (country := rf.find_country(text[s:e])) and country.group(0) == text[s:e].strip():
        return True  # 'Central, Hong Kong': the NER's name is a country's, wherever its line

    if len(line) > _ADDRESS_LINE_CHARS:
        return False  # a long line holds more than an address (a roster flattened into one paragraph)
    return bool(re.search(r"\d", line)) or rt.is_address_line(line) and "," not in line or rt.is_city_line(line) \
        or bool(rf.find_country(line)) and rf.find_country(line).group(0) == line.strip(" ,.")


def _value_start(text: str, s: int) -> int:
    """Where the value that text[s] stands in starts on its line: after the last label before `s` on the line
    ('Residence or Business Address:      3030 Signal Hill Drive S.W., Calgary, ...': a label's words are no part of
    the address, and its width no sign of a roster flattened into one line), else the line's start."""
    line_start = text.rfind("\n", 0, s) + 1
    return max((m.end() for label in rules().labels.values() for m in label.finditer(text, line_start, s)),
               default=line_start)


def in_value_run(text: str, s: int, e: int, mark: str, longest: int = _ADDRESS_LINE_CHARS) -> bool:
    """Words stand before text[s:e] on its line (a label's or a value's, not only an entry's `mark`) and the same
    run of words goes on right after it on the line, one space or a comma between ('Business Address - Skadden,
    Arps, Slate', '3030 Signal Hill Drive S.W.'): a part of that value (a firm's name, a street's), no listed
    person. A displaced name stands alone on its line or apart from the value by a wide gap; one before a label
    ('... Geneva, Switzerland Georges Auguste Position: ...') heads the next block; and a value longer than an address
    line (`longest`; a title line's limit is a printed line's, kg/forms/roster_block_names.py) is a roster flattened
    into one paragraph, where any name stands amid other text."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:s]
    if len(text[_value_start(text, s):line_end].strip()) > longest or any(
            label.match(text, e + 1, line_end) for label in rules().labels.values()):
        return False
    return bool(before.strip()) and not re.fullmatch(r"[ \t]*(?:" + mark + r")?", before) \
        and bool(re.match(r"(?:,[ \t]?|[ \t])[\w&(]", text[e:e + 3]))


_AFTER_ORG = re.compile(r"\s*(?:\([A-Z]{2,6}\)|,?\s*" + legal_forms("after_name") + r"\b|[ \t]*&[ \t]*[A-Z])")  # ('Cassels,
# Brock & Blackwell': partners' names joined by '&' name a firm)
_BEFORE_ORG = re.compile(r"\b(?:at|with|the|de)\s*$|\bSt\.[ \t]*$", re.I)  # ('The St. Paul Travelers': a saint's name
# names a place or a firm)


def organization_context(text: str, start: int, end: int) -> bool:
    """A name-shaped run that is part of an organisation: 'at Carnegie Mellon / University',
    'BOLLORE INVESTISSEMENT (BI)', 'the Consortium de Realisation'."""
    from kg.forms import roster_types as rt
    after = text[end:end + 40]
    following = re.match(r"\s*([A-Z][\w.&'-]*)", after)
    if following and "\n" in following.group(0) and text[start:end].isupper() and not following.group(1).isupper():
        following = None  # ('STEEN RIISGAARD' / 'Co Vice Chair ...': a word on the next line in another case is no
        # part of an organisation the capitals name)
    if following and "\n" in following.group(0) and _title_line(after[following.start(1):]):
        following = None  # ('Steen Riisgaard' / 'Co Vice Chair of the Board': the next line a title, no legal form)
    return bool(_AFTER_ORG.match(after) or _BEFORE_ORG.search(text[max(0, start - 12):start])
                or following and rules().organization_words.fullmatch(following.group(1).rstrip("."))
                or rt.is_organization(text[start:end]))


def _title_line(text: str) -> bool:
    """The line opening `text` reads as a title, and its words after the first (the word an organisation's name
    would end with) name no organisation: 'Co Vice Chair of the Board', not 'Corporation' alone."""
    from kg.forms import roster_types as rt
    line = text.split("\n", 1)[0].strip()
    rest = line.split(None, 1)[1:]
    return bool(rest) and rt.is_title(line) and not rt.is_organization(rest[0])

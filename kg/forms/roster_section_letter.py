"""A section letter before an organisation's heading ('A.&nbsp;&nbsp;&nbsp;&nbsp;POWER CORPORATION OF CANADA', the
first of a schedule's parts 'A.', 'B.'): the letter set off by two or more spaces (non-breaking or typed) is the
part's number, no word of the organisation. HTML normalisation squashes the spaces, so the source (`raw`) decides;
a letter followed by one space is an initial of the name and stays ('A. O. Smith Corporation')."""
from __future__ import annotations

import re

_LETTERED = re.compile(r"([A-Z])\.\s+(\S+(?:\s+\S+)?)")  # the letter, then the heading's first words
_SPACE = r"(?:[ \t\xa0]|&nbsp;|&#0*160;|&#x0*a0;)"
_TAGS = r"(?:<[^<>]{0,200}>)*"
_BETWEEN_WORDS = r"(?:\s|&nbsp;|&#0*160;|&#x0*a0;|<[^<>]{0,200}>)+"


def without_section_letter(organization: str | None, raw: str) -> str | None:
    """`organization` without the section letter opening it where `raw` prints the letter set off by two or more
    spaces before the heading's words; else `organization` as it is."""
    lettered = _LETTERED.match(organization or "")
    if lettered is None:
        return organization
    words = _BETWEEN_WORDS.join(re.escape(word) for word in lettered.group(2).split())
    set_off = rf"(?<![\w.&;#]){lettered.group(1)}\.{_TAGS}(?:{_SPACE}{_TAGS}){{2,}}(?i:{words})"
    if re.search(set_off, raw):
        return organization[lettered.end(1) + 1:].strip()
    return organization

"""A listed person's name said again as the subject of a sentence in one of the entry's values ('Principal
Occupation:  James W. Atkinson is the Executive Vice President of ACM.'; '... of AIG. Pei-yuan Chia is also ...'):
the entry's own name in its text, not a string the roster repeats (boilerplate, such as an address), which is no
listed person."""
from __future__ import annotations

import re

_VERB = re.compile(r"\s+(?:is|serves\s+as)\s")  # ('X is the President', 'X serves as')


def said_in_sentence(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] opens a sentence ('<Name> is ...') inside a value: text before it on its line (a
    label, or the sentence before it), or the full stop of a sentence before it at the end of the line above (a
    value wrapping: '... a Director of Danaher.' / 'Mortimer M. Caplin is also ...')."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_VERB.match(text, end)) and (bool(text[line_start:start].strip())
                                             or text[:line_start].rstrip().endswith("."))

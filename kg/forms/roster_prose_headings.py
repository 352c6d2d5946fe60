"""A prose roster whose paragraphs each stand under the person's name printed alone on a line, the paragraph
opening with the same name again ('Lars Green' / '     Lars Green is Chair of the Board of Novo Holdings A/S.
...'; the heading may be numbered, '1. Lars Green', or printed surname first, 'GREEN, Lars'). The heading line is
no part of the paragraph's words: read with it, the name came out twice ('Lars Green Lars Green'). A heading
a page break parts from its paragraph is joined to it again. A heading whose words are not the very words the
paragraph opens with is left as printed (nothing here guesses which person a paragraph is about)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation

_WORD = re.compile(r"[^\s,]+")
_INITIAL_END = re.compile(r"(?:\b[A-Z]|\b" + suffix_alternation(numerals=False) + r")\.$")  # ('GALVIN, Christopher B.': a full stop of the name's own)


def under_name_headings(text: str, paragraphs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, words) of each paragraph, a name heading's words dropped where the paragraph under it
    opens with the same name; a heading alone in its paragraph (a page break after it) joined to the next
    paragraph when that one opens with the name."""
    out: list[tuple[int, int, str]] = []
    waiting = False  # (a heading alone in its paragraph, its text in the next)
    for index, (p_start, p_end, paragraph) in enumerate(paragraphs):
        if waiting is None:  # (the rule under a name line: no words of its own)
            waiting = True
            continue
        if waiting:
            out[-1], waiting = (out[-1][0], p_end, f"{out[-1][2]} {paragraph}".strip()), False  # (the heading above,
            # its paragraph here)
            continue
        lines = text[p_start:p_end].split("\n")
        heading = _heading_words(lines[0])
        under = " ".join(paragraph.split()[len(lines[0].split()):])  # (the words under the heading line)
        if heading and len(lines) > 1 and _opens_with(under, heading):
            out.append((p_start, p_end, under))
        elif heading and len(lines) == 1 and index + 1 < len(paragraphs) \
                and _opens_with(paragraphs[index + 1][2], heading):
            out.append((p_start, p_end, ""))
            waiting = True
        elif heading and len(lines) == 1 and _underlined_over(text, paragraphs[index + 1:index + 3], heading):
            name = " ".join(lines[0].split())
            out.append((p_start, p_end, name + ("" if name.endswith(".") else ".")))
            waiting = None  # (the rule skipped, the paragraph under it joined to the name)
        else:
            out.append((p_start, p_end, paragraph))
    return out


def under_name_line(printed: str) -> bool:
    """The paragraph's first printed line is a person's name alone, its text on the lines under it."""
    first, _, rest = printed.strip("\n").partition("\n")
    return _heading_words(first) is not None and bool(rest.strip())


def _underlined_over(text: str, following: list[tuple[int, int, str]], heading: list[str]) -> bool:
    """A rule under the name line, then a paragraph whose subject is the honorific and a word of the name ('Mr.
    Chia is', "Mr. Chia's"), or that word alone ('Chia is')."""
    if len(following) < 2 or any(ch.isalnum() for ch in text[following[0][0]:following[0][1]]) \
            or not _RULE.fullmatch(text[following[0][0]:following[0][1]].strip()):
        return False
    subject = _SUBJECT.match(following[1][2])
    return bool(subject) and subject.group("word").casefold() in {w.casefold().strip(".") for w in heading}


_RULE = re.compile(r"[-=_]{3,}")
_SUBJECT = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<word>[A-Z][\w'’-]+)(?:['’]s\s|\s+(?:is|serves\s+as)\s)")


def _heading_words(line: str) -> list[str] | None:
    """The words of a line that is only a person's name ('Lars Green', '1. Lars Green', 'GREEN, Lars')."""
    name = rt.strip_numbering(line.strip())[0].strip()
    if not name or len(name) > 60 or name.endswith((":", ";")) or name.endswith(".") and not _INITIAL_END.search(name) \
            or not rt.is_person_name(name):
        return None
    words = _WORD.findall(name)
    return words if 2 <= len(words) <= 6 else None


def _opens_with(words: str, heading: list[str]) -> bool:
    """The paragraph's first words are the heading's, in any order, the name then going on ('Lars Green is')."""
    opening = _WORD.findall(words)[:len(heading)]
    return len(opening) == len(heading) and sorted(w.casefold() for w in opening) == sorted(w.casefold() for w in heading) \
        and bool(re.match(r"\s*(?:" + r",?\s+".join(re.escape(w) for w in opening) + r")\s+[a-z]", words))

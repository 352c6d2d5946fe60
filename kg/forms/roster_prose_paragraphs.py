"""The paragraphs of a prose roster (kg.forms.roster_prose), each one person's: a paragraph as printed, the
paragraphs under a name line ('PEI-YUAN CHIA, 61') up to the next entry's opening, and a paragraph a page
break cut joined again. The openings of an entry are here too."""
from __future__ import annotations

import re

from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_rule_lines import rule_line

OPENING = re.compile(r"^[ \t]*(?:\d{1,3}\.[ \t]+|\((?:\d{1,3}|[a-z]|[ivx]{2,5})\)[ \t]+)?(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?[A-Z][\w'’.“”\"-]*(?:[ \t]+[A-Z“\"][\w'’.“”\"-]*){1,4}"
                     r"(?:,?[ \t]+" + suffix_alternation(numerals=False) + r"\.|[ \t]+"
                     + suffix_alternation(words=False, longest_first=True)
                     + r")?(?:[ \t]+(?:is|serves|holds[ \t]+the[ \t]+following)\b|,[ \t]+(?:a|an|the|who)\b"
                     r"|\.[ \t]+(?:Mr|Mrs|Ms|Dr)\.)", re.M)
# 'ROHDE, Bruce C.  Mr. Rohde is ...' ('DASSAULT, Laurent. Dassault serves as ...'): the surname first, in capitals, the given names after a comma.
OPENING_INVERTED = re.compile(r"^[ \t]*(?:\d{1,3}\.[ \t]+|\((?:\d{1,3}|[a-z]|[ivx]{2,5})\)[ \t]+)?(?P<surname>[A-Z][A-Z'’-]+),[ \t]+[A-Z][\w'’.“”\"-]*(?:[ \t]+[A-Z“\"][\w'’.“”\"-]*)"
                              r"{0,3}(?:,[ \t]+" + suffix_alternation(numerals=False) + r"\.)?(?:[ \t]+(?:is|serves[ \t]+as)\b|\.?[ \t]+"
                              r"(?:(?:Mr|Mrs|Ms|Dr)\.|(?i:(?P=surname))[ \t]+(?:is|serves[ \t]+as)\b))", re.M)  # ('CHIA, Pei-yuan is')
# A paragraph ends at a blank line or at a rule printed under it ('----------' between entries, no blank line).
_RULE_LINE = rule_line("to_line_end")
_PARAGRAPH = re.compile(rf"{_RULE_LINE}|\S[^\n]*(?:\n(?![ \t]*\n|[ \t]*{_RULE_LINE})[^\n]*)*")
# A name line over its paragraph, the person's age after the name ('PEI-YUAN CHIA, 61', 'CHIA, Pei-yuan, 61',
# '1. PEI-YUAN CHIA, 61'), as proxy statements print their directors' biographies.
NAME_AGE_LINE = re.compile(r"^[ \t]*(?:\d{1,3}\.[ \t]+)?(?P<name>[A-Z][^\n]{2,60}?),[ \t]+(?:age[ \t]+)?\d{2}[ \t]*\n[ \t]*\S", re.M)
HONORIFIC_SUBJECT = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]")
PRONOUN_SUBJECT = re.compile(r"^(?:he|she|his|her|the\s+person)\b", re.I)  # ('The person is a citizen of X.')


def person_paragraphs(text: str, start: int, end: int, raw: str | None) -> list[tuple[int, int, str]]:
    """(start, end, words) of each paragraph of text[start:end], those of one person joined (above); `raw`,
    the text before page furniture was blanked, shows the page breaks (when it is as long)."""
    paragraphs = _under_name_lines(text, [(start + m.start(), start + m.end(), _words(m.group(0)))
                                          for m in _PARAGRAPH.finditer(text[start:end])])
    return _across_pages(text, raw, paragraphs) if raw is not None and len(raw) == len(text) else paragraphs


def _words(printed: str) -> str:
    """A paragraph's words, spaces squashed, without a rule printed under it ('----------' between entries)."""
    return " ".join(word for word in printed.split() if not _RULE_WORD.fullmatch(word))


_RULE_WORD = re.compile(r"[-_=*]{3,}")


def _under_name_lines(text: str, paragraphs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The paragraphs with those under a name line joined to it up to the next that opens an entry: a
    biography's second paragraph, or its text after a page break, is the same person's. A rule (no letter)
    ends the person's text."""
    out: list[tuple[int, int, str]] = []
    headed = False
    for p_start, p_end, paragraph in paragraphs:
        printed = text[p_start:p_end]
        opens = bool(NAME_AGE_LINE.match(printed) or OPENING.match(printed) or OPENING_INVERTED.match(printed))
        if headed and not opens and any(ch.isalpha() for ch in paragraph):
            out[-1] = (out[-1][0], p_end, f"{out[-1][2]} {paragraph}")
            continue
        headed = bool(NAME_AGE_LINE.match(printed))
        out.append((p_start, p_end, paragraph))
    return out


def _across_pages(text: str, raw: str, paragraphs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The paragraphs with one that a page break cut joined again: the gap before a paragraph holds page furniture
    (<PAGE>, a form feed, a running header or page number, blanked in `text`), the paragraph opens no entry, and
    it goes on a sentence the previous one left open (no full stop, or an honorific's: 'Mr.') or opens with a
    lower-case word or a pronoun or honorific subject ('His business address is ...')."""
    out: list[tuple[int, int, str]] = []
    for p_start, p_end, paragraph in paragraphs:
        printed = text[p_start:p_end]
        if out and _page_gap(text, raw, out[-1][1], p_start) and not _opens_entry(printed) and (
                not out[-1][2].rstrip().endswith((".", ";", ":")) or _HONORIFIC_END.search(out[-1][2]) or paragraph[:1].islower()
                or PRONOUN_SUBJECT.match(paragraph) or HONORIFIC_SUBJECT.match(paragraph)):
            out[-1] = (out[-1][0], p_end, f"{out[-1][2]} {paragraph}")
            continue
        out.append((p_start, p_end, paragraph))
    return out


_HONORIFIC_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.\s*$")  # ('... Mr.' / page break / "Harper's business address ...")


def _page_gap(text: str, raw: str, at: int, stop: int) -> bool:
    """Between `at` and `stop` only blank lines and page furniture, one at least."""
    gap = raw[at:stop]
    return "\f" in gap or any(line.strip().upper() == "<PAGE>" or (line.strip() and not text[at + offset:at + offset + len(line)].strip())
                              for line, offset in _lines(gap))


def _lines(gap: str) -> list[tuple[str, int]]:
    found, offset = [], 0
    for line in gap.split("\n"):
        found.append((line, offset))
        offset += len(line) + 1
    return found


def _opens_entry(printed: str) -> bool:
    return bool(NAME_AGE_LINE.match(printed) or OPENING.match(printed) or OPENING_INVERTED.match(printed))

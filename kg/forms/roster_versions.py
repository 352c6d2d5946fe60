"""A roster printed twice, in another language and in English (a Canadian filer's French version first, the English
one after a page break, or the other way round): the version in another language is not read, so that it gives no
person and no value, and the English one is read as if printed alone (not as a second listing of the same people).

A version in another language opens at a line that is a heading in that language (words of
kg/patterns/roster_languages.yml, on a line printed in capitals) or at its note on which version governs, and runs to
the next heading in English: a line in capitals with a roster heading's words or an annex heading ('EXHIBIT A')."""
from __future__ import annotations

import re
from functools import cache

from kg.context import Context
from kg.forms.roster_ceased import ceased_parts
from kg.forms.roster_rules import rules
from kg.patterns import build
from kg.read.sections import lines_with_offsets

_ANNEX_HEADING = re.compile(r"\s*(?:ANNEX|SCHEDULE|EXHIBIT|APPENDIX)\b")


@cache
def _languages() -> dict[str, tuple[re.Pattern, re.Pattern]]:
    def make(data) -> dict[str, tuple[re.Pattern, re.Pattern]]:
        return {language: (re.compile(words["heading"], re.I), re.compile(words["note"], re.I))
                for language, words in data.items()}
    return build("roster_languages.yml", make)


def _language(line: str) -> str | None:
    """The other language a line shows itself in ('french'), 'english' for an English heading, else None."""
    capitals = line.upper() == line and any(ch.isalpha() for ch in line)
    for language, (heading, note) in _languages().items():
        if capitals and heading.search(line) or note.search(line):
            return language
    if capitals and (rules().roster_heading.search(line) or _ANNEX_HEADING.match(line)):
        return "english"
    return None


def other_versions(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, language) of each stretch of text[start:end] printed in another language."""
    stretches: list[tuple[int, int, str]] = []
    opened: tuple[int, str] | None = None
    for line_start, _line_end, line in lines_with_offsets(text, start, end):
        language = _language(line)
        if language == "english" and opened is not None:
            stretches.append((opened[0], line_start, opened[1]))
            opened = None
        elif language not in (None, "english") and opened is None:
            opened = (line_start, language)
    if opened is not None:
        stretches.append((opened[0], end, opened[1]))
    return stretches


def english_parts(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a roster region to read: the region without its versions in another language (each left out
    with a finding); a part that holds no roster heading's words (a page mark before a version) is none."""
    parts, at = [], start
    left_out = other_versions(ctx.text, start, end) + [(s, e, None) for s, e in ceased_parts(ctx.text, start, end)]
    for version_start, version_end, language in sorted(left_out, key=lambda stretch: stretch[:2]):
        if version_start < at:
            continue  # (within a stretch left out already)
        ctx.warn("unparsed-section", "the persons listed as having ceased to hold office are not read (none is a "
                 "present member)" if language is None else f"a version of the roster in {language.capitalize()} "
                 "is not read (the English one is)", span=(version_start, version_end))
        parts.append((at, version_start))
        at = version_end
    parts.append((at, end))
    return [(s, e) for s, e in parts if s == start and e == end or rules().roster_heading.search(ctx.text, s, e)]

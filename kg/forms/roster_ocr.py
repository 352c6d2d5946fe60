"""Labelled blocks read through OCR: labels misread ('Narne;', 'Principa1 Occupation:', 'Citizen ship:',
'Posi tion:'), specks of page debris between blocks and at the left margin ('.', ',', '- l -').

Three general steps over a labelled roster's text, each keeping every offset (spans still point into the
document):
1. Specks - a line of punctuation and lone letters with no word, a lone punctuation mark opening a line
   before its text - are page debris: blanked.
2. A line that opens with a label's look (a few short words, then ':' - or ';' before a wide gap - then a
   wide gap or the line's end) whose words are no known label is compared with the label words of
   kg/patterns/roster_ocr.yml by a small edit distance, after undoing the usual OCR confusions; when exactly
   one field has a label word that close, the label is rewritten as that word (same length).
3. A label-looking line that is still no known label ends the field above it: it and its value are blanked.
   Where it could open the next entry (its value reads as a person's name, or the labels after it repeat a
   field of the block it stands in) the text from it to the next entry's first label is refused: its span is
   returned, and no value in it is read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from kg.errors import DataError
from kg.forms.roster_rules import FIELDS, rules
from kg.patterns import build

# a run of punctuation (a rule's '___' too), a lone letter; possessive, so that a long run is split one way only
# (a run matched as several marks backtracked exponentially: 1.8 KB of fuzzed text took minutes)
_MARK = r"(?:[^\w\s]|_)++|(?<!\S)[A-Za-z0-9](?!\S)"
_SPECK_LINE = re.compile(rf"[ \t]*(?=[^\n]*(?:[^\w\s]|_))(?:{_MARK})(?:[ \t]*+(?:{_MARK}))*+[ \t]*")
_OUTLINE = re.compile(r"[ \t]*\(?(?:\d{1,3}|[A-Za-z]|[IVXivx]{1,4})[.)][ \t]*")  # '2.', '(a)', 'IV.': no speck
_LEAD_SPECK = re.compile(r"([ \t]*)([.,'`:;~-])(?=[ \t]+\S)")
_HEAD = re.compile(r"(?P<lead>[ \t]*(?:\d{1,2}\.[ \t]+)?)(?P<label>[A-Za-z0-9|]{1,15}(?: [A-Za-z0-9|]{1,15}){0,4})"
                   r"[ \t]*(?P<sep>[:;])(?P<gap>[ \t]{2,}(?=\S)|[ \t]*$)")


@dataclass(frozen=True)
class OcrRules:
    words: dict[str, tuple[str, ...]]  # field -> its label words, lower case
    distance: tuple[tuple[int, int], ...]  # (letters, edits): the edits allowed a word of at most that many letters
    confusions: tuple[tuple[str, str], ...]  # (misread, meant)


@cache
def ocr_rules() -> OcrRules:
    def make(data) -> OcrRules:
        words = {field: tuple(" ".join(w.lower().split()) for w in items) for field, items in data["label_words"].items()}
        if set(words) - set(FIELDS) or not all(words.values()):
            raise DataError("kg/patterns/roster_ocr.yml", f"label_words: unknown or empty fields {sorted(words)}")
        distance = tuple(sorted((int(row["letters"]), int(row["edits"])) for row in data["distance"]))
        return OcrRules(words, distance, tuple((str(k), str(v)) for k, v in data["confusions"].items()))
    return build("roster_ocr.yml", make)


def mend(text: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    """`text` with the specks of text[start:end] blanked, its misread labels mended and its unknown labels (with
    their values) blanked; and the spans refused (an unknown label that could open an entry, to the next entry).
    Only the lines of text[start:end] are read and changed (a document of many rosters is not copied whole for each)."""
    first = text.rfind("\n", 0, start) + 1
    if first >= end:
        return text, []
    lines = text[first:end]
    mended, refused = _mend(lines, start - first, end - first)
    if mended == lines:
        return text, [(s + first, e + first) for s, e in refused]  # (nothing mended: the text itself, no copy)
    return text[:first] + mended + text[end:], [(s + first, e + first) for s, e in refused]


def _mend(text: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    chars = list(text)
    lines = _lines(text, start, end)
    for s, e in lines:
        _blank_specks(chars, s, e)
    unknown, above = [], ""
    for s, e in lines:
        line = "".join(chars[s:e])
        head = _HEAD.match(line)
        opens = not above.strip() or _known(above) or _HEAD.match(above)  # (a wrapped label's last line opens none)
        above = line
        if head is None or _known(line):
            continue
        if not _rewrite(chars, s, line, head) and head.group("sep") == ":" and opens:
            unknown.append((s, e, head))
    if not unknown:
        return "".join(chars), []
    return _blank_unknown(chars, lines, unknown)


def undo_digit_misreads(text: str) -> str:
    """`text` with OCR's digits inside words of letters read as the letters they stand for ('0FFICERS', 'fo1lowing');
    the digits of numbers are kept."""
    digits = {k: v for k, v in ocr_rules().confusions if len(k) == 1 and k.isdigit()}
    pattern = re.compile(rf"\b(?=[{''.join(digits)}]*[A-Za-z])(?=\w*[A-Za-z]{{2}})[A-Za-z{''.join(digits)}]+\b")
    return pattern.sub(lambda m: "".join(digits.get(c, c) for c in m.group(0)) if m.group(0).isupper()
                       or m.group(0).islower() else m.group(0), text)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line of text[start:end], from the start of the line `start` is in."""
    out, pos = [], text.rfind("\n", 0, start) + 1
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        out.append((pos, stop))
        pos = stop + 1
    return out


def opens_label(line: str) -> bool:
    """Whether a line opens with a label: a known one, or one misread that `label_word` tells."""
    head = _HEAD.match(line)
    return _known(line) or bool(head and label_word(head.group("label")))


def _blank_specks(chars: list[str], s: int, e: int) -> None:
    line = "".join(chars[s:e])
    if line.strip() and _SPECK_LINE.fullmatch(line) and not _OUTLINE.fullmatch(line):
        chars[s:e] = " " * (e - s)
        return
    lead = _LEAD_SPECK.match(line)
    if lead:
        chars[s + lead.start(2)] = " "


def _known(line: str) -> bool:
    stripped = line.lstrip(" \t")
    stripped = re.sub(r"^\d{1,2}\.[ \t]+", "", stripped)
    return any(p.match(stripped) for p in rules().labels.values())


def _rewrite(chars: list[str], s: int, line: str, head: re.Match) -> bool:
    """Rewrite the label of `head` (a match on `line`, which starts at `s`) as the one label word it is
    close to; False when it is close to none or to words of more than one field."""
    word = label_word(head.group("label"))
    if word is None:
        return False
    label_start, colon_end = head.start("label"), head.end("sep")
    new = word.title() + ":"
    room = colon_end - label_start
    if len(new) > room:
        gap = head.group("gap")
        short = len(new) - room
        if gap and not gap.strip() and len(gap) > short and line[head.end():].strip():
            room += short
        elif len(head.group("lead")) - len(head.group("lead").rstrip(" \t")) > short:
            label_start -= short
            room += short
        else:
            return False
    chars[s + label_start:s + label_start + room] = new + " " * (room - len(new))
    return True


def label_word(printed: str) -> str | None:
    """The label word a printed label is, allowing OCR's misreadings: the closest word of the one field
    that has a word within the allowed edits; None when no field or more than one has."""
    r = ocr_rules()
    keys = _variants("".join(printed.lower().split()), r.confusions)
    best: dict[str, tuple[int, str]] = {}
    for field, words in r.words.items():
        for word in words:
            bare = word.replace(" ", "")
            edits = next((n for letters, n in r.distance if len(bare) <= letters), 0)
            found = min(Levenshtein.distance(key, bare, score_cutoff=edits + 1) for key in keys)
            if found <= edits and (field not in best or found < best[field][0]):
                best[field] = (found, word)
    return next(iter(best.values()))[1] if len(best) == 1 else None


def _variants(key: str, confusions: tuple[tuple[str, str], ...]) -> set[str]:
    """The printed key, with every single-character confusion undone, and with each longer one undone in turn."""
    single = key
    for misread, meant in confusions:
        if len(misread) == 1:
            single = single.replace(misread, meant)
    out = {key, single}
    for misread, meant in confusions:
        if len(misread) > 1:
            out.add(single.replace(misread, meant))
    return out


def _blank_unknown(chars: list[str], lines: list[tuple[int, int]], unknown: list) -> tuple[str, list[tuple[int, int]]]:
    from kg.forms import roster_types as rt
    text = "".join(chars)
    known = [(s, _field(text[s:e])) for s, e in lines if _known(text[s:e])]
    if not known:
        return text, []
    first = known[0][1]
    refused = []
    for s, e, head in unknown:
        if s < known[0][0] or any(p.search(head.group("label")) for p, _b in rules().body_headings):
            continue  # (a heading, or text before the first block)
        before = [f for at, f in known if at < s]
        opened = max((i for i, f in enumerate(before) if f == first), default=None)
        seen = set(before[opened:]) if opened is not None else set()
        after = []
        for at, f in known:
            if at > s:
                if f == first:
                    break
                after.append(f)
        stop = next((at for at, f in known if at > s and f == first), lines[-1][1])
        value = text[s + head.end():e].strip()
        if seen & set(after) or (value and rt.is_person_name(value)):
            chars[s:stop] = [c if c == "\n" else " " for c in chars[s:stop]]
            refused.append((s, stop))
            continue
        _blank_value(chars, lines, s, text)
    return "".join(chars), refused


def _blank_value(chars: list[str], lines: list[tuple[int, int]], s: int, text: str) -> None:
    """Blank an unknown label's line and the lines of its value under it (to a blank or label-looking line)."""
    index = next(i for i, (ls, _le) in enumerate(lines) if ls == s)
    for ls, le in lines[index:]:
        line = text[ls:le]
        if ls != s and (not line.strip() or _HEAD.match(line) or _known(line)):
            break
        chars[ls:le] = " " * (le - ls)


def _field(line: str) -> str:
    stripped = re.sub(r"^\d{1,2}\.[ \t]+", "", line.lstrip(" \t"))
    return next(f for f, p in rules().labels.items() if p.match(stripped))

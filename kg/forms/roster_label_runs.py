"""Labelled fields run on as sentences: one paragraph per person, the name and a full stop, then each field
its label and a full stop ('Pei-yuan Chia. Position: Director. Present principal occupation: Retired Vice
Chairman, Citicorp. Business address: c/o 70 Pine Street, ... Citizenship: United States.'), wrapped at any word,
a label's own words too ('Present principal' / 'occupation:').

Printed again as the labelled block a line per field reads (the name its own line, each label opening one): each
field's words a space apart and without the full stop that ends its sentence, padded to the length it was printed
in, so the text keeps its length and the paragraph stays where it was printed (a word moves within its field). Only a paragraph that opens with a person's
name and its full stop, and holds two labels or more so, is printed again.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.roster_label_run_dash import dash_stops
from kg.forms.roster_label_run_headed import headed_parts
from kg.forms.roster_label_run_one import one_label_parts
from kg.forms.roster_label_run_opens import entry_parts
from kg.forms.roster_label_run_titles import name_then_titles
from kg.forms.roster_leader_stop import keeps_stop
from kg.forms.roster_rule_lines import rule_line
from kg.forms.roster_rules import rules
from kg.lookups.abbreviations import abbreviations

_ITEM_MARK = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)][ \t]+)")  # ('(a) Pei-yuan Chia.')


def sentence_labels(ctx: Context, text: str, start: int, end: int) -> str | None:
    """The text with each such paragraph in [start, end) a line per field, or None when there is none. Where one is,
    another paragraph of labelled sentences (two labels or more after full stops) that cannot be printed again is
    blanked, with a `roster-ambiguous` finding: its name and titles are not told apart, and read as lines its
    words would run into the entries around it."""
    pieces, last, unread, shaped = [], 0, [], 0
    text = dash_stops(text, _paragraphs(text, start, end))  # ('Name -- Position with X: ...': the name's full stop)
    parts = [part for p_start, p_end in _paragraphs(text, start, end)  # (several entries run together: apart)
             for part in entry_parts(text, p_start, p_end, _as_lines, _labelled_places)]
    parts = one_label_parts(text, parts, _as_lines)  # ('Name. Position with X: Director.' where the layout is shown)
    parts = headed_parts(text, parts, _field)  # ('Position with X: Director. Citizenship: Y.' under the name's line)
    for p_start, p_end, lines in parts:
        if lines is None:
            unread += [(p_start, p_end)] if _labelled_places(text[p_start:p_end].replace("\n", " ")) > 1 else []
            continue
        if (line_end := text.rfind("\n", start, p_start)) > start \
                and not _APART.fullmatch(text, text.rfind("\n", start, line_end) + 1, line_end):
            lines = _blank_before(lines)  # (the paragraph above set apart by no blank line: one over the name)
        if not _APART.fullmatch(text, p_end + 1, max(text.find("\n", p_end + 1, end), p_end + 1)):
            lines = _blank_after(lines)  # (the next paragraph set apart by no blank line: one under its last line)
        pieces += [text[last:p_start], lines]
        last, shaped = p_end, shaped + 1
        if rule := _RULE_LINE.match(text, p_end, end):  # the rule under it: a blank line, as between paragraphs
            pieces.append("\n" + " " * (rule.end() - p_end - 1))
            last = rule.end()
    if not pieces:
        return None
    shown = "".join(pieces) + text[last:]
    unread = unread if shaped >= _SHOWN_FOR_REFUSALS else []  # (one printed again shows no layout)
    if any(not _opens_entry(text, p_start, p_end) for p_start, p_end in unread):
        unread = [(p_start, p_end) for p_start, p_end, _lines in parts]  # (no entry's bounds: none of them read)
        shown = text
    for p_start, p_end in unread:
        ctx.warn("roster-ambiguous", "a paragraph of labelled sentences does not open with a person's name and "
                 "titles told apart; no person is recorded from it", span=(p_start, p_end), readings=["entry", None])
        shown = shown[:p_start] + re.sub(r"[^\n]", " ", shown[p_start:p_end]) + shown[p_end:]
    return shown


def _opens_entry(text: str, start: int, end: int) -> bool:
    """Whether a paragraph's first line opens an entry as those printed again do: an entry's number before it
    ('2. '), or the paragraph's other lines set in deeper (a hanging indent); else it may hold other text (the
    preamble run into the first entry) that is no entry's to blank."""
    lines = text[text.rfind("\n", 0, start) + 1:end].split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines]
    return bool(_ITEM_MARK.match(lines[0].lstrip())) or len(lines) > 1 and indents[0] < min(indents[1:])


def _blank_before(lines: str) -> str:
    """The paragraph printed again with a line break before its name line (a blank line over it), one space of
    padding the less on the first of its lines that has some (the lines above it a character to the right); as it
    is where none has."""
    printed = lines.split("\n")
    padded = next((i for i, line in enumerate(printed) if line.endswith(" ")), None)
    if padded is None:
        return lines
    printed[padded] = printed[padded][:-1]
    return "\n" + "\n".join(printed)


def _blank_after(lines: str) -> str:
    """The paragraph printed again with its last line's padding after a line break (a blank line under it, as the
    labelled blocks stand apart), where it has padding; else as it is."""
    words = lines.rstrip(" ")
    return words + "\n" + " " * (len(lines) - len(words) - 1) if len(lines) > len(words) else lines


def _labelled_places(flat: str) -> int:
    """How many places after a full stop a label of the rules starts at."""
    return sum(any(label.match(flat, at) for label in rules().labels.values()) for at in _after_stops(flat))


_SHOWN_FOR_REFUSALS = 2  # paragraphs printed again before another that cannot be is refused (the layout shown)
_RULE_LINE = re.compile(rule_line("after_break"))


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of lines apart by a blank line or a rule ('--------------------' between entries), or by a hanging
    indent: where a paragraph's lines after the first stand deeper than it, a line back at the first line's
    indent opens the next paragraph (paragraphs printed with no blank line between them)."""
    found, opened, position, indents = [], None, start, []
    for line in text[start:end].split("\n"):
        indent = len(line) - len(line.lstrip())
        if opened is not None and not _APART.fullmatch(line) and len(indents) > 1 \
                and indent == indents[0] < min(indents[1:]):
            found.append((opened, position - 1))  # (a hanging indent ends: the next paragraph)
            opened = None
        if _APART.fullmatch(line):
            if opened is not None:
                found.append((opened, position - 1))
            opened, indents = None, []
        elif opened is None:
            opened, indents = position + indent, [indent]
        else:
            indents.append(indent)
        position += len(line) + 1
    if opened is not None:
        found.append((opened, min(position - 1, end)))
    return found


_APART = re.compile(r"[ \t]*(?:[-_=*]{3,}[ \t]*)?")
_STOP_SPACES = re.compile(r"\.(\s+)")  # ('\s': the characters `str.rstrip` strips)


def _after_stops(flat: str) -> list[int]:
    """Each place after a space whose text before it ends in a full stop but for spaces (where `_as_lines` takes a
    label), in order."""
    return [at for stop in _STOP_SPACES.finditer(flat) for at in range(stop.start(1) + 1, stop.end(1) + 1)
            if flat[at - 1] == " "]


def _as_lines(paragraph: str, fewest: int = 2) -> str | None:
    """The paragraph a line per field, or None; with `fewest` 1 a paragraph of one label too, only where that
    label follows the name's full stop ('Name. Position with X: Director.')."""
    flat = paragraph.replace("\n", " ")
    if _labelled_places(flat) < fewest:
        return None  # (fewer than two places a label may be found at: fewer than two cuts; searched only where more)
    found = [(m.start(), key) for key, label in rules().labels.items() for m in label.finditer(flat)
             if m.start() > 0 and flat[m.start() - 1] == " " and flat[:m.start()].rstrip().endswith(".")]
    cuts = sorted({cut for cut, _key in found})
    if len(cuts) < fewest or len(cuts) != len(found) or len({key for _cut, key in found}) < len(found):
        return None  # (a label twice: two persons' fields in one paragraph, or a label inside another's words)
    if mark := _ITEM_MARK.match(flat):
        flat = " " * mark.end() + flat[mark.end():]  # ('(a) ': the entry's letter, no part of the name)
    lead = flat[:cuts[0]].strip()
    titles = [] if rt.is_person_name(lead[:-1]) else name_then_titles(flat, cuts[0])  # ('Name. Director of X.')
    head = len(flat[:titles[0]].rstrip()) if titles else cuts[0]  # (the name's full stop; else the first label)
    if titles is None or head > paragraph.find("\n") > -1 or len(cuts) < 2 and titles:  # (on the first line;
        return None  # one label: right after the name)
    lead = flat[:(titles or cuts)[0]].strip()
    if not lead.endswith(".") or _leader_ends(lead) or len(lead.split()) < 2 or "(" in lead or not rt.is_person_name(lead[:-1]):
        return None  # (not a person's full name and its full stop first: 'DASSAULT.' keys a note by surname; a dot
        # leader run on from the name to a column of labelled lines, 'Forstmann......  Position:', is no full stop)
    bounds = [0, *titles, *cuts, len(flat)]
    lines = [_field(flat[a:b]).ljust(b - a - 1) + "\n" for a, b in zip(bounds, bounds[1:-1])]
    return "".join(lines) + _field(flat[bounds[-2]:]).ljust(len(flat) - bounds[-2])


def _leader_ends(lead: str) -> bool:
    """`lead` ends in a dot leader, no full stop: three dots or more, or two where the first is no initial's or
    abbreviation's stop ('Forstmann..'; not 'COHEN, Marshall A..', the initial's stop and the sentence's)."""
    dots = len(lead) - len(lead.rstrip("."))
    return dots >= 3 or dots == 2 and not keeps_stop(lead[:-2])


def _field(printed: str) -> str:
    """One field's words a space apart, without the full stop that ends its sentence ('Director.'; not 'N.A.')."""
    words = " ".join(printed.split())
    return words if _ABBREVIATION.search(words) else words.removesuffix(".")


_ABBREVIATION = re.compile(r"(?:\b" + abbreviations("label_value") + r"|(?<![\w/])[A-Z])\.$")

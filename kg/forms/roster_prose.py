"""Prose rosters: one paragraph per person ('Paul A. Perrault.  Mr. Perrault is the President
... of Chittenden Corporation.'; 'X, a citizen of Y, is Director of Z. The business address of
X is ...').

A paragraph is an entry only when it opens with a person's name and says what the person
is; each clause is typed by what it says: 'a citizen of' gives the citizenship, 'business
address ... is' the address, '<titles> of <the listed organisation>' the positions, and a
role elsewhere an other position. A sentence about someone else is never read. The phrase
patterns are data (kg/patterns/roster.yml, `prose`).
"""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.nlp import person_names
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_names import strip_affixes
from kg.forms.roster_phrases import roles
from kg.forms.roster_rules import rules

_NAME_LEAD = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?P<name>(?:[A-Z“\"][\w'’“”\"-]*\.?\s+){1,4}?[A-Z][\w'’-]+(?:,\s+Jr\.)?)"
                        r"(?=\.\s+(?:Mr|Mrs|Ms|Dr)\.?\s|,\s|\s+is\s)")
_OPENING = re.compile(r"^[ \t]*(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?[A-Z][\w'’.“”\"-]*(?:[ \t]+[A-Z“\"][\w'’.“”\"-]*){1,4}"
                      r"(?:,?[ \t]+(?:Jr|Sr)\.|[ \t]+I{2,3}|[ \t]+IV)?(?:[ \t]+(?:is|serves)\b|,[ \t]+(?:a|an|the|who)\b|\.[ \t]+(?:Mr|Mrs|Ms|Dr)\.)", re.M)
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")


def read_prose(text: str, start: int, end: int, roster: Roster) -> list[Entry] | None:
    """Entries of a prose roster, or None when fewer than two paragraphs (and most of those
    after the first entry) read as one person each."""
    if len(_OPENING.findall(text, start, end)) < 2:
        return None  # (a cheap test first: two lines that open with a name and ',', '.' or 'is')
    paragraphs = [(start + m.start(), start + m.end(), " ".join(m.group(0).split()))
                  for m in _PARAGRAPH.finditer(text[start:end])]
    if sum(1 for s, e, p in paragraphs if _could_be_entry(text[s:e], p)) < 2:
        return None  # (cheap test first: the NER runs only on paragraphs that may be entries)
    entries, after_first = [], 0
    for p_start, p_end, paragraph in paragraphs:
        if entries:
            after_first += 1
        entry = _entry(text, p_start, p_end, paragraph, roster) if _could_be_entry(text[p_start:p_end], paragraph) else None
        if entry is not None:
            entries.append(entry)
    if len(entries) < 2 or len(entries) - 1 < 0.6 * after_first:
        return None
    return entries


def _could_be_entry(printed: str, paragraph: str) -> bool:
    """A paragraph of sentences (no table gap) that opens with a capital and says 'is'."""
    return (paragraph[:1].isupper() and not re.search(r"\S {3,}\S", printed)
            and bool(rules().prose_predicate.search(paragraph[:400])))


def _lead_name(paragraph: str) -> tuple[str, int] | None:
    """The person's name that opens a paragraph ('Mr. Paul A. Perrault', 'PAUL A. PERRAULT.'),
    and where the text after it starts."""
    head = paragraph[:120]
    spans = person_names(head)
    shaped = _NAME_LEAD.match(head)
    if shaped and (not spans or spans[0][0] > shaped.start("name") or spans[0][1] < shaped.end("name")) \
            and rt.is_person_name(shaped.group("name")):
        spans = [shaped.span("name")]  # a name the NER rules do not cover ('Lawrence W. DeShaw', 'F. Sheldon Prentice')
    if not spans:
        return None
    s, e = spans[0]
    honorific = head[:s].strip()
    if honorific and strip_affixes(head[:e]) != head[s:e]:
        return None  # text before the name that is not an honorific: not a roster paragraph
    name = head[s:e]
    if not rt.is_person_name(name) or not re.match(r"\s*(?:[.,(]|is\b|serves\b|has\b)", head[e:]):
        return None
    return name, e


def _entry(text: str, p_start: int, p_end: int, paragraph: str, roster: Roster) -> Entry | None:
    lead = _lead_name(paragraph)
    if lead is None:
        return None
    name, after = lead
    subject = _subject(name)
    fields: dict[str, list[str]] = {"position": [], "other_positions": [], "address": [], "citizenship": []}
    for index, sentence in enumerate(_sentences(paragraph[after:], name)):
        sentence = re.sub(r",\s*who\s+(?:is|was)\s+[^,]*,", "", sentence)  # 'Mr. B, who is currently retired, is ...'
        if (citizen := rules().prose_citizenship.search(sentence)) and _is_about(
                re.sub(r"\s+is$", "", sentence[:citizen.start()].strip()), subject, index == 0):
            value, stop = citizen.group("value") or citizen.group("adjective"), citizen.end()
            more = _MORE_COUNTRIES.match(sentence, stop) if citizen.group("value") and citizen.group(0).endswith(",") else None
            if more and rf.is_citizenships(f"{value}, {more.group(1)}"):  # 'a citizen of USA, Denmark, is ...': two
                value, stop = f"{value}, {more.group(1)}", more.end()
            if citizen.group("value") or rt.is_nationality(value):
                fields["citizenship"].append(value)
            sentence = sentence[:citizen.start()] + sentence[stop:]
        if address := rules().prose_address.search(sentence):
            if address.group("who") is None or _is_about(address.group("who"), subject):
                fields["address"].append(address.group("value").strip(" ."))
            sentence = sentence[:address.start()]
        predicate = rules().prose_predicate.search(" " + sentence)
        if not predicate or not _is_about(sentence[:max(0, predicate.start() - 1)], subject, index == 0):
            continue
        own, other = roles(sentence[predicate.end() - 1:], [roster.organization or "", *roster.aliases],
                           also=bool(predicate.group("also")))
        fields["position"] += own
        fields["other_positions"] += other
    if not fields["position"] and not fields["other_positions"] or len(fields["citizenship"]) > 1 \
            or len(fields["address"]) > 1:
        return None  # nothing said of the person's roles, or two readings of one field: no entry
    offset = p_start + _raw_offset(text[p_start:p_end], name)
    return Entry(name=name, name_span=(offset, offset + len(name)), evidence=(p_start, p_end),
                 fields={"position": "; ".join(fields["position"]),
                         "other_positions": "; ".join(fields["other_positions"]),
                         "address": "".join(fields["address"]), "citizenship": "".join(fields["citizenship"])})


_MORE_COUNTRIES = re.compile(r"\s*([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s*,")


def _raw_offset(raw: str, name: str) -> int:
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    found = re.search(pattern, raw)
    return found.start() if found else 0


def _subject(name: str) -> re.Pattern:
    """What may stand for the person in a sentence: the name, the surname with an honorific, a pronoun."""
    words = strip_affixes(name).replace(",", " ").split()
    surname = re.escape(words[-1]) if words else re.escape(name)
    return re.compile(rf"(?:{re.escape(name.rstrip('.'))}\.?|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\w[\w.]*\s+)*{surname}|\b(?:he|she)\b)", re.I)


def _is_about(before: str, subject: re.Pattern, first: bool = False) -> bool:
    """The text before a clause names the person (or nothing, when the clause follows the name)."""
    stripped = before.strip(" ,.")
    return (not stripped and first) or bool(subject.fullmatch(stripped))


def _sentences(text: str, name: str | None = None) -> list[str]:
    """The sentences of a paragraph; a full stop followed by the person's name ends one too ('... of
    Novo Holdings A/S. Lars Green is also ...': a legal form's full stop ends the sentence)."""
    pieces = [s.strip() for s in rules().prose_sentence_end.split(text) if s.strip()]
    if name:
        again = re.compile(r"(?<=\.)\s+(?=" + re.escape(name) + r"\s)")
        pieces = [p.strip() for piece in pieces for p in again.split(piece) if p.strip()]
    return pieces

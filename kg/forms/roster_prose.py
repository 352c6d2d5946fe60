"""Prose rosters: one paragraph per person ('Paul A. Perrault.  Mr. Perrault is the President
... of Chittenden Corporation.'; 'X, a citizen of Y, is Director of Z. The business address of
X is ...').

A paragraph is an entry only when it opens with a person's name and says what the person
is; each clause is typed by what it says: 'a citizen of' gives the citizenship, 'business
address ... is' the address, '<titles> of <the listed organisation>' the positions, and a
role elsewhere an other position. A sentence about someone else is never read. The phrase
patterns are data (kg/patterns/roster.yml, `prose`).

A proxy statement's biographies open with a name line instead ('PEI-YUAN CHIA, 61': the age is no
part of the name); the paragraphs under it, up to the next entry's opening, are that person's (a
second paragraph, or the text after a page break). There a sentence whose subject is the honorific and
surname ('Mr. Chia') or a pronoun states the person's values, 'has served as <titles> of <Org> since
1996' the titles and 'His present principal occupation is ...' the occupations; what the person did
before ('; before that, he was ...', 'Previously, ...', 'From 1990 to 1995, ...') is no value, nor is a
pronoun's sentence after one about someone else ('Mr. Smith, his predecessor, ...').
"""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.nlp import person_names
from kg.forms.roster_entry import Entry, Roster
from kg.forms.roster_names import display_name, strip_affixes
from kg.forms.roster_phrases import roles
from kg.forms.roster_prose_headings import under_name_headings, under_name_line
from kg.forms.roster_prose_paragraphs import (
    HONORIFIC_SUBJECT,
    NAME_AGE_LINE,
    OPENING,
    OPENING_INVERTED,
    PRONOUN_SUBJECT,
    person_paragraphs,
)
from kg.forms.roster_prose_positions import listed_positions
from kg.forms.roster_rules import rules
from kg.lookups.abbreviations import abbreviations

_NAME_LEAD = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?P<name>(?:[A-Z“\"][\w'’“”\"-]*\.?\s+){1,4}?(?P<last>[A-Z][\w'’-]+)(?:,\s+Jr\.)?)"
                        r"(?=\.\s+(?:Mr|Mrs|Ms|Dr)\.?\s|(?<=\.)\s+(?:Mr|Mrs|Ms|Dr)\.?\s|,\s|\s+is\s|\s+holds\s+the\s+following\s"
                        r"|\.\s+(?P=last)\s+(?:is|serves\s+as)\s)")  # ('Pei-yuan Chia. Chia serves as ...': the bare surname)
# A full word and a full stop inside a lead name is a sentence's end, not an initial: 'Canopy. Darcy Mott' (the last
# word of the paragraph above, its blank line gone) is no name; so is a generational suffix's full stop with more
# words after it ('Denis J. Walsh III.  Walsh is ...': the name ends at 'III.', the surname opens the next sentence).
_SENTENCE_END = re.compile(r"[A-Z][a-z]{2,}\.\s|\b" + suffix_alternation() + r"\.\s+\S")
_INVERTED_LEAD = re.compile(r"(?P<name>(?P<surname>[A-Z][A-Z'’-]+),\s+(?:(?!(?i:(?P=surname))\b)(?:[A-Z“\"][\w'’“”\"-]*\s+|[A-Z]\.\s*)){0,3}"
                            r"(?!(?i:(?P=surname))\b)(?:[A-Z]\.|[A-Z“\"][\w'’“”\"-]*))"
                            r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)"  # (the honorific after the name is none of it)
                            r"(?=(?:,?\s+" + suffix_alternation(numerals=False) + r"\.|,?\s+" + suffix_alternation(words=False) + r")?"
                            r"(?:\s+(?:is|serves\s+as)\s|\.?\s+(?:(?:Mr|Mrs|Ms|Dr)\.|(?i:(?P=surname))\s+(?:is|serves\s+as)\s)))")
# ('DASSAULT, Laurent. Dassault serves as', 'CHIA, Pei-yuan is Director of ...'; the surname again is no given name:
# 'CAPLIN, Mortimer M.  CAPLIN is ...')
_NUMBER = re.compile(r"(?:\d{1,3}\.|\((?:\d{1,3}|[a-z]|[ivx]{2,5})\))\s+(?=[A-Z])")  # '1.  Bruce C. Rohde.  Mr. Rohde is ...', '(1) ...', '(a) ...
_SUFFIX = re.compile(r",?\s+" + suffix_alternation(numerals=False) + r"\.|,?\s+" + suffix_alternation(words=False) + r"\b")


def read_prose(text: str, start: int, end: int, roster: Roster, raw: str | None = None) -> list[Entry] | None:
    """Entries of a prose roster, or None when fewer than two paragraphs (and most of those
    after the first entry) read as one person each."""
    if len(OPENING.findall(text, start, end)) + len(OPENING_INVERTED.findall(text, start, end)) \
            + len(NAME_AGE_LINE.findall(text, start, end)) < 2:
        return None  # (a cheap test first: two lines that open with a name and ',', '.' or 'is', or a name and age)
    paragraphs = under_name_headings(text, person_paragraphs(text, start, end, raw))
    if sum(1 for s, e, p in paragraphs if _could_be_entry(text[s:e], p)) < 2:
        return None  # (cheap test first: the NER runs only on paragraphs that may be entries)
    entries, after_first, trailing = [], 0, 0
    for p_start, p_end, paragraph in paragraphs:
        if entries and any(ch.isalpha() for ch in paragraph) and not _body_heading(paragraph):  # (a rule between
            # entries is no paragraph, nor is a heading naming the body of those below: 'Directors', 'Executive Officers')
            after_first, trailing = after_first + 1, trailing + 1
        entry = _entry(text, p_start, p_end, paragraph, roster) if _could_be_entry(text[p_start:p_end], paragraph) else None
        if entry is not None:
            entries.append(entry)
            trailing = 0
    if trailing <= 2:  # a closing note or two after the last entry ('All of the persons listed above are citizens ...')
        after_first -= trailing
    if len(entries) < 2 or len(entries) - 1 < 0.6 * after_first:
        return None
    return entries


def _body_heading(paragraph: str) -> bool:
    """A short paragraph without a sentence that names a body ('Directors', 'Executive Officers (continued)')."""
    paragraph = paragraph[number.end():] if (number := _NUMBER.match(paragraph)) else paragraph  # ('2. DIRECTORS')
    return len(paragraph.split()) <= 5 and "." not in paragraph and any(
        pattern.search(paragraph) for pattern, _body in rules().body_headings)


def _could_be_entry(printed: str, paragraph: str) -> bool:
    """A paragraph of sentences (no table gap) that opens with a capital and says 'is'."""
    if re.search(r"\S {3,}\S", printed):
        return False
    unnumbered = paragraph[number.end():] if (number := _NUMBER.match(paragraph)) else paragraph
    return bool(NAME_AGE_LINE.match(printed)) or unnumbered[:1].isupper() and bool(rules().prose_predicate.search(paragraph[:400]))


def _lead_name(paragraph: str) -> tuple[str, int] | None:
    """The person's name that opens a paragraph ('Mr. Paul A. Perrault', 'PAUL A. PERRAULT.'),
    and where the text after it starts."""
    skip = number.end() if (number := _NUMBER.match(paragraph)) else 0
    head = paragraph[skip:skip + 120]
    spans = person_names(head)
    shaped = _NAME_LEAD.match(head) or _INVERTED_LEAD.match(head)
    if shaped and (not spans or spans[0][0] > shaped.start("name") or spans[0][1] < shaped.end("name")
                   or re.fullmatch(r"\s+(?:is|serves)", head[shaped.end("name"):spans[0][1]])) \
            and rt.is_person_name(shaped.group("name")) and not _SENTENCE_END.search(shaped.group("name")):
        spans = [shaped.span("name")]  # a name the NER rules do not cover ('Lawrence W. DeShaw', 'F. Sheldon Prentice';
        # 'DASSAULT, Laurent is': not the verb)
    if not spans:
        return None
    s, e = spans[0]
    e = suffix.end() if (suffix := _SUFFIX.match(head, e)) else e  # ('SCOTT, Walter, Jr.')
    honorific = head[:s].strip()
    if honorific and strip_affixes(head[:e]) != head[s:e]:
        return None  # text before the name that is not an honorific: not a roster paragraph
    name = head[s:e]
    if not rt.is_person_name(name) or not (re.match(r"\s*(?:[.,(]|is\b|serves\b|has\b|holds\s+the\s+following\b)", head[e:]) or name.endswith(
            ".") and _next_about(head[e:], name)):  # ('Walter Scott, Jr.  Mr. Scott is ...', 'Walter Scott Jr.  Scott is')
        return None
    return name, skip + e


def _next_about(after: str, name: str) -> bool:
    """After a name that ends in a full stop ('Jr.'), the next sentence opens with the person: an honorific, or
    the bare surname and its verb ('Walter Scott Jr.  Scott is ...')."""
    return bool(re.match(r"\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s|(?i:" + re.escape(_surname(name)) + r")\s+(?:is|serves\s+as)\s)", after))


def _entry(text: str, p_start: int, p_end: int, paragraph: str, roster: Roster) -> Entry | None:
    headed = _name_line(text[p_start:p_end])
    lead = headed or _lead_name(paragraph)
    if lead is None:
        return None
    name, after = lead
    subject = _subject(name)
    named_above = headed is None and under_name_line(text[p_start:p_end])  # ('Lars Green' / '     Lars Green holds ...')
    fields: dict[str, list[str]] = {"position": [], "other_positions": [], "address": [], "citizenship": []}
    others_named = False  # a sentence about someone else: a pronoun after it could stand for them
    roles_said = False  # a sentence saying what the person is or does; owned sentences alone make no run-in entry
    for index, sentence in enumerate(_sentences(paragraph[after:], name)):
        if rules().prose_former.match(sentence):
            continue  # 'Before 1996, Mr. Chia was ...', 'Previously, he ...': former employment, no value
        if HONORIFIC_SUBJECT.match(sentence) and not _opens_with(sentence, subject):
            others_named = True  # ('Mr. Smith ...' in Mr. Chia's paragraph)
            continue
        if others_named and PRONOUN_SUBJECT.match(sentence):
            continue
        sentence = re.sub(r",\s*who\s+(?:is|was)\s+[^,]*,", "", sentence)  # 'Mr. B, who is currently retired, is ...'
        if headed and (occupation := rules().prose_occupation.match(sentence)):
            if _possessive_about(occupation.group("who"), subject):
                fields["other_positions"] += _occupations(occupation.group("value"))
                roles_said = True
            continue
        if named_above and (occupation := rules().prose_occupation.match(sentence)) \
                and _possessive_about(occupation.group("who"), subject):
            fields["other_positions"] += _held_elsewhere(_occupations(occupation.group("value")), roster.own_names)
            roles_said = True
            continue  # ("Lars Green's present principal occupation is X." under his name line)
        if not headed and not named_above and (owned := _owned_sentence(sentence, subject)) is not None:
            field, values = owned  # ("Chia's principal occupation is X.", "Chia's citizenship is Y." after the run-in name)
            fields[field] += values
            continue
        if not named_above and (labelled := rules().prose_occupation_label.match(sentence)):
            fields["other_positions"] += _occupations(labelled.group("value"))  # ('Present principal occupation: X.')
            continue
        listed = listed_positions(sentence, lambda who: _is_about(who, subject, index == 0 and not headed),
                                  roster.own_names)
        if listed is not None:  # ('X holds the following positions with <Org>: A; B.')
            fields["position"] += listed
            roles_said = True
            continue
        if (citizen := rules().prose_citizenship.search(sentence)) and _is_about(
                re.sub(r"\s+is$", "", sentence[:citizen.start()].strip()), subject, index == 0 and not headed):
            value, stop = citizen.group("value") or citizen.group("adjective"), citizen.end()
            listed = citizen.group("value") and citizen.group(0).endswith(",") and re.match(r"\s*[A-Z]", sentence[stop:])
            more = _MORE_COUNTRIES.match(sentence, stop) if listed else None
            second = more and re.sub(r"(?<![.\s][A-Z])\.$", "", more.group(1))
            if more and rf.is_citizenships(f"{value}, {second}"):  # 'a citizen of USA, Denmark': two
                value, stop, listed = f"{value}, {second}", more.end(), False
            if (citizen.group("value") or rt.is_nationality(value)) and not listed:  # (not the first of a list)
                fields["citizenship"].append(value)
            sentence = sentence[:citizen.start()] + sentence[stop:]
        if address := rules().prose_address.search(sentence):
            who = address.group("who") or address.group("owner")
            if who is None or _is_about(who, subject):
                value = address.group("value").strip()
                fields["address"].append(value if _ABBREVIATION.search(value) else value.rstrip(" ."))
            sentence = sentence[:address.start()]
        predicate = _predicate(" " + sentence, headed is not None)
        if not predicate or not _is_about(sentence[:max(0, predicate.start() - 1)], subject, index == 0 and not headed):
            continue
        own, other = roles(_present(sentence[predicate.end() - 1:]), roster.own_names,
                           also=bool(predicate.group("also")))
        fields["position"] += own
        fields["other_positions"] += other
        roles_said = roles_said or bool(own or other)
    if not (any(fields.values()) if headed else roles_said) \
            or len(fields["citizenship"]) > 1 or len(fields["address"]) > 1:
        return None  # nothing said of the person's roles (under a name line: nothing at all), or two readings
    offset = p_start + _raw_offset(text[p_start:p_end], name)
    return Entry(name=name, name_span=(offset, offset + len(name)), evidence=(p_start, p_end),
                 fields={"position": "; ".join(fields["position"]),
                         "other_positions": "; ".join(fields["other_positions"]),
                         "address": "".join(fields["address"]), "citizenship": "".join(fields["citizenship"])})


def _owned_sentence(sentence: str, subject: re.Pattern) -> tuple[str, list[str]] | None:
    """A sentence that names its owner by the possessive of the person's name or surname ("Chia's principal occupation
    is X.", "Chia's citizenship is United States."): the field and its values; None for any other sentence (a pronoun's,
    another person's: no value)."""
    if (occupation := rules().prose_occupation.match(sentence)) and _named_possessive(occupation.group("who"), subject):
        return "other_positions", _occupations(occupation.group("value"))
    citizen = rules().prose_citizenship_owned.match(sentence)
    if citizen and _named_possessive(citizen.group("who"), subject):
        value = citizen.group("value")
        value = value if _ABBREVIATION.search(value) else value.rstrip(".")
        return "citizenship", [value] if rf.is_citizenships(value) else []
    return None


def _named_possessive(who: str, subject: re.Pattern) -> bool:
    """"Chia's", "Mr. Chia's": the person's by name (not 'His', which could stand for someone named before)."""
    return bool(re.search(r"['’]s$", who)) and _is_about(who[:-2], subject)


def _predicate(sentence: str, headed: bool) -> re.Match | None:
    """Where the sentence says what the person is ('is', 'serves as'; under a name line 'has served as' too)."""
    found = [m for m in (rules().prose_predicate.search(sentence), headed and rules().prose_served.search(sentence)) if m]
    return min(found, key=lambda m: m.start(), default=None)


def _name_line(printed: str) -> tuple[str, int] | None:
    """The name of a paragraph's first line that is only a name and the person's age ('PEI-YUAN CHIA, 61'; the
    age is no part of the name), and where the text under it starts in the paragraph with its spaces squashed."""
    first = printed.split("\n", 1)[0]
    found = NAME_AGE_LINE.match(printed)
    if not found or found.end("name") > len(first):
        return None
    name = rt.strip_numbering(found.group("name").strip())[0]
    return (name, len(" ".join(first.split()))) if rt.is_person_name(name) else None


def _opens_with(sentence: str, subject: re.Pattern) -> bool:
    """The sentence opens with the person ('Mr. Chia has ...', "Mr. Chia's business address ..."; not 'Mr. Chiang
    has ...')."""
    found = subject.match(sentence)
    return bool(found) and not re.match(r"[\w-]|['’](?!s\s)", sentence[found.end():found.end() + 3])


def _present(predicate: str) -> str:
    """What follows 'is' / 'has served as' without what the person did before ('; before that, he was ...'),
    without when a title was taken ('since 1996') and with 'A and as B' as 'A and B'."""
    predicate = _before_former(predicate)
    return re.sub(r"\band\s+as\s+", "and ", rules().prose_since.sub("", predicate))


def _before_former(value: str) -> str:
    """A value without the clause that goes on to what the person did before ('...; before that, he was X');
    a value that opens with 'formerly' is printed so (the roster's own words for the occupation)."""
    former = next((m for m in rules().prose_former.finditer(value) if m.start() > 0), None)
    return value[:former.start()] if former else value


def _possessive_about(who: str, subject: re.Pattern) -> bool:
    """'His', 'Her', "Mr. Chia's": the person's."""
    return bool(re.fullmatch(r"(?i:his|her)", who)) or bool(re.search(r"['’]s$", who)) and _is_about(who[:-2], subject)


def _occupations(value: str) -> list[str]:
    """The items of an occupation sentence's value ('Professor of Economics, Harvard University; President of
    X'), without what the person did before; none that says there is none ('Retired')."""
    items = [item.strip(" ,") for item in _before_former(value).split(";")]
    items = [item if _ABBREVIATION.search(item) else item.rstrip(".") for item in items]
    return [item for item in items if item and not rules().no_occupation.match(item)]


def _held_elsewhere(items: list[str], own_names: list[str]) -> list[str]:
    """Occupation items that name no listed organisation (one naming it is a title there, no other position)."""
    return [item for item in items if not any(n and n.casefold().rstrip(".") in item.casefold() for n in own_names)]


_ABBREVIATION = re.compile(r"(?:\b" + abbreviations("sentence_end") + r"|(?<![\w/])[A-Z])\.$")  # ('N.A.'; not 'A/S.')


_MORE_COUNTRIES = re.compile(r"\s*([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s*(?:,|$)")


def _raw_offset(raw: str, name: str) -> int:
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    found = re.search(pattern, raw)
    return found.start() if found else 0


def _subject(name: str) -> re.Pattern:
    """What may stand for the person in a sentence: the name, the surname with an honorific, a pronoun ('The
    person is a citizen of X.' in the person's own paragraph)."""
    surname = re.escape(_surname(name))
    return re.compile(rf"(?:{re.escape(name.rstrip('.'))}\.?|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\w[\w.]*\s+)*{surname}|\b(?:he|she|the\s+person)\b)", re.I)


def _surname(name: str) -> str:
    """The person's surname ('CHIA, Pei-yuan': 'Chia'; 'Paul Desmarais, Jr.': 'Desmarais'), or the name."""
    words = re.sub(r",?\s+" + suffix_alternation(numerals=False) + r"\.?$|\s+" + suffix_alternation(words=False) + "$", "", display_name(name)).split()
    return words[-1] if words else name


def _is_about(before: str, subject: re.Pattern, first: bool = False) -> bool:
    """The text before a clause names the person (or nothing, when the clause follows the name)."""
    stripped = before.strip(" ,.")
    return (not stripped and first) or bool(subject.fullmatch(stripped))


def _sentences(text: str, name: str | None = None) -> list[str]:
    """The sentences of a paragraph; a full stop followed by the person's name ends one too ('... of
    Novo Holdings A/S. Lars Green is also ...': a legal form's full stop ends the sentence)."""
    pieces = [s.strip() for s in rules().prose_sentence_end.split(text) if s.strip()]
    if name:  # (and a full stop before the surname that opens a sentence: "... Citibank, N.A. Chia's business ...")
        surname = re.escape(_surname(name))
        again = re.compile(r"(?<=\.)\s+(?=" + re.escape(name) + r"\s)|(?<=\.)(?<!\s[A-Z]\.)\s+(?=" + surname
                           + r"(?:['’]s\s|\s+(?:is|serves\s+as)\s))")  # (not after an initial: 'Mellody L. Hobson is')
        pieces = [p.strip() for piece in pieces for p in again.split(piece) if p.strip()]
    return pieces

"""Phrases of running text about a listed person: what follows 'is' ('the President and a
Director of Canopy'), split into titles in the listed organisation and roles elsewhere. Used
by the prose reader and for occupation values printed as a sentence ('Mr. Yarro is ...'); and
the sentences of a cell that give the person's own address or citizenship ('His business address
is: ...')."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_citizen_closing import address_closing, citizen_closing
from kg.forms.roster_rules import rules
from kg.lookups.abbreviations import abbreviations
from kg.read import clean

_ABBREVIATION_END = re.compile(r"(?:\b" + abbreviations("sentence_end") + r"|(?<![\w/])[A-Z])\.$")  # ('N.A.'; not 'A/S.')
_SENTENCE = re.compile(r"^(?P<subject>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+)\s+(?:is|serves\s+as)\s+"
                       r"(?:(?:currently|presently|now)\s+)?")
_VERB = r"\s+(?:is|serves\s+as)\s+(?:(?:currently|presently|now)\s+)?"


def is_sentence(text: str) -> bool:
    """Whether text opens as a sentence about a person ('Mr. Yarro is ...', 'Smith serves as ...')."""
    return bool(_SENTENCE.match(text))


_NAMED = re.compile(r"^(?P<subject>(?:[A-Z][\w'’-]*\.?|[\"“][^\"“”]{1,20}[\"”])(?:\s+(?:[A-Z][\w'’-]*\.?|[\"“][^\"“”]{1,20}[\"”])){1,5}?(?:,\s+" + suffix_alternation() + r"\.?)?)"
                    + _VERB)  # ('Pei-yuan Chia is', 'Sylvester “Chip” Smith serves as': the full name)


def _named_subject(flat: str, name: str) -> re.Match | None:
    """A sentence whose subject is the entry's own `name` in full (each of its words one of the name's)."""
    found = _NAMED.match(flat) if name else None
    return found if found and _said_of(found.group("subject"), name) else None


def sentence_roles(text: str, organizations: list[str], name: str = "") -> tuple[list[str], list[str]] | None:
    """('Mr. Yarro is the President and a Director of Canopy.') -> titles and other roles, or
    None when the value is no such sentence (its subject the person's title and surname, or the entry's `name` in
    full: 'Pei-yuan Chia is a Director of AIG.'). Sentences that follow about the same person ('Mr. Chia is also
    Retired Vice Chairman, Citicorp.') add a role each: titles where one names the listed organisation, else one
    role elsewhere, whole; the same by pronoun ('He is also Counsel, X.'); any other sentence after the first: None."""
    flat = " ".join(text.split())
    found = _named_subject(flat, name) or _SENTENCE.match(flat)
    if not found:
        return None
    again = re.compile(r"(?<=\.)\s+(?:" + re.escape(found.group("subject")) + _VERB + r"(?:also\s+)?|(?:He|She)" + _VERB
                       + r"also\s+)")  # ('He is also ...': the pronoun for the person, another role)
    cuts = [(m.start(), m.end()) for m in again.finditer(flat)]
    predicates = [flat[a:b] for a, b in zip([found.end()] + [e for _s, e in cuts], [s for s, _e in cuts] + [len(flat)])]
    if any(re.search(r"[a-z]{2}\.\s+[A-Z]|\.\s+(?:He|She|His|Her)\s", predicate) for predicate in predicates):
        return None  # (a sentence about something else; by pronoun after 'of AIG.': 'He retired in 1999.')
    titles, others = roles(predicates[0], organizations)
    for predicate in predicates[1:]:
        named = any(_names(predicate, name) for name in organizations if name)
        more = roles(predicate, organizations, also=not named)
        titles, others = titles + more[0], others + more[1]
    return titles, others


def _names(predicate: str, organization: str) -> bool:
    return bool(re.search(r"\s+of\s+(?:the\s+)?" + r"\s+".join(re.escape(w) for w in organization.rstrip(".").split())
                          + r"\.?(?=$|[\s,;.])", predicate))


def roles(predicate: str, organizations: list[str], also: bool = False) -> tuple[list[str], list[str]]:
    """Titles in the listed organisation (any of its names) and roles elsewhere, from what
    follows 'is' ('the President and a Director of Canopy', 'a director of X and President of Y')."""
    predicate = re.sub(r"(?<=\.)\.$", "", predicate.strip())  # ('Citibank, N.A..': the abbreviation's stop and the sentence's)
    predicate = rules().prose_article.sub("", predicate if _ABBREVIATION_END.search(predicate) else predicate.rstrip("."))
    names = [n for n in organizations if n]
    own = None
    for name in sorted(names, key=len, reverse=True):
        own = re.search(r"\s+of\s+(?:the\s+)?" + r"\s+".join(re.escape(w) for w in name.rstrip(".").split()) + r"\.?"
                        r"(?=$|[\s,;.])", predicate)
        if own:
            break
    if own is None or also:
        other = predicate.strip(" ,;")
        if not other:
            return [], []
        if not also and rt.is_title(other) and not re.search(r"\s(?:of|at|for|with)\s|,", other):
            return split_titles(other), []  # 'a director': a title in the listed organisation
        return [], [other]
    titles = split_titles(predicate[:own.start()])
    tail = rules().prose_article.sub("", re.sub(r"^[\s,;]*(?:and\s+)?(?:is\s+)?(?:also\s+)?", "", predicate[own.end():]))
    tail = tail.strip(" ,;")
    tail = tail if _ABBREVIATION_END.search(tail) else tail.rstrip(".")
    if _own_again(tail, name) is not None:  # '... of X and is President of X and is ...'
        more_own, more_other = roles(tail, organizations)
        return titles + more_own, more_other
    return titles, [rules().prose_article.sub("", part) for part in _AND_IS.split(tail)] if tail else []


_AND_IS = re.compile(r"\s+and\s+is\s+(?:also\s+)?")  # ('... of X and is A, Y and is B, Z': two roles elsewhere)


_BODY_OF = re.compile(r"\s+of\s+the\s+(?:Board(?:\s+of\s+(?:Directors|Trustees))?|(?:[A-Z][\w-]*\s+){1,3}Committee)\b")


def _own_again(tail: str, organization: str) -> re.Match | None:
    """The listed organisation once more in what follows its first mention, after titles alone ('President of
    X' in 'a director of X and is President of X and is ...'): more titles in it."""
    found = re.search(r"\s+of\s+(?:the\s+)?" + r"\s+".join(re.escape(w) for w in organization.rstrip(".").split())
                      + r"\.?(?=$|[\s,;.])", tail)
    before = _BODY_OF.sub("", tail[:found.start()]) if found else ""  # ('Chairman of the Board')
    if found is None or re.search(r"\s(?:of|at|for|with)\s", before):
        return None
    return found if all(rt.is_title(part) for part in re.split(r",\s*|\s+and\s+", before)) else None


def split_titles(text: str) -> list[str]:
    """'President, Chief Executive Officer and Chairman of the Board' -> three titles. A part in
    lower case that is no title ('a controlling shareholder') is no title and goes; a
    capitalised part that is none ('Executive Vice President, Operations Control and
    Development') belongs to the title before it: the whole is kept as one title."""
    parts = [p.strip(" ,") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if p.strip(" ,")]
    parts = [rules().prose_article.sub("", p) for p in parts]
    kept = [p for p in parts if rt.is_title(p) or p[:1].isupper()]
    if any(not rt.is_title(p) for p in kept):
        whole = rules().prose_article.sub("", text.strip(" ,"))
        return [whole[:1].upper() + whole[1:]] if rt.is_title(whole) else []
    return [p[:1].upper() + p[1:] for p in kept]


_MENTIONS = re.compile(r"\b(?:address|citizen|citizenship|national|resident)\b")  # (in lower case: of the person)


def _mentions(sentence: str) -> bool:
    """The sentence speaks of an address or a citizenship: a word of `cell_mentions`, but 'National' or 'Resident'
    capitalised before another capitalised word, a word of a proper name ('National Bureau of Economic Research')."""
    return any(not re.match(r"(?:National|Resident)\s+[A-Z]", sentence[m.start():])
               for m in rules().cell_mentions.finditer(sentence))


def own_values(occupation: str, name: str = "", by_line: bool = False) -> tuple[str, dict[str, str | None]]:
    """An occupation cell that goes on in sentences about the person ('His business address is:
    ...', 'Business address: ...', 'Mr. Caio is a citizen of Italy.'): those sentences out of the occupation, their
    values the person's own (in place of the preamble's). A sentence that speaks of an address or a
    citizenship in another way, or of someone not the entry's `name`, gives the field None: the default is not
    applied (refused). Where the markup breaks the cell's lines (`by_line`), such a line is read whole
    (`_line_values`)."""
    if by_line and (lined := _line_values(occupation, name)) is not None:
        return lined
    flat = clean.squash(occupation.replace("\n", " ")) or ""
    if (closing := citizen_closing(flat) or address_closing(flat)) is not None:  # ('... Tuborg Havnevej 19, 2900
        occupation = flat = closing[0]  # Hellerup, Denmark. Citizen of Denmark.': the closing sentences, the person's
        # own; or the closing address alone, '... of MT. 8000 South Federal Way, Boise, ID 83716-9632.')
    head, sentences = _head_and_rest(flat, name)
    if not sentences:
        return _without_stop(occupation), dict(closing[1]) if closing else {}
    kept, own = [head] if head else [], dict(closing[1]) if closing else {}
    for sentence in sentences:
        if address := _address_sentence(sentence, name):
            own["address"] = address
        elif (citizen := rules().cell_citizenship.match(sentence)) and _said_of(citizen.group("who"), name):
            own["citizenship"] = citizen.group("value") or citizen.group("adjective")
        elif _mentions(sentence) and not ((_SENTENCE.match(sentence) or _named_subject(sentence, name))
                                                              and not _MENTIONS.search(sentence)):
            # (a sentence of roles, 'Mr. X is also Managing Director, National Director, Y', mentions none in lower case)
            own.update({key: None for key in ("address", "citizenship") if key not in own})
        else:
            kept.append(sentence)
    if not own:
        return _without_stop(occupation), {}
    return _without_stop(" ".join(kept).rstrip()), own


def _head_and_rest(flat: str, name: str) -> tuple[str, list[str]]:
    """The cell's text kept whole (its first sentence; its items up to one that opens a sentence about the person,
    'President, X.; Her business address is: ...'; nothing where the cell opens with such a sentence, 'His business
    address is: ...'), and the sentences after it, each read for the person's own values."""
    items = flat.split(";")
    for index, item in enumerate(items[1:], 1):
        if rules().cell_own_opener.match(item.strip()) or rules().cell_address.match(item.strip()):
            rest = " ".join(piece.strip() for piece in items[index:])
            return ";".join(items[:index]).rstrip(), [part for sentence in _sentences(rest) for part in _own_sentences(sentence)]
    sentences = [part for sentence in _sentences(flat) for part in _own_sentences(sentence)]
    if sentences and (_address_sentence(sentences[0], name) or (
            (citizen := rules().cell_citizenship.match(sentences[0])) and _said_of(citizen.group("who"), name))):
        return "", sentences  # (the cell is only the person's own values)
    return sentences[0] if sentences else "", sentences[1:]


def _line_values(occupation: str, name: str) -> tuple[str, dict[str, str | None]] | None:
    """A cell whose lines the markup breaks ('<p>Director</p><p>President, X</p><p>Business address: ...</p>'): a
    line after the first that is a sentence of the person's own address or citizenship, read whole (no full stop
    need end the line above), the cell's last lines; the other lines stay lines. None where no such line stands, a
    line of another kind follows one (a wrapped value), or another line speaks of an address or a citizenship (the
    sentences are then read as in `own_values`)."""
    lines = [line.strip() for line in occupation.splitlines() if line.strip()]
    own, left = {}, lines[:1]
    for line in lines[1:]:
        flat = clean.squash(line) or ""
        if (address := rules().cell_address.match(flat)) and "address" not in own:
            own["address"] = address.group("value")
        elif (citizen := rules().cell_citizenship.match(flat)) and _said_of(citizen.group("who"), name) \
                and "citizenship" not in own:
            own["citizenship"] = citizen.group("value") or citizen.group("adjective")
        elif own:
            return None  # (a line after an own value's: that value's wrapped line, perhaps; read as sentences)
        else:
            left.append(line)
    if not own or any(_mentions(line) for line in left):
        return None
    return _without_stop("\n".join(left)), own


def _without_stop(text: str) -> str:
    """A cell's text without the full stop that ends its sentence ('Portfolio Manager.', 'President and CEO.'); an
    abbreviation's stays ('Citicorp and Citibank, N.A.', '& Co.', 'Inc.', 'A/S.', 'Kft.': after a capitalised word
    of four letters or fewer)."""
    stripped = text.rstrip()
    last = re.search(r"(?<![\w.])([A-Za-z]+)\.$", stripped)
    if last is None or not (last.group(1).isupper() and len(last.group(1)) >= 2 or len(last.group(1)) >= 5):
        return text  # (a short word's full stop may be its abbreviation's: 'Kft.', 'Bros.', 'Cie.')
    if (word := rules().title_words.search(stripped, last.start())) and word.group().endswith("."):
        return text  # (a title's word abbreviated: 'Treas.', kg/patterns/roster.yml title_words)
    return stripped[:-1]


_OPENER = re.compile(r"(?:The|His|Her|He|She|Its|Mr\.|Mrs\.|Ms\.|Dr\.)\s")


def _sentences(flat: str) -> list[str]:
    """A cell's sentences; a legal form's full stop ends none unless a sentence's opener follows ('Director, X,
    Inc.' / 'Professor of Economics, ...': a cell's lines, not its sentences; '... X, Inc. His business address is')."""
    out: list[str] = []
    for piece in rules().prose_sentence_end.split(flat):
        if out and _ABBREVIATION_END.search(out[-1]) and not _OPENER.match(piece) \
                and not (rules().cell_address.match(piece) or rules().cell_citizenship.match(piece)):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


_STOP = re.compile(r"\.\s+(?=[A-Z])")
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|[A-Z])$")


def _own_sentences(sentence: str) -> list[str]:
    """A sentence cut before a sentence about the person that follows a full stop no sentence end is read at
    ('... Ontario M5H 3C2. Marshall A. Cohen is a citizen of Canada.', '... MONACO. Daniel Mignon is ...')."""
    for stop in _STOP.finditer(sentence):
        if _TITLE_BEFORE.search(sentence, 0, stop.start()):
            continue  # ('Mr. Caio is ...': an honorific's or an initial's full stop)
        rest = sentence[stop.end():]
        if rules().cell_citizenship.match(rest) or rules().cell_address.match(rest) or rules().cell_address_owned.match(rest):
            return [sentence[:stop.start() + 1], *_own_sentences(rest)]
    return [sentence]


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.\s+")


def _address_sentence(sentence: str, name: str) -> str | None:
    """The address a cell's sentence gives the entry's person ('His business address is: X', "Mr. Cohen's business
    address is X"; not another person's)."""
    if address := rules().cell_address.match(sentence):
        return address.group("value")
    owned = rules().cell_address_owned.match(sentence)
    return owned.group("value") if owned and _said_of(owned.group("who"), name) else None


def _said_of(who: str, name: str) -> bool:
    """Whether the subject of a cell's sentence ('Mr. Caio', 'Francesco Caio') is the entry's own `name`: each of
    its words one of the name's (any name where none is given)."""
    if not name:
        return True
    words = {w.casefold() for w in re.findall(r"[\w'’-]+", name)}
    return all(w.casefold() in words for w in re.findall(r"[\w'’-]+", _HONORIFIC.sub("", who)))


def take_own_values(entry, said: dict[str, str | None]) -> None:
    """The values `own_values` read from an entry's sentences about the person into its fields; a field those
    sentences speak of in another way (None) is refused: no default fills it."""
    for key, value in said.items():
        if value:
            entry.fields[key] = value
        else:
            entry.refused.add(key)

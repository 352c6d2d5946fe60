"""Display names of listed people: given name first, without honorifics or credentials.

'DESMARAIS, PAUL G., P.C., C.C' -> 'Paul G. Desmarais'; 'DESMARAIS, PAUL, JR.' ->
'Paul Desmarais, Jr.'; 'The Honorable Gerald R. Ford' -> 'Gerald R. Ford'. Affixes are
data: kg/patterns/name_affixes.yml.
"""
from __future__ import annotations

import re
from functools import cache

from kg.forms.name_titles import as_printed, only_letters, title_alternation, without_letters
from kg.forms.roster_rules import rules
from kg.forms.roster_surname_case import prefix_cased
from kg.patterns import build
from kg.read import clean


@cache
def _affixes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    def make(data):
        alt = {key: "|".join(re.escape(w) for w in sorted(data[key], key=len, reverse=True))
               for key in ("honorifics", "credentials", "suffixes")}
        titles = title_alternation()  # ('Dr.-Ing.', 'Dr. rer. nat.': before the honorific 'Dr.', as printed)
        return (re.compile(rf"^(?:{titles}|(?i:{alt['honorifics']}))(?=\s|$)\s*"),  # ('SCHAFFERT, The Rt. Hon.')
                re.compile(rf"(?:,\s*|\s+)(?:{as_printed(data['credentials'])})\s*$"),  # (as printed: 'Obe' is a surname)
                re.compile(rf"(,?)\s*\b({alt['suffixes']})\.?\s*$", re.I))
    return build("name_affixes.yml", make)


def _case(word: str) -> str:
    if word.upper() != word or len(word) <= 2 and word.endswith("."):
        return word
    lowered = word.lower()
    if lowered in {"de", "van", "von", "der", "den", "di", "da", "del", "della", "du", "des", "la", "le"}:
        return lowered
    cased = "-".join(re.sub(r"^([\"'“‘(]*)(\w)", lambda m: m.group(1) + m.group(2).upper(), part)
                     for part in lowered.split("-"))  # ('"CHIP"': '"Chip"')
    return prefix_cased(cased)  # ('MACDONALD': 'MacDonald', 'MCCARTHY': 'McCarthy': kg/lookups/surname_prefixes.yml)


def _without_honorifics(text: str, honorific: re.Pattern, depth: int = 0) -> str:
    """'Prof. Dr. Lawrence G. Graev' -> 'Lawrence G. Graev'; 'COHEN, The Hon. Marshall A.' -> 'COHEN, Marshall A.'.
    (A name has one 'SURNAME, Given' comma, two with a suffix: a run of commas is looked into no deeper than that.)"""
    while (shorter := honorific.sub("", text, count=1)) != text:
        text = shorter
    last, comma, given = text.partition(", ")
    if comma and depth < 2 and " " not in last.strip() \
            and (bare := _without_honorifics(given, honorific, depth + 1)) != given:
        text = f"{last}, {bare}"
    return text


def display_name(printed: str) -> str:
    text = clean.squash(printed.replace("\n", " ")) or ""
    # (quote marks as printed: 'Sylvester “Chip” Johnson' is the name as written; the linker's name key pairs it
    # with 'Sylvester "Chip" Johnson': kg/link/names.py)
    honorific, credential, suffix_rx = _affixes()
    bare = _without_honorifics(text, honorific).rstrip(" ,")
    text = bare if len(bare.split()) >= 2 or "," in text else text  # ('Baron Hill': a given name, no honorific)
    text = without_letters(text, credential)  # ('Jane Smith CBE FRSE': kg/forms/name_titles.py)
    suffix = None
    found = suffix_rx.search(text)
    if found and len(text[:found.start()].split()) >= 2 or found and "," in text[:found.start()]:
        word = found.group(2)
        suffix = (word[:1].upper() + word[1:].lower().rstrip(".") + ".") if word.lower().startswith(("jr", "sr")) else word.upper()
        comma = found.group(1) or ("," if suffix.endswith(".") else "")
        if not suffix.endswith(".") and "," in text[:found.start()].rstrip(" ,"):
            comma = ""  # 'WALSH, Denis J., III': the comma of the inverted name, not of the suffix (Denis J. Walsh III)
        text = text[:found.start()].rstrip(" ,")
        suffix = f"{comma} {suffix}" if comma else f" {suffix}"
    if "," in text:
        last, _, first = text.partition(",")
        last = _ROW_LETTER.sub("", last)  # ('B. DESMARAIS, ANDRE': no initial stands before a surname printed first)
        text = f"{first.strip()} {last.strip()}"
    else:
        text = _surname_last(text)
    words = [_case(w) for w in text.split()]
    return " ".join(words) + (suffix or "")


_ROW_LETTER = re.compile(r"^\(?[A-Z][.)][ \t]+(?=[^\W\d_][\w'’-]*[ \t]*$)")  # (a row's letter: one word, the surname, after it)
_LETTERS = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")  # ('SLØK', "O'NEILL", 'Pei-yuan')
_QUOTED = re.compile(r"([\"'])(.+)\1|[“‘](.+)[”’]|\((.+)\)")


def _in_capitals(word: str) -> bool:
    """'CHIA', 'ABDEL-MEGUID', 'SLØK': a surname in capitals (two letters or more)."""
    return bool(_LETTERS.fullmatch(word)) and word.isupper() and len(word) >= 2


def _given(word: str) -> bool:
    """'Pei-yuan', 'Jean-Paul', 'Torsten', '"Chip"', 'C.': a given name in mixed case, a nickname or an initial."""
    if (quoted := _QUOTED.fullmatch(word)) is not None:
        word = quoted.group(2) or quoted.group(3) or quoted.group(4)
    return bool(re.fullmatch(r"[A-Z]\.", word) or _LETTERS.fullmatch(word) and word[0].isupper()
                and all(part[1:].islower() for part in word.split("-")))  # ('Jean-Paul': a capital after '-' too)


def _surname_last(text: str) -> str:
    """'CHIA Pei-yuan' -> 'Pei-yuan CHIA': where only the leading word(s) are in capitals and every word after
    them is a given name in mixed case or an initial, the capitals are the surname printed first."""
    words = text.split()
    lead = next((i for i, w in enumerate(words) if not _in_capitals(w)), len(words))
    rest = words[lead:]
    if not lead or not rest or not all(_given(w) for w in rest) \
            or not any(len(w) > 2 for w in rest) or rules().organization_words.search(text):
        return text  # ('IBM Corporation': an organisation's acronym, not a surname)
    return " ".join(rest + words[:lead])


def strip_affixes(printed: str) -> str:
    """The printed name without a leading honorific and trailing credentials (order and case kept)."""
    honorific, credential, _suffix = _affixes()
    text = _without_honorifics(clean.squash(printed) or "", honorific)
    text = without_letters(text, credential)  # ('Jane Smith CBE FRSE': kg/forms/name_titles.py)
    return text


def only_affixes(line: str) -> bool:
    """'M., C.B.E.', 'Ph.D.', 'Jr., M.D.': initials, credentials and suffixes only (the end of a name wrapped in
    its column)."""
    _honorific, credential, suffix = _affixes()
    parts = [part.strip() for part in line.strip(" ,").split(",")]
    return bool(parts) and all(re.fullmatch(r"[A-Z]\.?", part) or credential.fullmatch(f" {part}") or suffix.fullmatch(part)
                               or only_letters(part, credential)
                               for part in parts)


_SMALL_WORDS = {"of", "and", "the", "for", "de", "du", "des", "la", "le", "et", "a", "an", "in", "on", "at"}


def title_case(printed: str) -> str:
    """'POWER CORPORATION OF CANADA' -> 'Power Corporation of Canada' (legal forms as usual: 'Inc.', 'N.V.',
    'A/S')."""
    words = printed.split()
    out = []
    for index, word in enumerate(words):
        lower = word.lower()
        if index and lower in _SMALL_WORDS:
            out.append(lower)
        elif re.fullmatch(r"\(?(?:(?:[A-Z]\.){2,}[A-Z]?\.?|[A-Z]{2,4}\.?|[A-Z]+(?:/[A-Z]+)+)\)?", word) and not re.fullmatch(r"INC\.?|CORP\.?|LTD\.?|CO\.?", word):
            out.append(word)  # initials and acronyms: N.V., L.P., AIG
        else:
            out.append(lower.capitalize() if "-" not in lower else "-".join(p.capitalize() for p in lower.split("-")))
    return " ".join(out)


def suffix_first(line: str) -> bool:
    """'JR., Louis A.': a suffix where the surname stands, and one comma: the surname is still to come (wrapped)."""
    return bool(re.fullmatch(r"(?i:jr|sr|ii|iii|iv)\.?,[^,]*", line.strip()))

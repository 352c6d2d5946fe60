"""Helpers shared by the XML forms: EDGAR codes, printed names, signatures, and the
transactions that Schedule 13D Item 5(c) writes as free text."""
from __future__ import annotations

import re

from kg.context import Context
from kg.lookups import TRANSACTION_WORDS, edgar_codes, entity_words
from kg.read import clean
from kg.records import Signature, Transaction


# ---- EDGAR state / country codes ---------------------------------------------------
def place_of(ctx: Context, code: str | None, where: str) -> tuple[str | None, str | None, str | None]:
    """An EDGAR code ('DE', 'X1', 'X0') -> (name, ISO country, ISO region); unknown -> warning."""
    if code is None:
        return None, None, None
    entry = edgar_codes().get(code.strip().upper())
    if entry is None:
        name_country = clean.country_of(code)  # some filers print the name instead of the code
        if name_country[0] is None:
            ctx.warn("unknown-code", f"{where}: EDGAR state/country code {code!r} is not in "
                     "lookups/edgar_codes.csv", value=code)
        return code, name_country[0], name_country[1]
    return entry


# ---- numbers -------------------------------------------------------------------------
def share_count(ctx: Context, printed: str | None, where: str) -> int | None:
    """A share count as the XML schemas print it ('132123972.00', '757756') -> int. Anything
    else ('1e309', 'NaN', a number over 15 digits) is a `bad-value` warning and None."""
    if printed is None:
        return None
    plain = printed.replace(",", "").strip()
    if _PLAIN_COUNT.fullmatch(plain):
        whole, _, fraction = plain.partition(".")
        if fraction.strip("0"):
            ctx.warn("bad-value", f"{where}: fractional share count {printed!r} rounded", value=printed)
        return round(float(plain)) if fraction.strip("0") else int(whole)
    value = clean.parse_shares(printed)
    if value is None:
        why = "a number too long to be a share count" if clean.too_long(printed) else "not a share count"
        ctx.warn("bad-value", f"{where}: {printed[:80]!r} is {why}", value=printed[:200])
    return value


_PLAIN_COUNT = re.compile(r"[0-9]{1,15}(?:\.[0-9]{0,12})?")


# ---- names ---------------------------------------------------------------------------
_SUFFIXES = {"JR", "SR", "II", "III", "IV", "V", "MD", "PHD", "ESQ"}


def is_organisation(name: str) -> bool:
    """A name with a word of kg/lookups/entity_words.yml (either list)."""
    return any(pattern.search(name) for pattern in entity_words().values())


def _word_case(word: str) -> str:
    if not word.isupper() or len(word) == 1:
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def given_name_first(printed: str | None, *, person: bool = False) -> str | None:
    """EDGAR prints individuals 'LAST FIRST MIDDLE': 'Scarpelli Michael' -> 'Michael Scarpelli',
    'GARRETT MARK' -> 'Mark Garrett'. Organisations keep their order, unless the filing says the
    name is a person's (`person`: 'BANK DAVID', an officer, -> 'David Bank')."""
    name = clean.squash(printed)
    if name is None or is_organisation(name) and not person:
        return name
    if "," in name:
        last, _, rest = name.partition(",")
        words = rest.split() + [last.strip()]
    else:
        words = name.split()
        if len(words) < 2:
            return name
        suffix = [w for w in words[1:] if w.strip(".").upper() in _SUFFIXES]
        rest = [w for w in words[1:] if w not in suffix]
        words = rest + [words[0]] + suffix
    cased = [_word_case(w) for w in words] if name.isupper() else words
    return " ".join(cased)


# ---- signatures ----------------------------------------------------------------------
_SLASH_S = re.compile(r"^\s*(?:By\s*:\s*)?(?:/s/\s*)?", re.IGNORECASE)  # '/s/ ', 'By: ', 'By: /s/ '
_TITLE_SPLIT = re.compile(r"(?<!\s)\s*(?:,|/|\s-\s|\s–\s)\s*")  # from a run's first space: linear
_ATTORNEY_AFTER = re.compile(r"\s+(?=(?:by\s+)?power\s+of\s+attorney\b|as\s+attorney[- ]in[- ]fact\b)", re.IGNORECASE)
_BY = re.compile(r",?\s+By\s*:\s*(?=/s/)|,?\s+By\s*:?\s*/s/\s*")  # 'ORG, By : /s/ NAME' (also nested)
_AS_ATTORNEY = re.compile(r"\s*(?:by\s+)?(?:power\s+of\s+attorney|attorney[- ]in[- ]fact)\b", re.IGNORECASE)


def signature(printed_name: str | None, printed_title: str | None, date: str | None,
              on_behalf_of: str | None) -> Signature:
    """A signature block: '/s/ Travis Shrout, Attorney-in-Fact' -> name + title; a title that
    repeats the signer's name ('Rowella X / Vice President') keeps only the title."""
    name = clean.squash(_SLASH_S.sub("", printed_name or "")) or None
    title = clean.squash(printed_title)
    behalf = _BY.split(name) if name else [name]
    if len(behalf) > 1:  # 'SoftBank Group Corp., By : /s/ Yuko Yamamoto, Head of ...': that entity signs
        on_behalf_of, name = behalf[0].strip(" ,"), _SLASH_S.sub("", behalf[-1]).strip() or None
    if name and title is None and "," not in name and _ATTORNEY_AFTER.search(name):
        name, title = (part.strip() for part in _ATTORNEY_AFTER.split(name, maxsplit=1))
    if name and title is None and re.search(r",\s*\S", name):
        head, _, tail = name.partition(",")
        if not is_organisation(tail) or _AS_ATTORNEY.match(tail):
            name, title = head.strip(), tail.strip()
    if name and title:
        title = _strip_name(title, name)
    sig = Signature(name=name, title=title, on_behalf_of=clean.squash(on_behalf_of),
                    date=clean.parse_date(date))
    sig.trace("name", printed_name, None)
    sig.trace("title", printed_title, None)
    sig.trace("date", date, None)
    return sig


def _strip_name(title: str, name: str) -> str | None:
    if _key(title) == _key(name):
        return None
    if _key(title).startswith(_key(name)):
        rest = title[len(name):] if title.lower().startswith(name.lower()) else title.split(None, len(name.split()))[-1]
        rest = _TITLE_SPLIT.sub(" ", rest, count=1).strip(" ,/-–")
        return rest or None
    return title


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


# ---- transactions written as text (Item 5(c)) ---------------------------------------------
_NUMBER = r"\d{1,3}(?:[,'’ ]\d{3})+|\d+"
_CLAUSE = re.compile(
    r"(?:^|[,;:]\s*|\band\s+|\bthat\s+)(?P<who>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})\s+"
    r"(?P<verb>[a-z]+)\s+(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?(?P<shares>" + _NUMBER + r")"
    r"\s+(?P<unit>(?:[A-Za-z][\w-]*\s+){0,3}?(?:shares|units|Shares|Units|ADSs|American\s+Depositary\s+Shares))"
    r"(?P<tail>[^,;]*?\bat\s+(?:a\s+(?:purchase\s+|sale\s+|weighted\s+average\s+)?price\s+of\s+)?"
    r"\$\s?(?P<price>\d[\d,]*(?:\.\d+)?))?")
_ROW_NUMBER = re.compile(r"(?<![\w.])(\$\s?)?(\d{1,3}(?:[,'’]\d{3})+(?:\.\d+)?|\d+\.\d+|\d+)(?![\w])")
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")


def mine_transactions(ctx: Context, text: str | None, where: str,
                      persons: list[str]) -> list[Transaction]:
    """Transactions that a filing lists as text: table-like rows ('12/29/2003 Sale 100,500
    $4.50') or sentences ('On June 25, 2026, X purchased 1,000 shares at $5.00 per share')."""
    if not text:
        return []
    found: list[Transaction] = []
    unknown: set[str] = set()
    for line in text.splitlines():
        row = _row(line, persons)
        if row is not None:
            found.append(row)
        else:
            for sentence in _SENTENCE.split(line):
                found.extend(_sentence(sentence, persons, unknown))
    for word in sorted(unknown):
        ctx.warn("unknown-code", f"{where}: transaction word {word!r} is not in "
                 "lookups/transaction_words.yml; the kind is left empty", word=word)
    return found


def _kind_word(text: str) -> tuple[str | None, str | None]:
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in TRANSACTION_WORDS:
            return word, TRANSACTION_WORDS[word]
    return None, None


def _row(line: str, persons: list[str]) -> Transaction | None:
    """One table-like line: a date, a buy/sell word, a share count and maybe a price."""
    date = clean.find_date(line)
    if date is None or len(line.split()) > 14:
        return None
    word, kind = _kind_word(line[:date.start()] + " " + line[date.end():])
    if kind is None:
        return None
    rest = line[date.end():] if date.start() < len(line) // 2 else line[:date.start()]
    numbers = list(_ROW_NUMBER.finditer(rest))
    shares_m = next((m for m in numbers if not m.group(1) and "." not in m.group(2)), None)
    if shares_m is None:
        return None
    price_m = next((m for m in numbers if m is not shares_m and (m.group(1) or "." in m.group(2))), None)
    tx = Transaction(date=clean.parse_date(date.group(0)), shares=clean.parse_shares(shares_m.group(2)),
                     price=clean.parse_number(price_m.group(2)) if price_m else None, kind=kind,
                     person=persons[0] if len(persons) == 1 else None)
    tx.trace("date", date.group(0), None)
    tx.trace("shares", shares_m.group(2), None)
    tx.trace("kind", word, None)
    if price_m:
        tx.trace("price", price_m.group(0), None)
    return tx


def _sentence(sentence: str, persons: list[str], unknown: set[str]) -> list[Transaction]:
    date = clean.find_date(sentence)
    if date is None:
        return []
    found = []
    for match in _CLAUSE.finditer(sentence):
        verb = match.group("verb").lower()
        if verb in {"of", "owns", "owned", "holds", "held", "has", "had", "own", "hold"}:
            continue
        kind = TRANSACTION_WORDS.get(verb)
        if kind is None:
            unknown.add(verb)
        price = match.group("price")
        tx = Transaction(date=clean.parse_date(date.group(0)), shares=clean.parse_shares(match.group("shares")),
                         price=clean.parse_number(price) if price else None, kind=kind,
                         person=_person(match.group("who"), persons), security=clean.squash(match.group("unit")))
        tx.trace("date", date.group(0), None)
        tx.trace("shares", match.group("shares"), None)
        tx.trace("kind", match.group("verb"), None)
        tx.trace("person", match.group("who"), None)
        if price:
            tx.trace("price", price, None)
        found.append(tx)
    return found


def _person(who: str, persons: list[str]) -> str:
    """A short name in the text ('CCI Onshore') -> the reporting person it starts ('CCI Onshore LLC')."""
    key = _key(who)
    matches = [p for p in persons if _key(p) == key or _key(p).startswith(key + " ")]
    return matches[0] if len(matches) == 1 else who

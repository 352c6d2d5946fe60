"""One strict parser per value type. Each returns the cleaned value or None; the
caller keeps the printed text beside it. Nothing here invents a default."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import cache, lru_cache

import pycountry
from dateutil import parser as dateparser

from kg.lookups import country_aliases, nationalities

_ZERO_WORDS = {"-0-", "0", "none", "nil", "zero", "-", "--", "- 0 -"}
# Numbers are ASCII digits and bounded: a share count has at most MAX_DIGITS digits, a
# fraction at most MAX_FRACTION; a longer run is not a number (the caller warns `bad-value`).
MAX_DIGITS = 15
MAX_FRACTION = 12
_CORE = r"[0-9]{1,3}(?:[,'’][0-9]{3}){1,4}|[0-9]{1,15}"  # whole numbers: <= 15 digits
_NOT_INSIDE = r"(?<![0-9])(?<![0-9][,'’.])"  # never a piece of a longer digit run
_NOT_CUT = r"(?![0-9]|[,'’][0-9])"
_NUMBER = re.compile(rf"(?<![\w.]){_NOT_INSIDE}({_CORE})(?:\.([0-9]{{1,12}}))?(?![\w]|[,'’][0-9])")
_DECIMAL = re.compile(rf"{_NOT_INSIDE}(?:(?:{_CORE})(?:\.[0-9]{{1,12}})?|\.[0-9]{{1,12}}){_NOT_CUT}")
_PERCENT = re.compile(rf"{_NOT_INSIDE}([0-9]{{1,6}}(?:\.[0-9]{{1,12}})?|\.[0-9]{{1,12}}){_NOT_CUT}\s*%")
INVISIBLE = frozenset("\u200b\u200c\u200d\u00ad\ufeff\u2060")  # characters no one sees: (non-)joiners, soft hyphen, BOM
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")  # a blank line, spaces in it too (a CRLF file's reads ' \n \n')
_LONG_RUN = re.compile(r"(?:[0-9][,'’.]?){16}")
_REFERENCE = re.compile(r"\b(?:items?|rows?|rules?|sections?|pages?|notes?|footnotes?|exhibits?|lines?)\s+"
                        r"\(?[0-9]{1,9}[\w()-]{0,20}", re.I)


def squash(text: str | None) -> str | None:
    """Fold white space; None and blank stay None."""
    if text is None:
        return None
    folded = " ".join(text.split())
    return folded or None


def address_part(text: str | None) -> str | None:
    """One field of an address form (street, city ...): white space folded, the commas that
    end or open it dropped ('LONDON,' -> 'LONDON'; the joined address adds its own)."""
    return squash((text or "").strip(" \t\r\n,")) if text else None


def address_line(parts) -> str | None:
    """The fields of an address form as one line, each once separated by ', ' (no ',,')."""
    return ", ".join(p for p in map(address_part, parts) if p) or None


def too_long(text: str | None) -> bool:
    """Whether `text` holds a run of more than MAX_DIGITS digits (separators aside): a number
    kg does not read (the parsers give None; the caller says why)."""
    return bool(text) and _LONG_RUN.search(text) is not None


def parse_shares(text: str | None) -> int | None:
    """A share count: '714,400 shares' -> 714400; '-0-'/'None' -> 0; no number (or one over
    MAX_DIGITS digits) -> None."""
    folded = squash(text)
    if folded is None:
        return None
    if folded.casefold().strip(" .*") in _ZERO_WORDS:
        return 0
    match = _NUMBER.search(_REFERENCE.sub(" ", folded))
    if not match:
        return None
    return int(re.sub(r"[,'’ ]", "", match.group(1)))


def parse_number(text: str | None) -> float | None:
    """A price or other decimal as printed: '$5.6231' -> 5.6231; no number -> None."""
    folded = squash(text)
    if not folded:
        return None
    match = _DECIMAL.search(folded)
    return float(re.sub(r"[,'’]", "", match.group(0))) if match else None


def parse_percent(text: str | None) -> float | None:
    """'2.08%*' -> 2.08; '0%' -> 0.0; 'less than 1%' (a bound, not a value) -> None."""
    folded = squash(text)
    if folded is None:
        return None
    if folded.casefold().strip(" .*") in _ZERO_WORDS:
        return 0.0
    if re.search(r"less than|<", folded, re.I):
        return None
    match = _PERCENT.search(folded)
    if not match:
        match = re.fullmatch(r"\s*([0-9]{1,6}(?:\.[0-9]{1,12})?)\s*\*?\s*", folded)
    return float(match.group(1)) if match else None


_DATE_SHAPES = [
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
    re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b", re.I),
    re.compile(r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b", re.I),
    re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"),
]


def find_date(text: str | None) -> re.Match | None:
    """The first date-shaped run in `text`, or None."""
    if not text:
        return None
    found = [m for m in (shape.search(text) for shape in _DATE_SHAPES) if m]
    return min(found, key=lambda m: m.start()) if found else None


def parse_date(text: str | None, *, dayfirst: bool = False) -> str | None:
    """A date as printed -> ISO 'YYYY-MM-DD'; None when there is no readable date.

    US filings print month first (12/29/2003); `dayfirst` reads 29.12.2003 orders.
    """
    match = find_date(text)
    if not match:
        return None
    printed = match.group(0).replace("Sept", "Sep")
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", printed):
        dayfirst = True
    numeric = _NUMERIC_DATE.fullmatch(printed)
    if numeric and all(1 <= int(n) <= 31 for n in numeric.groups()[:2]) and int(numeric.group(3)) >= 1000:
        # the commonest shape, read as dateutil reads it (a test compares), without its parser
        return _numeric_date(*map(int, numeric.groups()), dayfirst=dayfirst)
    try:
        value = dateparser.parse(printed, dayfirst=dayfirst, default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    return value.date().isoformat()


_NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _numeric_date(first: int, second: int, year: int, *, dayfirst: bool) -> str | None:
    """M/D/YYYY (D/M/YYYY with dayfirst); a first number that cannot be a month is the day."""
    month, day = (second, first) if dayfirst else (first, second)
    if month > 12 and day <= 12:
        month, day = day, month
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# ---- CUSIP -----------------------------------------------------------------
_CUSIP = re.compile(r"\b([0-9A-Z]{6})\s*([0-9A-Z]{2})\s*([0-9])\b")


def parse_cusip(text: str | None) -> str | None:
    """'282912 10 4' -> '282912104'; anything that is not 9 CUSIP characters -> None."""
    folded = squash(text)
    if folded is None:
        return None
    match = _CUSIP.search(folded.upper())
    if not match:
        return None
    value = "".join(match.groups())
    return value if any(ch.isdigit() for ch in value[:6]) else None


def cusip_check_digit_ok(cusip: str) -> bool:
    """The modulus-10 'double add double' check of a 9-character CUSIP."""
    if len(cusip) != 9 or not cusip[8].isdigit():
        return False
    total = 0
    for index, char in enumerate(cusip[:8]):
        if char.isdigit():
            value = int(char)
        elif char.isalpha():
            value = ord(char) - ord("A") + 10
        else:
            value = {"*": 36, "@": 37, "#": 38}.get(char)
            if value is None:
                return False
        if index % 2 == 1:
            value *= 2
        total += value // 10 + value % 10
    return (10 - total % 10) % 10 == int(cusip[8])


def parse_cik(text: str | None) -> str | None:
    """A CIK as EDGAR prints it, 10 digits with leading zeros."""
    folded = squash(text)
    if folded is None or not re.fullmatch(r"\d{1,10}", folded):
        return None
    return folded.zfill(10)


# ---- countries -------------------------------------------------------------
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w.'()/ -]", " ", text.casefold()).split()).strip(" .")


@cache
def _us_states() -> dict[str, str]:
    states = {}
    for sub in pycountry.subdivisions.get(country_code="US"):
        states[_fold(sub.name)] = sub.code
    return states


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(_fold(value), country.alpha_2)
    names.update({_fold(k): v for k, v in country_aliases().items()})
    return names


@lru_cache(maxsize=16384)  # (the same citizenships, again and again)
def country_of(text: str | None) -> tuple[str | None, str | None]:
    """Citizenship or place of organisation as printed -> (ISO country, ISO region).

    'The Netherlands' -> ('NL', None); 'Delaware' -> ('US', 'US-DE'); 'Italian' ->
    ('IT', None); 'United States citizen' -> ('US', None). Unknown -> (None, None).
    """
    folded = squash(text)
    if folded is None:
        return None, None
    key = _fold(folded)
    key = re.sub(r"\b(citizens?|citizenship|nationals?|corporation|company|limited liability"
                 r"|partnership|organized|incorporated|under the laws of|a|an|state of|the state of)\b",
                 " ", key)
    key = " ".join(key.split()).strip(" .,")
    if not key:
        return None, None
    if key in _us_states():
        return "US", _us_states()[key]
    for table in (_country_names(), nationalities()):
        if key in table:
            return table[key], None
    for joiner in (" and ", "/", ","):
        if joiner in key:
            first = key.split(joiner)[0].strip()
            if first and first != key:
                return country_of(first)
    return None, None


def citizenship_country(text: str | None) -> str | None:
    return country_of(text)[0]

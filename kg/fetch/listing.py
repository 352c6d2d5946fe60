"""EDGAR's listings, read strictly: the company tickers file, a CIK's submissions JSON (and
its older pages), a quarter's full index (`form.idx`), and accession numbers as typed.

Every listing gives `Listed(accession, cik, form, date)`; a listing whose shape is not
EDGAR's is a FetchError naming the address, never a silent empty list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import FetchError

_ACCESSION = re.compile(r"^(\d{10})-?(\d{2})-?(\d{6})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.I)
_INDEX_LINE = re.compile(r"^(?P<left>\S.*?)\s+(?P<cik>\d{1,10})\s+(?P<date>\d{4}-\d{2}-\d{2})\s+"
                         r"(?P<file>edgar/data/\d+/(?P<accession>\d{10}-\d{2}-\d{6})\.txt)\s*$")
_COLUMNS = ("accessionNumber", "filingDate", "form")


@dataclass(frozen=True)
class Listed:
    """A filing as a listing names it: accession with dashes, the CIK it is filed under, form, ISO date."""

    accession: str
    cik: int
    form: str | None = None
    date: str | None = None


def accession_number(text: str) -> str:
    """`0001104659-25-002604` from itself or `000110465925002604`."""
    match = _ACCESSION.match(text.strip())
    if not match:
        raise FetchError(None, f"{text!r} is not an accession number (0001104659-25-002604, dashes optional)")
    return "-".join(match.groups())


def accession_arg(text: str) -> Listed:
    """`ACCESSION` (filed under its first ten digits, the submitter's CIK) or `CIK/ACCESSION`."""
    cik, _, number = text.strip().rpartition("/")
    accession = accession_number(number)
    return Listed(accession, cik_number(cik) if cik else int(accession[:10]))


def cik_number(text: str | int) -> int:
    value = str(text).strip()
    if not value.isdigit() or not 0 < int(value) < 10**10:
        raise FetchError(None, f"{text!r} is not a CIK (up to ten digits)")
    return int(value)


def quarter(text: str) -> tuple[int, int]:
    """(2024, 1) from `2024-Q1` (or `2024Q1`)."""
    match = _QUARTER.match(text.strip())
    if not match or not 1993 <= int(match.group(1)) <= 2100:
        raise FetchError(None, f"{text!r} is not a quarter of EDGAR's full index (YEAR-QN, e.g. 2024-Q1)")
    return int(match.group(1)), int(match.group(2))


def tickers(data, source: str) -> dict[str, int]:
    """Ticker (upper case) -> CIK from `company_tickers.json`: {"0": {"cik_str", "ticker", "title"}, ...}."""
    if not isinstance(data, dict):
        raise FetchError(source, "not EDGAR's company tickers file (expected an object of entries)")
    table: dict[str, int] = {}
    for key, entry in data.items():
        if not isinstance(entry, dict) or not {"cik_str", "ticker"} <= entry.keys():
            raise FetchError(source, f"entry {key!r} has no cik_str and ticker")
        table.setdefault(str(entry["ticker"]).upper(), cik_number(entry["cik_str"]))
    return table


def submissions(page, cik: int, source: str) -> list[Listed]:
    """The filings of one submissions page: `filings.recent` of the main JSON, or an older page itself."""
    columns = page.get("filings", {}).get("recent") if isinstance(page, dict) and "filings" in page else page
    if not isinstance(columns, dict) or not all(isinstance(columns.get(c), list) for c in _COLUMNS):
        raise FetchError(source, f"not an EDGAR submissions page (no {', '.join(_COLUMNS)} columns)")
    lengths = {len(columns[c]) for c in _COLUMNS}
    if len(lengths) != 1:
        raise FetchError(source, "the submissions columns differ in length")
    return [Listed(accession_number(a), cik, form, date)
            for a, date, form in zip(*(columns[c] for c in _COLUMNS))]


def older_pages(data, source: str) -> list[dict]:
    """`filings.files` of a submissions JSON: [{"name", "filingCount", "filingFrom", "filingTo"}, ...]."""
    pages = data.get("filings", {}).get("files", []) if isinstance(data, dict) else None
    if not isinstance(pages, list) or not all(isinstance(p, dict) and isinstance(p.get("name"), str) for p in pages):
        raise FetchError(source, "filings.files is not a list of pages with names")
    for page in pages:
        if "/" in page["name"] or not page["name"].endswith(".json"):
            raise FetchError(source, f"unexpected page name {page['name']!r}")
    return pages


def form_index(text: str, wanted, source: str) -> tuple[list[Listed], list[str]]:
    """The lines of a `form.idx` whose form `wanted.form_in(left part)` recognises, and warnings.

    Lines are `FORM  COMPANY  CIK  DATE  edgar/data/CIK/ACCESSION.txt`, fixed-width, though a
    long form type may run into the company column, so the form is matched from the start."""
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("-----")) + 1
    except StopIteration:
        raise FetchError(source, "not an EDGAR form.idx (no line of dashes under the column names)") from None
    found, warnings = [], []
    for number, line in enumerate(lines[start:], start=start + 1):
        if not line.strip():
            continue
        match = _INDEX_LINE.match(line)
        if not match:
            warnings.append(f"{source}: line {number}: not an index line: {line.strip()[:80]!r}")
            continue
        form = wanted.form_in(match["left"])
        if form is not None:
            found.append(Listed(match["accession"], int(match["cik"]), form, match["date"]))
    return found, warnings

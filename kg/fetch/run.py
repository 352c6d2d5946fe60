"""Which filings a selection names (`plan`) and getting each into the cache (`fetch`).

    selection = Selection(ciks=[1376139], since=date(2024, 1, 1))
    with EdgarClient(user_agent(None)) as client:
        for outcome in fetch(client, plan(client, selection), Cache(".kg/edgar")):
            print(outcome.accession, outcome.status, outcome.path or outcome.reason)

The forms and dates filter the filings of CIKs, tickers and quarters; an accession is
fetched as named. A filing named twice (by a filer and a subject company, or in two
listings) is fetched once, and one already in the cache is not fetched again.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.errors import FetchError
from kg.fetch.cache import Cache, header_fields, whole_submission
from kg.fetch.client import EdgarClient
from kg.fetch.listing import Listed, form_index, older_pages, submissions, tickers

# The ownership family kg reads; each also takes its amendments (`/A`).
DEFAULT_FORMS = ("SC 13D", "SC 13G", "SCHEDULE 13D", "SCHEDULE 13G", "SC TO-T", "3", "4", "5")
CHUNK = 1 << 16


class Forms:
    """A set of EDGAR form types; each named form also takes its amendment (`4` takes `4/A`)."""

    def __init__(self, names: Iterable[str] = ()):
        named = {" ".join(n.split()).upper() for n in names if n.strip()} or set(DEFAULT_FORMS)
        self.names = frozenset(named | {n + "/A" for n in named if not n.endswith("/A")})
        self._longest_first = sorted(self.names, key=len, reverse=True)

    def __contains__(self, form: str | None) -> bool:
        return form is not None and " ".join(form.split()).upper() in self.names

    def form_in(self, left: str) -> str | None:
        """The form a form.idx line starts with (`SC 13D/A   ACME CORP`), if it is one of these."""
        text = left.upper()
        return next((f for f in self._longest_first if text.startswith(f) and text[len(f):][:1].isspace()), None)


@dataclass
class Selection:
    ciks: list[int] = field(default_factory=list)
    tickers: list[str] = field(default_factory=list)
    accessions: list[Listed] = field(default_factory=list)
    quarters: list[tuple[int, int]] = field(default_factory=list)
    forms: Forms = field(default_factory=Forms)
    since: date | None = None
    until: date | None = None

    def __bool__(self) -> bool:
        return bool(self.ciks or self.tickers or self.accessions or self.quarters)

    def wants(self, listed: Listed) -> bool:
        return listed.form in self.forms and self._in_dates(listed.date)

    def _in_dates(self, day: str | None) -> bool:
        if day is None:
            return self.since is None and self.until is None
        return (self.since is None or day >= self.since.isoformat()) and \
               (self.until is None or day <= self.until.isoformat())

    def page_in_dates(self, page: dict) -> bool:
        """An older submissions page is read only when its span of filing dates meets since/until."""
        first, last = page.get("filingFrom"), page.get("filingTo")
        return not ((self.since and last and last < self.since.isoformat())
                    or (self.until and first and first > self.until.isoformat()))


@dataclass
class Outcome:
    accession: str
    cik: int
    form: str | None
    date: str | None
    status: str  # fetched | cached | failed
    path: Path | None = None
    reason: str | None = None

    def to_dict(self) -> dict:
        return {"accession": self.accession, "cik": self.cik, "form": self.form, "date": self.date,
                "path": str(self.path) if self.path else None, "status": self.status, "reason": self.reason}


def plan(client: EdgarClient, selection: Selection, warn: Callable[[str], None] = lambda _: None) -> list[Listed]:
    """The filings a selection names, each once, in the order named (EDGAR's order within a listing)."""
    chosen: dict[str, Listed] = {}

    def add(items: Iterable[Listed], filtered: bool = True) -> None:
        for item in items:
            if not filtered or selection.wants(item):
                chosen.setdefault(item.accession, item)

    ciks = list(selection.ciks)
    if selection.tickers:
        url = client.www_url("/files/company_tickers.json")
        table = tickers(client.json(url), url)
        for ticker in selection.tickers:
            if ticker.upper() not in table:
                raise FetchError(url, f"ticker {ticker!r} is not in EDGAR's company tickers file")
            ciks.append(table[ticker.upper()])
    for cik in dict.fromkeys(ciks):
        add(_of_cik(client, cik, selection))
    add(selection.accessions, filtered=False)
    for year, number in selection.quarters:
        url = client.www_url(f"/Archives/edgar/full-index/{year}/QTR{number}/form.idx")
        found, warnings = form_index(client.text(url), selection.forms, url)
        for warning in warnings:
            warn(warning)
        add(found)
    return list(chosen.values())


def _of_cik(client: EdgarClient, cik: int, selection: Selection) -> list[Listed]:
    url = client.data_url(f"/submissions/CIK{cik:010d}.json")
    data = client.json(url)
    found = submissions(data, cik, url)
    for page in older_pages(data, url):
        if selection.page_in_dates(page):
            page_url = client.data_url(f"/submissions/{page['name']}")
            found += submissions(client.json(page_url), cik, page_url)
    return found


def fetch(client: EdgarClient, filings: list[Listed], cache: Cache, workers: int = 4) -> Iterator[Outcome]:
    """Each filing's outcome, in the order given: cached, fetched now, or failed with the reason.

    Downloads run in `workers` threads that share the client's rate limit."""
    missing = [f for f in filings if cache.find(f.accession) is None]
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        downloads = {f.accession: pool.submit(_download, client, f, cache) for f in missing}
        for listed in filings:
            download = downloads.get(listed.accession)
            yield download.result() if download else _known(listed, cache.find(listed.accession), "cached")


def _download(client: EdgarClient, listed: Listed, cache: Cache) -> Outcome:
    url = client.www_url(f"/Archives/edgar/data/{listed.cik}/{listed.accession}.txt")
    try:
        path = client.get(url, lambda response: cache.save(
            listed.cik, listed.accession, whole_submission(response.iter_content(CHUNK), url)))
    except FetchError as exc:
        return Outcome(listed.accession, listed.cik, listed.form, listed.date, "failed", reason=exc.problem)
    return _known(listed, path, "fetched")


def _known(listed: Listed, path: Path, status: str) -> Outcome:
    form, day = listed.form, listed.date
    if form is None or day is None:
        header = header_fields(path)
        form, day = form or header["form"], day or header["date"]
    return Outcome(listed.accession, listed.cik, form, day, status, path)

"""The EDGAR HTTP client: a declared User-Agent, one rate limit, retries with backoff.

    with EdgarClient(user_agent("Jane Doe jane@example.com")) as client:
        tickers = client.json(client.www_url("/files/company_tickers.json"))
        client.get(client.www_url("/Archives/edgar/data/1376139/0001104659-25-002604.txt"), consume)

What each well-kept library does here:
- `requests` (connection pooling, gzip) through `requests_ratelimiter.LimiterSession`
  (pyrate-limiter's sliding window): every request takes a slot, first tries and retries
  alike, both hosts in one bucket, so EDGAR never sees more than `rate` a second; a 429
  also fills the bucket, which slows the requests after it.
- urllib3's `Retry` decides what is tried again (a connection that fails or drops mid-body,
  a read that times out, 429, 500, 502, 503, 504), how long to wait first (exponential
  backoff, or the server's Retry-After, up to ten minutes) and when to give up. It is
  driven from here rather than inside the adapter so that each retry passes the limiter
  and a body cut short is retried like a failed connection.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any, TypeVar

import requests
from requests_ratelimiter import LimiterSession
from urllib3.exceptions import MaxRetryError
from urllib3.util.retry import Retry

from kg.errors import FetchError

DEFAULT_WWW = "https://www.sec.gov"
DEFAULT_DATA = "https://data.sec.gov"
MAX_RATE = 10.0  # EDGAR's fair-access limit, requests per second
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_AFTER_MAX = 600  # seconds: EDGAR's own lock-out after too many requests is ten minutes
_EMAIL = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+")

T = TypeVar("T")


class Incomplete(Exception):
    """A body that arrived whole by HTTP's account but is cut short by its own (retried)."""


# Errors after which the same GET is worth another try.
TRANSIENT = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError, Incomplete)


def user_agent(value: str | None = None) -> str:
    """The User-Agent to declare: `value`, else $KG_EDGAR_USER_AGENT; a name and an email are required."""
    value = (value if value is not None else os.environ.get("KG_EDGAR_USER_AGENT", "")).strip()
    if not value:
        raise FetchError(None, "EDGAR requires a User-Agent that names you and gives an email address: "
                               "pass --user-agent \"Name name@example.com\" or set KG_EDGAR_USER_AGENT")
    if not _EMAIL.search(value):
        raise FetchError(None, f"the User-Agent {value!r} has no email address; EDGAR asks for a name and "
                               "an email (--user-agent or KG_EDGAR_USER_AGENT)")
    return value


class EdgarClient:
    """GETs against EDGAR's two hosts; `KG_EDGAR_WWW` and `KG_EDGAR_DATA` replace them (tests, mirrors)."""

    def __init__(self, agent: str, rate: float = MAX_RATE, *, www: str | None = None, data: str | None = None,
                 retries: int = 6, backoff: float = 0.5, timeout: float = 30.0):
        if not 0 < rate <= MAX_RATE:
            raise FetchError(None, f"rate {rate}: EDGAR allows at most {MAX_RATE:g} requests a second")
        self.www = (www or os.environ.get("KG_EDGAR_WWW") or DEFAULT_WWW).rstrip("/")
        self.data = (data or os.environ.get("KG_EDGAR_DATA") or DEFAULT_DATA).rstrip("/")
        self.timeout = timeout
        self.retry = Retry(total=retries, backoff_factor=backoff, status_forcelist=RETRY_STATUSES,
                           allowed_methods=frozenset({"GET"}), respect_retry_after_header=True,
                           retry_after_max=RETRY_AFTER_MAX, raise_on_status=False)
        self.session = LimiterSession(per_second=rate, per_host=False, limit_statuses=(429,))
        self.session.headers.update({"User-Agent": agent, "Accept-Encoding": "gzip, deflate"})

    def www_url(self, path: str) -> str:
        return self.www + path

    def data_url(self, path: str) -> str:
        return self.data + path

    def get(self, url: str, consume: Callable[[requests.Response], T]) -> T:
        """GET `url` and hand the response to `consume`, which reads its body; the whole is retried."""
        retry = self.retry
        while True:
            response = None
            try:
                response = self.session.get(url, stream=True, timeout=self.timeout)
                if retry.is_retry("GET", response.status_code, "Retry-After" in response.headers):
                    retry = _next(retry, url, response=response.raw)
                    retry.sleep(response.raw)
                    continue
                if response.status_code >= 400:
                    raise FetchError(url, f"HTTP {response.status_code} {response.reason}")
                return consume(response)
            except TRANSIENT as exc:
                retry = _next(retry, url, error=exc)
                retry.sleep()
            finally:
                if response is not None:
                    response.close()

    def json(self, url: str) -> Any:
        def parse(response: requests.Response) -> Any:
            body = response.content
            try:
                return response.json() if body else None
            except ValueError as exc:
                raise FetchError(url, f"not JSON: {exc}") from exc
        return self.get(url, parse)

    def text(self, url: str) -> str:
        return self.get(url, lambda response: response.content.decode("utf-8", errors="replace"))

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> EdgarClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _next(retry: Retry, url: str, **why) -> Retry:
    """The retry state after one more failure, or a FetchError when the tries are spent."""
    try:
        return retry.increment("GET", url, **why)
    except MaxRetryError as exc:
        tries = len(retry.history) + 1
        raise FetchError(url, f"gave up after {tries} tries: {_reason(exc.reason)}") from exc


def _reason(error: BaseException | None) -> str:
    if error is None:
        return "no answer"
    text = str(error)
    return text if len(text) < 200 else text[:200] + "..."

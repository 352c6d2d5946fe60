"""A fake EDGAR on 127.0.0.1 for the `kg fetch` tests: EDGAR's two hosts, its paths and its shapes.

The filings served are the bundled real ones: three real full submissions as EDGAR serves
them, and the eight real XML primary documents wrapped in the full-submission form EDGAR
gives them (`<SEC-DOCUMENT>`, the SGML header, one `<DOCUMENT>` with `<XML>`). Around them:
`company_tickers.json`, a CIK's submissions JSON with an older page under `filings.files`,
and a `form.idx` per quarter, each also listing filings of other forms (10-K, 8-K) that a
fetch of ownership forms must never ask for.

Faults are queued per path (`fake.fault(path, "429", "drop", ...)`), one used per request:
`429` (with Retry-After: 1), `503`, `drop` (half the body, then the connection closes,
Content-Length promising the whole), `stall` (half the body, then nothing for `slow_seconds`)
and `slow` (the answer waits `slow_seconds`). Every
request is logged with its arrival time, host and path.
"""
from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Served:
    file: str  # under tests/data
    accession: str
    form: str
    filed: str  # ISO
    subject: tuple[int, str]  # issuer or subject company: CIK, name
    filer: tuple[int, str]  # reporting owner or filed-by
    wrap: bool  # a primary XML document to wrap; else a real full submission served as it is


FILINGS = [
    Served("filings/13d_submission_cvr_icahn.txt", "0001104659-25-002604", "SC TO-T/A", "2025-01-10",
           (1376139, "CVR ENERGY INC"), (1034563, "Icahn Enterprises Holdings L.P."), False),
    Served("edgar/form4_nicholas_financial_0001357521-18-000008.txt", "0001357521-18-000008", "4", "2018-10-15",
           (1000045, "NICHOLAS FINANCIAL INC"), (1357521, "MALSON KELLY M"), False),
    Served("edgar/header_only_13ga_mckesson_0000950123-96-000525.txt", "0000950123-96-000525", "SC 13G/A",
           "1996-02-12", (927653, "MCKESSON CORP"), (789920, "CHIEFTAIN CAPITAL MANAGEMENT INC"), False),
    Served("xml/form3_snow_garrett.xml", "0001246215-20-000003", "3", "2020-09-15",
           (1640147, "Snowflake Inc."), (1246215, "GARRETT MARK"), True),
    Served("xml/form5_snow_mcmahon.xml", "0001397798-22-000001", "5", "2022-03-11",
           (1640147, "Snowflake Inc."), (1397798, "McMahon John Dennis"), True),
    Served("xml/form4_snow_scarpelli.xml", "0001402349-22-000007", "4", "2022-12-14",
           (1640147, "Snowflake Inc."), (1402349, "Scarpelli Michael"), True),
    Served("xml/form4_374water.xml", "0002064133-25-000002", "4", "2025-05-02",
           (933972, "374Water Inc."), (2064133, "Melkote Rajesh Ramaswamy"), True),
    Served("xml/sc13d_aadi_bml.xml", "0001373604-25-000001", "SCHEDULE 13D", "2025-01-08",
           (1422142, "Aadi Bioscience, Inc."), (1373604, "BML Investment Partners, L.P."), True),
    Served("xml/sc13g_jushi_marex.xml", "0002048490-25-000004", "SCHEDULE 13G", "2025-11-26",
           (1909747, "Jushi Holdings Inc."), (2048490, "Marex Group plc"), True),
    Served("xml/sc13ga_avis_pentwater.xml", "0001425851-26-000012", "SCHEDULE 13G/A", "2026-04-08",
           (723612, "AVIS BUDGET GROUP, INC."), (1425851, "Pentwater Capital Management LP"), True),
    Served("xml/sc13da_icahn_enterprises_amd85.xml", "0001539497-26-001890", "SCHEDULE 13D/A", "2026-06-26",
           (813762, "Icahn Enterprises L.P."), (921669, "Carl C. Icahn"), True),
]
# Filings of other forms in the same listings: never to be fetched (the server has no body for them).
OTHERS = [
    ("10-K", "2025-02-14", 1640147, "Snowflake Inc.", "0001640147-25-000010"),
    ("8-K", "2022-03-01", 1640147, "Snowflake Inc.", "0001640147-22-000021"),
    ("10-Q", "2020-09-20", 1640147, "Snowflake Inc.", "0001640147-20-000030"),
    ("8-K", "2025-01-09", 1376139, "CVR ENERGY INC", "0001376139-25-000002"),
]
TICKERS = {"SNOW": 1640147, "CVI": 1376139, "NICK": 1000045, "MCK": 927653, "SCWO": 933972, "AADI": 1422142}


def submission(item: Served) -> bytes:
    """The full submission of a filing: the real one, or the XML document wrapped as EDGAR wraps it."""
    body = (DATA / item.file).read_bytes()
    if not item.wrap:
        return body
    day = item.filed.replace("-", "")
    ownership = item.form.removesuffix("/A") in ("3", "4", "5")
    subject_block, filer_block = ("ISSUER", "REPORTING-OWNER") if ownership else ("SUBJECT COMPANY", "FILED BY")
    data_block = "OWNER DATA" if ownership else "COMPANY DATA"
    header = (f"<SEC-DOCUMENT>{item.accession}.txt : {day}\n<SEC-HEADER>{item.accession}.hdr.sgml : {day}\n"
              f"<ACCEPTANCE-DATETIME>{day}161502\nACCESSION NUMBER:\t\t{item.accession}\n"
              f"CONFORMED SUBMISSION TYPE:\t{item.form}\nPUBLIC DOCUMENT COUNT:\t\t1\n"
              f"FILED AS OF DATE:\t\t{day}\nDATE AS OF CHANGE:\t\t{day}\n\n"
              + _party(filer_block, data_block, item.filer, item.form)
              + _party(subject_block, "COMPANY DATA", item.subject, item.form) + "</SEC-HEADER>\n")
    document = (f"<DOCUMENT>\n<TYPE>{item.form}\n<SEQUENCE>1\n<FILENAME>primary_doc.xml\n<TEXT>\n<XML>\n"
                + body.decode("utf-8").strip() + "\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    return (header + document).encode("utf-8")


def _party(block: str, data: str, who: tuple[int, str], form: str) -> str:
    cik, name = who
    return (f"{block}:\t\n\n\t{data}:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\t{name}\n"
            f"\t\tCENTRAL INDEX KEY:\t\t\t{cik:010d}\n\n\tFILING VALUES:\n\t\tFORM TYPE:\t\t{form}\n"
            f"\t\tSEC ACT:\t\t1934 Act\n\n")


def quarter_of(day: str) -> tuple[int, int]:
    return int(day[:4]), (int(day[5:7]) - 1) // 3 + 1


def form_index(year: int, number: int) -> str:
    """EDGAR's form.idx for a quarter: every filing once under each of its CIKs, sorted by form."""
    rows = []
    for item in FILINGS:
        if quarter_of(item.filed) == (year, number):
            for cik, name in (item.subject, item.filer):
                rows.append((item.form, name, cik, item.filed, item.accession))
    rows += [(form, name, cik, day, acc) for form, day, cik, name, acc in OTHERS if quarter_of(day) == (year, number)]
    lines = [f"{(form + ' ') if len(form) >= 12 else form:<12}{name[:60]:<62}{cik:<12}{day:<12}"
             f"edgar/data/{cik}/{acc}.txt" for form, name, cik, day, acc in sorted(rows)]
    head = ("Description:           Master Index of EDGAR Dissemination Feed by Form Type\n"
            f"Last Data Received:    {['March 31', 'June 30', 'September 30', 'December 31'][number - 1]}, {year}\n"
            "Comments:              webmaster@sec.gov\nAnonymous FTP:         ftp://ftp.sec.gov/edgar/\n\n\n\n\n"
            "Form Type   Company Name                                                  CIK         Date Filed  File Name\n"
            + "-" * 141 + "\n")
    return head + "\n".join(lines) + "\n"


def submissions_of(cik: int, split: str | None = "2021-01-01") -> dict[str, dict]:
    """{file name: JSON} for a CIK: the main file (filings on or after `split` in `recent`) and an older page."""
    rows = [(item.accession, item.filed, item.form) for item in FILINGS if cik in (item.subject[0], item.filer[0])]
    rows += [(acc, day, form) for form, day, c, _, acc in OTHERS if c == cik]
    rows.sort(key=lambda row: row[1], reverse=True)
    recent = [r for r in rows if split is None or r[1] >= split]
    older = [r for r in rows if split is not None and r[1] < split]

    def columns(part):
        return {"accessionNumber": [r[0] for r in part], "filingDate": [r[1] for r in part],
                "reportDate": ["" for _ in part], "acceptanceDateTime": [r[1] + "T16:15:02.000Z" for r in part],
                "act": ["34" for _ in part], "form": [r[2] for r in part], "fileNumber": ["" for _ in part],
                "filmNumber": ["" for _ in part], "items": ["" for _ in part], "size": [1000 for _ in part],
                "isXBRL": [0 for _ in part], "isInlineXBRL": [0 for _ in part],
                "primaryDocument": ["primary_doc.xml" for _ in part],
                "primaryDocDescription": ["" for _ in part]}

    page_name = f"CIK{cik:010d}-submissions-001.json"
    main = {"cik": f"{cik:010d}", "entityType": "operating", "sic": "", "name": "", "tickers": [],
            "exchanges": [], "filings": {"recent": columns(recent), "files": []}}
    pages = {f"CIK{cik:010d}.json": main}
    if older:
        main["filings"]["files"].append({"name": page_name, "filingCount": len(older),
                                         "filingFrom": older[-1][1], "filingTo": older[0][1]})
        pages[page_name] = columns(older)
    return pages


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):  # a client that hung up on a slow answer: expected
        pass


class FakeEdgar:
    """Two servers (www and data), EDGAR's paths, a request log and queued faults."""

    def __init__(self, slow_seconds: float = 1.5):
        self.slow_seconds = slow_seconds
        self.log: list[tuple[float, str, str, str, int]] = []  # (time, host, path, user agent, status)
        self.faults: dict[str, deque] = defaultdict(deque)
        self.lock = threading.Lock()
        self.routes = {"www": self._www_routes(), "data": self._data_routes()}
        self.closing = threading.Event()
        self.servers = {host: _Server(("127.0.0.1", 0), self._handler(host)) for host in self.routes}
        for server in self.servers.values():
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def url(self, host: str) -> str:
        return f"http://127.0.0.1:{self.servers[host].server_address[1]}"

    def env(self) -> dict[str, str]:
        return {"KG_EDGAR_WWW": self.url("www"), "KG_EDGAR_DATA": self.url("data")}

    def fault(self, path: str, *kinds: str) -> None:
        self.faults[path].extend(kinds)

    def requests(self, prefix: str = "") -> list[str]:
        return [path for _, _, path, _, _ in self.log if path.startswith(prefix)]

    def close(self) -> None:
        self.closing.set()
        for server in self.servers.values():
            server.shutdown()
            server.server_close()

    @staticmethod
    def archive_path(item: Served, under_subject: bool = False) -> str:
        cik = (item.subject if under_subject else item.filer)[0]
        return f"/Archives/edgar/data/{cik}/{item.accession}.txt"

    def _www_routes(self) -> dict[str, tuple[bytes, str]]:
        routes = {"/files/company_tickers.json": (json.dumps({str(i): {"cik_str": cik, "ticker": t, "title": t}
                                                               for i, (t, cik) in enumerate(TICKERS.items())}).encode(),
                                                   "application/json")}
        for item in FILINGS:
            body = submission(item)
            for cik, _ in (item.subject, item.filer):
                routes[f"/Archives/edgar/data/{cik}/{item.accession}.txt"] = (body, "text/plain")
        for year, number in {quarter_of(item.filed) for item in FILINGS}:
            routes[f"/Archives/edgar/full-index/{year}/QTR{number}/form.idx"] = (
                form_index(year, number).encode(), "text/plain")
        return routes

    def _data_routes(self) -> dict[str, tuple[bytes, str]]:
        routes = {}
        for cik in {c for item in FILINGS for c in (item.subject[0], item.filer[0])}:
            for name, data in submissions_of(cik).items():
                routes[f"/submissions/{name}"] = (json.dumps(data).encode(), "application/json")
        return routes

    def _handler(self, host: str):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                arrived = time.monotonic()
                with fake.lock:
                    fault = fake.faults[self.path].popleft() if fake.faults[self.path] else None
                route = fake.routes[host].get(self.path)
                status = 404 if route is None else {"429": 429, "503": 503}.get(fault, 200)
                with fake.lock:
                    fake.log.append((arrived, host, self.path, self.headers.get("User-Agent", ""), status))
                if fault == "slow":
                    fake.closing.wait(fake.slow_seconds)
                if status != 200:
                    body = b"<html><body>Request Rate Threshold Exceeded</body></html>" if status == 429 else b""
                    self.send_response(status)
                    if status == 429:
                        self.send_header("Retry-After", "1")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                body, kind = route
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if fault in ("drop", "stall"):
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    if fault == "stall":
                        fake.closing.wait(fake.slow_seconds)
                    self.close_connection = True
                    return
                self.wfile.write(body)

        return Handler

"""The local cache of full submissions: `DIR/<CIK>/<accession>.txt`, written whole or not at all.

A filing is streamed to a hidden temporary file beside its place (`.ACCESSION.txt.PID.part`)
and renamed into place only when the body is complete and looks like a whole submission
(`<SEC-HEADER>` at the start; `</SEC-DOCUMENT>` at the end when it opened with
`<SEC-DOCUMENT>`), so an interrupted run never leaves a file that looks whole; leftovers of
a killed run are removed when that filing is fetched again. A filing is in the cache when
`<accession>.txt` is in any CIK folder: a filing found through its filer is not fetched
again for its subject company.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import FetchError
from kg.fetch.client import Incomplete

ACCESSION = re.compile(r"^\d{10}-\d{2}-\d{6}$")
HEAD_BYTES = 8192
_OPENING = re.compile(rb"<(SEC|IMS)-HEADER>", re.I)
_DOCUMENT = re.compile(rb"<SEC-DOCUMENT>", re.I)
_DOCUMENT_END = re.compile(rb"</SEC-DOCUMENT>", re.I)


class Cache:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self._known: dict[str, Path] | None = None

    def path(self, cik: int, accession: str) -> Path:
        return self.root / str(int(cik)) / f"{accession}.txt"

    def find(self, accession: str) -> Path | None:
        """The cached submission of `accession`, in whichever CIK folder it was saved."""
        if self._known is None:
            self._known = {p.stem: p for p in self.root.glob("*/*.txt") if ACCESSION.match(p.stem)}
        found = self._known.get(accession)
        return found if found is not None and found.is_file() else None

    def save(self, cik: int, accession: str, chunks: Iterable[bytes]) -> Path:
        """Write the chunks to a temporary file and rename it into place once they all arrived."""
        final = self.path(cik, accession)
        final.parent.mkdir(parents=True, exist_ok=True)
        for leftover in final.parent.glob(f".{final.name}.*.part"):
            leftover.unlink(missing_ok=True)
        temp = final.with_name(f".{final.name}.{os.getpid()}.part")
        try:
            with open(temp, "wb") as out:
                for chunk in chunks:
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, final)
        finally:
            temp.unlink(missing_ok=True)
        if self._known is not None:
            self._known[accession] = final
        return final


def whole_submission(chunks: Iterable[bytes], source: str) -> Iterator[bytes]:
    """Pass the chunks on; at the end, fail unless they make a whole EDGAR full submission."""
    head, tail = b"", b""
    for chunk in chunks:
        if len(head) < HEAD_BYTES:
            head += chunk[:HEAD_BYTES - len(head)]
        tail = (tail + chunk)[-1024:]
        yield chunk
    if not head.strip():
        raise Incomplete("empty body")
    if not _OPENING.search(head):
        raise FetchError(source, "not an EDGAR full submission (no <SEC-HEADER> at its start)")
    if _DOCUMENT.search(head) and not _DOCUMENT_END.search(tail):
        raise Incomplete("the submission is cut short (no </SEC-DOCUMENT> at its end)")


_HEADER_FIELDS = {
    "form": re.compile(rb"^(?:CONFORMED SUBMISSION TYPE:|<TYPE>)[ \t]*(\S[^\r\n]*?)[ \t]*\r?$", re.M),
    "date": re.compile(rb"^(?:FILED AS OF DATE:|<FILING-DATE>)[ \t]*(\d{8})[ \t]*\r?$", re.M),
}


def header_fields(path: Path) -> dict[str, str | None]:
    """Form type and filing date (ISO) from a cached submission's SGML header, for the report."""
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    found = {}
    for name, pattern in _HEADER_FIELDS.items():
        match = pattern.search(head)
        found[name] = match.group(1).decode("latin-1") if match else None
    if found["date"]:
        found["date"] = f"{found['date'][:4]}-{found['date'][4:6]}-{found['date'][6:]}"
    return found

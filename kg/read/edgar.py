"""EDGAR full submissions: the SGML header and the documents it wraps.

A full submission (`0001104659-25-002604.txt`) is `<SEC-DOCUMENT>` + `<SEC-HEADER>` +
one `<DOCUMENT>` per file (`<TYPE>`, `<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>`,
`<TEXT>` body). Older ones are wrapped in `-----BEGIN PRIVACY-ENHANCED MESSAGE-----`
or start at `<SEC-HEADER>`/`<IMS-HEADER>` and may carry no document at all. The header
comes in two dialects, both read here into one `SubmissionHeader`:

    ACCESSION NUMBER:  0001104659-25-002604        <ACCESSION-NUMBER>0000950123-96-000525
    SUBJECT COMPANY:                               <SUBJECT-COMPANY>
        COMPANY DATA:                              <COMPANY-DATA>
            COMPANY CONFORMED NAME:  CVR ENERGY    <CONFORMED-NAME>MCKESSON CORP

`apply_header` copies what the header knows into a Filing extracted from the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.errors import StructureError
from kg.read.edgar_header import (  # noqa: F401
    HEADER_START,
    OWNERSHIP_TYPES,
    Address,
    FormerName,
    Party,
    SubmissionHeader,
    parse_header,
)


@dataclass
class SubmissionDocument:
    """One `<DOCUMENT>`: its metadata and where its `<TEXT>` body lies in the submission."""

    type: str | None
    sequence: int | None
    filename: str | None
    description: str | None
    start: int  # body span in the decoded submission text
    end: int


# ---- the documents -------------------------------------------------------------
_DOCUMENT = re.compile(r"<DOCUMENT>", re.I)
_DOCUMENT_END = re.compile(r"</DOCUMENT>", re.I)
_META = re.compile(r"^[ \t]*<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*(.*?)[ \t]*$", re.I | re.M)


def _documents(text: str, start: int, source: str) -> list[SubmissionDocument]:
    documents: list[SubmissionDocument] = []
    pos = start
    while True:
        match = _DOCUMENT.search(text, pos)
        if not match:
            break
        if text[pos:match.start()].strip() and documents:
            stray = " ".join(text[pos:match.start()].split())[:60]
            raise StructureError(source, f"text outside any <DOCUMENT>: {stray!r}")
        close = _DOCUMENT_END.search(text, match.end())
        number = len(documents) + 1
        if not close:
            raise StructureError(source, f"document {number} has no </DOCUMENT>: truncated file?")
        documents.append(_document(text, match.end(), close.start(), number, source))
        pos = close.end()
    return documents


def _document(text: str, start: int, end: int, number: int, source: str) -> SubmissionDocument:
    body = re.compile(r"<TEXT>", re.I).search(text, start, end)
    if not body:
        raise StructureError(source, f"document {number} has no <TEXT>")
    meta = {m.group(1).upper(): m.group(2) for m in _META.finditer(text, start, body.start())}
    close = text.rfind("</TEXT>", body.end(), end)
    if close < 0:
        close = text.rfind("</text>", body.end(), end)
    if close < 0:
        raise StructureError(source, f"document {number} has no </TEXT>: truncated file?")
    sequence = meta.get("SEQUENCE")
    return SubmissionDocument(
        type=meta.get("TYPE") or None,
        sequence=int(sequence) if sequence and re.fullmatch(r"[0-9]{1,9}", sequence) else None,
        filename=meta.get("FILENAME") or None, description=meta.get("DESCRIPTION") or None,
        start=body.end(), end=close)


def parse_submission(text: str, source: str) -> tuple[SubmissionHeader, list[SubmissionDocument]]:
    """Split a decoded full submission into its header and documents.

    Also read: a bare `<DOCUMENT>` with no header (the header is then empty) and the
    dissemination form `<SUBMISSION>` whose header runs to the first `<DOCUMENT>`."""
    opened = HEADER_START.search(text)
    if opened:
        prefix = opened.group(1)
        closed = re.compile(rf"</{prefix}-HEADER>", re.I).search(text, opened.end())
        if not closed:
            raise StructureError(source, f"<{prefix.upper()}-HEADER> is not closed: truncated file?")
        header = parse_header(text, opened.end(), closed.start())
        body = closed.end()
    else:
        wrapper = re.search(r"<SUBMISSION>", text[:4096], re.I)
        first = _DOCUMENT.search(text)
        if not wrapper and not first:
            raise StructureError(source, "EDGAR submission with neither <SEC-HEADER> nor <DOCUMENT>")
        start = wrapper.end() if wrapper else 0
        body = first.start() if first else len(text)
        header = parse_header(text, start, body) if wrapper else SubmissionHeader()
    accession = re.match(r"\s*(\d{10}-\d{2}-\d{6})", text[opened.end():opened.end() + 40]) \
        if opened else None
    if header.accession_number is None and accession:
        header.accession_number = accession.group(1)
    return header, _documents(text, body, source)


def primary_document(header: SubmissionHeader,
                     documents: list[SubmissionDocument]) -> SubmissionDocument | None:
    """The first 13D/13G/3/4/5 document; else the one of the submission type; else the first."""
    for doc in documents:
        if (doc.type or "").upper() in OWNERSHIP_TYPES:
            return doc
    for doc in documents:
        if doc.type and doc.type.upper() in {t.upper() for t in header.form_types}:
            return doc
    return documents[0] if documents else None


# ---- header -> Filing ------------------------------------------------------------
NAME_MATCH_THRESHOLD = 88


def normalise_form_type(printed: str) -> str:
    """'SCHEDULE 13D/A' -> 'SC 13D/A' through lookups/form_types.yml; others as EDGAR prints them."""
    from kg.lookups import FORM_TYPES
    return FORM_TYPES.get(" ".join(printed.split()).casefold(), printed.strip())


def match_key(name: str) -> str:
    """A person or company name folded for matching: 'Icahn Enterprises L.P.' -> 'icahn enterprises lp'."""
    folded = name.casefold().replace(".", "").replace("&", " and ")
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


FUZZY_PAIRS = 250_000  # more party-person pairs than this (a header repeated thousands of times): exact names only


def _pairs(parties: list[Party], persons: list) -> list[tuple[Party, Any]]:
    """Each filer party with the reporting person whose name matches best, one to one."""
    from rapidfuzz import fuzz
    party_keys = [match_key(party.name) if party.name else None for party in parties]
    person_keys = [{match_key(n) for n in (person.name, person.name_as_printed) if n} for person in persons]
    fuzzy = len(parties) * len(persons) <= FUZZY_PAIRS
    by_key: dict[str, list[int]] = {}
    for j, keys in enumerate(person_keys):
        for key in keys:
            by_key.setdefault(key, []).append(j)
    scored = []
    for i, key in enumerate(party_keys):
        if key is None:
            continue
        if not fuzzy:
            scored += [(100.0, i, j) for j in by_key.get(key, [])]
            continue
        for j, keys in enumerate(person_keys):
            if keys:
                score = max(fuzz.token_sort_ratio(key, other) for other in keys)
                if score >= NAME_MATCH_THRESHOLD:
                    scored.append((score, i, j))
    used_parties, used_persons, pairs = set(), set(), []
    for score, i, j in sorted(scored, reverse=True):
        if i not in used_parties and j not in used_persons:
            used_parties.add(i)
            used_persons.add(j)
            pairs.append((parties[i], persons[j]))
    return pairs


def apply_header(filing, header: SubmissionHeader, ctx=None, *, add_missing: bool = False) -> None:
    """Fill a Filing from its submission header: accession number, dates, form types,
    the issuer's CIK (SUBJECT COMPANY / ISSUER) and the reporting persons' CIKs (FILED BY /
    FILER / REPORTING-OWNER, matched by name). Values read from the document win; a CIK
    that disagrees is a `header-mismatch` warning when `ctx` is given. With `add_missing`
    and no reporting person read from the text (a header-only submission), each filer
    becomes a reporting person."""
    from kg.records import ReportingPerson
    filing.accession_number = filing.accession_number or header.accession_number
    filing.filed_date = filing.filed_date or header.filed_date
    filing.period = filing.period or header.period
    types = [normalise_form_type(t) for t in header.form_types]
    read = [filing.form_type] if filing.form_type else []
    filing.form_types = list(dict.fromkeys(types + filing.form_types + read))
    if types:  # EDGAR's submission type is the filing's form type; the document's is kept
        filing.form_type = types[0]
    subjects = header.subjects
    if subjects:
        _set_cik(filing.issuer, subjects[0], ctx, "issuer")
        if filing.issuer.name is None and subjects[0].name:
            filing.issuer.name = subjects[0].name
            filing.issuer.trace("name", subjects[0].name, None)
    filers = header.filers
    if add_missing and not filing.reporting_persons:
        for party in filers:
            person = ReportingPerson(name=party.name, name_as_printed=party.name)
            filing.reporting_persons.append(person)
    for party, person in _pairs(filers, filing.reporting_persons):
        _set_cik(person, party, ctx, f"reporting person {person.name}")
        if person.address is None and party.business_address:
            person.address = party.business_address.text()
            if party.business_address.printed() != person.address:
                person.trace("address", party.business_address.printed(), None)
    if ctx is not None:
        for problem in header.problems:
            ctx.warn("header-mismatch", f"EDGAR header: {problem}", location=f"{ctx.source}:header")


def _set_cik(record, party: Party, ctx, what: str) -> None:
    for former in party.former_names:
        if former.name and former.name not in record.former_names:
            record.former_names.append(former.name)
    if party.cik is None:
        return
    if record.cik is None:
        record.cik = party.cik
        record.trace("cik", party.cik, None)
    elif record.cik != party.cik and ctx is not None:
        ctx.warn("header-mismatch", f"{what}: CIK {record.cik} in the document, "
                 f"{party.cik} ({party.name}) in the EDGAR header",
                 location=f"{ctx.source}:header", document=record.cik, header=party.cik)

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
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.clean import parse_cik
from kg.errors import StructureError

# Header labels of both dialects -> field names (dialect 2 tags with "-" read as " ").
_TOP_FIELDS = {
    "ACCESSION NUMBER": "accession_number",
    "CONFORMED SUBMISSION TYPE": "submission_type", "TYPE": "submission_type",
    "PUBLIC DOCUMENT COUNT": "document_count",
    "CONFORMED PERIOD OF REPORT": "period", "PERIOD": "period",
    "FILED AS OF DATE": "filed_date", "FILING DATE": "filed_date",
    "DATE AS OF CHANGE": "date_of_change", "DATE OF FILING DATE CHANGE": "date_of_change",
    "ACCEPTANCE DATETIME": "acceptance_datetime",
    "GROUP MEMBERS": "group_members",
}
_ROLES = {
    "SUBJECT COMPANY": "subject-company", "FILED BY": "filed-by", "FILER": "filer",
    "REPORTING OWNER": "reporting-owner", "ISSUER": "issuer",
}
_SECTIONS = {
    "COMPANY DATA": "company", "OWNER DATA": "company", "FILING VALUES": "filing",
    "BUSINESS ADDRESS": "business_address", "MAIL ADDRESS": "mail_address",
    "FORMER COMPANY": "former", "FORMER NAME": "former",
}
_PARTY_FIELDS = {
    "COMPANY CONFORMED NAME": "name", "CONFORMED NAME": "name",
    "CENTRAL INDEX KEY": "cik", "CIK": "cik",
    "STANDARD INDUSTRIAL CLASSIFICATION": "sic", "ASSIGNED SIC": "sic",
    "IRS NUMBER": "irs_number", "EIN": "irs_number", "STATE OF INCORPORATION": "state_of_incorporation",
    "FISCAL YEAR END": "fiscal_year_end", "ORGANIZATION NAME": "organization_name",
    "FORM TYPE": "form_type", "SEC ACT": "sec_act", "ACT": "sec_act",
    "SEC FILE NUMBER": "file_number", "FILE NUMBER": "file_number",
    "FILM NUMBER": "film_number",
}
_ADDRESS_FIELDS = {
    "STREET 1": "street1", "STREET1": "street1", "STREET 2": "street2", "STREET2": "street2",
    "CITY": "city", "STATE": "state", "ZIP": "zip",
    "BUSINESS PHONE": "phone", "PHONE": "phone",
}
_FORMER_FIELDS = {
    "FORMER CONFORMED NAME": "name", "DATE OF NAME CHANGE": "date_changed",
    "DATE CHANGED": "date_changed",
}
# Document types of the forms kg reads: the first such document is the primary one.
OWNERSHIP_TYPES = frozenset(["SC 13D", "SC 13D/A", "SC 13G", "SC 13G/A", "SCHEDULE 13D",
                             "SCHEDULE 13D/A", "SCHEDULE 13G", "SCHEDULE 13G/A",
                             "3", "3/A", "4", "4/A", "5", "5/A"])


@dataclass
class Address:
    street1: str | None = None
    street2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    phone: str | None = None

    def text(self) -> str | None:
        """One line, as an address is written: '2277 PLAZA DRIVE, SUITE 500, SUGAR LAND, TX 77479'."""
        place = " ".join(p for p in (self.state, self.zip) if p)
        parts = [p for p in (self.street1, self.street2, self.city, place) if p]
        return ", ".join(parts) or None


@dataclass
class FormerName:
    name: str | None = None
    date_changed: str | None = None  # ISO date


@dataclass
class Party:
    """A SUBJECT COMPANY / FILED BY / FILER / REPORTING-OWNER / ISSUER block."""

    role: str
    name: str | None = None
    cik: str | None = None
    sic: str | None = None
    irs_number: str | None = None
    state_of_incorporation: str | None = None
    fiscal_year_end: str | None = None
    organization_name: str | None = None
    form_type: str | None = None
    sec_act: str | None = None
    file_number: str | None = None
    film_number: str | None = None
    business_address: Address | None = None
    mail_address: Address | None = None
    former_names: list[FormerName] = field(default_factory=list)


@dataclass
class SubmissionHeader:
    accession_number: str | None = None
    submission_type: str | None = None
    form_types: list[str] = field(default_factory=list)
    document_count: int | None = None
    period: str | None = None  # ISO dates
    filed_date: str | None = None
    date_of_change: str | None = None
    acceptance_datetime: str | None = None
    group_members: list[str] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    other: dict[str, list[str]] = field(default_factory=dict)  # labels kg does not use
    problems: list[str] = field(default_factory=list)  # values that could not be read

    def by_role(self, *roles: str) -> list[Party]:
        return [party for party in self.parties if party.role in roles]

    @property
    def subjects(self) -> list[Party]:
        """The issuer: SUBJECT COMPANY (13D/G) or ISSUER (Forms 3/4/5)."""
        return self.by_role("subject-company", "issuer")

    @property
    def filers(self) -> list[Party]:
        """The reporting persons: FILED BY / FILER (13D/G) or REPORTING-OWNER (3/4/5)."""
        return self.by_role("filed-by", "filer", "reporting-owner")


@dataclass
class SubmissionDocument:
    """One `<DOCUMENT>`: its metadata and where its `<TEXT>` body lies in the submission."""

    type: str | None
    sequence: int | None
    filename: str | None
    description: str | None
    start: int  # body span in the decoded submission text
    end: int


# ---- the header --------------------------------------------------------------
_HEADER = re.compile(r"<(SEC|IMS)-HEADER>", re.I)
_LINE = re.compile(r"^[ \t]*(?:<(/?)([A-Z0-9][A-Z0-9 -]*)>[ \t]*(.*?)|([A-Z][A-Z0-9 ()/&.,'-]*?):[ \t]*(.*?))[ \t]*$")


def _iso(value: str, label: str, header: SubmissionHeader) -> str | None:
    match = re.fullmatch(r"(\d{4})(\d{2})(\d{2})\d*", value)
    if not match:
        header.problems.append(f"{label}: {value!r} is not a date")
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        header.problems.append(f"{label}: {value!r} is not a date")
        return None


class _HeaderReader:
    def __init__(self) -> None:
        self.header = SubmissionHeader()
        self.party: Party | None = None
        self.section: str | None = None
        self.former: FormerName | None = None

    def line(self, label: str, value: str, closing: bool) -> None:
        label = " ".join(label.replace("-", " ").split()).upper()
        if closing:
            if label in _ROLES:
                self.party, self.section = None, None
            elif label in _SECTIONS:
                self.section = None
            return
        if label in _ROLES and not value:
            self.party = Party(role=_ROLES[label])
            self.header.parties.append(self.party)
            self.section = None
        elif label in _SECTIONS and not value and self.party is not None:
            self.section = _SECTIONS[label]
            if self.section == "former":
                self.former = FormerName()
                self.party.former_names.append(self.former)
        elif value:
            self.value(label, value)

    def value(self, label: str, value: str) -> None:
        header, party, section = self.header, self.party, self.section
        if label in _TOP_FIELDS and (party is None or label == "GROUP MEMBERS"):
            self.top(_TOP_FIELDS[label], label, value)
        elif party is not None and section in ("business_address", "mail_address") \
                and label in _ADDRESS_FIELDS:
            address = getattr(party, section) or Address()
            setattr(address, _ADDRESS_FIELDS[label], value)
            setattr(party, section, address)
        elif party is not None and section == "former" and label in _FORMER_FIELDS:
            name = _FORMER_FIELDS[label]
            setattr(self.former, name, _iso(value, label, header) if name == "date_changed" else value)
        elif party is not None and label in _PARTY_FIELDS:
            name = _PARTY_FIELDS[label]
            setattr(party, name, self._party_value(name, label, value))
        else:
            header.other.setdefault(label, []).append(value)

    def _party_value(self, name: str, label: str, value: str) -> str | None:
        if name == "cik":
            cik = parse_cik(value)
            if cik is None:
                self.header.problems.append(f"{label}: {value!r} is not a CIK")
            return cik
        return value

    def top(self, name: str, label: str, value: str) -> None:
        header = self.header
        if name == "group_members":
            header.group_members.append(value)
        elif name == "document_count":
            header.document_count = int(value) if value.isdigit() else None
        elif name in ("period", "filed_date", "date_of_change"):
            setattr(header, name, _iso(value, label, header))
        else:
            setattr(header, name, value)


def parse_header(text: str, start: int, end: int) -> SubmissionHeader:
    """Read the header lines in text[start:end] (either dialect)."""
    reader = _HeaderReader()
    for raw in text[start:end].splitlines():
        match = _LINE.match(raw)
        if not match:
            continue
        if match.group(2) is not None:
            label, value, closing = match.group(2), match.group(3), bool(match.group(1))
        else:
            label, value, closing = match.group(4), match.group(5), False
        if label.upper() in ("SEC HEADER", "SEC-HEADER", "IMS-HEADER", "IMS HEADER"):
            continue
        reader.line(label, value.strip(), closing)
    header = reader.header
    types = [header.submission_type] + [p.form_type for p in header.parties]
    header.form_types = list(dict.fromkeys(t for t in types if t))
    return header


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
        sequence=int(sequence) if sequence and sequence.isdigit() else None,
        filename=meta.get("FILENAME") or None, description=meta.get("DESCRIPTION") or None,
        start=body.end(), end=close)


def parse_submission(text: str, source: str) -> tuple[SubmissionHeader, list[SubmissionDocument]]:
    """Split a decoded full submission into its header and documents.

    Also read: a bare `<DOCUMENT>` with no header (the header is then empty) and the
    dissemination form `<SUBMISSION>` whose header runs to the first `<DOCUMENT>`."""
    opened = _HEADER.search(text)
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


def _pairs(parties: list[Party], persons: list) -> list[tuple[Party, Any]]:
    """Each filer party with the reporting person whose name matches best, one to one."""
    from rapidfuzz import fuzz
    scored = []
    for i, party in enumerate(parties):
        for j, person in enumerate(persons):
            if party.name and (person.name or person.name_as_printed):
                names = {person.name or "", person.name_as_printed or ""} - {""}
                score = max(fuzz.token_sort_ratio(match_key(party.name), match_key(n)) for n in names)
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
    if ctx is not None:
        for problem in header.problems:
            ctx.warn("header-mismatch", f"EDGAR header: {problem}", location=f"{ctx.source}:header")


def _set_cik(record, party: Party, ctx, what: str) -> None:
    if party.cik is None:
        return
    if record.cik is None:
        record.cik = party.cik
        record.trace("cik", party.cik, None)
    elif record.cik != party.cik and ctx is not None:
        ctx.warn("header-mismatch", f"{what}: CIK {record.cik} in the document, "
                 f"{party.cik} ({party.name}) in the EDGAR header",
                 location=f"{ctx.source}:header", document=record.cik, header=party.cik)

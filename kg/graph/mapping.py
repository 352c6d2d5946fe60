"""Records -> RDF: one filing becomes one named graph, under the ontology (ontology/kg.ttl).

    mapped = map_filing(filing, text)    # text: the document text the spans point into
    mapped.graph_iri, mapped.nquads()    # the filing's named graph as N-Quads (bytes)
    mapped.graph                         # the same triples as an rdflib Graph (parsed on demand)

One small function per record type; people and contacts are in `kg.graph.mapping_people`, holdings and
transactions in `kg.graph.mapping_rows`.
Every node is `prov:wasDerivedFrom` the filing; traced fields become Web Annotations
with text selectors. Findings (the extractor's warnings and those made while mapping)
become `kg:DataQualityFinding`s.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from rdflib import RDF, URIRef

from kg.graph.mapping_base import FilingGraph, cik_iri, country_iri, filing_iri
from kg.graph.mapping_ownership import map_ownership
from kg.graph.mapping_people import map_contacts, map_people
from kg.graph.mapping_rows import map_holding, map_transaction, party_agent
from kg.graph.ntriples import PlainLiteral, Triples
from kg.graph.ontology import annotation, concepts
from kg.graph.summary import board_summary, summary_graph
from kg.graph.vocab import INSTANCE_BASE, KG, PROV, SCHEMA
from kg.records import Filing, ReportingPerson, Signature

TOOL_NAME = "kg"


@dataclass
class MappedFiling:
    source: str
    filing_iri: URIRef
    graph_iri: URIRef
    triples: Triples
    summary: Triples | None = None  # its summary graph's (kg.graph.summary), None: none
    kept: bytes | None = None       # its line to keep beside the store (kg.graph.sidecar), when made

    def nquads(self) -> bytes:
        """The filing's triples as N-Quads in its named graph, then its summary graph's (for the bulk loader)."""
        summary = b"" if self.summary is None else self.summary.nquads(summary_graph(self.graph_iri))
        return self.triples.nquads(self.graph_iri) + summary

    def __len__(self) -> int:
        """The triples written: the filing graph's and its summary graph's."""
        return len(self.triples) + (0 if self.summary is None else len(self.summary))

    @property
    def graph(self):
        """The triples as an rdflib Graph (parsed from their N-Triples text on each call)."""
        return self.triples.to_rdflib()


def map_filing(filing: Filing, text: str | None = None, *, tool_version: str | None = None) -> MappedFiling:
    """The named graph of one filing. `text` (the document text) fills the quote selectors."""
    fg = FilingGraph(filing, text)
    map_header(fg)
    map_run(fg, tool_version)
    issuer = map_issuer(fg)
    security = map_security(fg, issuer)
    for index, person in enumerate(filing.reporting_persons, 1):
        map_reporting_person(fg, person, index, issuer, security)
    for index, holding in enumerate(filing.holdings, 1):
        if not holding.derivative:  # Table II rows: kg.graph.mapping_ownership
            map_holding(fg, holding, index, issuer, security)
    for index, transaction in enumerate(filing.transactions, 1):
        map_transaction(fg, transaction, index, issuer, security)
    map_ownership(fg, issuer, security)
    map_people(fg)
    map_contacts(fg)
    for index, signature in enumerate(filing.signatures, 1):
        map_signature(fg, signature, index)
    map_findings(fg)
    fg.add(fg.graph_iri, KG.tripleCount, fg.integer(len(fg.graph) + 1))  # itself included
    return MappedFiling(filing.source, fg.iri, fg.graph_iri, fg.graph, board_summary(fg.graph, fg.graph_iri, fg.iri))


def map_header(fg: FilingGraph) -> None:
    f, iri = fg.filing, fg.iri
    fg.add(iri, RDF.type, KG.Filing)
    fg.add(iri, RDF.type, PROV.Entity)
    fg.add(iri, KG.accessionNumber, fg.text_value(f.accession_number))
    fg.add(iri, KG.formType, fg.text_value(f.form_type))
    fg.add(iri, KG.amendmentNumber, fg.integer(f.amendment_number))
    fg.add(iri, KG.eventDate, fg.date(f.event_date, "event date"))
    fg.add(iri, KG.filedDate, fg.date(f.filed_date, "filed date"))
    fg.add(iri, KG.periodOfReport, fg.date(f.period, "period of report"))
    fg.add(iri, KG.documentKind, fg.text_value(f.document_kind))
    fg.add(iri, KG.textSha256, fg.text_value(f.text_sha256))
    fg.add(iri, KG.sourceFile, PlainLiteral(f.source))
    if f.shares_outstanding is not None:
        so = f.shares_outstanding
        fg.add(iri, KG.sharesOutstanding, fg.integer(so.count))
        fg.add(iri, KG.sharesOutstandingAsOf, fg.date(so.as_of, "shares outstanding date"))
        fg.evidence(so, {"count": (iri, KG.sharesOutstanding), "as_of": (iri, KG.sharesOutstandingAsOf)})
    for amended in f.amends:
        if amended.accession_number:
            fg.add(iri, KG.amends, filing_iri(amended.accession_number, None, f.source))
        fg.add(iri, KG.amendsFilingDated, fg.date(amended.date, "date of the amended filing"))
    fg.evidence(f, {"accession_number": (iri, KG.accessionNumber), "form_type": (iri, KG.formType),
                    "amendment_number": (iri, KG.amendmentNumber), "event_date": (iri, KG.eventDate),
                    "filed_date": (iri, KG.filedDate)})


def map_run(fg: FilingGraph, tool_version: str | None) -> None:
    """The graph as a prov:Bundle generated by an extraction run of kg (named with its version)."""
    version = tool_version or _kg_version()
    tool = URIRef(f"{INSTANCE_BASE}software/{TOOL_NAME}/{version}")
    run = URIRef(f"{fg.iri}/run")
    for subject, classes in ((fg.graph_iri, (PROV.Bundle, PROV.Entity)), (run, (PROV.Activity,)),
                             (tool, (PROV.SoftwareAgent, PROV.Agent))):
        for cls in classes:
            fg.add(subject, RDF.type, cls)
    fg.add(fg.graph_iri, PROV.wasDerivedFrom, fg.iri)
    fg.add(fg.graph_iri, PROV.wasGeneratedBy, run)
    fg.add(run, PROV.used, fg.iri)
    fg.add(run, PROV.wasAssociatedWith, tool)
    fg.add(tool, SCHEMA.name, PlainLiteral(TOOL_NAME))
    fg.add(tool, SCHEMA.softwareVersion, PlainLiteral(version))


def map_issuer(fg: FilingGraph) -> URIRef | None:
    issuer = fg.filing.issuer
    if not issuer.name and not issuer.cik:
        return None
    iri = fg.agent(issuer.name, cik=issuer.cik, kind="org") if issuer.name else _cik_org(fg, issuer.cik)
    fg.add(iri, KG.cik, fg.text_value(issuer.cik.zfill(10) if issuer.cik else None))
    for former in issuer.former_names:
        fg.add(iri, KG.formerName, fg.text_value(former))
    fg.add(fg.iri, KG.issuer, iri)
    fg.evidence(issuer, {"name": (iri, SCHEMA.name), "cik": (iri, KG.cik)}, bodies=(iri,))
    return iri


def map_security(fg: FilingGraph, issuer: URIRef | None) -> URIRef | None:
    f = fg.filing
    cusips = sorted(set(f.issuer.cusips))
    if not cusips and not f.security_class:
        return None
    if len(cusips) == 1:
        iri = URIRef(f"{INSTANCE_BASE}cusip/{cusips[0]}")
    else:
        iri = fg.statement(issuer or fg.iri, "class", f.security_class or "securities")
    fg.node(iri, KG.SecurityClass)
    fg.add(iri, SCHEMA.name, fg.text_value(f.security_class))
    for cusip in cusips:
        fg.add(iri, KG.cusip, PlainLiteral(cusip))
    fg.add(iri, KG.issuedBy, issuer)
    fg.add(fg.iri, KG.subjectSecurity, iri)
    fg.evidence(f, {"security_class": (iri, SCHEMA.name)})
    fg.evidence(f.issuer, {"cusips": (iri, KG.cusip)})
    return iri


def map_reporting_person(fg: FilingGraph, rp: ReportingPerson, index: int,
                         issuer: URIRef | None, security: URIRef | None) -> None:
    if not rp.name:
        fg.finding("bad-value", f"reporting person {index} has no name; left out of the graph", rp.evidence)
        return
    kind = _owner_kind(fg, rp)
    iri = fg.agent(rp.name, cik=rp.cik, kind=kind, aliases=(rp.name_as_printed,))
    fg.add(fg.iri, KG.reportingPerson, iri)
    fg.add(iri, KG.cik, fg.text_value(rp.cik.zfill(10) if rp.cik else None))
    if rp.name_as_printed and rp.name_as_printed != rp.name:
        fg.add(iri, KG.nameAsPrinted, PlainLiteral(rp.name_as_printed))
    for former in rp.former_names:
        fg.add(iri, KG.formerName, fg.text_value(former))
    fg.add(iri, KG.citizenshipAsPrinted, fg.text_value(rp.citizenship_or_organization))
    country = country_iri(fg, rp.country)
    fg.add(iri, SCHEMA.nationality if kind == "person" else KG.jurisdiction, country)
    fg.add(iri, KG.jurisdictionRegion, fg.text_value(rp.region))
    for code in rp.source_of_funds:
        fg.add(iri, KG.sourceOfFunds, PlainLiteral(code))
    for code in rp.type:
        fg.add(iri, KG.reportingPersonType, PlainLiteral(code))
    fg.add(iri, KG.memberOfGroup, fg.text_value(rp.member_of_group))
    fields = {"name": (iri, SCHEMA.name), "cik": (iri, KG.cik),
              "citizenship_or_organization": (iri, KG.citizenshipAsPrinted)}
    amounts = (rp.aggregate_amount, rp.percent_of_class, rp.sole_voting_power, rp.shared_voting_power,
               rp.sole_dispositive_power, rp.shared_dispositive_power)
    bodies = (iri,)
    if any(value is not None for value in amounts):
        own = fg.node(URIRef(f"{fg.iri}/ownership/{index}"), KG.BeneficialOwnership)
        fg.add(own, KG.owner, iri)
        fg.add(own, KG.issuer, issuer)
        fg.add(own, KG.security, security)
        fg.add(own, KG.shares, fg.integer(rp.aggregate_amount))
        fg.add(own, KG.percentOfClass, fg.decimal(rp.percent_of_class))
        fg.add(own, KG.soleVotingPower, fg.integer(rp.sole_voting_power))
        fg.add(own, KG.sharedVotingPower, fg.integer(rp.shared_voting_power))
        fg.add(own, KG.soleDispositivePower, fg.integer(rp.sole_dispositive_power))
        fg.add(own, KG.sharedDispositivePower, fg.integer(rp.shared_dispositive_power))
        fg.add(own, KG.asOf, fg.date(fg.filing.event_date, "event date"))
        fields.update({"aggregate_amount": (own, KG.shares), "percent_of_class": (own, KG.percentOfClass),
                       "sole_voting_power": (own, KG.soleVotingPower),
                       "shared_voting_power": (own, KG.sharedVotingPower),
                       "sole_dispositive_power": (own, KG.soleDispositivePower),
                       "shared_dispositive_power": (own, KG.sharedDispositivePower)})
        bodies = (iri, own)
    fg.evidence(rp, fields, bodies=bodies)


def map_signature(fg: FilingGraph, sig: Signature, index: int) -> None:
    iri = fg.node(URIRef(f"{fg.iri}/signature/{index}"), KG.Signature)
    fg.add(fg.iri, KG.signature, iri)
    signer = fg.agent(sig.name, kind="person") if sig.name else None
    fg.add(iri, KG.signer, signer)
    fg.add(iri, KG.signerTitle, fg.text_value(sig.title))
    fg.add(iri, KG.onBehalfOf, party_agent(fg, sig.on_behalf_of, kind="org"))
    fg.add(iri, KG.signatureDate, fg.date(sig.date, "signature date"))
    fields = {"date": (iri, KG.signatureDate), "title": (iri, KG.signerTitle), "on_behalf_of": (iri, KG.onBehalfOf)}
    if signer is not None:
        fields["name"] = (signer, SCHEMA.name)
    fg.evidence(sig, fields, bodies=(iri,))


def map_findings(fg: FilingGraph) -> None:
    """The extractor's warnings and the mapping's own findings, in that order."""
    for index, warning in enumerate([*fg.filing.warnings, *fg.findings], 1):
        iri = fg.node(URIRef(f"{fg.iri}/finding/{index}"), KG.DataQualityFinding)
        fg.add(iri, KG.findingCode, PlainLiteral(warning.code))
        fg.add(iri, KG.message, fg.text_value(warning.message))
        fg.add(iri, KG.location, fg.text_value(warning.location))
        fg.add(iri, KG.concerns, fg.iri)
        if warning.values:
            fg.add(iri, KG.details, PlainLiteral(json.dumps(warning.values, sort_keys=True, default=str)))
        if warning.span is not None:
            fg.annotate((iri,), warning.span)


# ---- helpers --------------------------------------------------------------------
_OWNERSHIP_FORMS = ("3", "4", "5")


def _owner_kind(fg: FilingGraph, rp: ReportingPerson) -> str:
    """person / org / agent: from the cover's type codes (Schedule 13D/G); a Forms 3/4/5 reporting owner, which
    has none, from what its name and relationship say (kg.forms.ownership_owners.owner_kind, the rule that keeps
    an organisation out of people[]): an organisation's ('SOFTBANK GROUP CORP.', 'Reid Hoffman & Michelle Yee
    Living Trust') is the ontology's organisation, one of uncertain kind an agent only, never a person."""
    if rp.type or (fg.filing.form_type or "").split("/")[0] not in _OWNERSHIP_FORMS:
        return _agent_kind(fg, rp.type)
    from kg.forms.ownership_owners import ORGANIZATION, PERSON, owner_kind
    return {PERSON: "person", ORGANIZATION: "org", None: "agent"}[owner_kind(rp)]


def _agent_kind(fg: FilingGraph, codes: list[str]) -> str:
    """person / org / agent from the cover's type codes, through kg:ReportingPersonTypes."""
    table = concepts(KG.ReportingPersonTypes)
    classes = set()
    for code in codes:
        if code not in table:
            fg.finding("unknown-code", f"type of reporting person {code!r} is not a cover code", value=code)
            continue
        classes.add(annotation(table[code], KG.agentClass))
    if SCHEMA.Person in classes:  # "HC IN": an individual who is also a control person
        return "person"
    if classes == {SCHEMA.Organization}:
        return "org"
    return "agent"


def _cik_org(fg: FilingGraph, cik: str) -> URIRef:
    iri = cik_iri(cik)
    fg.node(iri, SCHEMA.Organization, PROV.Agent)
    return iri


def _kg_version() -> str:
    from kg import __version__
    return __version__


"""People of annexes and forms, and contacts -> W3C ORG and schema.org.

A person listed by an organisation becomes: a schema:Person; for each body (supervisory
board, managing board, executive officers...) an org:Membership in that body, an
org:OrganizationalUnit `org:unitOf` the organisation, with the body's role concept
(kg:BodyRoles); each printed position an org:Post the person org:holds; other positions
kept as printed (kg:otherPosition) and, where parsed, as memberships in the other
organisations (affiliations); citizenship as a country IRI; the address as a
schema:PostalAddress that keeps the printed string.
"""
from __future__ import annotations

from rdflib import RDF, RDFS, URIRef

from kg.graph.mapping_base import FilingGraph, cik_iri, country_iri
from kg.graph.ntriples import PlainLiteral
from kg.graph.ontology import annotation, concepts, property_notations
from kg.graph.vocab import KG, ORG, SCHEMA
from kg.records import Person


def map_people(fg: FilingGraph) -> None:
    for index, person in enumerate(fg.filing.people, 1):
        map_person(fg, person, index)


def map_person(fg: FilingGraph, person: Person, index: int) -> None:
    if not person.name:
        fg.finding("unassigned-name", f"person {index} of the annexes has no name; left out of the graph",
                   person.evidence)
        return
    iri = fg.agent(person.name, cik=person.cik, kind=_kind_of(fg, person), aliases=(person.name_as_printed,))
    if person.name_as_printed and person.name_as_printed != person.name:
        fg.add(iri, KG.nameAsPrinted, PlainLiteral(person.name_as_printed))
    organization = fg.known_agent(person.organization)
    if organization is None and person.organization:
        organization = fg.agent(person.organization, kind="org")
    memberships = map_bodies(fg, iri, organization, person)
    posts = map_posts(fg, iri, organization, person)
    # a value read elsewhere than the person's entry (a second listing, a footnote) has its own span
    own = {node for field, nodes in (("bodies", memberships), ("positions", posts)) for value, node in nodes
           if _own_evidence(fg, person, field, value, node)}
    memberships = [node for _value, node in memberships if node not in own]
    posts = [node for _value, node in posts if node not in own]
    map_affiliations(fg, iri, person)
    fg.add(iri, KG.citizenshipAsPrinted, fg.text_value(person.citizenship))
    fg.add(iri, SCHEMA.nationality, country_iri(fg, person.country))
    address = map_address(fg, iri, person.address, person.address_city, person.address_country)
    fields = {"name": (iri, SCHEMA.name), "citizenship": (iri, KG.citizenshipAsPrinted),
              "country": (iri, SCHEMA.nationality), "other_positions": (iri, KG.otherPosition)}
    if address is not None:
        fields.update({"address": (address, KG.printedValue), "address_city": (address, SCHEMA.addressLocality),
                       "address_country": (address, SCHEMA.addressCountry)})
    if memberships:
        fields["bodies"] = (memberships[0], ORG.organization)
    if posts:
        fields["positions"] = (posts[0], RDFS.label)
    fg.evidence(person, fields, bodies=(iri, *memberships, *posts))


def _own_evidence(fg: FilingGraph, person: Person, field: str, value: str, node: URIRef) -> bool:
    """Evidence for one value of `field` that has its own span (key '<field>:<value>'); False if none."""
    span = person.spans.get(f"{field}:{value}")
    if span is None:
        return False
    fg.annotate((node,), span, person.printed.get(f"{field}:{value}"))
    return True


def _kind_of(fg: FilingGraph, person: Person) -> str:
    """A person, unless the filing already knows this agent as an organisation (a Form 4
    ten-percent owner that is a company)."""
    known = cik_iri(person.cik) if person.cik else fg.known_agent(person.name)
    return "org" if known is not None and (known, RDF.type, SCHEMA.Organization) in fg.graph else "person"


def map_bodies(fg: FilingGraph, person: URIRef, organization: URIRef | None,
               record: Person) -> list[tuple[str, URIRef]]:
    """One org:Membership per body, in a unit of the organisation, with the body's role."""
    roles = concepts(KG.BodyRoles)
    memberships = []
    for body in record.bodies:
        role = roles.get(body)
        if role is None:
            fg.finding("unknown-code", f"body {body!r} of {record.name} is not in kg:BodyRoles; membership left out",
                       record.evidence, body=body)
            continue
        if organization is None:
            fg.finding("bad-value", f"{record.name} is in the {body} of no named organisation; membership left out",
                       record.evidence)
            continue
        unit_name = str(annotation(role, KG.unitName))
        unit = fg.node(fg.child(organization, "unit", unit_name), ORG.OrganizationalUnit)
        fg.add(unit, SCHEMA.name, PlainLiteral(unit_name))
        fg.add(unit, ORG.unitOf, organization)
        membership = fg.node(fg.statement(person, "membership", body), ORG.Membership)
        fg.add(membership, ORG.member, person)
        fg.add(membership, ORG.organization, unit)
        fg.add(membership, ORG.role, role)
        memberships.append((body, membership))
    return memberships


def map_posts(fg: FilingGraph, person: URIRef, organization: URIRef | None,
              record: Person) -> list[tuple[str, URIRef]]:
    """Each printed position as an org:Post in the organisation, held by the person."""
    posts = []
    for position in record.positions:
        label = fg.text_value(position)
        if label is None:
            continue
        post = fg.node(fg.statement(person, "post", str(label)), ORG.Post)
        fg.add(post, RDFS.label, label)
        fg.add(post, ORG.postIn, organization)
        fg.add(person, ORG.holds, post)
        posts.append((position, post))
    for other in record.other_positions:
        fg.add(person, KG.otherPosition, fg.text_value(other))
    return posts


def map_affiliations(fg: FilingGraph, person: URIRef, record: Person) -> None:
    """Parsed other positions: a membership in the other organisation, role as printed."""
    for affiliation in record.affiliations:
        if not affiliation.organization:
            continue
        other = fg.known_agent(affiliation.organization) or fg.agent(affiliation.organization, kind="org")
        membership = fg.node(fg.statement(person, "affiliation", affiliation.organization), ORG.Membership)
        fg.add(membership, ORG.member, person)
        fg.add(membership, ORG.organization, other)
        fg.add(membership, KG.roleAsPrinted, fg.text_value(affiliation.role))


def map_address(fg: FilingGraph, owner: URIRef, text: str | None, city: str | None = None,
                country: str | None = None) -> URIRef | None:
    """A schema:PostalAddress that keeps the printed string (only when there is one)."""
    printed = fg.text_value(text)
    if printed is None:
        return None
    address = fg.node(fg.statement(owner, "address"), SCHEMA.PostalAddress)
    fg.add(address, KG.printedValue, printed)
    fg.add(address, SCHEMA.addressLocality, fg.text_value(city))
    fg.add(address, SCHEMA.addressCountry, fg.text_value(country.upper() if country else None))
    fg.add(owner, SCHEMA.address, address)
    return address


def map_contacts(fg: FilingGraph) -> None:
    """Persons to receive notices and copies: linked from the filing by their role's property."""
    roles = property_notations()
    for index, contact in enumerate(fg.filing.contacts, 1):
        if not contact.name:
            fg.finding("unassigned-name", f"contact {index} has no name; left out of the graph", contact.evidence)
            continue
        iri = fg.known_agent(contact.name) or fg.agent(contact.name, kind="person")
        fg.add(iri, SCHEMA.jobTitle, fg.text_value(contact.title))
        fg.add(iri, SCHEMA.telephone, fg.text_value(contact.phone))
        if contact.organization:
            employer = fg.known_agent(contact.organization) or fg.agent(contact.organization, kind="org")
            fg.add(iri, SCHEMA.worksFor, employer)
        map_address(fg, iri, contact.address)
        prop = roles.get(contact.role) if contact.role else None
        if prop is None:
            fg.finding("unknown-code", f"contact role {contact.role!r} of {contact.name} is not known; "
                       "the contact is not linked to the filing", contact.evidence, role=contact.role)
        fg.add(fg.iri, prop, iri)
        fg.evidence(contact, {"name": (iri, SCHEMA.name), "title": (iri, SCHEMA.jobTitle)}, bodies=(iri,))

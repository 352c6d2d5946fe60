"""Rules of the roster reader, loaded from kg/patterns/roster.yml and validated."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.errors import DataError
from kg.patterns import build

FIELDS = ("name", "position", "other_positions", "citizenship", "address", "occupation", "issuer_position")


@dataclass(frozen=True)
class RosterRules:
    roster_heading: re.Pattern
    labels: dict[str, re.Pattern]
    page_headers: list[re.Pattern]
    debris: list[re.Pattern]
    body_headings: list[tuple[re.Pattern, str]]
    position_bodies: list[tuple[re.Pattern, str]]
    officer_titles: re.Pattern
    listed_officer_titles: re.Pattern
    subordinate_title: re.Pattern
    body_seats: dict[str, str]
    department_words: re.Pattern
    default_address: re.Pattern
    default_citizenship: re.Pattern
    exceptions_after: re.Pattern
    default_address_given: re.Pattern
    default_occupation: re.Pattern
    default_occupation_all: re.Pattern
    cell_address: re.Pattern
    cell_address_owned: re.Pattern
    cell_own_opener: re.Pattern
    address_after_table: re.Pattern
    address_group_heading: re.Pattern
    citizenship_group_heading: re.Pattern
    citizens_heading: re.Pattern
    collective_citizenship: re.Pattern
    citizenship_exception: re.Pattern
    citizenship_label_exceptions: re.Pattern
    second_table_lead: re.Pattern
    subject_organization: re.Pattern
    address_in_title: re.Pattern
    cell_citizenship: re.Pattern
    cell_citizen_line: re.Pattern
    citizen_sentence: re.Pattern
    cell_mentions: re.Pattern
    affiliation_connectors: re.Pattern
    affiliation_not_org: re.Pattern
    body_of_org: re.Pattern
    column_roles: dict[str, re.Pattern]
    row_number_caption: re.Pattern
    group_caption: re.Pattern
    row_number_cell: re.Pattern
    address_part_caption: re.Pattern
    address_city_caption: re.Pattern
    citizenship_if_not: re.Pattern
    occupations_refer: re.Pattern
    elsewhere_in_parentheses: re.Pattern
    paren_of_title: re.Pattern
    name_note: re.Pattern
    column_list: re.Pattern
    organization_words: re.Pattern
    title_words: re.Pattern
    title_end: re.Pattern
    organization_joiners: re.Pattern
    unit_connectors: re.Pattern
    generic_referent: re.Pattern
    entity_heading: re.Pattern
    entity_acronym: re.Pattern
    entity_label: re.Pattern
    entity_officer: re.Pattern
    entity_address_that_of: re.Pattern
    prose_citizenship: re.Pattern
    prose_citizenship_owned: re.Pattern
    prose_address: re.Pattern
    address_stated: re.Pattern
    prose_predicate: re.Pattern
    prose_served: re.Pattern
    prose_positions_with: re.Pattern
    prose_former: re.Pattern
    prose_since: re.Pattern
    prose_occupation: re.Pattern
    prose_occupation_label: re.Pattern
    prose_sentence_end: re.Pattern
    prose_article: re.Pattern
    no_occupation: re.Pattern
    cross_reference: re.Pattern
    career_former: re.Pattern
    career_since: re.Pattern
    note_fields: dict[str, re.Pattern]
    title_heads: re.Pattern
    item_unfinished: re.Pattern
    flag_columns: dict[str, str]
    flag_yes: re.Pattern
    flag_no: re.Pattern
    note_citizen: re.Pattern
    city_states: frozenset[str]
    pipe_number_caption: re.Pattern
    pipe_number_mark: re.Pattern
    pipe_border: re.Pattern
    address_goes_on: re.Pattern
    address_kept_after_comma: re.Pattern
    org_position_caption: re.Pattern
    row_leader: re.Pattern

    def opens_label(self, line: str) -> bool:
        """Whether a line (its spaces aside) opens with a known label ('Position:', 'Business Address:')."""
        stripped = line.strip()
        return any(label.match(stripped) for label in self.labels.values())


@cache
def rules() -> RosterRules:
    return build("roster.yml", _make)


def _make(data) -> RosterRules:
    flags = re.IGNORECASE
    labels = {name: re.compile(rx, flags) for name, rx in data["labels"].items()}
    unknown = set(labels) - set(FIELDS)
    if unknown:
        raise DataError("kg/patterns/roster.yml", f"unknown label fields {sorted(unknown)}")
    if set(data["note_fields"]) - {"citizenship", "address", "occupation"}:
        raise DataError("kg/patterns/roster.yml", f"unknown note fields {sorted(data['note_fields'])}")
    return RosterRules(
        roster_heading=re.compile(data["roster_heading"], flags),
        labels=labels,
        page_headers=[re.compile(rx, flags) for rx in data["page_headers"]],
        debris=[re.compile(rx, flags) for rx in data["debris"]],
        body_headings=[(re.compile(rx, flags), body) for rx, body in data["body_headings"].items()],
        position_bodies=[(re.compile(rx, flags), body) for rx, body in data["position_bodies"].items()],
        officer_titles=re.compile(data["officer_titles"], flags),
        listed_officer_titles=re.compile(data["listed_officer_titles"], flags),
        subordinate_title=re.compile(data["subordinate_title"], flags),
        body_seats=dict(data["body_seats"]),
        department_words=re.compile(data["department_words"], flags),
        default_address=re.compile(data["default_address"], flags | re.S),
        default_citizenship=re.compile(data["default_citizenship"], flags | re.S),
        exceptions_after=re.compile(data["exceptions_after"], flags),
        default_address_given=re.compile(data["default_address_given"], flags | re.S),
        default_occupation=re.compile(data["default_occupation"], flags | re.S),
        default_occupation_all=re.compile(data["default_occupation_all"], flags | re.S),
        cell_address=re.compile(data["cell_address"], flags),
        cell_address_owned=re.compile(data["cell_address_owned"], flags),
        cell_own_opener=re.compile(data["cell_own_opener"]),
        address_after_table=re.compile(data["address_after_table"], flags),
        address_group_heading=re.compile(data["address_group_heading"], flags),
        citizenship_group_heading=re.compile(data["citizenship_group_heading"], flags),
        citizens_heading=re.compile(data["citizens_heading"]),
        collective_citizenship=re.compile(data["collective_citizenship"], flags),
        citizenship_exception=re.compile(data["citizenship_exception"]),
        citizenship_label_exceptions=re.compile(data["citizenship_label_exceptions"], flags),
        second_table_lead=re.compile(data["second_table_lead"], flags),
        subject_organization=re.compile(data["subject_organization"]),
        address_in_title=re.compile(data["address_in_title"]),
        cell_citizenship=re.compile(data["cell_citizenship"]),
        cell_citizen_line=re.compile(data["cell_citizen_line"]),
        citizen_sentence=re.compile(data["citizen_sentence"]),
        cell_mentions=re.compile(data["cell_mentions"], flags),
        affiliation_connectors=re.compile(data["affiliation_connectors"]),
        affiliation_not_org=re.compile(data["affiliation_not_org"], flags),
        body_of_org=re.compile(data["body_of_org"]),
        column_roles={role: re.compile(rx, flags) for role, rx in data["column_roles"].items()},
        row_number_caption=re.compile(data["row_number_caption"], flags),
        group_caption=re.compile(data["group_caption"], flags),
        row_number_cell=re.compile(data["row_number_cell"]),
        address_part_caption=re.compile(data["address_part_caption"], flags),
        address_city_caption=re.compile(data["address_city_caption"], flags),
        citizenship_if_not=re.compile(data["citizenship_if_not"], flags),
        occupations_refer=re.compile(data["occupations_refer"], flags),
        elsewhere_in_parentheses=re.compile(data["elsewhere_in_parentheses"], flags),
        paren_of_title=re.compile(data["paren_of_title"], flags),
        name_note=re.compile(data["name_note"], flags),
        column_list=re.compile(data["column_list"], flags),
        organization_words=re.compile(data["organization_words"], flags),
        title_words=re.compile(data["title_words"], flags),
        title_end=re.compile(data["title_end"], flags),
        organization_joiners=re.compile(data["organization_joiners"], flags),
        unit_connectors=re.compile(data["unit_connectors"]),
        generic_referent=re.compile(data["generic_referent"], flags),
        entity_heading=re.compile(data["entity_heading"]),
        entity_acronym=re.compile(data["entity_acronym"]),
        entity_label=re.compile(data["entity_label"]),
        entity_officer=re.compile(data["entity_officer"]),
        entity_address_that_of=re.compile(data["entity_address_that_of"], flags),
        prose_citizenship=re.compile(data["prose_citizenship"]),
        prose_citizenship_owned=re.compile(data["prose_citizenship_owned"]),
        prose_address=re.compile(data["prose_address"]),
        address_stated=re.compile(data["address_stated"], re.I | re.M),
        prose_predicate=re.compile(data["prose_predicate"]),
        prose_served=re.compile(data["prose_served"]),
        prose_positions_with=re.compile(data["prose_positions_with"]),
        prose_former=re.compile(data["prose_former"], re.I),
        prose_since=re.compile(data["prose_since"]),
        prose_occupation=re.compile(data["prose_occupation"]),
        prose_occupation_label=re.compile(data["prose_occupation_label"]),
        prose_sentence_end=re.compile(data["prose_sentence_end"]),
        prose_article=re.compile(data["prose_article"]),
        no_occupation=re.compile(data["no_occupation"], flags),
        cross_reference=re.compile(data["cross_reference"], flags),
        career_former=re.compile(data["career_former"], re.I),
        career_since=re.compile(data["career_since"], re.I),
        title_heads=re.compile(data["title_heads"], flags),
        item_unfinished=re.compile(data["item_unfinished"], flags),
        flag_columns={label.casefold(): title for label, title in data["flag_columns"].items()},
        flag_yes=re.compile(data["flag_yes"], flags),
        flag_no=re.compile(data["flag_no"], flags),
        note_citizen=re.compile(data["note_citizen"]),
        note_fields={name: re.compile(rx, flags) for name, rx in data["note_fields"].items()},
        city_states=frozenset(data["city_states"]),
        pipe_number_caption=re.compile(data["pipe_number_caption"], flags),
        pipe_number_mark=re.compile(data["pipe_number_mark"]),
        pipe_border=re.compile(data["pipe_border"]),
        address_goes_on=re.compile(data["address_goes_on"]),
        address_kept_after_comma=re.compile(data["address_kept_after_comma"]),
        org_position_caption=re.compile(data["org_position_caption"], flags),
        row_leader=re.compile(data["row_leader"]),
    )

"""The last checks on one reading of rosters (kg/forms/annex.py): each value printed only in another listed
person's entry or read on past the person's entry is left out (kg.forms.roster_guard), then titles printed joined
are split where every part is a known title (kg.forms.roster_joined_titles)."""
from __future__ import annotations

from kg.context import Context
from kg.forms.roster_guard import check_overrun, check_people, check_provenance
from kg.forms.roster_joined_titles import split_joined_titles
from kg.records import Person


def settle_people(ctx: Context, people: list[Person]) -> None:
    check_people(ctx, people)
    check_provenance(ctx, people)
    check_overrun(ctx, people)
    split_joined_titles(people)

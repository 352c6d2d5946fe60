"""A position cell that prints the listed organisation after its titles ('Executive Vice President of Ariel Capital
Management, Inc.', stacked under the name in a 'NAME AND POSITION' column) beside an occupation cell that restates
those titles with the organisation apart ('Executive Vice President' / 'Ariel Capital Management, Inc.'): the text
shows where the title ends, so the position is the title alone, and the occupation is no other position
(kg.forms.roster_restated)."""
from __future__ import annotations

from kg.forms.roster_own import title_in_own_organization
from kg.forms.roster_positions import split_positions
from kg.forms.roster_restated import restates_titles


def bare_where_restated(positions: list[str], occupation: list[str], own_names: list[str]) -> list[str]:
    """The positions with the listed organisation's name cut after their titles, where an occupation item restates
    the titles so cut and did not restate them as printed; else the positions unchanged."""
    names = [name.casefold() for name in own_names if name]
    bare: list[str] = []
    for position in positions:
        title = next((t for name in names if (t := title_in_own_organization(position, name)) is not None), None)
        bare += split_positions(title) if title else [position]
    if bare == positions:
        return positions
    restated = [item for item in occupation if restates_titles(item, bare, "", own_names)]
    if restated and not any(restates_titles(item, positions, "", own_names) for item in restated):
        return list(dict.fromkeys(bare))
    return positions

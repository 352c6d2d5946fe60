"""The findings for what the entries of one roster left out (issue 13, precision first): the items of a cell that
read both as a title in the listed organisation and as an occupation elsewhere (`Entry.undecided`), and the
preamble's default address ('Unless otherwise indicated, each person's business address is X') withheld from an
entry whose occupation prints text that holds no title and no occupation ('The St. Paul Travelers' alone): that
text may be the other address the preamble defers to, so the default is not the entry's for certain
(`Entry.withheld_default`, kg.forms.roster_inline.may_show_address)."""
from __future__ import annotations

from kg.context import Context
from kg.forms.roster_entry import Entry, Roster


def warn_left_out(ctx: Context, entries: list[Entry], roster: Roster) -> None:
    listed = repr(roster.organization) if roster.organization else "the listed organisation (whose name is not read)"
    for entry in (e for e in entries if e.undecided):
        ctx.warn("roster-ambiguous", f"{', '.join(map(repr, entry.undecided))} in the titles of {entry.name!r} could be "
                 f"a title in {listed} or an occupation elsewhere; left out", span=entry.evidence,
                 readings=["position", "other_positions"])
    for entry in (e for e in entries if e.withheld_default):
        ctx.warn("roster-ambiguous", f"the default address {entry.withheld_default!r} of the preamble is left off "
                 f"{entry.name!r}: the entry's occupation prints a line that names no title, which may be the address "
                 "the preamble's 'unless otherwise indicated' defers to", span=entry.evidence,
                 readings=[entry.withheld_default, None], field="address")

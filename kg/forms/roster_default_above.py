"""A line read as a person's name and left out (an organisation, an address: 'Globaltech Financial' under 'Carolyn
H. Byrd' where a blank line between entries is gone) right under an entry whose address is none it prints (the
preamble's 'Unless otherwise indicated, the business address ... is X'): the line left out may be the address that
entry indicates, so the default is not certain there. Part of the last guard over a roster's values
(kg.forms.roster_junk): that address is refused, with a finding."""
from __future__ import annotations

from kg.records import Person


def default_over_left_out(people: list[Person], left_out: Person) -> Person | None:
    """The person listed right above `left_out` when her entry ends on the line before `left_out`'s and her
    address is not printed in it (no span: a default); None otherwise."""
    index = next((i for i, person in enumerate(people) if person is left_out), 0)
    if index == 0 or not left_out.evidence:
        return None
    above = people[index - 1]
    if not above.address or "address" in above.spans or not above.evidence:
        return None
    return above if 0 <= left_out.evidence[0] - above.evidence[1] <= 1 else None

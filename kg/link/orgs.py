"""Organisations are linked by rules, in order of trust: the same CIK; the same CUSIP
issuer prefix (first six characters); the same normalised name (legal form rewritten
to its canonical word; EDGAR former names count as names of the CIK's mentions). A name
without a legal form joins the one form its base name has; two forms of one base name
(Marex Group plc, Marex Group Inc.) are different organisations.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from kg.link.mentions import Mention
from kg.link.names import org_name


def org_judgements(mentions: list[Mention], indexes: list[int]) -> list[tuple[int, int, str, str]]:
    """(a, b, decision, reason) for organisation mentions; `same` chains each group."""
    found: list[tuple[int, int, str, str]] = []
    by_cik, by_cusip, by_key = defaultdict(list), defaultdict(list), defaultdict(list)
    forms_of_base: dict[str, dict[tuple, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i in indexes:
        m = mentions[i]
        if m.cik:
            by_cik[m.cik].append(i)
        for prefix in m.cusip6:
            by_cusip[prefix].append(i)
        for name in dict.fromkeys(m.names + m.aliases):
            parsed = org_name(name)
            if not parsed.base:
                continue
            by_key[parsed.key].append(i)
            forms_of_base[parsed.base][parsed.forms].append(i)
    for cik, group in by_cik.items():
        found += [(group[0], j, "same", f"same CIK {cik}") for j in group[1:]]
    for prefix, group in by_cusip.items():
        found += [(group[0], j, "same", f"same CUSIP issuer prefix {prefix}") for j in group[1:]]
    for key, group in by_key.items():
        group = list(dict.fromkeys(group))
        found += _name_group(mentions, group, f"same normalised name '{key}'")
    for base, variants in forms_of_base.items():
        formed = {forms: group for forms, group in variants.items() if forms}
        bare = variants.get((), [])
        if len(formed) == 1 and bare:
            (forms, group), = formed.items()
            found += [(group[0], j, "same", f"same name '{base}', legal form '{' '.join(forms)}' on one side only")
                      for j in dict.fromkeys(bare)]
        keys = sorted(formed)
        for x, y in pairwise(keys):
            found.append((formed[x][0], formed[y][0], "different",
                          f"same name '{base}' with different legal forms ({' '.join(x)} / {' '.join(y)})"))
    return found


def _name_group(mentions: list[Mention], group: list[int], reason: str) -> list[tuple[int, int, str, str]]:
    """Same name: the same organisation, unless their CIKs differ."""
    found = []
    ciks: dict[str, int] = {}
    for i in group:
        cik = mentions[i].cik
        if cik and cik not in ciks:
            ciks[cik] = i
    first = group[0]
    for j in group[1:]:
        a, b = mentions[first].cik, mentions[j].cik
        if a and b and a != b:
            continue
        found.append((first, j, "same", reason))
    values = list(ciks.items())
    for (cik_a, a), (cik_b, b) in pairwise(values):
        found.append((a, b, "different", f"{reason} but different CIKs ({cik_a}, {cik_b})"))
    return found

"""Yes/No flag columns in a ' | '-joined HTML table (kg.forms.roster_table): a column captioned with one of
kg/patterns/roster.yml `flag_columns` ('Director', 'Executive Officer') whose cells say yes or no; 'Yes' gives the
person the title. A header printed over two rows keeps only the upper words of a long caption above it
('Executive' alone over 'Officer'): an upper word belongs to the one column it makes a flag caption of; where it
fits none or several, the captions are read as printed."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules

FLAG = "flag:"


def flag_role(caption: str) -> list[str] | None:
    """['flag:Director'] for a caption that is a flag column's, else None."""
    title = rules().flag_columns.get(re.sub(r"\s+", " ", caption.strip(" *:")).casefold())
    return [FLAG + title] if title else None


def with_upper_words(captions: list[str], upper: list[str] | None) -> list[str]:
    """The captions with the words of the row printed just above joined to the one caption each completes."""
    words = [cell for cell in upper or [] if cell]
    if not words or any(rt.is_person_name(word) or len(word.split()) > 2 for word in words):
        return captions
    joined = list(captions)
    for word in words:
        fits = [i for i, caption in enumerate(captions)
                if f"{word} {caption}".casefold() in rules().flag_columns]
        if len(fits) != 1:
            return captions
        joined[fits[0]] = f"{word} {captions[fits[0]]}"
    return joined


def add_flag(fields: dict[str, str], role: str, value: str) -> None:
    """A 'Yes' under a flag column: its title among the entry's flags; a 'No': among those it denies (`flags_no`:
    kg.forms.roster_entry, kg.forms.roster_flag_denied); an empty cell: nothing."""
    if rules().flag_yes.match(value.strip()):
        fields["flags"] = "; ".join(v for v in (fields.get("flags"), role[len(FLAG):]) if v)
    elif rules().flag_no.match(value.strip()):
        fields["flags_no"] = "; ".join(v for v in (fields.get("flags_no"), role[len(FLAG):]) if v)

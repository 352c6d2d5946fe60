"""Labelled lines inside a table's right-hand cell: 'Name' | 'Present Principal Occupation or Employment', each
entry's cell printing its occupation, then 'Business Address: ...' (wrapped) and 'Citizenship: X' in the same column,
no blank line between entries. The fixed-width table reader takes the rows at the names in the left margin, so the
labelled lines are already that entry's; but they are read as more lines of the occupation. A line of the cell that
opens with an address label (kg/rules: labels) starts the entry's address, which runs to the next labelled line or
the cell's end; the label itself is no part of the value. Left as it is where the entry has an address already, or
the labelled line is the cell's first (no occupation before it: not this layout), or the lines are sentences (the
label in lower case after 'Business' wrapped, the line before it or the address closing on a full stop)."""
from __future__ import annotations

from kg.forms.roster_rules import rules


def address_lines_apart(entries: list) -> None:
    """Each entry's occupation cut at its first line opening with an address label; the lines from there on (to the
    next labelled line) are its address, in place."""
    for entry in entries:
        occupation = entry.fields.get("occupation") or ""
        if "address" in entry.fields or "\n" not in occupation:
            continue
        lines = occupation.split("\n")
        at = next((i for i, line in enumerate(lines) if _label_end("address", line) is not None), None)
        if not at or not lines[at].strip()[:1].isupper() or lines[at - 1].rstrip().endswith("."):
            continue  # ('Business' / 'address: ...' or '... History.' / 'Business address: ...': a sentence's)
        stop = next((i for i in range(at + 1, len(lines)) if _opens_label(lines[i])), len(lines))
        first = lines[at].strip()[_label_end("address", lines[at]):].strip()
        address = [line.strip() for line in [first, *lines[at + 1:stop]] if line.strip()]
        if not address or address[-1].endswith("."):
            continue  # (an address sentence closing on its full stop: run-in prose, read elsewhere)
        entry.fields["occupation"] = "\n".join(lines[:at] + lines[stop:])
        entry.fields["address"] = "\n".join(address)


def _label_end(field: str, line: str) -> int | None:
    """Where the label of `field` that opens the (stripped) line ends; None where no such label opens it."""
    found = rules().labels[field].match(line.strip())
    return found.end() if found else None


def _opens_label(line: str) -> bool:
    return any(_label_end(field, line) is not None for field in rules().labels)

"""The comment lines of a curated query that kg turns into SPARQL (kg.sparql.queries.prepare).

- `# if ?var ...: pattern` becomes the pattern when every ?var is known (bound, derived from a
  bound parameter, or bound by kg for the store), preceded (inside its GRAPH group when it
  opens one) by one `VALUES (?var ...) { (term ...) }` of them and of the parameters derived
  ones come from; a pattern that is a clause of the query (SELECT ..., HAVING ...) is put in
  as it is. Otherwise the line stays a comment.
- Lines between `# unless ?var ... {` and `# }` become comments when every ?var is known:
  with `# if` lines, a query says what replaces them.
"""
from __future__ import annotations

import re

_IF_BOUND = re.compile(r"^(\s*)#\s*if\s+((?:\?\w+\s*)+):\s*(.*)$")
_UNLESS = re.compile(r"^\s*#\s*unless\s+((?:\?\w+\s*)+)\{\s*$")
_END = re.compile(r"^\s*#\s*\}\s*$")
_CLAUSE = re.compile(r"(SELECT|HAVING)\b", re.IGNORECASE)


def apply_directives(text: str, known: dict, source: dict) -> str:
    """The query text with its directives applied. `known`: {variable: rdflib term};
    `source`: {derived variable: the parameter it comes from}."""
    lines, dropping = [], False
    for line in text.splitlines(keepends=True):
        unless = _UNLESS.match(line)
        if unless or (dropping and _END.match(line)):
            dropping = bool(unless) and all(var[1:] in known for var in unless.group(1).split())
        elif dropping:
            line = "# " + line
        condition = _IF_BOUND.match(line.rstrip("\n"))
        if condition:
            indent, variables, pattern = condition.groups()
            names = [var[1:] for var in variables.split()]
            if all(name in known for name in names):
                names += [source[name] for name in names if name in source and source[name] not in names]
                values = (f"VALUES ({' '.join('?' + n for n in names)}) "
                          f"{{ ({' '.join(known[n].n3() for n in names)}) }} ")
                if _CLAUSE.match(pattern):  # a clause of the query (SELECT, HAVING): as it is
                    line = f"{indent}{pattern}\n"
                elif pattern.startswith("GRAPH"):  # inside the GRAPH group
                    at = pattern.index("{") + 1
                    line = f"{indent}{pattern[:at]} {values}{pattern[at:].lstrip()}\n"
                else:
                    line = f"{indent}{values}{pattern}\n"
        lines.append(line)
    return "".join(lines)

"""The names budget of one document, apart from the NER so that reading an XML form never imports spaCy."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

# Names are looked for in at most NAMES_PER_DOCUMENT characters of one document (the largest
# real rosters hold about 200,000): past that, entities() finds nothing and the budget says so
# (kg.extract turns that into an `unparsed-section` finding). The cost of a document stays bounded.
NAMES_PER_DOCUMENT = 500_000


class NameBudget:
    def __init__(self, limit: int):
        self.limit, self.asked = limit, 0

    @property
    def exhausted(self) -> bool:
        return self.asked > self.limit


BUDGET: ContextVar[NameBudget | None] = ContextVar("kg_name_budget", default=None)


@contextmanager
def name_budget(limit: int = NAMES_PER_DOCUMENT):
    """(budget, outermost): the budget of one document; a nested call shares the one in force."""
    current = BUDGET.get()
    if current is not None:
        yield current, False
        return
    budget = NameBudget(limit)
    token = BUDGET.set(budget)
    try:
        yield budget, True
    finally:
        BUDGET.reset(token)

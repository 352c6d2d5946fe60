"""Records of Forms 3/4/5 Table II (derivative rows) and the derived positions of each owner
(kg.forms.ownership_views). kg.records names them with the other records."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.record_base import Traced


@dataclass(kw_only=True)
class DerivativeFields(Traced):
    """What a row of Table II of Forms 3/4/5 (options, warrants, convertibles, units) states
    beside the ownership columns: the derivative and the security it gives the right to."""

    person: str | None = None
    security: str | None = None
    exercise_price: float | None = None  # conversion or exercise price
    exercise_date: str | None = None  # date exercisable
    expiration_date: str | None = None
    underlying_security: str | None = None
    underlying_shares: int | None = None
    direct_or_indirect: str | None = None
    nature_of_ownership: str | None = None
    footnotes: list[str] = field(default_factory=list)  # texts of every footnote of the row
    footnote_refs: list[dict[str, str]] = field(default_factory=list)  # {field, id}: a note on a field
    line: int | None = None  # line of the row in the XML


@dataclass(kw_only=True)
class DerivativeTransaction(DerivativeFields):
    """A transaction row of Table II: a grant, exercise, conversion, expiration ... of a derivative."""

    date: str | None = None
    deemed_execution_date: str | None = None
    transaction_form_type: str | None = None
    code: str | None = None
    kind: str | None = None
    category: str | None = None
    equity_swap: bool | None = None
    shares: int | None = None  # derivative securities acquired or disposed of
    price: float | None = None  # price of the derivative security
    value: float | None = None  # shares x price
    acquired_disposed: str | None = None
    shares_after: int | None = None  # derivative securities owned following the transaction
    rule_10b5_1_footnote: bool | None = None


@dataclass(kw_only=True)
class DerivativeHolding(DerivativeFields):
    """A holding row of Table II (Form 3, or a Form 4/5 holding reported without a transaction)."""

    shares: int | None = None  # derivative securities owned, when the row states them
    as_of: str | None = None


@dataclass(kw_only=True)
class IndirectHolding:
    nature_of_ownership: str | None = None
    shares: int | None = None
    footnote_ids: list[str] = field(default_factory=list)  # the notes that tell one trust from another


@dataclass(kw_only=True)
class Position(Traced):
    """Derived view: one owner's position in one class (for a derivative: one instrument) after
    the filing, from the rows of its tables: net change, total, direct and each indirect holding."""

    person: str | None = None  # None on a joint filing: the owners together
    security: str | None = None
    derivative: bool = False
    exercise_price: float | None = None
    expiration_date: str | None = None
    acquired: int | None = None  # shares acquired by the filing's transactions (code A)
    disposed: int | None = None  # shares disposed of (code D)
    net_change: int | None = None  # acquired - disposed
    shares_after: int | None = None  # direct + every indirect holding, when all are known
    direct: int | None = None
    indirect: list[IndirectHolding] = field(default_factory=list)
    transactions: int = 0

"""Data-quality checks across a whole filing: both values are kept, a warning says why."""
from __future__ import annotations

from kg.context import Context
from kg.records import Filing


def check_filing(ctx: Context, filing: Filing) -> None:
    _check_percent(ctx, filing)
    _check_signature_dates(ctx, filing)
    _check_powers(ctx, filing)


def _decimals(printed: str | None) -> int:
    if not printed or "." not in printed:
        return 0
    return len(printed.split(".")[1].rstrip("%* "))


def _check_percent(ctx: Context, filing: Filing) -> None:
    outstanding = filing.shares_outstanding.count if filing.shares_outstanding else None
    if not outstanding:
        return
    for person in filing.reporting_persons:
        if person.aggregate_amount is None or person.percent_of_class is None:
            continue
        computed = 100.0 * person.aggregate_amount / outstanding
        tolerance = 0.5 * 10 ** -_decimals(person.printed.get("percent_of_class")) + 0.01
        if abs(computed - person.percent_of_class) > tolerance:
            ctx.warn("percent-mismatch", f"{person.name}: {person.percent_of_class}% printed, but "
                     f"{person.aggregate_amount:,} / {outstanding:,} shares is {computed:.2f}%",
                     span=person.spans.get("percent_of_class"), person=person.name,
                     printed=person.percent_of_class, computed=round(computed, 4))


def _check_signature_dates(ctx: Context, filing: Filing) -> None:
    if not filing.event_date:
        return
    for sig in filing.signatures:
        if sig.date and sig.date < filing.event_date:
            ctx.warn("signature-date-before-event", f"signature of {sig.name} is dated {sig.date}, "
                     f"before the event date {filing.event_date}", span=sig.spans.get("date"),
                     signature_date=sig.date, event_date=filing.event_date)


def _check_powers(ctx: Context, filing: Filing) -> None:
    for person in filing.reporting_persons:
        voting = [person.sole_voting_power, person.shared_voting_power]
        if person.aggregate_amount is None or all(v is None for v in voting):
            continue
        total = sum(v or 0 for v in voting)
        if total > person.aggregate_amount:
            ctx.warn("power-sum-mismatch", f"{person.name}: sole plus shared voting power {total:,} exceeds "
                     f"the aggregate amount {person.aggregate_amount:,}", span=person.spans.get("aggregate_amount"))

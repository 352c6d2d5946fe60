"""Item 5 (interest in securities): shares outstanding, transaction tables, ownership."""
from __future__ import annotations

import re

from kg.context import Context
from kg.lookups import TRANSACTION_WORDS
from kg.patterns import regexes
from kg.read import clean
from kg.read.sections import lines_with_offsets
from kg.records import Filing, Holding, SharesOutstanding, Transaction


def _rx(name: str) -> re.Pattern:
    return regexes("item5.yml")[name]


def read_item5(ctx: Context, filing: Filing, start: int, end: int, default_person: str | None) -> None:
    text = ctx.text
    if filing.shares_outstanding is None:  # the first Item 5 that states it, else the first statement anywhere
        outstanding = _rx("outstanding").search(text, start, end) or _first_outstanding(ctx)
        if outstanding:
            filing.shares_outstanding = _shares_outstanding(text, outstanding)
    table = read_transaction_table(ctx, start, end, default_person)
    filing.transactions.extend(table or _transactions_in_words(ctx, filing, start, end))
    aggregate = _rx("aggregate").search(text, start, end)
    if aggregate and not filing.transactions:
        ctx.warn("transactions-missing", f"the text states an aggregate of {aggregate.group(2)} shares "
                 f"{aggregate.group(1)}, but no transaction could be read", span=aggregate.span(),
                 stated=clean.parse_shares(aggregate.group(2)))
    if aggregate and table:
        stated = clean.parse_shares(aggregate.group(2))
        kind = TRANSACTION_WORDS.get(aggregate.group(1).split()[0].lower())
        counted = [t.shares for t in table if t.kind == kind]
        total = sum(counted) if None not in counted else None  # a row without shares: no sum to compare
        if stated is None:
            ctx.warn("bad-value", f"the aggregate {aggregate.group(2)!r} is not a share count kg can read",
                     span=aggregate.span(2))
        elif total is not None and stated != total:
            ctx.warn("transactions-sum-mismatch", f"transactions add up to {total:,} shares; the text "
                     f"states an aggregate of {stated:,}", span=aggregate.span(), stated=stated, total=total)
    for match in _rx("owned_after").finditer(text, start, end):
        holding = Holding(person=default_person, shares=clean.parse_shares(match.group(3)),
                          percent=clean.parse_percent(match.group(4) + '%'), as_of=clean.parse_date(match.group(1)),
                          security=filing.security_class, evidence=match.span())
        holding.trace("shares", match.group(3), match.span(3))
        holding.trace("percent", match.group(4), match.span(4))
        holding.trace("as_of", match.group(1), match.span(1))
        holding.trace("person", match.group(2), match.span(2))
        filing.holdings.append(holding)


def _first_outstanding(ctx: Context) -> re.Match | None:
    """The first statement of shares outstanding in the whole text, searched once per filing."""
    if "outstanding" not in ctx.memo:
        ctx.memo["outstanding"] = _rx("outstanding").search(ctx.text)
    return ctx.memo["outstanding"]


def _transactions_in_words(ctx: Context, filing: Filing, start: int, end: int) -> list[Transaction]:
    """Item 5(c) written as sentences or table-like lines ('On June 25, 2026, X sold 1,000 shares
    at $5.00 per share'), read by the same miner as the XML forms' Item 5(c) text."""
    from kg.forms.xmltext import mine_transactions

    part_c = _rx("part_c").search(ctx.text, start, end)
    if part_c is None:
        return []
    persons = [p.name for p in filing.reporting_persons if p.name]
    return mine_transactions(ctx, part_c.group(1), "Item 5(c)", persons)


def _shares_outstanding(text: str, match: re.Match) -> SharesOutstanding:
    record = SharesOutstanding(count=clean.parse_shares(match.group(1)), as_of=clean.parse_date(match.group(2)),
                               evidence=match.span())
    record.trace("count", match.group(1), match.span(1))
    record.trace("as_of", match.group(2), match.span(2))
    sentence_end = text.find(".", match.end())
    sentence_start = text.rfind(".", 0, match.start() - 1)
    sentence = text[sentence_start + 1: sentence_end if sentence_end > 0 else match.end() + 300]
    source = _rx("source").search(sentence)
    record.source = clean.squash(source.group(0)) if source else None
    return record


def _header_order(line: str) -> list[str] | None:
    """Column order of a transaction table header line, or None if it is not one."""
    marks = {"date": _rx("header_date").search(line), "shares": _rx("header_shares").search(line),
             "price": _rx("header_price").search(line)}
    if not (marks["date"] and marks["shares"]) or len(line) > 300:
        return None
    return [name for name, m in sorted(((n, m) for n, m in marks.items() if m), key=lambda x: x[1].start())]


def _kind_from(words: str) -> str | None:
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in TRANSACTION_WORDS:
            return TRANSACTION_WORDS[word]
    return None


def read_transaction_table(ctx: Context, start: int, end: int, person: str | None) -> list[Transaction]:
    """Rows of every date/shares/price table; repeated headers continue the same table."""
    rows: list[Transaction] = []
    order, kind = None, None
    for line_start, _line_end, line in lines_with_offsets(ctx.text, start, end):
        first_date = clean.find_date(line)
        header = _header_order(line[:first_date.start()] if first_date and first_date.start() else line)
        if header and (first_date is None or _header_before(line, first_date)):
            if order is None:
                kind = _kind_from(line) or _kind_from(ctx.text[max(start, line_start - 600):line_start])
            order = header
            if first_date is None:
                continue
            line_start, line = line_start + first_date.start(), line[first_date.start():]  # rows run on after it
        if order is None:
            continue
        found = [_read_row(ctx, piece, offset, order, kind, person) for offset, piece in _row_pieces(line, line_start)]
        if not found or None in found:
            order = None  # the table ended
            continue
        rows.extend(found)
    return rows


def _header_before(line: str, first_date: re.Match) -> bool:
    """A header whose rows follow on the same line: a table flattened into one paragraph."""
    head = line[:first_date.start()]
    return bool(_rx("header_date").search(head) and _rx("header_shares").search(head))


def _row_pieces(line: str, offset: int) -> list[tuple[int, str]]:
    """A line cut before each date: one piece per row of a flattened table (one piece when
    the line holds one row)."""
    starts, position = [], 0
    while (date := clean.find_date(line[position:])) is not None:
        starts.append(position + date.start())
        position += date.end()
    if len(starts) <= 1:
        return [(offset, line)]
    bounds = starts + [len(line)]
    return [(offset + a, line[a:b].rstrip(" ;,")) for a, b in zip(bounds[:-1], bounds[1:])]


def _read_row(ctx, line, offset, order, kind, person) -> Transaction | None:
    date = clean.find_date(line)
    if date is None:
        return None
    rest = line[date.end():]
    numbers = list(_rx("number").finditer(rest))
    columns = [c for c in order if c != "date"]
    if len(numbers) < len(columns) or len(numbers) > len(columns) + 1:
        return None
    tx = Transaction(date=clean.parse_date(date.group(0)), kind=_kind_from(line) or kind, person=person,
                     evidence=(offset, offset + len(line)))
    tx.trace("date", date.group(0), (offset + date.start(), offset + date.end()))
    base = offset + date.end()
    for column, number in zip(columns, numbers):
        printed = number.group(1)
        span = (base + number.start(1), base + number.end(1))
        tx.trace(column, printed, span)
        if column == "shares":
            tx.shares = clean.parse_shares(printed)
        else:
            tx.price = clean.parse_number(printed)
    return tx

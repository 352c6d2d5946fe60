"""Item 5 laid out as filings print it after conversions: the seed's sales table flattened into
one paragraph, a stated aggregate with no table, and one Item 5(c) sentence naming several persons."""
from __future__ import annotations

import re

from conftest import SEED

import kg

TABLE = re.compile(r"Date of Transaction:.*?(?=\n\nOn December 30)", re.S)


def _variant(tmp_path, name: str, table_text: str):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_text(TABLE.sub(lambda _m: table_text, text, count=1), encoding="utf-8")
    return kg.extract(path)


def _seed_rows():
    original = kg.extract(SEED)
    return [(t.date, t.shares, t.price, t.kind) for t in original.transactions]


def test_a_table_flattened_into_one_paragraph_gives_the_same_rows(tmp_path):
    """An HTML conversion that lost the rows: header and 51 rows run on in one paragraph."""
    table = TABLE.search(SEED.read_text(encoding="utf-8")).group(0)
    header = "Date of Transaction: Number of Shares of Common Stock Sold: Sale Price Per Share of Common Stock Sold:"
    rows = [line.split("\t") for line in table.splitlines() if re.match(r"\d\d/\d\d/\d{4}\t", line)]
    flat = header + " " + " ".join(" ".join(row) for row in rows)
    filing = _variant(tmp_path, "seed_flat_item5.txt", flat)
    assert [(t.date, t.shares, t.price, t.kind) for t in filing.transactions] == _seed_rows()
    assert len(filing.transactions) == 51
    assert not [w for w in filing.warnings if w.code in ("transactions-sum-mismatch", "transactions-missing")]


def test_a_stated_aggregate_without_rows_is_a_finding(tmp_path):
    filing = _variant(tmp_path, "seed_no_rows.txt", "The table of transactions is omitted here.")
    assert filing.transactions == []
    missing = [w for w in filing.warnings if w.code == "transactions-missing"]
    assert len(missing) == 1 and missing[0].values["stated"] == 1_487_600


def test_one_sentence_with_several_persons_is_one_transaction_each(tmp_path):
    sentence = ("(c) On January 16, 2004, in connection with the quarterly dividend, STMicroelectronics N.V. "
                "received 7,789,081 units, ST Holding received 765,432 units, and ST Finance received 1,360,863 units.")
    text = SEED.read_text(encoding="utf-8")
    text = TABLE.sub(lambda _m: "", text, count=1)
    text = text.replace("sold an aggregate of 1,487,600 shares", "sold shares", 1)
    text = text.replace("\nOn December 30, 2003, ST ceased", "\n" + sentence + "\n\nOn December 30, 2003, ST ceased", 1)
    path = tmp_path / "seed_dividend_sentence.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    got = [(t.person, t.shares, t.kind, t.date) for t in filing.transactions]
    assert got == [("STMicroelectronics N.V.", 7_789_081, "distribution", "2004-01-16"),
                   ("ST Holding", 765_432, "distribution", "2004-01-16"),
                   ("ST Finance", 1_360_863, "distribution", "2004-01-16")]

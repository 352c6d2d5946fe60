"""Filings as tables: one flat table per kind of record, with real types.

    import kg
    tables = kg.frames(kg.extract_many(["filings/"]))   # pandas DataFrames (pandas loaded here only)
    tables.people[tables.people.citizenship == "Dutch"]
    tables = kg.tables.arrow_tables(filings)             # the same as pyarrow Tables (CSV, Parquet)

Tables: filings, reporting_persons, people, positions (one row per body, position, other
position or affiliation of a listed person), transactions, holdings, signatures,
warnings. Every row carries `filing`, the filing's key (its accession number, else its
source path). Types: dates are dates, share counts nullable integers, percents and prices
decimals (as printed, no float noise), flags nullable booleans; a missing value is null,
never 0. List values (CUSIPs, type codes, footnotes) are joined with "; ".
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from kg.records import Filing

# column -> type: str, int, decimal, date, bool, list (joined with "; ")
SCHEMAS: dict[str, dict[str, str]] = {
    "filings": {"filing": "str", "source": "str", "accession_number": "str", "form_type": "str",
                "form_types": "list", "amendment_number": "int", "event_date": "date", "filed_date": "date",
                "period": "date", "issuer_name": "str", "issuer_cik": "str", "issuer_cusips": "list",
                "issuer_ticker": "str", "security_class": "str", "shares_outstanding": "int",
                "shares_outstanding_as_of": "date", "reporting_persons": "int", "people": "int",
                "transactions": "int", "holdings": "int", "signatures": "int", "warnings": "int",
                "document_kind": "str", "text_sha256": "str"},
    "reporting_persons": {"filing": "str", "name": "str", "name_as_printed": "str", "cik": "str",
                          "citizenship_or_organization": "str", "country": "str", "region": "str",
                          "type": "list", "source_of_funds": "list", "sole_voting_power": "int",
                          "shared_voting_power": "int", "sole_dispositive_power": "int",
                          "shared_dispositive_power": "int", "aggregate_amount": "int",
                          "percent_of_class": "decimal", "member_of_group": "str", "address": "str",
                          "is_director": "bool", "is_officer": "bool", "is_ten_percent_owner": "bool",
                          "officer_title": "str"},
    "people": {"filing": "str", "person": "int", "name": "str", "name_as_printed": "str", "cik": "str",
               "organization": "str", "bodies": "list", "positions": "list", "citizenship": "str",
               "country": "str", "address": "str", "address_city": "str", "address_country": "str"},
    "positions": {"filing": "str", "person": "int", "name": "str", "organization": "str", "kind": "str",
                  "value": "str"},
    "transactions": {"filing": "str", "person": "str", "date": "date", "code": "str", "kind": "str",
                     "acquired_disposed": "str", "shares": "int", "price": "decimal", "shares_after": "int",
                     "security": "str", "direct_or_indirect": "str", "nature_of_ownership": "str",
                     "derivative": "bool", "footnotes": "list"},
    "holdings": {"filing": "str", "person": "str", "security": "str", "shares": "int", "percent": "decimal",
                 "as_of": "date", "direct_or_indirect": "str", "nature_of_ownership": "str",
                 "derivative": "bool", "footnotes": "list"},
    "signatures": {"filing": "str", "name": "str", "title": "str", "on_behalf_of": "str", "date": "date"},
    "warnings": {"filing": "str", "code": "str", "message": "str", "location": "str", "start": "int",
                 "end": "int"},
}
TABLES = tuple(SCHEMAS)


def filing_key(filing: Filing) -> str:
    """The key every row carries: the accession number, else the source path."""
    return filing.accession_number or filing.source


def table_rows(filing: Filing) -> dict[str, list[dict[str, Any]]]:
    """The filing's rows for each table (plain Python values, not yet typed)."""
    key = filing_key(filing)
    issuer, outstanding = filing.issuer, filing.shares_outstanding
    head = {"filing": key, "source": filing.source, "accession_number": filing.accession_number,
            "form_type": filing.form_type, "form_types": filing.form_types,
            "amendment_number": filing.amendment_number, "event_date": filing.event_date,
            "filed_date": filing.filed_date, "period": filing.period, "issuer_name": issuer.name,
            "issuer_cik": issuer.cik, "issuer_cusips": issuer.cusips, "issuer_ticker": issuer.ticker,
            "security_class": filing.security_class,
            "shares_outstanding": outstanding.count if outstanding else None,
            "shares_outstanding_as_of": outstanding.as_of if outstanding else None,
            "document_kind": filing.document_kind, "text_sha256": filing.text_sha256}
    for name in ("reporting_persons", "people", "transactions", "holdings", "signatures", "warnings"):
        head[name] = len(getattr(filing, name))
    tables: dict[str, list[dict]] = {"filings": [head]}
    tables["reporting_persons"] = [_fields(key, p, SCHEMAS["reporting_persons"]) for p in filing.reporting_persons]
    tables["people"] = [{**_fields(key, p, SCHEMAS["people"]), "person": i} for i, p in enumerate(filing.people)]
    tables["positions"] = [row for i, p in enumerate(filing.people) for row in _positions(key, i, p)]
    for name in ("transactions", "holdings", "signatures"):
        tables[name] = [_fields(key, record, SCHEMAS[name]) for record in getattr(filing, name)]
    tables["warnings"] = [{"filing": key, "code": w.code, "message": w.message, "location": w.location,
                           "start": w.span[0] if w.span else None, "end": w.span[1] if w.span else None}
                          for w in filing.warnings]
    return tables


def _fields(key: str, record, columns: dict[str, str]) -> dict:
    return {"filing": key, **{name: getattr(record, name, None) for name in columns if name != "filing"}}


def _positions(key: str, index: int, person) -> list[dict]:
    base = {"filing": key, "person": index, "name": person.name}
    rows = [{**base, "organization": person.organization, "kind": kind, "value": value}
            for kind, values in (("body", person.bodies), ("position", person.positions),
                                 ("other position", person.other_positions)) for value in values]
    rows += [{**base, "organization": a.organization, "kind": "affiliation", "value": a.role}
             for a in person.affiliations]
    return rows


def collect(filings: Iterable[Filing] | Filing) -> dict[str, list[dict]]:
    """Rows of every table over many filings (a single Filing is accepted too)."""
    out: dict[str, list[dict]] = {name: [] for name in TABLES}
    for filing in [filings] if isinstance(filings, Filing) else filings:
        for name, rows in table_rows(filing).items():
            out[name].extend(rows)
    return out


# ---- typed tables ----------------------------------------------------------------
def arrow_tables(filings: Iterable[Filing] | Filing, only: Iterable[str] | None = None) -> dict:
    """{table name: pyarrow.Table} with typed columns (dates, int64, decimal128, bool, string)."""
    rows = collect(filings)
    names = list(only) if only is not None else list(TABLES)
    unknown = [name for name in names if name not in SCHEMAS]
    if unknown:
        from kg.errors import InputError
        raise InputError(None, f"no table {unknown[0]!r}; tables: {', '.join(TABLES)}")
    return {name: _arrow(rows[name], SCHEMAS[name]) for name in names}


def _arrow(rows: list[dict], columns: dict[str, str]):
    import pyarrow as pa

    arrays, fields = [], []
    for name, kind in columns.items():
        values = [row.get(name) for row in rows]
        array = _column(values, kind)
        arrays.append(array)
        fields.append(pa.field(name, array.type))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _column(values: list, kind: str):
    import datetime as dt

    import pyarrow as pa

    if kind == "int":
        return pa.array(values, pa.int64())
    if kind == "bool":
        return pa.array(values, pa.bool_())
    if kind == "date":
        return pa.array([None if v is None else dt.date.fromisoformat(str(v)[:10]) for v in values], pa.date32())
    if kind == "decimal":
        decimals = [None if v is None else Decimal(repr(v)) if isinstance(v, float) else Decimal(v) for v in values]
        scale = max([-d.as_tuple().exponent for d in decimals if d is not None] + [0])
        whole = max([len(d.as_tuple().digits) + d.as_tuple().exponent for d in decimals if d is not None] + [1])
        return pa.array(decimals, pa.decimal128(min(38, whole + scale), scale))
    if kind == "list":
        return pa.array([None if not v else "; ".join(map(str, v)) for v in values], pa.string())
    return pa.array([None if v is None else str(v) for v in values], pa.string())


def to_pandas(table):
    """A pyarrow Table as a DataFrame: nullable Int64/boolean, datetime64 dates, decimals kept."""
    import pandas as pd
    import pyarrow as pa

    def mapper(arrow_type):
        if pa.types.is_integer(arrow_type):
            return pd.Int64Dtype()
        if pa.types.is_boolean(arrow_type):
            return pd.BooleanDtype()
        if pa.types.is_decimal(arrow_type):
            return pd.ArrowDtype(arrow_type)
        if pa.types.is_string(arrow_type):
            return pd.StringDtype()
        return None

    frame = table.to_pandas(types_mapper=mapper, date_as_object=False)
    for field in table.schema:  # dates: datetime64 (comparable with "2022-12-01")
        if pa.types.is_date(field.type):
            frame[field.name] = pd.to_datetime(frame[field.name])
    return frame


class Frames(dict):
    """{table name: DataFrame}, also as attributes: `tables.people`."""

    def __getattr__(self, name: str):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __repr__(self) -> str:
        return "Frames(" + ", ".join(f"{name}: {len(frame)} rows" for name, frame in self.items()) + ")"

    def _repr_html_(self) -> str:
        rows = "".join(f"<tr><td><code>{name}</code></td><td>{len(frame)}</td><td>{len(frame.columns)}</td></tr>"
                       for name, frame in self.items())
        return f"<table><tr><th>table</th><th>rows</th><th>columns</th></tr>{rows}</table>"


def frames(filings: Iterable[Filing] | Filing, only: Iterable[str] | None = None) -> Frames:
    """pandas DataFrames of the filings' records, one per table (see TABLES)."""
    return Frames({name: to_pandas(table) for name, table in arrow_tables(filings, only).items()})


# ---- writing ------------------------------------------------------------------------
TABLE_FORMATS = ("csv", "tsv", "parquet", "json", "jsonl")


def plain_value(value):
    """A typed cell as text/JSON wants it: decimals without padding zeros, dates in ISO form."""
    import datetime as dt
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def table_bytes(table, fmt: str) -> bytes:
    """A pyarrow Table as CSV, TSV (plain values, header row), Parquet, JSON (an array of
    objects) or JSON Lines."""
    import csv
    import io
    import json

    if fmt == "parquet":
        import pyarrow.parquet as pq
        sink = io.BytesIO()
        pq.write_table(table, sink)
        return sink.getvalue()
    rows = [{k: plain_value(v) for k, v in row.items()} for row in table.to_pylist()]
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n", **({"delimiter": "\t"} if fmt == "tsv" else {}))
        writer.writerow(table.column_names)
        writer.writerows([["" if row[c] is None else row[c] for c in table.column_names] for row in rows])
        return out.getvalue().encode("utf-8")
    if fmt == "json":
        return (json.dumps(rows, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    from kg.errors import InputError
    raise InputError(None, f"unknown table format {fmt!r}; choose one of {', '.join(TABLE_FORMATS)}")

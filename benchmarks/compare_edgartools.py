"""Forms 3/4/5 side by side with edgartools, on the bundled real forms, offline.

    .venv/bin/pip install edgartools            # for this script only; not a kg dependency
    .venv/bin/python benchmarks/compare_edgartools.py [--no-write]

Each Form 3/4/5 XML of tests/data/xml, tests/data/forms345 and examples/filings (for a full
submission .txt, its `<XML>` part) is parsed by edgartools' own
XML parser (`edgar.ownership.Ownership.from_xml`) and by kg. Every field edgartools yields
(the columns of its four tables, and the form-level values) is mapped to the kg field that
holds the same fact, and the values are compared row by row. A field edgartools yields that
has no kg field is listed as missing. The figures go to BENCHMARKS.md ("Forms 3/4/5 side by
side with edgartools").

edgartools' parser makes one network call per reporting owner: `Entity(cik)` asks EDGAR
whether the owner is a company, to decide whether to reverse the printed name. Here that
call is replaced by an offline stand-in that answers "not a company" (names are reversed,
as kg does for people); nothing else of edgartools is changed, and nothing is fetched.
"""
from __future__ import annotations

import argparse
import math
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from kg.records import to_dict  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import write_section  # noqa: E402

FOLDERS = (ROOT / "tests" / "data" / "xml", ROOT / "tests" / "data" / "forms345", ROOT / "examples" / "filings")

# edgartools column -> kg field of the row (None: the fact is a derived word of the code)
DERIVATIVE_TRANSACTION = {
    "Security": "security", "Underlying": "underlying_security", "UnderlyingShares": "underlying_shares",
    "ExercisePrice": "exercise_price", "ExerciseDate": "exercise_date", "ExpirationDate": "expiration_date",
    "Shares": "shares", "DirectIndirect": "direct_or_indirect", "Price": "price",
    "AcquiredDisposed": "acquired_disposed", "Date": "date", "Remaining": "shares_after",
    "footnotes": "footnote_refs", "form": "transaction_form_type", "Code": "code", "EquitySwap": "equity_swap",
    "TransactionType": "kind",
}
NON_DERIVATIVE_TRANSACTION = {
    "Security": "security", "Date": "date", "Shares": "shares", "Remaining": "shares_after", "Price": "price",
    "AcquiredDisposed": "acquired_disposed", "DirectIndirect": "direct_or_indirect",
    "NatureOfOwnership": "nature_of_ownership", "footnotes": "footnote_refs", "form": "transaction_form_type",
    "Code": "code", "EquitySwap": "equity_swap", "TransactionType": "kind",
}
DERIVATIVE_HOLDING = {
    "Security": "security", "Underlying": "underlying_security", "UnderlyingShares": "underlying_shares",
    "ExercisePrice": "exercise_price", "ExerciseDate": "exercise_date", "ExpirationDate": "expiration_date",
    "DirectIndirect": "direct_or_indirect", "Nature Of Ownership": "nature_of_ownership",
    "NatureOfOwnership": "nature_of_ownership", "footnotes": "footnote_refs",
}
NON_DERIVATIVE_HOLDING = {"Security": "security", "Shares": "shares", "Direct": "direct_or_indirect",
                          "NatureOfOwnership": "nature_of_ownership", "footnotes": "footnote_refs"}
FORM_LEVEL = {  # edgartools attribute -> kg (top-level key or dotted path)
    "form": "form_type", "reporting_period": "event_date", "remarks": "remarks", "aff10b5_one": "rule_10b5_1",
    "no_securities": "no_securities_owned", "footnotes": "footnotes", "issuer.cik": "issuer.cik",
    "issuer.name": "issuer.name", "issuer.ticker": "issuer.ticker", "signatures": "signatures",
    "owner.cik": "reporting_persons.cik", "owner.name": "reporting_persons.name",
    "owner.is_director": "reporting_persons.is_director", "owner.is_officer": "reporting_persons.is_officer",
    "owner.is_ten_pct_owner": "reporting_persons.is_ten_percent_owner",
    "owner.officer_title": "reporting_persons.officer_title", "owner.address": "reporting_persons.address",
    "owner.is_other / other text": "reporting_persons.printed.other_relationship",
}
TABLES = (("derivative_table", "transactions", "derivative_transactions", DERIVATIVE_TRANSACTION),
          ("derivative_table", "holdings", "derivative_holdings", DERIVATIVE_HOLDING),
          ("non_derivative_table", "transactions", "transactions", NON_DERIVATIVE_TRANSACTION),
          ("non_derivative_table", "holdings", "holdings", NON_DERIVATIVE_HOLDING))


def offline_edgartools():
    import edgar.ownership.owners as owners

    class OfflineEntity:  # stands in for edgar.Entity(cik), which would ask EDGAR
        def __init__(self, cik):
            self.data = self
        is_company = False

        def __bool__(self):
            return True

    owners.Entity = OfflineEntity
    from edgar.ownership import Ownership
    return Ownership


def ownership_files() -> list[Path]:
    """The ownership XML documents, and EDGAR full submissions (.txt) that hold one."""
    return sorted(p for folder in FOLDERS for p in [*folder.glob("*.xml"), *folder.glob("*.txt")]
                  if "<ownershipDocument" in ownership_xml(p)[:2000])


def ownership_xml(path: Path) -> str:
    """The ownership XML of a file: the file itself, or the `<XML>` part of a full submission
    (edgartools' `Ownership.from_xml` takes the XML document alone)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    start, end = text.find("<XML>"), text.find("</XML>")
    return text[start + len("<XML>"):end].strip() if path.suffix == ".txt" and 0 <= start < end else text


_NOTES = re.compile(r"\s*\[F\d+(?:,\s*F\d+)*\]\s*$")


def same(column: str, theirs, ours, row: dict) -> bool:
    """Do edgartools' value and kg's say the same? (their spellings normalised, never ours)."""
    if isinstance(theirs, float) and math.isnan(theirs):
        theirs = None
    if isinstance(theirs, str) and column != "footnotes":  # edgartools appends a value's notes: "Trust [F9]"
        theirs = _NOTES.sub("", theirs)
    if theirs in ("", None) or (isinstance(theirs, str) and re.fullmatch(r"\[F\d+(, *F\d+)*\]", theirs)):
        return ours in (None, [], "")  # edgartools writes a footnote-only cell as "[F1]"
    if column == "footnotes":
        return sorted(str(theirs).replace(",", " ").split()) == sorted({r["id"] for r in ours})
    if column in ("DirectIndirect", "Direct"):
        word = {"yes": "D", "no": "I", "true": "D", "false": "I"}.get(str(theirs).lower(), str(theirs)[:1].upper())
        return word == (ours or "").upper()
    if column == "TransactionType":
        return ours is not None  # a word for the code; kg's is `kind` (and `category`)
    if column in ("UnderlyingShares", "Shares", "Remaining") and ours is not None:
        return round(float(theirs)) == ours or str(row["printed"].get(_printed(column), "")) == str(theirs)
    if isinstance(ours, float) or isinstance(ours, int) and not isinstance(ours, bool):
        return abs(float(theirs) - float(ours)) < 1e-6
    return str(theirs).strip() == str(ours).strip()


def _printed(column: str) -> str:
    return {"UnderlyingShares": "underlying_shares", "Shares": "shares", "Remaining": "shares_after"}[column]


def compare(path: Path, Ownership, tally: Counter, missing: set, differences: list) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = Ownership.from_xml(ownership_xml(path))
    ours = to_dict(kg.extract(path))
    for name, ok, _ in form_level(theirs, ours):
        tally["form values"] += 1
        tally["form equal"] += ok
        if not ok:
            differences.append(f"{path.name} {name}: differs")
    for table_attr, part, kg_list, mapping in TABLES:
        data = getattr(getattr(theirs, table_attr), part).data
        if data is None or not len(data):
            continue
        rows = [r for r in ours[kg_list] if kg_list != "holdings" or
                (not r["derivative"] and r["printed"].get("row") == "holding")]
        tally["rows"] += len(data)
        if len(rows) != len(data):
            differences.append(f"{path.name} {kg_list}: edgartools {len(data)} rows, kg {len(rows)}")
            continue
        for (_, their_row), our_row in zip(data.iterrows(), rows):
            for column, value in their_row.items():
                field = mapping.get(column)
                if field is None:
                    missing.add(f"{kg_list}.{column}")
                    continue
                tally["values"] += 1
                if same(column, value, our_row.get(field), our_row):
                    tally["equal"] += 1
                else:
                    differences.append(f"{path.name} {kg_list}.{column}: edgartools {value!r}, kg {our_row.get(field)!r}")


def _squash(text) -> str:
    return " ".join(str(text or "").split())


def form_level(theirs, ours: dict) -> list[tuple[str, bool, str]]:
    """(field, equal, detail) for the form-level values edgartools yields."""
    checks = [
        ("form", theirs.form == ours["form_type"]),
        ("reporting_period", theirs.reporting_period == ours["event_date"]),
        ("remarks", _squash(theirs.remarks) == _squash(ours["remarks"])),
        ("aff10b5_one", theirs.aff10b5_one == ours["rule_10b5_1"]),
        ("no_securities", bool(theirs.no_securities) == bool(ours["no_securities_owned"])),
        ("footnotes", {k: _squash(v) for k, v in theirs.footnotes._footnotes.items()}
         == {n["id"]: _squash(n["text"]) for n in ours["footnotes"]}),
        ("issuer.cik", theirs.issuer.cik.lstrip("0") == (ours["issuer"]["cik"] or "").lstrip("0")),
        ("issuer.name", theirs.issuer.name == ours["issuer"]["name"]),
        ("issuer.ticker", (theirs.issuer.ticker or "").upper() == (ours["issuer"]["ticker"] or "")),
        ("signatures", [s.date for s in theirs.signatures.signatures] == [s["date"] for s in ours["signatures"]]),
    ]
    for owner, person in zip(theirs.reporting_owners.owners, ours["reporting_persons"]):
        checks += [("owner.cik", owner.cik.lstrip("0") == (person["cik"] or "").lstrip("0")),
                   ("owner.name", owner.name_unreversed == (person["name_as_printed"] or person["name"])),
                   ("owner.is_director", bool(owner.is_director) == bool(person["is_director"])),
                   ("owner.is_officer", bool(owner.is_officer) == bool(person["is_officer"])),
                   ("owner.is_ten_pct_owner", bool(owner.is_ten_pct_owner) == bool(person["is_ten_percent_owner"])),
                   ("owner.officer_title", _squash(owner.officer_title) == _squash(person["officer_title"]))]
    checks.append(("owners", len(theirs.reporting_owners.owners) == len(ours["reporting_persons"])))
    return [(name, ok, "") for name, ok in checks]


def run() -> tuple[list[str], Counter, set, list]:
    Ownership = offline_edgartools()
    files = ownership_files()
    tally, missing, differences = Counter(), set(), []
    for path in files:
        compare(path, Ownership, tally, missing, differences)
    return [p.name for p in files], tally, missing, differences


def section(names, tally, missing, differences) -> str:
    import edgar
    lines = [
        "## Forms 3/4/5 side by side with edgartools", "",
        f"`benchmarks/compare_edgartools.py`: edgartools {edgar.__version__} and kg on the {len(names)} bundled "
        "Forms 3/4/5 (" + ", ".join(f"`{n}`" for n in names) + "), offline: edgartools' own XML parser "
        "(`Ownership.from_xml`), with its one network call (an EDGAR look-up of each owner's CIK, to decide "
        "whether to reverse the name) replaced by an offline stand-in. Every column of edgartools' four "
        "tables is mapped to the kg field holding the same fact and compared row by row.", "",
        "| what | rows | values compared | equal | differing | edgartools fields without a kg field |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
        f"| table rows | {tally['rows']} | {tally['values']} | {tally['equal']} | {tally['values'] - tally['equal']} | "
        f"{', '.join(sorted(missing)) or 'none'} |",
        f"| form-level values | | {tally['form values']} | {tally['form equal']} | "
        f"{tally['form values'] - tally['form equal']} | none |", "",
        "Form-level values edgartools yields and where kg keeps them: " + "; ".join(
            f"`{k}` -> `{v}`" for k, v in FORM_LEVEL.items()) + ". edgartools' derived views (its "
        "`TransactionActivity` / ownership summary: trade type, net change, remaining position, value) are kg's "
        "`category`, `value` and `positions[]` (net change and holding after per owner and class, with the direct "
        "holding and each indirect one).", "",
        "What kg has that edgartools does not: the nature of ownership of Table II transactions, the deemed "
        "execution date, footnotes attached to the field that carries them (edgartools lists a row's footnote ids "
        "without their field), the character span and printed text of every value, the trade category, "
        "the Rule 10b5-1 footnote flag per row, the positions view and the graph. Fractional units (deferred stock "
        "units) are whole numbers in kg's contract; the printed text keeps the fraction and the value uses it.",
    ]
    if differences:
        lines += ["", "Differences:", ""] + [f"- {d}" for d in differences]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print, do not edit BENCHMARKS.md")
    args = parser.parse_args()
    names, tally, missing, differences = run()
    body = section(names, tally, missing, differences)
    print(body)
    if not args.no_write:
        write_section(body.splitlines()[0][3:], body)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

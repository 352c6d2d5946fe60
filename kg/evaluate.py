"""Scoring an extraction against hand-written gold: facts per area, precision, recall, F1.

    report = score(gold, prediction)          # two dicts of the extraction contract
    report.f1(), report.f1("people"), report.areas["people"].recall, report.differences

A gold file is written to the contract that `kg extract --format json` prints, plus
`expected_warnings` (the warning codes the filing must raise). Every non-null value of a
scored field is one fact, in the gold and in the prediction alike; a prediction's fact is
correct when the gold gives the same value. F1 = 2 * correct / (gold + predicted facts).
An area is scored when the gold describes it (has its key); within it, a field the gold
leaves null is a fact that there is nothing, so a value predicted there is wrong.

- filing: form type, amendment number, event date, issuer name and CIK, the set of CUSIPs,
  class of securities, shares outstanding and their date.
- reporting persons, people (annex rosters, Form 3/4/5 owners), signatures: records are
  paired by name (the same words in any order, case and punctuation aside); each field of a
  record is a fact (a person's name is one); an unpaired record's fields are all missed or
  all wrong. Lists of codes (source of funds, type) and of texts (bodies, positions, other
  positions) are each one fact, compared as sets. Positions and other positions pair one to
  one, each with the same words or one text a run inside the other making up two thirds of
  it (`President and Chief Operating Officer` and the same with `, Bombardier Aerospace`
  appended); a position that only restates one of the person's bodies (`Director` of the
  board of directors, `Executive Officer` of the executive officers) is left out on both
  sides, the body being its own fact.
- transactions: one fact per (date, shares, price), counted with repetition.
- affiliations: one fact per organisation in a person's `affiliations`, wherever the gold
  lists them; an organisation matches when the words of one name run inside the other's
  (`Clifford Chance` and `Clifford Chance LLP`; `Carnegie Mellon University` and `Data
  Storage Systems Center at Carnegie Mellon University`). The role is in `other_positions`.
- warnings: one fact per code in `expected_warnings`; codes the gold does not expect are not
  scored (the gold lists what a filing must raise, not every doubt a reader may report).

Text compares with case, accents, punctuation and spacing folded; codes (country, CUSIP,
funds, type) exactly; CIKs as numbers; numbers as numbers (a string is not one); dates exactly.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.evaluate_values import agrees, get, is_number, name_key, present, run_inside, words

AREAS = ("filing", "reporting", "transactions", "people", "affiliations", "signatures", "warnings")
_POWERS = ("sole_voting_power", "shared_voting_power", "sole_dispositive_power", "shared_dispositive_power",
           "aggregate_amount", "percent_of_class")
FILING = (("form_type", "text"), ("amendment_number", "number"), ("event_date", "date"),
          ("issuer.name", "text"), ("issuer.cik", "cik"), ("issuer.cusips", "codes"),
          ("security_class", "text"), ("shares_outstanding.count", "number"), ("shares_outstanding.as_of", "date"))
REPORTING = (("name", "name"), ("cik", "cik"), ("country", "code"), ("source_of_funds", "codes"),
             ("type", "codes")) + tuple((power, "number") for power in _POWERS)
PEOPLE = (("name", "name"), ("country", "code"), ("bodies", "labels"), ("positions", "positions"),
          ("other_positions", "texts"), ("address_city", "text"), ("address_country", "code"))
SIGNATURES = (("name", "name"), ("title", "text"))
RECORDS = {"reporting": ("reporting_persons", REPORTING), "people": ("people", PEOPLE),
           "signatures": ("signatures", SIGNATURES)}


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.gold if self.gold else None

    @property
    def f1(self) -> float:
        total = self.gold + self.predicted
        return 2 * self.correct / total if total else 1.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.gold + other.gold, self.predicted + other.predicted, self.correct + other.correct)

    def to_dict(self) -> dict:
        return {"gold": self.gold, "predicted": self.predicted, "correct": self.correct,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Difference:
    """A fact the gold and the prediction do not share: missed (gold only), wrong or unexpected."""

    area: str
    subject: str
    field: str
    gold: Any
    predicted: Any

    def __str__(self) -> str:
        return f"{self.area}: {self.subject}: {self.field}: gold={self.gold!r} predicted={self.predicted!r}"

    def to_dict(self) -> dict:
        return {"area": self.area, "subject": self.subject, "field": self.field, "gold": self.gold,
                "predicted": self.predicted}


@dataclass
class Report:
    areas: dict[str, Counts] = field(default_factory=dict)
    differences: list[Difference] = field(default_factory=list)
    gold_source: str | None = None
    predicted_source: str | None = None
    error: str | None = None  # the prediction could not be had (it then counts as empty)

    @property
    def total(self) -> Counts:
        return sum(self.areas.values(), Counts())

    def f1(self, area: str | None = None) -> float:
        return (self.total if area is None else self.areas.get(area, Counts())).f1

    def to_dict(self, verbose: bool = False) -> dict:
        data = {"gold": self.gold_source, "prediction": self.predicted_source,
                "areas": {name: counts.to_dict() for name, counts in self.areas.items()},
                "total": self.total.to_dict()}
        if self.error:
            data["error"] = self.error
        if verbose:
            data["differences"] = [d.to_dict() for d in self.differences]
        return data


def score(gold: dict, predicted: dict) -> Report:
    """Score one prediction against one gold record (both dicts of the extraction contract)."""
    report = Report()
    if any(key in gold for key in ("form_type", "amendment_number", "event_date", "issuer", "security_class",
                                   "shares_outstanding")):
        report.areas["filing"] = _fields("filing", "filing", FILING, gold, predicted, report.differences)
    for area, (key, spec) in RECORDS.items():
        if key in gold:
            report.areas[area] = _records(area, spec, gold[key] or [], predicted.get(key) or [], report.differences)
    if "transactions" in gold:
        report.areas["transactions"] = _transactions(gold["transactions"] or [], predicted.get("transactions") or [],
                                                     report.differences)
    if any("affiliations" in person for person in gold.get("people") or []):
        report.areas["affiliations"] = _affiliations(gold["people"], predicted.get("people") or [],
                                                     report.differences)
    if "expected_warnings" in gold:
        report.areas["warnings"] = _warnings(gold["expected_warnings"] or [], predicted.get("warnings") or [],
                                             report.differences)
    report.areas = {area: report.areas[area] for area in AREAS if area in report.areas}
    return report


# ---- areas -------------------------------------------------------------------------

def _fields(area: str, subject: str, spec, gold: dict | None, predicted: dict | None,
            differences: list[Difference]) -> Counts:
    counts = Counts()
    for name, kind in spec:
        g, p = get(gold, name), get(predicted, name)
        counts.gold += present(g)
        counts.predicted += present(p)
        if agrees(name, kind, gold, predicted):
            counts.correct += 1
        elif present(g) or present(p):
            differences.append(Difference(area, subject, name, g, p))
    return counts


def _pair(gold: list[dict], predicted: list[dict], spec) -> list[tuple[dict | None, dict | None]]:
    """Gold and predicted records paired by name key; among namesakes, those agreeing most."""
    free = list(range(len(predicted)))
    pairs: list[tuple[dict | None, dict | None]] = []
    for g in gold:
        key = name_key(g.get("name"))
        same = [i for i in free if key is not None and name_key(predicted[i].get("name")) == key]
        if not same:
            pairs.append((g, None))
            continue
        best = max(same, key=lambda i: sum(agrees(f, kind, g, predicted[i]) for f, kind in spec))
        free.remove(best)
        pairs.append((g, predicted[best]))
    return pairs + [(None, predicted[i]) for i in free]


def _records(area: str, spec, gold: list[dict], predicted: list[dict], differences: list[Difference]) -> Counts:
    counts = Counts()
    for g, p in _pair(gold, predicted, spec):
        subject = (g or p).get("name") or "(no name)"
        counts += _fields(area, str(subject), spec, g, p, differences)
    return counts


def _transaction_key(row: dict) -> tuple:
    def number(value):
        return round(float(value), 6) if is_number(value) else value
    return row.get("date"), number(row.get("shares")), number(row.get("price"))


def _transactions(gold: list[dict], predicted: list[dict], differences: list[Difference]) -> Counts:
    g, p = Counter(map(_transaction_key, gold)), Counter(map(_transaction_key, predicted))
    for key, count in sorted((g - p).items(), key=str):
        differences += [Difference("transactions", "(date, shares, price)", "missed", key, None)] * count
    for key, count in sorted((p - g).items(), key=str):
        differences += [Difference("transactions", "(date, shares, price)", "unexpected", None, key)] * count
    return Counts(sum(g.values()), sum(p.values()), sum((g & p).values()))


def _same_organization(gold: str, predicted: str) -> bool:
    """One name's words run inside the other's: a unit or legal form around the name is allowed."""
    return run_inside(*sorted((words(gold), words(predicted)), key=len))


def _affiliations(gold: list[dict], predicted: list[dict], differences: list[Difference]) -> Counts:
    counts = Counts()
    for g, p in _pair(gold, predicted, PEOPLE):
        if g is not None and "affiliations" not in g:
            continue
        wanted = [a.get("organization") for a in (g or {}).get("affiliations") or [] if a.get("organization")]
        found = [a.get("organization") for a in (p or {}).get("affiliations") or [] if a.get("organization")]
        counts.gold, counts.predicted = counts.gold + len(wanted), counts.predicted + len(found)
        subject = str((g or p).get("name"))
        for organization in wanted:
            match = next((f for f in found if _same_organization(organization, f)), None)
            if match is None:
                differences.append(Difference("affiliations", subject, "organization", organization, None))
            else:
                found.remove(match)
                counts.correct += 1
        differences += [Difference("affiliations", subject, "organization", None, f) for f in found]
    return counts


def _warnings(expected: list, predicted: list, differences: list[Difference]) -> Counts:
    wanted = set(expected)
    reported = {w.get("code") if isinstance(w, dict) else w for w in predicted}
    differences += [Difference("warnings", code, "code", code, None) for code in sorted(wanted - reported)]
    found = len(wanted & reported)
    return Counts(len(wanted), found, found)

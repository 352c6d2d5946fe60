"""Names found in roster texts: kg's rule pipeline versus plain statistical NER.

For every bundled roster (tests/data/rosters and the seed's Annex A) the roster text is given
to (1) kg's whole roster reader (`kg.extract`: structure first, rule NER inside), (2) kg's rule
NER alone (`kg.forms.nlp.person_names`), and (3) a statistical spaCy pipeline's PERSON entities, when
one is installed (`--model en_core_web_sm`; kg never downloads one). Names are compared with the
gold by kg.evaluate's order-insensitive name key. Prints a Markdown table; `--write` puts it into
BENCHMARKS.md under "Roster names".

    python benchmarks/bench_ner.py [--model NAME] [--repeat N] [--write]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import kg  # noqa: E402
from kg.evaluate import name_key  # noqa: E402
from kg.forms.nlp import person_names  # noqa: E402
from kg.read.documents import load  # noqa: E402


def corpus() -> list[tuple[Path, set[str], str]]:
    items = []
    for gold_path in sorted((ROOT / "tests/data/rosters").glob("*.gold.json")) + [
            ROOT / "tests/data/seed/000_1f89013551cd3d2c.gold.json"]:
        gold = json.loads(gold_path.read_text())
        stem = gold_path.name[: -len(".gold.json")]
        source = next(p for p in gold_path.parent.glob(stem + ".*") if not p.name.endswith(".gold.json"))
        text = load(source).text
        if "seed" in str(gold_path):
            text = text[text.index("Chief Financial Officer"):]  # the Annex A region
        items.append((source, {name_key(p["name"]) for p in gold["people"]}, text))
    return items


def prf(found: set[str], gold: set[str]) -> tuple[float, float]:
    hit = len(found & gold)
    return (hit / len(found) if found else 0.0), (hit / len(gold) if gold else 0.0)


def run(method, items, repeat: int) -> dict:
    found_all, gold_all, words = set(), set(), 0
    start = time.perf_counter()
    for _ in range(repeat):
        for index, (source, gold, text) in enumerate(items):
            names = method(source, text)
            found_all |= {(index, n) for n in names}
            gold_all |= {(index, g) for g in gold}
            words += len(text.split())
    seconds = time.perf_counter() - start
    p, r = prf(found_all, gold_all)
    return {"precision": p, "recall": r, "found": len(found_all), "gold": len(gold_all),
            "words_per_second": words / seconds}


def kg_reader(source, _text):
    return {name_key(p.name) for p in kg.extract(source).people}


def kg_rules(_source, text):
    return {name_key(text[s:e]) for s, e in person_names(text)}


def statistical(model):
    def method(_source, text):
        return {name_key(ent.text) for ent in model(text).ents if ent.label_ == "PERSON"}
    return method


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    items = corpus()
    rows = [("kg roster reader (structure + rule NER)", run(kg_reader, items, args.repeat)),
            ("kg rule NER alone (spacy.blank + patterns)", run(kg_rules, items, args.repeat))]
    try:
        import spacy
        model = spacy.load(args.model)
        rows.append((f"statistical NER ({args.model} {model.meta.get('version')})", run(statistical(model), items, args.repeat)))
    except OSError:
        rows.append((f"statistical NER ({args.model}): not installed", None))
    names = sum(len(g) for _, g, _ in items)
    lines = [f"{len(items)} roster texts, {names} listed people, {args.repeat} passes.", "",
             "| method | precision | recall | names found | words/second |", "| --- | --- | --- | --- | --- |"]
    for label, result in rows:
        if result is None:
            lines.append(f"| {label} | - | - | - | - |")
        else:
            lines.append(f"| {label} | {result['precision']:.3f} | {result['recall']:.3f} | "
                         f"{result['found']} | {result['words_per_second']:,.0f} |")
    table = "\n".join(lines)
    print(table)
    if args.write:
        write_section(ROOT / "BENCHMARKS.md", "Roster names", table)


def write_section(path: Path, title: str, body: str) -> None:
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    header = f"## {title}"
    section = f"{header}\n\n`benchmarks/{Path(__file__).name}`. {body}\n"
    if header in text:
        before, _, rest = text.partition(header)
        after = rest[rest.find("\n## "):] if "\n## " in rest else ""
        text = before + section + after
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text)


if __name__ == "__main__":
    main()

"""The same model on Splink's two backends: DuckDB and Spark (pyspark, local[*]), on one
synthetic corpus (benchmarks/bench_linking.py's generator), compared pair by pair.

    .venv/bin/python benchmarks/bench_link_spark.py 20000

Reports, per engine, the candidate pairs, the seconds of the whole people path
(kg.link.resolve.resolve_people) and pair precision / recall against the truth; then
whether the two gave the same pairs, comparison levels, scores, decisions and clusters.
Spark here runs on one machine (2 cores shared): it pays for the JVM and its shuffles,
and is there for corpora beyond one machine, not for speed on this one.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_linking import mentions, pair_scores, rows_of  # noqa: E402


def run(count: int) -> dict:
    import numpy as np

    from kg.link.resolve import resolve_people

    records, truth = mentions(count)
    found = {}
    for engine in ("duckdb", "spark"):
        rows, organisations = rows_of(records)
        started = time.perf_counter()
        labels, pairs, decision = resolve_people(rows, organisations, organisations, engine)
        seconds = time.perf_counter() - started
        precision, recall = pair_scores(labels.tolist(), truth)
        found[engine] = (labels, pairs, decision, {"pairs": len(pairs), "seconds": round(seconds, 1),
                                                   "precision": round(precision, 4), "recall": round(recall, 4)})
    (dl, dp, dd, dfig), (sl, sp, sd, sfig) = found["duckdb"], found["spark"]
    equal = (all(np.array_equal(getattr(dp, n), getattr(sp, n)) for n in ("left", "right", "levels", "score"))
             and np.array_equal(dd, sd) and np.array_equal(dl, sl))
    return {"mentions": count, "duckdb": dfig, "spark": sfig, "equal": equal}


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["20000"]:
        print(run(int(arg)), flush=True)

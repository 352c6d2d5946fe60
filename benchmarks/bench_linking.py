"""Linking at scale: synthetic person mentions with known truth, through kg.link.resolve.

    .venv/bin/python benchmarks/bench_linking.py 100000 1000000

Each synthetic person (about one for three mentions) has a given name, often a middle
initial, a family name (made of syllables, Zipf-distributed, so that common family names
are shared by many people), sometimes a suffix, an organisation with its address and a
citizenship. Each mention prints the name one of the ways filings do ("Given M. Family",
"FAMILY, GIVEN M.", EDGAR's "FAMILY GIVEN M", initial only, middle dropped, suffix
dropped, a typo, accents) and keeps the other features or not. Every mention is its own
filing (no same-roster rule). Reports wall time per stage, peak memory (max RSS, which
includes DuckDB), pairs compared, and pair precision and recall of the clusters.
"""
from __future__ import annotations

import random
import resource
import sys
import time
from collections import Counter

sys.path.insert(0, __file__.rsplit("/benchmarks/", 1)[0])

from kg.link.mentions import PERSON, Mention
from kg.link.resolve import cluster, person_judgements

GIVEN = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Carlo", "Pierre", "Laurent", "Andre", "Francois", "Giovanni", "Marco", "Luca", "Hans", "Klaus", "Jurgen", "Sven", "Lars", "Pedro", "Jose", "Luis", "Carlos", "Miguel", "Hiroshi", "Kenji", "Wei", "Ming", "Rajesh", "Anil", "Sanjay", "Olga", "Ivan", "Dmitri", "Ahmed", "Omar", "Fatima", "Chen", "Li"]
NICK = {"Robert": "Bob", "William": "Bill", "Richard": "Dick", "James": "Jim", "Michael": "Mike",
        "Thomas": "Tom", "Charles": "Chip", "Elizabeth": "Liz", "Margaret": "Peggy", "Edward": "Ted"}
SYLLABLES = ["an", "ber", "car", "del", "en", "fer", "gal", "har", "in", "jo", "kel", "lan", "mar", "nor", "os", "per", "quin", "ro", "san", "tor", "ul", "ven", "wal", "yor", "zan", "bo", "ci", "da", "el", "fi", "go", "hu", "ka", "li", "mo", "nu", "pa", "ri", "su", "ta", "vi", "wo", "xe", "yu", "ze", "ston", "ley", "son", "man", "berg", "stein", "ez", "ini"]
COUNTRIES = ["USA"] * 12 + ["GBR", "CAN", "FRA", "DEU", "ITA", "NLD", "CHE", "JPN", "CHN", "IND", "BRA", "MEX"]
POSITIONS = ["director", "chief executive officer", "chief financial officer", "general counsel", "president",
             "vice president", "secretary", "treasurer", "chairman of the board", "executive officer"]
ACCENTS = str.maketrans("aeiouc", "áéíóúç")


def family_names(rng: random.Random, count: int) -> list[str]:
    names = set()
    while len(names) < count:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).capitalize())
    return sorted(names)


def people(rng: random.Random, count: int) -> list[dict]:
    families = family_names(rng, max(2000, count // 6))
    weights = [1.0 / (rank + 10) for rank in range(len(families))]  # Zipf-like: common names are common
    chosen = rng.choices(families, weights, k=count)
    orgs = max(100, count // 20)
    found = []
    for i in range(count):
        org = rng.randrange(orgs)
        found.append({"given": rng.choice(GIVEN), "middle": rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.6
                      else "", "family": chosen[i], "suffix": rng.choice(["Jr.", "III"]) if rng.random() < 0.03
                      else "", "org": f"Company {org} Holdings Inc.", "address": f"{org * 7 % 9000 + 1} Main Street, "
                      f"Suite {org % 40}, City {org % 300}", "country": rng.choice(COUNTRIES),
                      "position": rng.choice(POSITIONS)})
    return found


def printed(rng: random.Random, p: dict) -> str:
    given, middle, family, suffix = p["given"], p["middle"], p["family"], p["suffix"]
    if rng.random() < 0.3:
        middle = ""
    if suffix and rng.random() < 0.2:
        suffix = ""
    if rng.random() < 0.03 and len(family) > 4:  # a typo inside the family name
        k = rng.randrange(2, len(family) - 1)
        family = family[:k] + rng.choice("aeiourstn") + family[k + 1:]
    if rng.random() < 0.05:
        family = family.translate(ACCENTS)
    roll = rng.random()
    if roll < 0.05:
        given = given[0] + "."
    elif roll < 0.08 and given in NICK:
        given = f'{given} "{NICK[given]}"'
    style = rng.random()
    dotted = f"{middle}." if middle else ""
    if style < 0.15:
        text = f"{family}, {given} {dotted}".strip().upper() + (f", {suffix.upper()}" if suffix else "")
    elif style < 0.25 and middle and not suffix and not given.endswith("."):
        text = f"{family} {given} {middle}".upper()
    else:
        text = " ".join(w for w in (given, dotted, family) if w) + (f", {suffix}" if suffix else "")
    return text


def mentions(count: int, seed: int = 7) -> tuple[list[Mention], list[int]]:
    rng = random.Random(seed)
    persons = people(rng, max(1, count // 3))
    found, truth = [], []
    for i in range(count):
        who = rng.randrange(len(persons))
        p = persons[who]
        m = Mention(iri=f"urn:m:{i}", graph=f"urn:g:{i}", filing=f"f{i}", kind=PERSON, names=[printed(rng, p)])
        if rng.random() < 0.7:
            m.orgs = {p["org"].lower()}
        if rng.random() < 0.5:
            m.address = p["address"]
        if rng.random() < 0.6:
            m.country = p["country"]
        if rng.random() < 0.5:
            m.positions = {p["position"]}
        found.append(m)
        truth.append(who)
    return found, truth


def pair_scores(predicted: list[int], truth: list[int]) -> tuple[float, float]:
    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())
    both = pairs(Counter(zip(predicted, truth)))
    claimed, real = pairs(Counter(predicted)), pairs(Counter(truth))
    return (both / claimed if claimed else 1.0), (both / real if real else 1.0)


def run(count: int) -> dict:
    t0 = time.perf_counter()
    found, truth = mentions(count)
    t1 = time.perf_counter()
    judgements, quiet = person_judgements(found)  # quiet: different pairs kept only as cannot-links
    t2 = time.perf_counter()
    clusters = cluster(found, judgements, quiet)
    predicted = [clusters.find(i) for i in range(len(found))]
    t3 = time.perf_counter()
    precision, recall = pair_scores(predicted, truth)
    decisions = Counter(j.decision for j in judgements)
    return {"mentions": count, "generate_s": round(t1 - t0, 1), "score_s": round(t2 - t1, 1),
            "cluster_s": round(t3 - t2, 1), "total_s": round(t3 - t1, 1), "pairs": len(judgements) + len(quiet[0]),
            "same": decisions["same"], "unsure": decisions["unsure"],
            "different": decisions["different"] + len(quiet[0]),
            "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 2),
            "precision": round(precision, 4), "recall": round(recall, 4)}


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["100000"]:
        print(run(int(arg)), flush=True)

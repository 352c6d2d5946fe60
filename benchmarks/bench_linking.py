"""Linking at scale: synthetic person mentions with known truth, through the linker's path
for people (kg.link.resolve.resolve_people: rows, blocking, Splink, evidence by entity,
decisions, constrained clustering).

    .venv/bin/python benchmarks/bench_linking.py 100000 1000000 [--engine spark]

The generator stands for what filings print (it knows nothing of the linker's tables):
- people: given names by frequency (a long list, the common ones far more common), 15% from
  naming cultures written in several romanisations (Russian, Arabic, Chinese, German);
  family names made of syllables, Zipf-distributed (common family names shared by many);
  60% with a middle initial, 3% with Jr./III; mentions per person skewed (most people
  once or twice, some dozens of times);
- organisations: about one for fifteen mentions, Zipf popularity, each with a business
  address; a person is affiliated with one to three (officer, director, fund manager),
  with a title at each; 40% of people have a CIK (insiders who file Forms 3/4/5);
- each mention is one filing about one of the person's organisations (10%: none printed)
  and prints the name one of the ways filings do: "Given M. Family", "FAMILY, GIVEN M.",
  EDGAR's "FAMILY GIVEN M", middle dropped, initials only ("R. M. Smith"), a nickname as
  the given name ("Bob") or in quotes ('Robert "Bob" Smith'), another romanisation
  (Sergey / Sergei, Mohamed / Muhammad, Tchaikovsky / Chaikovsky, Müller / Mueller), a
  Chinese name family first ("WANG Wei"), accents dropped or added, a typo, Jr. dropped;
  the CIK printed on half the mentions of a person who has one (reporting owners),
  citizenship on half, the organisation's address on 40%, the title on 60%.
Reports wall time per stage, peak memory (max RSS, which includes DuckDB), pairs compared,
and pair precision and recall of the clusters against the truth.
"""
from __future__ import annotations

import argparse
import itertools
import random
import resource
import sys
import time
from collections import Counter

sys.path.insert(0, __file__.rsplit("/benchmarks/", 1)[0])

GIVEN = ("James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark "
         "Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary "
         "Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond "
         "Patrick Jack Dennis Jerry Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter Kyle Harold Carl Jeremy "
         "Gerald Keith Roger Arthur Terry Lawrence Sean Christian Albert Joe Ethan Austin Jesse Willie Billy Bryan Bruce "
         "Ralph Roy Jordan Eugene Wayne Louis Alan Philip Randy Vincent Russell Bobby Howard Martin Mary Patricia "
         "Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly "
         "Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy "
         "Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet "
         "Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn "
         "Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice "
         "Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana "
         "Natalie Brittany Charlotte Marie Kayla Alexis Lori Carlo Pierre Laurent Andre Francois Giovanni Marco Luca "
         "Hans Klaus Sven Lars Pedro Luis Carlos Miguel Hiroshi Kenji Rajesh Anil Sanjay Priya Deepak").split()
NICKNAMES = {"Robert": ["Bob", "Rob"], "William": ["Bill", "Will"], "Richard": ["Rick", "Dick"], "James": ["Jim"],
             "Michael": ["Mike"], "Thomas": ["Tom"], "Charles": ["Chuck", "Charlie"], "Elizabeth": ["Liz", "Beth"],
             "Margaret": ["Peggy", "Maggie"], "Edward": ["Ed", "Ted"], "Joseph": ["Joe"], "Daniel": ["Dan"],
             "David": ["Dave"], "Steven": ["Steve"], "Christopher": ["Chris"], "Anthony": ["Tony"], "Andrew": ["Andy"],
             "Kenneth": ["Ken"], "Timothy": ["Tim"], "Patricia": ["Pat", "Patty"], "Susan": ["Sue"],
             "Jonathan": ["Jon"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Nicholas": ["Nick"], "Matthew": ["Matt"],
             "Gregory": ["Greg"], "Lawrence": ["Larry"], "Ronald": ["Ron"], "Donald": ["Don"], "Gerald": ["Jerry"],
             "Alexander": ["Alex"], "Douglas": ["Doug"], "Peter": ["Pete"], "Katherine": ["Kate", "Kathy"],
             "Jennifer": ["Jen"], "Jeffrey": ["Jeff"], "Raymond": ["Ray"], "Henry": ["Hank"], "Deborah": ["Debbie"]}
# Naming cultures written in several romanisations: (given names as variant lists, family-name ways of writing)
FOREIGN_GIVEN = [["Sergei", "Sergey"], ["Dmitri", "Dmitry"], ["Yuri", "Yury", "Iouri"], ["Aleksandr", "Alexander"],
                 ["Mikhail", "Michail"], ["Andrei", "Andrey"], ["Nikolai", "Nikolay"], ["Yevgeny", "Evgeny"],
                 ["Tatiana", "Tatyana"], ["Natalia", "Natalya"], ["Mohammed", "Muhammad", "Mohamed", "Mohammad"],
                 ["Ahmed", "Ahmad"], ["Hussein", "Hussain"], ["Youssef", "Yusuf"], ["Omar", "Umar"],
                 ["Jurgen", "Juergen", "Jürgen"], ["Wei"], ["Jun"], ["Ming"], ["Li"], ["Hui"], ["Xin"]]
CHINESE_FAMILY = ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
                  "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng"]
SYLLABLES = ["an", "ber", "car", "del", "en", "fer", "gal", "har", "in", "jo", "kel", "lan", "mar", "nor", "os", "per",
             "quin", "ro", "san", "tor", "ul", "ven", "wal", "yor", "zan", "bo", "ci", "da", "el", "fi", "go", "hu", "ka",
             "li", "mo", "nu", "pa", "ri", "su", "ta", "vi", "wo", "xe", "yu", "ze", "ston", "ley", "son", "man", "berg",
             "stein", "ez", "ini"]
COUNTRIES = ["USA"] * 12 + ["GBR", "CAN", "FRA", "DEU", "ITA", "NLD", "CHE", "JPN", "CHN", "IND", "BRA", "MEX"]
POSITIONS = ["director", "chief executive officer", "chief financial officer", "general counsel", "president",
             "vice president", "secretary", "treasurer", "chairman of the board", "executive officer", "managing member",
             "general partner", "portfolio manager", "chief operating officer"]
ACCENTS = str.maketrans("aeiouc", "áéíóúç")


def _zipf(n: int, offset: float = 10.0) -> list[float]:
    return [1.0 / (rank + offset) for rank in range(n)]


def family_names(rng: random.Random, count: int) -> list[str]:
    names = set()
    while len(names) < count:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).capitalize())
    return sorted(names)


def _romanised(family: str, rng: random.Random) -> list[str]:
    """Ways of writing one foreign family name (the first is the usual one)."""
    if family.endswith("ov"):
        return [family, family[:-2] + "off"]
    if family.endswith("sky"):
        return [family, family[:-3] + "ski", family[:-3] + "skiy"]
    return [family]


def _address(org: int) -> str:
    """An organisation's business address (a street of syllables, a number, a suite, a city)."""
    rng = random.Random(org)
    street = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    city = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()
    kind = rng.choice(["Street", "Avenue", "Road", "Boulevard", "Plaza"])
    return f"{rng.randrange(1, 2000)} {street} {kind}, Suite {rng.randrange(100, 4000)}, {city}"


def people(rng: random.Random, count: int) -> list[dict]:
    families = family_names(rng, max(2000, count // 4))
    chosen = rng.choices(families, _zipf(len(families)), k=count)
    given_weights = list(itertools.accumulate(_zipf(len(GIVEN), 5.0)))
    orgs = max(100, count * 3 // 15)
    org_weights = list(itertools.accumulate(_zipf(orgs, 20.0)))
    found = []
    for i in range(count):
        roll = rng.random()
        person = {"middle": rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.6 else "",
                  "suffix": rng.choice(["Jr.", "III"]) if rng.random() < 0.03 else "", "chinese": False,
                  "country": rng.choice(COUNTRIES)}
        if roll < 0.05:      # Chinese: family first on some filings, no middle initial
            person.update(given=[rng.choice(["Wei", "Jun", "Ming", "Li", "Hui", "Xin", "Yan", "Lei", "Hong", "Tao"])],
                          family=[rng.choice(CHINESE_FAMILY)], middle="", chinese=True, country="CHN")
        elif roll < 0.15:    # Russian, Arabic, German names in several romanisations
            base = chosen[i] + rng.choice(["ov", "sky", "in", ""])
            person.update(given=rng.choice(FOREIGN_GIVEN[:16]), family=_romanised(base, rng))
        else:
            person.update(given=[rng.choices(GIVEN, cum_weights=given_weights)[0]], family=[chosen[i]])
        affiliations = rng.choices(range(orgs), cum_weights=org_weights, k=rng.choice((1, 1, 1, 1, 1, 1, 1, 2, 2, 3)))
        # insiders file Forms 3/4/5 under a CIK: most people on several boards, fewer of the others
        person["cik"] = f"{1_000_000 + i:010d}" if rng.random() < (0.8 if len(affiliations) > 1 else 0.3) else None
        person["orgs"] = [{"org": f"Company {o} Holdings Inc.", "address": _address(o), "position": rng.choice(POSITIONS)}
                          for o in affiliations]
        person.update(org=person["orgs"][0]["org"], address=person["orgs"][0]["address"],
                      position=person["orgs"][0]["position"])
        found.append(person)
    return found


def printed(rng: random.Random, p: dict) -> str:
    given = p["given"][0] if len(p["given"]) == 1 or rng.random() < 0.6 else rng.choice(p["given"][1:])
    family = p["family"][0] if len(p["family"]) == 1 or rng.random() < 0.8 else rng.choice(p["family"][1:])
    middle, suffix = p["middle"], p["suffix"]
    if family.lower().endswith("ller") and rng.random() < 0.3:
        family = family[:-4] + "eller"
    if rng.random() < 0.3:
        middle = ""
    if suffix and rng.random() < 0.2:
        suffix = ""
    if rng.random() < 0.02 and len(family) > 4:  # a typo inside the family name
        k = rng.randrange(2, len(family) - 1)
        family = family[:k] + rng.choice("aeiourstn") + family[k + 1:]
    if rng.random() < 0.04:
        family = family.translate(ACCENTS)
    if p["chinese"] and rng.random() < 0.3:
        return f"{family.upper()} {given}"
    roll = rng.random()
    if roll < 0.04:
        given = given[0] + "."
    elif roll < 0.10 and given in NICKNAMES:
        nickname = rng.choice(NICKNAMES[given])
        given = nickname if rng.random() < 0.6 else f'{given} "{nickname}"'
    style = rng.random()
    dotted = f"{middle}." if middle else ""
    if style < 0.15 and '"' not in given:
        text = f"{family}, {given} {dotted}".strip().upper() + (f", {suffix.upper()}" if suffix else "")
    elif style < 0.30 and middle and not suffix and not given.endswith(".") and '"' not in given:
        text = f"{family} {given} {middle}".upper()
    else:
        text = " ".join(w for w in (given, dotted, family) if w) + (f", {suffix}" if suffix else "")
    return text


def mentions(count: int, seed: int = 7):
    """(rows for the scorer, organisation sets, truth): each mention one synthetic filing."""

    rng = random.Random(seed)
    persons = people(rng, max(1, count // 3))
    weights = [min(rng.paretovariate(1.5), 100.0) for _ in persons]   # mentions per person: most few, some many
    truth = rng.choices(range(len(persons)), weights, k=count)
    records = []
    for i, who in enumerate(truth):
        p = persons[who]
        at = rng.choice(p["orgs"]) if rng.random() < 0.9 else None
        records.append((i, printed(rng, p), p["cik"] if p["cik"] and rng.random() < 0.5 else None,
                        [at["org"].lower()] if at else [], p["country"] if rng.random() < 0.5 else None,
                        at["address"] if at and rng.random() < 0.4 else None,
                        [at["position"]] if at and rng.random() < 0.6 else []))
    return records, truth


def rows_of(records):
    from kg.link.context import csr
    from kg.link.rows import add_row, empty_rows

    rows = empty_rows()
    for i, name, cik, orgs, country, address, positions in records:
        add_row(rows, i, f"urn:g:{i}", f"urn:m:{i}", name, cik=cik, orgs=orgs, country=country, address=address,
                positions=positions)
    organisations = csr(rows["orgs"])
    return rows, organisations


def pair_scores(predicted, truth) -> tuple[float, float]:
    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())
    both = pairs(Counter(zip(predicted, truth)))
    claimed, real = pairs(Counter(predicted)), pairs(Counter(truth))
    return (both / claimed if claimed else 1.0), (both / real if real else 1.0)


def run(count: int, engine: str = "duckdb") -> dict:
    from kg.link.resolve import SAME, UNSURE, resolve_people

    t0 = time.perf_counter()
    records, truth = mentions(count)
    t1 = time.perf_counter()
    rows, organisations = rows_of(records)
    del records
    t2 = time.perf_counter()
    labels, pairs, decision = resolve_people(rows, organisations, organisations, engine)
    t3 = time.perf_counter()
    precision, recall = pair_scores(labels.tolist(), truth)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"mentions": count, "engine": engine, "generate_s": round(t1 - t0, 1), "names_s": round(t2 - t1, 1),
            "link_s": round(t3 - t2, 1), "total_s": round(t3 - t1, 1),
            "process_cpu_s": round(usage.ru_utime + usage.ru_stime, 1), "pairs": len(pairs),
            "same": int((decision == SAME).sum()), "unsure": int((decision == UNSURE).sum()),
            "different": int((decision < UNSURE).sum()),
            "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 2),
            "precision": round(precision, 4), "recall": round(recall, 4)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100_000])
    parser.add_argument("--engine", choices=["duckdb", "spark"], default="duckdb")
    args = parser.parse_args()
    for size in args.sizes:
        print(run(size, args.engine), flush=True)

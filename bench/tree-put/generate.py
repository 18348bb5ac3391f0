#!/usr/bin/env python3
"""Generates a synthetic 5,000-node cascade tree for the tree-PUT benchmark.

Writes, into the output folder:
  tree.json       the tree as the API takes it (flat form)
  nodes.tsv, indicators.tsv, targets.tsv
                  the very rows the service stores for that tree, in COPY text format without the
                  version_id column (run.sh prefixes it), so psql's COPY can load the same data.
Usage: generate.py OUT_DIR AGENCY_CODE AGENCY_ID [NODES]
"""
import json
import os
import sys

out, agency, agency_id = sys.argv[1], sys.argv[2], sys.argv[3]
total = int(sys.argv[4]) if len(sys.argv) > 4 else 5000
years = range(2025, 2030)
shape = [("GOAL", 10), ("TARGET", 5), ("PROGRAM", 5), ("ACTIVITY", 5)]  # children per parent

nodes = []


def add(key, parent, level):
    node = {
        "key": key,
        "level": level,
        "statement": f"Pernyataan kinerja {key}: meningkatnya kualitas layanan publik terpadu di wilayah {len(nodes) % 514}",
        "owner": {"agency": agency, "position": f"Kepala unit {key}"},
        "indicators": [],
    }
    if parent:
        node["parent"] = parent
    if level in ("ACTIVITY", "SUB_ACTIVITY"):
        node["inputs"] = {"budget": {str(y): 1_000_000_000 + 1000 * len(nodes) for y in years}, "staff": 3.5,
                          "facilities": "Ruang layanan dan perangkat aplikasi"}
    for i in (1, 2):
        n = len(nodes)
        indicator = {
            "key": f"{key}-I{i}",
            "name": f"Persentase capaian layanan {key} ukuran {i}",
            "unit": "persen",
            "iku": level == "GOAL",
            "polarity": "HIGHER_IS_BETTER",
            "targets": [{"year": y, "value": 70 + (y - 2025) * 5} for y in years],
        }
        if n % 10 == 0 and i == 1:
            indicator["code"] = f"IKN-{n % 50:03d}"
        node["indicators"].append(indicator)
    nodes.append(node)


frontier = [(None, None)]
for level, per_parent in shape:
    nxt = []
    for parent, _ in frontier:
        for c in range(per_parent):
            key = f"{parent}.{c + 1}" if parent else f"G{c + 1}"
            add(key, parent, level)
            nxt.append((key, level))
    frontier = nxt
activities = [k for k, _ in frontier]
i = 0
while len(nodes) < total:
    parent = activities[i % len(activities)]
    add(f"{parent}.s{i // len(activities) + 1}", parent, "SUB_ACTIVITY")
    i += 1

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "tree.json"), "w") as f:
    json.dump({"nodes": nodes}, f)


def tsv(values):
    return "\t".join("\\N" if v is None else str(v) for v in values) + "\n"


by_key = {n["key"]: n for n in nodes}
levels = ["GOAL", "TARGET", "PROGRAM", "ACTIVITY"]


def outline(node):
    """Keys of the GOAL, TARGET, PROGRAM and ACTIVITY at or above the node, as the service stores them."""
    keys = [None] * 4
    while node:
        if node["level"] in levels:
            keys[levels.index(node["level"])] = node["key"]
        node = by_key.get(node.get("parent"))
    return keys


with open(os.path.join(out, "nodes.tsv"), "w") as fn, \
        open(os.path.join(out, "indicators.tsv"), "w") as fi, \
        open(os.path.join(out, "targets.tsv"), "w") as ft:
    position = 0
    for p, n in enumerate(nodes):
        inputs = n.get("inputs")
        fn.write(tsv([n["key"], p, n.get("parent"), n["level"], n["statement"], agency_id, n["owner"]["position"],
                      None, None, None,
                      json.dumps({k: v for k, v in inputs["budget"].items()}) if inputs else None,
                      inputs["staff"] if inputs else None, inputs["facilities"] if inputs else None, None]
                     + outline(n)))
        for ind in n["indicators"]:
            fi.write(tsv([ind["key"], position, n["key"], ind.get("code"), ind["name"], ind["unit"],
                          "t" if ind["iku"] else "f", ind["polarity"], 1, None, None, None, None, None, "SUM",
                          "YEARLY", "LAST_VALUE"]))
            position += 1
            for t in ind["targets"]:
                ft.write(tsv([ind["key"], t["year"], t["value"], None, None]))
print(f"{len(nodes)} nodes, {position} indicators, {position * len(years)} targets -> {out}")

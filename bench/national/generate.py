#!/usr/bin/env python3
"""Synthetic national dataset for the report benchmark, as COPY text files (one per table).

About AGENCIES x NODES nodes: every agency one tree for period 2025-2029 of 4 goals, 12 targets,
48 programmes, 240 activities and sub-activities for the rest; two indicators per node with targets
for 5 years; every indicator reported per quarter (half CUMULATIVE with targets to date per quarter of
2025, half LAST_VALUE), with realisations for the four quarters of 2025 (5% of quarters left unreported,
30% of figures VERIFIED, the rest SUBMITTED); ~10% of indicators on 1,000 shared codes;
~5% of nodes the source of a link to another agency (70% accepted, 20% proposed, 10% rejected);
every goal supporting another agency's target; budgets and staff on activities; statements drawn
from a vocabulary so that only the 50 planted pairs are near-identical.
Usage: generate.py OUT_DIR [AGENCIES] [NODES_PER_AGENCY] [SEED]
"""
import json
import os
import random
import sys

out = sys.argv[1]
agencies = int(sys.argv[2]) if len(sys.argv) > 2 else 500
per_agency = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 42)
years = list(range(2025, 2030))
os.makedirs(out, exist_ok=True)
files = {name: open(os.path.join(out, name + ".tsv"), "w") for name in
         ["agency", "planning_period", "cascade_tree", "tree_version", "tree_node", "indicator", "indicator_target",
          "indicator_quarter_target", "realisation", "crosscutting_link"]}
N = "\\N"
NOW = "2026-11-01 08:00:00+00"
words = ("peningkatan penguatan pengembangan penyelenggaraan pelayanan publik terpadu perizinan kependudukan pengaduan "
         "masyarakat pendidikan kesehatan infrastruktur jalan jembatan irigasi pertanian perikanan pariwisata ekonomi "
         "kreatif koperasi usaha mikro kecil menengah investasi perdagangan industri energi listrik air bersih sanitasi "
         "perumahan permukiman transportasi angkutan pelabuhan bandara digitalisasi arsip data statistik perencanaan "
         "anggaran keuangan aset pendapatan pajak retribusi pengawasan inspeksi audit hukum perlindungan anak perempuan "
         "lansia disabilitas sosial bencana kebakaran lingkungan hidup kehutanan sampah limbah udara iklim pangan gizi "
         "stunting imunisasi puskesmas rumah sakit guru sekolah beasiswa pemuda olahraga budaya bahasa agama kerukunan "
         "ketertiban keamanan kepegawaian aparatur kompetensi reformasi birokrasi akuntabilitas kinerja inovasi layanan "
         "daring desa kelurahan kecamatan kabupaten kota provinsi nasional wilayah perbatasan pesisir pulau terluar").split()
levels = ["GOAL", "TARGET", "PROGRAM", "ACTIVITY", "SUB_ACTIVITY"]
relationships = ["INVOLVEMENT", "DIALOGUE", "JOINT_PLANNING", "JOINT_WORKING", "JOINT_VENTURE", "SATELLITE",
                 "STRATEGIC_ALLIANCE", "UNION", "MERGER"]


def row(name, *values):
    files[name].write("\t".join(N if v is None else str(v) for v in values) + "\n")


def statement():
    return " ".join(rnd.sample(words, 9))


row("planning_period", 1, "2025-2029", 2025, 2029, "RPJMN 2025-2029", NOW)
shape = []  # (key, parent, level) for one tree, the same outline for every agency
for g in range(1, 5):
    shape.append((f"G{g}", None, 0))
    for t in range(1, 4):
        tk = f"G{g}.T{t}"
        shape.append((tk, f"G{g}", 1))
        for p in range(1, 5):
            pk = f"{tk}.P{p}"
            shape.append((pk, tk, 2))
            for a in range(1, 6):
                shape.append((f"{pk}.K{a}", pk, 3))
activities = [k for k, _, lvl in shape if lvl == 3]
i = 0
while len(shape) < per_agency:
    parent = activities[i % len(activities)]
    shape.append((f"{parent}.S{i // len(activities) + 1}", parent, 4))
    i += 1
shape = shape[:per_agency]
by_key = {k: (p, lvl) for k, p, lvl in shape}


def outline(key):
    keys = [None] * 4
    while key:
        parent, lvl = by_key[key]
        if lvl < 4:
            keys[lvl] = key
        key = parent
    return keys


targets_keys = [k for k, _, lvl in shape if lvl == 1]
planted = {}  # (agency, key) -> statement shared with another agency: 50 duplicate pairs
for n in range(50):
    text = statement()
    for a in rnd.sample(range(1, agencies + 1), 2):
        planted[(a, rnd.choice(activities))] = text

links = 0
for a in range(1, agencies + 1):
    code = f"AG{a:04d}"
    row("agency", a, code, f"Instansi sintetis {a}", rnd.choice(["MINISTRY", "NON_MINISTERIAL_AGENCY", "PROVINCE",
                                                                 "REGENCY_CITY"]), None, NOW, NOW)
    row("cascade_tree", a, a, 1, 1, NOW, NOW)
    row("tree_version", a, a, 1, "DRAFT", per_agency, 2 * per_agency, NOW, "bench", None, None, None, None, a)
    position = 0
    for pos, (key, parent, lvl) in enumerate(shape):
        level = levels[lvl]
        supports = (None, None, None)
        if lvl == 0:
            other = rnd.choice([x for x in range(1, agencies + 1) if x != a] or [a])
            supports = (other, 1, rnd.choice(targets_keys))
        budget = staff = facilities = None
        if lvl >= 3:
            base = rnd.randint(50, 5000) * 1_000_000
            budget = json.dumps({str(y): base for y in years})
            staff = rnd.randint(1, 20)
        text = planted.get((a, key)) or statement()
        row("tree_node", a, key, pos, parent, level, text, a, f"Kepala unit {key}", *supports, budget, staff,
            facilities, None, *outline(key), a)
        for n in (1, 2):
            ik = f"{key}.I{n}"
            coded = rnd.random() < 0.1
            polarity = "HIGHER_IS_BETTER" if coded else rnd.choices(["HIGHER_IS_BETTER", "LOWER_IS_BETTER", "RANGE"],
                                                                    [80, 15, 5])[0]
            cumulative = polarity != "RANGE" and rnd.random() < 0.5
            row("indicator", a, ik, position, key, f"IKN-{rnd.randint(1, 1000):04d}" if coded else None,
                f"Indikator {ik}", "persen", "t" if lvl <= 1 else "f", polarity, 1, None, None, None, None, None,
                "SUM" if coded else "AVERAGE", "QUARTERLY", "CUMULATIVE" if cumulative else "LAST_VALUE", a)
            position += 1
            for y in years:
                if polarity == "RANGE":
                    row("indicator_target", a, ik, y, None, 40, 60, a)
                else:
                    row("indicator_target", a, ik, y, 60 + (y - 2025) * 5, None, None, a)
            if cumulative:
                for q in (1, 2, 3, 4):
                    row("indicator_quarter_target", a, ik, 2025, q, 15 * q, None, None, a)
            for q in (1, 2, 3, 4):
                if rnd.random() < 0.05:
                    continue
                value = rnd.randint(8, 20) if cumulative else rnd.randint(30, 110)
                row("realisation", a, ik, 2025, f"Q{q}", value, "VERIFIED" if rnd.random() < 0.3 else "SUBMITTED",
                    "bench", NOW, a)
        if rnd.random() < 0.05:
            other = rnd.choice([x for x in range(1, agencies + 1) if x != a] or [a])
            if other != a:
                links += 1
                status = rnd.choices(["ACCEPTED", "PROPOSED", "REJECTED"], [70, 20, 10])[0]
                target_key = rnd.choice(shape)[0] if rnd.random() < 0.7 else None
                row("crosscutting_link", links, 1, a, key, other, target_key, None, rnd.choice(relationships),
                    rnd.choice([a, other]), status, None, NOW, "bench", NOW)
for f in files.values():
    f.close()
print(f"{agencies} agencies x {per_agency} nodes, {links} links -> {out}")

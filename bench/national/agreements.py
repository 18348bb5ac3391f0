#!/usr/bin/env python3
"""Draws and signs every agency's 2025 performance agreement through the API (the national benchmark,
issue 11), then sets AG0001's action plan: every agreed indicator's quarters (Q4 the agreed target,
cumulative and maximum ones rising in quarters) and monthly weights for its activities.
Usage: agreements.py BASE_URL ADMIN_TOKEN ACTIVITY_KEYS_FILE"""
import json
import sys
import urllib.request

base, token, activities_file = sys.argv[1], sys.argv[2], sys.argv[3]


def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json",
                                              "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.loads(response.read() or b"null")


parties = {"firstParty": {"name": "Kepala", "position": "Kepala Instansi"},
           "secondParty": {"name": "Atasan", "position": "Pimpinan"}}
agencies = [a["code"] for a in call("GET", "/api/v1/agencies?size=500")["items"] if a["code"].startswith("AG")]
for code in agencies:
    path = f"/api/v1/agencies/{code}/cascades/2025-2029/agreements/2025"
    call("POST", path, parties)
    call("POST", path + "/signature")
agreement = call("GET", "/api/v1/agencies/AG0001/cascades/2025-2029/agreements/2025")


def quarters(indicator):
    target = indicator["target"]
    if "label" in target or "min" in target:
        return [dict(target, quarter=q) for q in range(1, 5)]
    value = target["value"]
    rising = indicator["accumulation"] in ("CUMULATIVE", "MAXIMUM")
    return [{"quarter": q, "value": value if q == 4 or not rising else round(value * q / 4, 4)} for q in range(1, 5)]


with open(activities_file) as keys:
    activities = [line.strip() for line in keys if line.strip()]
plan = {"indicators": [{"key": i["key"], "quarters": quarters(i)} for i in agreement["indicators"]],
        "activities": [{"node": key, "weights": [8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9]} for key in activities]}
call("PUT", "/api/v1/agencies/AG0001/cascades/2025-2029/agreements/2025/action-plan", plan)
print(f"{len(agencies)} agreements signed; AG0001's action plan: {len(plan['indicators'])} indicators, "
      f"{len(activities)} activities")

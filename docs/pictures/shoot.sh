#!/usr/bin/env bash
# Takes the README's pictures from a running dev server (./mvnw quarkus:dev, demo dataset loaded) with headless
# Chromium (Debian package chromium). Usage: docs/pictures/shoot.sh [base-url]
# The 505-node tree DINAS-BESAR must exist too: docs/pictures/shoot.sh loads it when it does not.
set -euo pipefail
BASE=${1:-http://localhost:8080}
OUT=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ADMIN=$(curl -sf "$BASE/dev/token?role=admin")
ANALYST=$(curl -sf "$BASE/dev/token?role=analyst")
PLANNER=$(curl -sf "$BASE/dev/token?role=planner&agency=DINAS-BESAR")

if ! curl -sf -o /dev/null -H "Authorization: Bearer $ANALYST" "$BASE/api/v1/agencies/DINAS-BESAR"; then
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d '{"code":"DINAS-BESAR","name":"Dinas dengan 505 node","kind":"REGIONAL_OFFICE"}' "$BASE/api/v1/agencies"
  # 1 goal, 4 targets, 20 programmes, 480 activities
  python3 - > "$WORK/big.json" <<'PY'
import json
own = {"agency": "DINAS-BESAR"}
nodes = [{"key": "G", "level": "GOAL", "statement": "Meningkatnya kualitas pelayanan publik daerah", "owner": own}]
for s in range(4):
    nodes.append({"key": f"S{s}", "parent": "G", "level": "TARGET", "owner": own,
                  "statement": f"Sasaran strategis {s + 1}: meningkatnya kinerja urusan {s + 1}"})
    for p in range(5):
        nodes.append({"key": f"P{s}-{p}", "parent": f"S{s}", "level": "PROGRAM", "owner": own,
                      "statement": f"Program {s + 1}.{p + 1} penyelenggaraan urusan"})
        for k in range(24):
            nodes.append({"key": f"K{s}-{p}-{k}", "parent": f"P{s}-{p}", "level": "ACTIVITY", "owner": own,
                          "statement": f"Kegiatan {s + 1}.{p + 1}.{k + 1}"})
print(json.dumps({"nodes": nodes}))
PY
  curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $PLANNER" -H 'Content-Type: application/json' \
    --data-binary @"$WORK/big.json" "$BASE/api/v1/agencies/DINAS-BESAR/cascades/2025-2029"
fi

picture() { # name path
  curl -sf -H "Authorization: Bearer $ANALYST" -H 'Accept: image/svg+xml' "$BASE$2" -o "$WORK/$1.svg"
  local w h
  w=$(grep -o 'width="[0-9.]*"' "$WORK/$1.svg" | head -1 | grep -o '[0-9]*' | head -1)
  h=$(grep -o 'height="[0-9.]*"' "$WORK/$1.svg" | head -1 | grep -o '[0-9]*' | head -1)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$WORK/chromium" --hide-scrollbars \
    --window-size="$w,$h" --screenshot="$OUT/$1.png" "file://$WORK/$1.svg" > /dev/null 2>&1
  echo "$OUT/$1.png (${w}x${h})"
}
picture pohon-kinerja-kemenpanrb "/api/v1/agencies/KEMENPANRB/cascades/2025-2029?year=2025"
picture pohon-kinerja-jateng "/api/v1/agencies/PEMPROV-JATENG/cascades/2025-2029?year=2025"
picture pohon-kinerja-505-node "/api/v1/agencies/DINAS-BESAR/cascades/2025-2029?year=2025"
picture pohon-kinerja-505-node-program "/api/v1/agencies/DINAS-BESAR/cascades/2025-2029/nodes/P0-0?year=2025"
picture matriks-crosscutting "/api/v1/reports/crosscutting-matrix?period=2025-2029&year=2025"

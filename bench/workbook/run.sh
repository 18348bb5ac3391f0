#!/usr/bin/env bash
# Workbook benchmark (issue 12, spreadsheets). Against the packaged application on its own PostgreSQL 17,
# with the heap capped at each size in HEAPS, for the generated 5,000-node tree of bench/tree-put:
#   - GET of the tree as .xlsx (Accept: the workbook type): time and size;
#   - PUT of that workbook back (a new version of the same tree): time;
#   - the same PUT as JSON, as the reference;
# and whether each still succeeds at that heap: the smallest heap that carries a 5,000-node workbook both
# ways is the memory figure. Medians over RUNS runs after one warm-up. Usage: bench/workbook/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
NODES=${NODES:-5000}
HEAPS=${HEAPS:-"1g 256m 128m 96m 64m"}
PGPORT_BENCH=${PGPORT_BENCH:-55433}
APP_PORT=${APP_PORT:-18081}
WORK=target/bench-workbook
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
source bench/lib/pg.sh
source bench/lib/app.sh

rm -rf "$WORK" && mkdir -p "$WORK"
pg_start "$WORK/pgdata" "$PGPORT_BENCH"
trap 'app_stop; pg_stop "$WORK/pgdata"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
range() { sort -n | awk 'NR==1 {min=$1} {max=$1} END {printf "%s-%s", min, max}'; }

FIRST=1
printf '%-6s %-28s %-28s %-28s %s\n' heap "GET xlsx s (median, range)" "PUT xlsx s (median, range)" "PUT json s (median, range)" "xlsx bytes"
for HEAP in $HEAPS; do
    APP_JAVA_OPTS="-Xmx$HEAP -XX:+ExitOnOutOfMemoryError" app_start "$APP_PORT" "$WORK/app-$HEAP.log"
    BASE=http://localhost:$APP_PORT
    PLANNER=$(bench_token planner BENCH)
    TREE="$BASE/api/v1/agencies/BENCH/cascades/2025-2029"
    if [ "$FIRST" = 1 ]; then
        bench_register "$BASE"
        AGENCY_ID=$(psql -At -c "select id from agency where code = 'BENCH'")
        python3 bench/tree-put/generate.py "$WORK/data" BENCH "$AGENCY_ID" "$NODES"
        curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $PLANNER" -H 'Content-Type: application/json' \
            --data-binary @"$WORK/data/tree.json" "$TREE"
        FIRST=0
    fi
    # STATUS SECONDS for a call; a failed call (or a dead application) prints its status and no time
    call() { curl -s -o "${OUT:-/dev/null}" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $PLANNER" "$@" || echo "000 0"; }
    get_xlsx() { OUT="$WORK/tree.xlsx" call -H "Accept: $XLSX" "$TREE"; }
    put_xlsx() { call -X PUT -H 'If-Match: *' -H "Content-Type: $XLSX" --data-binary @"$WORK/tree.xlsx" "$TREE"; }
    put_json() { call -X PUT -H 'If-Match: *' -H 'Content-Type: application/json' --data-binary @"$WORK/data/tree.json" "$TREE"; }
    get_xlsx >/dev/null; put_xlsx >/dev/null; put_json >/dev/null
    G=""; P=""; J=""; FAILED=""
    for _ in $(seq "$RUNS"); do
        read -r s t < <(get_xlsx); [ "$s" = 200 ] && G="$G$t"$'\n' || FAILED="$FAILED GET-xlsx:$s"
        read -r s t < <(put_xlsx); [ "$s" = 200 ] && P="$P$t"$'\n' || FAILED="$FAILED PUT-xlsx:$s"
        read -r s t < <(put_json); [ "$s" = 200 ] && J="$J$t"$'\n' || FAILED="$FAILED PUT-json:$s"
    done
    cell() { [ -n "$1" ] && printf '%s (%s)' "$(printf '%s' "$1" | median)" "$(printf '%s' "$1" | range)" || printf 'failed'; }
    printf '%-6s %-28s %-28s %-28s %s%s\n' "$HEAP" "$(cell "$G")" "$(cell "$P")" "$(cell "$J")" \
        "$(stat -c %s "$WORK/tree.xlsx" 2>/dev/null || echo -)" "${FAILED:+  failures:$FAILED}"
    app_stop
done
echo "tree: $NODES nodes, $(python3 -c "import json; t=json.load(open('$WORK/data/tree.json')); print(sum(len(n['indicators']) for n in t['nodes']))") indicators; JSON body $(stat -c %s "$WORK/data/tree.json") bytes"

#!/usr/bin/env bash
# Workbook benchmark (issue 12, spreadsheets). Against the packaged application on its own PostgreSQL 17,
# with the heap capped at each size in HEAPS, for the generated 5,000-node tree of bench/tree-put:
#   - GET of the tree as .xlsx (Accept: the workbook type): time and size;
#   - PUT of that workbook back (a new version of the same tree): time;
#   - the same PUT as JSON, as the reference;
# and whether each still succeeds at that heap (a fresh application per heap and kind; one that runs out of
# heap exits, -XX:+ExitOnOutOfMemoryError): the smallest heap that carries a 5,000-node workbook both ways is
# the memory figure. Medians over RUNS runs after one warm-up. Usage: bench/workbook/run.sh
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

# One application per heap and kind of call, so that a kind that exhausts the heap does not hide the others.
# The tree is stored once, with the first application; each call after it makes a new version.
start() { APP_JAVA_OPTS="-Xmx$1 -XX:+ExitOnOutOfMemoryError" app_start "$APP_PORT" "$WORK/app-$1-$2.log"; }
BASE=http://localhost:$APP_PORT
TREE="$BASE/api/v1/agencies/BENCH/cascades/2025-2029"
start 1g setup
PLANNER=$(bench_token planner BENCH)
bench_register "$BASE"
AGENCY_ID=$(psql -At -c "select id from agency where code = 'BENCH'")
python3 bench/tree-put/generate.py "$WORK/data" BENCH "$AGENCY_ID" "$NODES"
curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $PLANNER" -H 'Content-Type: application/json' \
    --data-binary @"$WORK/data/tree.json" "$TREE"
curl -fs -o "$WORK/tree.xlsx" -H "Authorization: Bearer $PLANNER" -H "Accept: $XLSX" "$TREE"
app_stop

# STATUS SECONDS for a call; a failed call (or a dead application) prints 000
call() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $PLANNER" "$@" || echo "000 0"; }
get_xlsx() { call -H "Accept: $XLSX" "$TREE"; }
put_xlsx() { call -X PUT -H 'If-Match: *' -H "Content-Type: $XLSX" --data-binary @"$WORK/tree.xlsx" "$TREE"; }
put_json() { call -X PUT -H 'If-Match: *' -H 'Content-Type: application/json' --data-binary @"$WORK/data/tree.json" "$TREE"; }
# median (range) of RUNS calls after one warm-up, in a fresh application with the heap capped; "failed (status)" otherwise
measure() {
    local heap=$1 kind=$2 times="" s t
    start "$heap" "$kind"
    for i in $(seq $((RUNS + 1))); do
        read -r s t < <($kind)
        if [ "$s" != 200 ]; then printf 'failed (%s)' "$s"; app_stop; return; fi
        [ "$i" -gt 1 ] && times="$times$t"$'\n'
    done
    app_stop
    printf '%s (%s)' "$(printf '%s' "$times" | median)" "$(printf '%s' "$times" | range)"
}

printf '%-6s %-28s %-28s %-28s\n' heap "GET xlsx s (median, range)" "PUT xlsx s (median, range)" "PUT json s (median, range)"
for HEAP in $HEAPS; do
    printf '%-6s %-28s %-28s %-28s\n' "$HEAP" "$(measure "$HEAP" get_xlsx)" "$(measure "$HEAP" put_xlsx)" "$(measure "$HEAP" put_json)"
done
echo "tree: $NODES nodes, $(python3 -c "import json; t=json.load(open('$WORK/data/tree.json')); print(sum(len(n['indicators']) for n in t['nodes']))") indicators; JSON body $(stat -c %s "$WORK/data/tree.json") bytes, workbook $(stat -c %s "$WORK/tree.xlsx") bytes"

#!/usr/bin/env bash
# Tree PUT/GET benchmark (issue: foundation). Measures, against the packaged application on a
# PostgreSQL 17 server on this machine:
#   - PUT of a generated 5,000-node tree (2 indicators per node, 5 yearly targets each), end to end;
#   - GET of the same tree, flat and nested;
#   - psql's COPY of the very same rows into the very same tables, as the floor to compare with.
# Medians over RUNS runs after WARMUP warm-up runs. Usage: bench/tree-put/run.sh (from anywhere).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-5}
NODES=${NODES:-5000}
PGPORT_BENCH=${PGPORT_BENCH:-55432}
APP_PORT=${APP_PORT:-18080}
WORK=target/bench-tree-put
source bench/lib/pg.sh
source bench/lib/app.sh

rm -rf "$WORK" && mkdir -p "$WORK"
pg_start "$WORK/pgdata" "$PGPORT_BENCH"
trap 'app_stop; pg_stop "$WORK/pgdata"' EXIT
app_start "$APP_PORT" "$WORK/app.log"
BASE=http://localhost:$APP_PORT
PLANNER=$(bench_token planner BENCH)
bench_register "$BASE"
AGENCY_ID=$(psql -At -c "select id from agency where code = 'BENCH'")
python3 bench/tree-put/generate.py "$WORK/data" BENCH "$AGENCY_ID" "$NODES"
TREE="$BASE/api/v1/agencies/BENCH/cascades/2025-2029"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timed() { # METHOD URL [curl args...]: prints seconds, fails on a non-2xx status
    local method=$1 url=$2; shift 2
    curl -fs -o /dev/null -w '%{time_total}\n' -X "$method" -H "Authorization: Bearer $PLANNER" "$@" "$url"
}

# The first PUT creates the tree (on a fresh database: no statistics yet, a cold application); every later
# one revises it, If-Match: * (whatever its current version). A PUT answers once the tree is stored; its
# rescoring runs after the commit (ScoreStore), meanwhile the next PUT may already be running.
FIRST_PUT=$(timed PUT "$TREE" -H 'Content-Type: application/json' --data-binary @"$WORK/data/tree.json")
for _ in $(seq "$WARMUP"); do timed PUT "$TREE" -H 'If-Match: *' -H 'Content-Type: application/json' --data-binary @"$WORK/data/tree.json" >/dev/null; done
PUT_TIMES=$(for _ in $(seq "$RUNS"); do timed PUT "$TREE" -H 'If-Match: *' -H 'Content-Type: application/json' --data-binary @"$WORK/data/tree.json"; done)
# One more PUT, then until its rescoring is done (nothing left in score_pending): when reports have it.
START=$(date +%s%N)
LAST_PUT=$(timed PUT "$TREE" -H 'If-Match: *' -H 'Content-Type: application/json' --data-binary @"$WORK/data/tree.json")
until [ "$(psql -At -c 'select count(*) from score_pending')" = 0 ]; do sleep 0.05; done
SCORED=$(awk "BEGIN {print ($(date +%s%N) - $START) / 1e9}")
VERSIONS=$(psql -At -c "select count(*) from tree_version")
for _ in $(seq "$WARMUP"); do timed GET "$TREE" >/dev/null; timed GET "$TREE?form=nested" >/dev/null; done
GET_TIMES=$(for _ in $(seq "$RUNS"); do timed GET "$TREE"; done)
NESTED_TIMES=$(for _ in $(seq "$RUNS"); do timed GET "$TREE?form=nested"; done)
# A realisation rescores its tree for its year (refresh_scores): timed on this 5,000-node tree.
INDICATOR=$(python3 -c "import json; print(json.load(open('$WORK/data/tree.json'))['nodes'][-1]['indicators'][0]['key'])")
REALISE="$TREE/indicators/$INDICATOR/realisations/2025"
for i in $(seq "$WARMUP"); do timed PUT "$REALISE" -H 'Content-Type: application/json' -d "{\"value\": $i}" >/dev/null; done
REALISE_TIMES=$(for i in $(seq "$RUNS"); do timed PUT "$REALISE" -H 'Content-Type: application/json' -d "{\"value\": $((i + 10))}"; done)

# The same rows through psql's COPY, each run into a fresh version of the same tree, committed.
TREE_ID=$(psql -At -c "select t.id from cascade_tree t join agency a on a.id = t.agency_id where a.code = 'BENCH'")
AGENCY_ID=$(psql -At -c "select id from agency where code = 'BENCH'")
COPY_TIMES=""
SESSION_TIMES=""
for run in $(seq $((WARMUP + RUNS))); do
    VERSION_ID=$(psql -At -c "insert into tree_version (agency_id, tree_id, version, status, node_count, indicator_count, created_at, created_by)
        values ($AGENCY_ID, $TREE_ID, 100000 + $run, 'DRAFT', 0, 0, now(), 'psql') returning id" | sed -n 1p)
    for table in nodes indicators targets; do
        sed "s/^/$AGENCY_ID\t$VERSION_ID\t/" "$WORK/data/$table.tsv" > "$WORK/data/$table.$run.tsv"
    done
    START=$(date +%s%N)
    OUT=$(psql -v ON_ERROR_STOP=1 -q <<SQL
\timing on
begin;
\copy tree_node (agency_id, version_id, key, position, parent_key, level, statement, owner_agency_id, owner_position, supports_agency_id, supports_period_id, supports_key, budget, staff_fte, facilities, tags, goal_key, target_key, program_key, activity_key) from '$WORK/data/nodes.$run.tsv'
\copy indicator (agency_id, version_id, key, position, node_key, code, name, unit, iku, polarity, weight, baseline_year, baseline_value, definition, formula, data_source, combine, reporting, accumulation) from '$WORK/data/indicators.$run.tsv'
\copy indicator_target (agency_id, version_id, indicator_key, year, value, min_value, max_value) from '$WORK/data/targets.$run.tsv'
commit;
SQL
)
    END=$(date +%s%N)
    if [ "$run" -gt "$WARMUP" ]; then
        COPY_TIMES+="$(echo "$OUT" | grep '^Time:' | sed -n '2,4p' | awk '{s += $2} END {print s / 1000}')"$'\n'
        SESSION_TIMES+="$(awk "BEGIN {print ($END - $START) / 1e9}")"$'\n'
    fi
done

PUT_MEDIAN=$(echo "$PUT_TIMES" | median)
COPY_MEDIAN=$(echo -n "$COPY_TIMES" | median)
SESSION_MEDIAN=$(echo -n "$SESSION_TIMES" | median)
GET_MEDIAN=$(echo "$GET_TIMES" | median)
NESTED_MEDIAN=$(echo "$NESTED_TIMES" | median)
REALISE_MEDIAN=$(echo "$REALISE_TIMES" | median)
RSS=$(ps -o rss= -p "$APP_PID" | awk '{printf "%.0f", $1 / 1024}')
{
    echo "tree: $NODES nodes, $((NODES * 2)) indicators, $((NODES * 10)) targets ($(du -h "$WORK/data/tree.json" | cut -f1) of JSON); $RUNS runs after $WARMUP warm-up"
    echo "first PUT, fresh database        ${FIRST_PUT}s"
    echo "PUT (HTTP, end to end)           median ${PUT_MEDIAN}s  [$(echo "$PUT_TIMES" | sort -n | sed -n 1p)s .. $(echo "$PUT_TIMES" | sort -n | tail -1)s] (versions $((WARMUP + 2))-$((RUNS + WARMUP + 1)))"
    echo "PUT after $((VERSIONS - 1)) versions            ${LAST_PUT}s; rescored (reports current) ${SCORED}s after it was sent"
    echo "psql COPY, the 3 COPY statements median ${COPY_MEDIAN}s"
    echo "psql session (connect, COPY x3, commit) median ${SESSION_MEDIAN}s"
    echo "PUT / COPY statements            $(awk "BEGIN {printf \"%.2f\", $PUT_MEDIAN / $COPY_MEDIAN}")x (first PUT $(awk "BEGIN {printf \"%.2f\", $FIRST_PUT / $COPY_MEDIAN}")x)"
    echo "GET flat                         median ${GET_MEDIAN}s"
    echo "GET nested                       median ${NESTED_MEDIAN}s"
    echo "PUT realisation (its figures)    median ${REALISE_MEDIAN}s"
    echo "application RSS after the runs   ${RSS} MiB"
} | tee "$WORK/results.txt"

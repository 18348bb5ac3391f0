#!/usr/bin/env bash
# Load test (issue: production readiness): the packaged application on the demo dataset, driven by wrk
# with bench/load/mix.lua (90% reads and reports, 10% realisation and tree writes) for DURATION.
# Prints throughput, latency percentiles, errors by status and the application's memory.
# Usage: bench/load/run.sh   (DURATION=180s THREADS=2 CONNECTIONS=32 by default; needs wrk, psql, openssl)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-180s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PGPORT_BENCH=${PGPORT_BENCH:-55434}
APP_PORT=${APP_PORT:-18082}
WORK=target/bench-load
source bench/lib/pg.sh
source bench/lib/app.sh

rm -rf "$WORK" && mkdir -p "$WORK"
pg_start "$WORK/pgdata" "$PGPORT_BENCH"
trap 'app_stop; pg_stop "$WORK/pgdata"' EXIT
app_start "$APP_PORT" "$WORK/app.log"
BASE=http://localhost:$APP_PORT
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $(bench_token admin)" "$BASE/api/v1/admin/demo-dataset"
export ANALYST PLANNER
ANALYST=$(bench_token analyst)
PLANNER=$(bench_token planner KEMENPANRB)
# KemenPAN-RB's tree as in the README tour (version 2), so that every path of the mix exists from the start
curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $PLANNER" -H 'Content-Type: application/json' -H 'If-Match: "1"' \
    --data-binary @examples/lapor-kemenpanrb.json "$BASE/api/v1/agencies/KEMENPANRB/cascades/2025-2029"
wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" -s bench/load/mix.lua "$BASE" | tee "$WORK/results.txt"
echo "application RSS after the run: $(ps -o rss= -p "$APP_PID" | awk '{printf "%.0f", $1 / 1024}') MiB (heap cap: ${APP_JAVA_OPTS:--Xmx1g})" \
    | tee -a "$WORK/results.txt"
psql -At -c "select 'stored: ' || (select count(*) from tree_version) || ' tree versions, '
    || (select count(*) from realisation_history) || ' realisation reports'" | tee -a "$WORK/results.txt"

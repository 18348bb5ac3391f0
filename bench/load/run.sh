#!/usr/bin/env bash
# Load test (issue: production readiness): the packaged application on the demo dataset, driven by wrk
# for DURATION with MIX=mix (bench/load/mix.lua: 90% reads and reports, 10% realisation and tree writes)
# or MIX=dashboard (bench/load/dashboard.lua: clients polling reports with If-None-Match, WRITE_SHARE=0.01 writes; one
# connection per wrk thread, so THREADS is set to CONNECTIONS).
# Prints throughput, latency percentiles, errors by status, the application's memory and, from
# /q/metrics, each endpoint's count, mean and maximum (the ten with the most time in total).
# Usage: bench/load/run.sh   (MIX=mix DURATION=180s THREADS=2 CONNECTIONS=32 by default; needs wrk, psql)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-180s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
MIX=${MIX:-mix}
[ "$MIX" = dashboard ] && THREADS=$CONNECTIONS
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
wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" -s "bench/load/$MIX.lua" "$BASE" | tee "$WORK/results.txt"
echo "application RSS after the run: $(ps -o rss= -p "$APP_PID" | awk '{printf "%.0f", $1 / 1024}') MiB (heap cap: ${APP_JAVA_OPTS:--Xmx1g})" \
    | tee -a "$WORK/results.txt"
psql -At -c "select 'stored: ' || (select count(*) from tree_version) || ' tree versions, '
    || (select count(*) from realisation_history) || ' realisation reports'" | tee -a "$WORK/results.txt"
echo "endpoints with the most time in total (count, mean ms, max ms):" | tee -a "$WORK/results.txt"
curl -fs "$BASE/q/metrics" | awk '
    /^http_server_requests_seconds_(count|sum|max)\{/ {
        match($0, /method="[A-Z]+"/); m = substr($0, RSTART + 8, RLENGTH - 9)
        match($0, /uri="[^"]*"/); u = substr($0, RSTART + 5, RLENGTH - 6)
        match($0, /status="[0-9]+"/); k = m " " u " " substr($0, RSTART + 8, RLENGTH - 9)
        if ($0 ~ /_count\{/) n[k] += $NF; else if ($0 ~ /_sum\{/) t[k] += $NF; else if ($NF > x[k]) x[k] = $NF
    }
    END { for (k in n) printf "%10.1f s  %-80s %8d %8.1f %8.1f\n", t[k], k, n[k], 1000 * t[k] / n[k], 1000 * x[k] }' \
    | sort -rn | head -10 | tee -a "$WORK/results.txt"

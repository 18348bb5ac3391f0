#!/usr/bin/env bash
# Worst inputs against the packaged application with a small heap (issue: hardening). Sends, CONCURRENCY
# at a time, ROUNDS times: the largest allowed tree (MAX_TREE_NODES nodes) whose parents form one loop
# and whose every node breaks four more rules; the same nodes padded to just under the body limit;
# 16 MB of minimal nodes (over MAX_TREE_NODES);
# a body over the limit sent in chunks. Every answer must be a 4xx problem document of bounded size,
# the application must survive with HEAP of heap, and its peak heap use (sampled from /q/metrics) is
# printed. Usage: bench/hardening/run.sh (from anywhere).
set -euo pipefail
cd "$(dirname "$0")/../.."
HEAP=${HEAP:-256m}
CONCURRENCY=${CONCURRENCY:-4}
ROUNDS=${ROUNDS:-3}
PGPORT_BENCH=${PGPORT_BENCH:-55433}
APP_PORT=${APP_PORT:-18081}
WORK=target/bench-hardening
source bench/lib/pg.sh
source bench/lib/app.sh

rm -rf "$WORK" && mkdir -p "$WORK"
pg_start "$WORK/pgdata" "$PGPORT_BENCH"
trap 'app_stop; pg_stop "$WORK/pgdata"' EXIT
APP_JAVA_OPTS="-Xmx$HEAP" app_start "$APP_PORT" "$WORK/app.log"
BASE=http://localhost:$APP_PORT
PLANNER=$(bench_token planner BENCH)
bench_register "$BASE"

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
n = 20000
# one loop through every node; each node also: ROOT level wrong for its parent, unknown owner, a target
# outside the period, a blank statement
nodes = [{"key": "N%d" % i, "parent": "N%d" % ((i + 1) % n), "level": "TARGET", "statement": " ",
          "owner": {"agency": "NO-SUCH-AGENCY"},
          "indicators": [{"key": "I%d" % i, "name": "x", "unit": "persen", "polarity": "HIGHER_IS_BETTER",
                          "targets": [{"year": 2031, "value": 1}]}]} for i in range(n)]
loop = json.dumps({"nodes": nodes})
open(work + "/loop.json", "w").write(loop)
# the same, padded with whitespace to just under 16 MB
open(work + "/padded.json", "w").write(loop[:-1] + " " * (16 * 1024 * 1024 - len(loop) - 16) + "}")
# just under the body limit in minimal nodes: over ten times MAX_TREE_NODES, refused with 413 while reading
minimal = ",".join('{"key":"M%d","level":"GOAL","statement":"x","owner":{"agency":"A"}}' % i for i in range(250000))
body = '{"nodes":[' + minimal
body = body[:body.rfind(',{', 0, 16 * 1024 * 1024 - 16)] + ']}'
open(work + "/many.json", "w").write(body)
# over the limit, to be sent chunked
open(work + "/oversized.json", "w").write(loop[:-1] + " " * (17 * 1024 * 1024 - len(loop)) + "}")
PY

# the heap in use, sampled every 0.2 s while the requests run; the largest sample is the peak
( while true; do
      curl -fs "$BASE/q/metrics" | awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ {s += $NF} END {printf "%d\n", s}'
      sleep 0.2
  done >"$WORK/heap.samples" ) &
SAMPLER=$!
send() { # FILE [chunked]
    local extra=()
    [ "${2:-}" = chunked ] && extra=(-H 'Transfer-Encoding: chunked')
    curl -s -o /dev/null -w '%{http_code} %{size_download}\n' -X PUT \
        -H "Authorization: Bearer $PLANNER" -H 'Content-Type: application/json' "${extra[@]}" \
        --data-binary @"$1" "$BASE/api/v1/agencies/BENCH/cascades/2025-2029"
}
echo "heap limit $HEAP, $CONCURRENCY requests at a time, $ROUNDS rounds; count, status, answer bytes:"
for kind in loop padded many oversized; do
    start=$(date +%s.%N)
    for _ in $(seq 1 "$ROUNDS"); do
        for _ in $(seq 1 "$CONCURRENCY"); do
            if [ $kind = oversized ]; then send "$WORK/$kind.json" chunked; else send "$WORK/$kind.json"; fi &
        done
        wait
    done | sort | uniq -c | sed "s/^/  $kind: /"
    echo "  $kind: $(echo "($(date +%s.%N) - $start) / ($ROUNDS * $CONCURRENCY)" | bc -l | cut -c1-5) s per request (wall, concurrent)"
done
kill $SAMPLER 2>/dev/null || true
curl -fs -o /dev/null "$BASE/q/health/live" && echo "application alive"
grep -c OutOfMemoryError "$WORK/app.log" | sed 's/^/OutOfMemoryError lines in the log: /' || true
echo "peak heap sampled: $(( $(sort -n "$WORK/heap.samples" | tail -1) / 1024 / 1024 )) MB (of $HEAP)"

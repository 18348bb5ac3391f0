#!/usr/bin/env bash
# National-scale report benchmark (issue: analytics). Generates AGENCIES x NODES synthetic trees
# (bench/national/generate.py), loads them with psql COPY into the schema the packaged application
# migrated, then times every report over HTTP (median and p95 of RUNS calls after WARMUP) beside the
# database time of the report's own SQL for the same calls (pg_stat_statements: total execution time
# of the statements the calls ran, per call).
# Usage: bench/national/run.sh     (AGENCIES=500 NODES=1000 RUNS=20 WARMUP=3 by default;
#        SKIP=regex leaves out the reports whose path matches; REUSE=1 times the reports again on the
#        database the last run loaded, migrated by the application as it starts, without loading anew)
set -euo pipefail
cd "$(dirname "$0")/../.."
AGENCIES=${AGENCIES:-500}
NODES=${NODES:-1000}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
PGPORT_BENCH=${PGPORT_BENCH:-55433}
APP_PORT=${APP_PORT:-18081}
WORK=target/bench-national
source bench/lib/pg.sh
source bench/lib/app.sh

if [ "${REUSE:-0}" != 1 ]; then rm -rf "$WORK" && mkdir -p "$WORK"; fi
PG_EXTRA_OPTS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c max_parallel_workers_per_gather=2" \
    pg_start "$WORK/pgdata" "$PGPORT_BENCH"
trap 'app_stop; pg_stop "$WORK/pgdata"' EXIT
app_start "$APP_PORT" "$WORK/app.log"

if [ "${REUSE:-0}" = 1 ]; then
echo "reused the loaded database" | tee -a "$WORK/results.txt"
else
START=$(date +%s)
python3 bench/national/generate.py "$WORK/data" "$AGENCIES" "$NODES"
GENERATED=$(date +%s)
# Tables that grew columns after the generator's first version name the ones it writes (agency_id, V10: last).
declare -A COLUMNS=(
    [agency]="(id, code, name, kind, parent_id, created_at, updated_at)"
    [tree_node]="(version_id, key, position, parent_key, level, statement, owner_agency_id, owner_position, supports_agency_id, supports_period_id, supports_key, budget, staff_fte, facilities, tags, goal_key, target_key, program_key, activity_key, agency_id)"
    [indicator]="(version_id, key, position, node_key, code, name, unit, iku, polarity, weight, baseline_year, baseline_value, definition, formula, data_source, combine, reporting, accumulation, agency_id)"
    [indicator_target]="(version_id, indicator_key, year, value, min_value, max_value, agency_id)"
    [indicator_quarter_target]="(version_id, indicator_key, year, quarter, value, min_value, max_value, agency_id)"
    [realisation]="(tree_id, indicator_key, year, period, value, status, reported_by, reported_at, agency_id)")
for table in planning_period agency cascade_tree tree_version tree_node indicator indicator_target indicator_quarter_target \
        realisation crosscutting_link; do
    psql -q -v ON_ERROR_STOP=1 -c "\\copy $table ${COLUMNS[$table]:-} from '$WORK/data/$table.tsv'"
done
psql -q -v ON_ERROR_STOP=1 <<'SQL'
select setval(pg_get_serial_sequence(t, 'id'), (select coalesce(max(id), 1) from agency))
from unnest(array['agency']) t;
select setval(pg_get_serial_sequence('planning_period', 'id'), 1);
select setval(pg_get_serial_sequence('cascade_tree', 'id'), (select max(id) from cascade_tree));
select setval(pg_get_serial_sequence('tree_version', 'id'), (select max(id) from tree_version));
select setval(pg_get_serial_sequence('crosscutting_link', 'id'), (select coalesce(max(id), 1) from crosscutting_link));
insert into tree_node_document (agency_id, version_id, position, doc)
select v.agency_id, d.version_id, d.position, d.doc from node_full_document d join tree_version v on v.id = d.version_id;
select count(refresh_scores(agency_id, version_id, null, 120)) from current_tree;
vacuum analyze;
create extension if not exists pg_stat_statements;
SQL
LOADED=$(date +%s)
echo "generated in $((GENERATED - START)) s, loaded (COPY, documents, analyze) in $((LOADED - GENERATED)) s" | tee "$WORK/results.txt"
# The year's budgets and codes (SQL), then every agency's agreement drawn and signed, and AG0001's action plan
# (through the API, as planners would).
psql -q -v ON_ERROR_STOP=1 -f bench/national/budgets.sql
psql -At -c "select n.key from current_tree ct join agency a on a.id = ct.agency_id
             join tree_node n on n.version_id = ct.version_id and n.level in ('ACTIVITY', 'SUB_ACTIVITY')
             where a.code = 'AG0001' order by n.position" > "$WORK/activities.txt"
python3 bench/national/agreements.py "http://localhost:$APP_PORT" "$(bench_token admin)" "$WORK/activities.txt" \
    | tee -a "$WORK/results.txt"
AGREED=$(date +%s)
echo "budgets, codes and agreements in $((AGREED - LOADED)) s" | tee -a "$WORK/results.txt"
psql -At -c "select 'rows: ' || (select count(*) from tree_node) || ' nodes, ' || (select count(*) from indicator) || ' indicators, '
    || (select count(*) from indicator_target) || ' targets, ' || (select count(*) from realisation) || ' realisations, '
    || (select count(*) from crosscutting_link) || ' links, ' || (select count(*) from node_budget) || ' budget lines, '
    || (select count(*) from agreement_indicator) || ' agreed indicators; database ' || pg_size_pretty(pg_database_size(current_database()))" \
    | tee -a "$WORK/results.txt"

fi
TOKEN=$(bench_token analyst)
BASE="http://localhost:$APP_PORT/api/v1/reports"
percentile() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR-1)*p+0.5)+1; printf "%.0f", a[i]*1000}'; }
printf '%-62s %9s %9s %9s %8s %s\n' "report" "median" "p95" "db/call" "bytes" "status" | tee -a "$WORK/results.txt"
for report in \
    "achievement/indicators?period=2025-2029&year=2025&agency=AG0001" \
    "achievement/indicators?period=2025-2029&year=2025" \
    "achievement/indicators?period=2025-2029&year=2025&quarter=2" \
    "achievement/indicators?period=2025-2029&year=2025&quarter=2&figures=VERIFIED" \
    "achievement/indicators?period=2025-2029&year=2025&page=1000" \
    "early-warning?period=2025-2029&year=2025&quarter=2&agency=AG0001" \
    "early-warning?period=2025-2029&year=2025&quarter=2" \
    "early-warning?period=2025-2029&year=2025&quarter=4" \
    "early-warning?period=2025-2029&year=2025&quarter=2&figures=VERIFIED" \
    "early-warning?period=2025-2029&year=2025&quarter=2&page=1000" \
    "achievement/nodes?period=2025-2029&year=2025&agency=AG0001" \
    "achievement/nodes?period=2025-2029&year=2025" \
    "achievement/trees?period=2025-2029&year=2025" \
    "achievement/agencies?period=2025-2029&year=2025" \
    "achievement/agencies?period=2025-2029&year=2025&figures=VERIFIED" \
    "achievement/nodes?period=2025-2029&year=2025&figures=VERIFIED&page=1000" \
    "shared-kpi-coverage?period=2025-2029&year=2025" \
    "cross-cutting-outcomes?period=2025-2029&year=2025" \
    "crosscutting-matrix?period=2025-2029&year=2025" \
    "integrity?period=2025-2029&agency=AG0001" \
    "integrity?period=2025-2029" \
    "duplication?period=2025-2029" \
    "duplication?period=2025-2029&agency=AG0001" \
    "duplication?period=2025-2029&page=20" \
    "shared-kpi-coverage?period=2025-2029&year=2025&page=19" \
    "cross-cutting-outcomes?period=2025-2029&year=2025&page=100" \
    "crosscutting-matrix?period=2025-2029&year=2025&page=170" \
    "outcome-inputs?period=2025-2029&year=2025&agency=AG0001" \
    "outcome-inputs?period=2025-2029&year=2025" \
    "synergy?period=2025-2029" \
    "absorption?period=2025-2029&year=2025&agency=AG0001" \
    "absorption?period=2025-2029&year=2025" \
    "absorption?period=2025-2029&year=2025&month=6&page=1000" \
    "efficiency/outcomes?period=2025-2029&year=2025&agency=AG0001" \
    "efficiency/outcomes?period=2025-2029&year=2025" \
    "efficiency/outcomes?period=2025-2029&year=2025&page=100" \
    "efficiency/agencies?period=2025-2029&year=2025" \
    "efficiency/agencies?period=2025-2029&year=2025&figures=VERIFIED&page=4&size=100" \
    "lkjip?period=2025-2029&year=2025&agency=AG0001" \
    "lkjip?period=2025-2029&year=2025&agency=AG0250&size=500" \
    "/api/v1/agencies/AG0001/cascades/2025-2029/agreements/2025" \
    "/api/v1/agencies/AG0001/cascades/2025-2029/agreements/2025/action-plan" \
    "/api/v1/agencies/AG0001/cascades/2025-2029/budgets/2025"; do
    if [ -n "${SKIP:-}" ] && [[ "$report" =~ $SKIP ]]; then
        printf '%-62s skipped\n' "$report" | tee -a "$WORK/results.txt"
        continue
    fi
    url="$BASE/$report"
    if [[ "$report" == /* ]]; then url="http://localhost:$APP_PORT$report"; fi
    call() { curl -s -o /dev/null --max-time 300 -w '%{http_code} %{time_total} %{size_download}\n' -H "Authorization: Bearer $TOKEN" "$url"; }
    for _ in $(seq "$WARMUP"); do call >/dev/null; done
    psql -q -c "select pg_stat_statements_reset()" >/dev/null
    TIMES=$(for _ in $(seq "$RUNS"); do call; done)
    DB=$(psql -At -c "select round(coalesce(sum(total_exec_time), 0) / $RUNS) from pg_stat_statements
                      where query not like '%pg_stat_statements%' and query not ilike 'set %' and query not ilike 'show %'")
    STATUS=$(echo "$TIMES" | awk '{print $1}' | sort | uniq -c | awk '{printf "%s x%s ", $2, $1}')
    printf '%-62s %7s ms %7s ms %6s ms %8s %s\n' "$report" "$(echo "$TIMES" | awk '{print $2}' | percentile 0.5)" \
        "$(echo "$TIMES" | awk '{print $2}' | percentile 0.95)" "$DB" "$(echo "$TIMES" | tail -1 | awk '{print $3}')" "$STATUS" \
        | tee -a "$WORK/results.txt"
done

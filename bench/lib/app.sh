# Starts the packaged application (target/quarkus-app) against the benchmark database. Source, then:
#   app_start PORT LOG    builds the package if missing, starts it, waits for readiness
#   app_stop
#   bench_register BASE   registers agency BENCH and period 2025-2029 (as admin)
app_start() {
    local port=$1 log=$2
    [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
    DB_URL="jdbc:postgresql://localhost:$PGPORT/postgres" DB_USER=postgres DB_PASSWORD=unused \
        JWT_PUBLIC_KEY_LOCATION=src/main/dev-jwt/publicKey.pem PORT=$port \
        java ${APP_JAVA_OPTS:--Xmx1g} -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 120); do
        if curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    echo "application did not become ready; see $log" >&2
    return 1
}

app_stop() {
    [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}

# A bearer token signed with the public dev key (src/main/dev-jwt), which the benchmark app trusts.
# Usage: bench_token ROLE [AGENCY]
bench_token() {
    python3 bench/lib/token.py "$@"
}

# The agency and period every benchmark tree belongs to. Usage: bench_register BASE_URL
bench_register() {
    local admin
    admin=$(bench_token admin)
    curl -fs -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d '{"code":"BENCH","name":"Instansi benchmark","kind":"MINISTRY"}' "$1/api/v1/agencies"
    curl -fs -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d '{"code":"2025-2029","firstYear":2025,"lastYear":2029}' "$1/api/v1/periods"
}

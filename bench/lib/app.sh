# Starts the packaged application (target/quarkus-app) against the benchmark database. Source, then:
#   app_start PORT LOG    builds the package if missing, starts it, waits for readiness
#   app_stop
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

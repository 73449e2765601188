#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the PostgreSQL test runs (ADR 0033) and prints the
# variables the tests read. Usage: eval "$(scripts/test-postgres.sh start)"; scripts/test-postgres.sh stop
#   REKAP_TEST_PG_PORT (default 55432), REKAP_TEST_PG_DIR (default /tmp/rekap-test-pg).
# The server listens on 127.0.0.1 only, account rekap / password rekap (a test server, never data).
set -euo pipefail
PORT="${REKAP_TEST_PG_PORT:-55432}"
DIR="${REKAP_TEST_PG_DIR:-/tmp/rekap-test-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "test-postgres.sh: no PostgreSQL server installed (Debian: apt-get install postgresql)" >&2
  exit 1
fi
as_owner() {
  # initdb and the server refuse to run as root: run them as the postgres account then
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}
case "${1:-start}" in
  start)
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres "$DIR"
      as_owner "echo rekap > '$DIR/pw' && '$BIN/initdb' -D '$DIR/data' -U rekap --auth=scram-sha-256 --pwfile='$DIR/pw' -E UTF8 --locale=C.UTF-8 >'$DIR/initdb.log' 2>&1" \
        || { cat "$DIR/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "'$BIN/pg_ctl' -D '$DIR/data' status" >/dev/null 2>&1; then
      as_owner "'$BIN/pg_ctl' -D '$DIR/data' -w -l '$DIR/server.log' -o \"-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >&2 \
        || { cat "$DIR/server.log" >&2; exit 1; }
    fi
    echo "export REKAP_TEST_PG_URL=postgresql://127.0.0.1:$PORT/postgres"
    echo "export REKAP_TEST_PG_USER=rekap"
    echo "export REKAP_TEST_PG_PASSWORD=rekap"
    ;;
  stop)
    as_owner "'$BIN/pg_ctl' -D '$DIR/data' -m fast stop" >&2 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

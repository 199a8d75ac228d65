#!/usr/bin/env bash
# An embedded PostgreSQL for the local run, from Maven artifacts: nothing to install but a JDK and
# Maven. The server binaries come from io.zonky.test.postgres:embedded-postgres-binaries-<platform>
# (the artifacts that io.zonky.test:embedded-postgres runs; they ship unaccent and pg_trgm). They
# are fetched once into .cache/postgres and run from this script rather than from the zonky
# library, because PostgreSQL refuses to run as root and the library cannot avoid it: started by
# root (CI machines, containers), the server runs in a user namespace (util-linux unshare) where
# it is an ordinary user, while its files stay root's on the disk.
#
#   scripts/local-postgres.sh start DATA_DIR PORT DATABASE   initdb if needed, create DATABASE, start
#   scripts/local-postgres.sh stop DATA_DIR                  stop (fast shutdown)
#   scripts/local-postgres.sh status DATA_DIR
#
# The data directory is kept across restarts. The server listens on 127.0.0.1 only, trusts local
# connections (user postgres, no password) and logs to DATA_DIR/../postgres.log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source scripts/lib.sh
use_java21
PG_VERSION=17.5.0

platform() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) echo linux-amd64 ;;
    Linux-aarch64) echo linux-arm64v8 ;;
    Darwin-arm64) echo darwin-arm64v8 ;;
    Darwin-x86_64) echo darwin-amd64 ;;
    *) echo "No embedded PostgreSQL build for $(uname -sm); set FABRIQUE_DB_URL to a server." >&2; exit 1 ;;
  esac
}

BIN_HOME="$ROOT/.cache/postgres/$PG_VERSION-$(platform)"

fetch_binaries() {
  [ -x "$BIN_HOME/bin/postgres" ] && return 0
  local artifact="io.zonky.test.postgres:embedded-postgres-binaries-$(platform):$PG_VERSION" tmp
  echo "Fetching PostgreSQL $PG_VERSION ($artifact)"
  tmp=$(mktemp -d)
  mvn -B -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$tmp" >"$tmp/mvn.log" 2>&1 \
    || { cat "$tmp/mvn.log" >&2; exit 1; }
  (cd "$tmp" && jar xf ./*.jar && mkdir -p unpacked && tar -xJf ./postgres-*.txz -C unpacked)
  mkdir -p "$(dirname "$BIN_HOME")"
  rm -rf "$BIN_HOME"
  mv "$tmp/unpacked" "$BIN_HOME"
  rm -rf "$tmp"
}

# Runs a PostgreSQL binary as the current user; for root, inside a user namespace in which it is
# user 1000 (mapped to root outside, so it owns and reaches the same files).
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    unshare --user --map-user=1000 --map-group=1000 -- "$@"
  else
    "$@"
  fi
}

start() {
  local data=$1 port=$2 database=$3 log
  fetch_binaries
  mkdir -p "$data"
  data=$(cd "$data" && pwd)
  log="$(dirname "$data")/postgres.log"
  if [ ! -f "$data/PG_VERSION" ]; then
    echo "Creating the local database cluster in $data"
    as_server_user "$BIN_HOME/bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C \
      --locale-provider=icu --icu-locale=fr >/dev/null
    # No psql in the artifact: the single-user mode creates the application's database.
    echo "create database \"$database\"" | as_server_user "$BIN_HOME/bin/postgres" --single -D "$data" postgres >/dev/null 2>&1
  fi
  if status "$data" >/dev/null; then
    echo "PostgreSQL is already running on $data"
    return 0
  fi
  as_server_user "$BIN_HOME/bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k /tmp" start >/dev/null
  echo "PostgreSQL $PG_VERSION on 127.0.0.1:$port (data in $data, log $log)"
}

stop() {
  local data=$1
  [ -f "$data/postmaster.pid" ] || return 0
  as_server_user "$BIN_HOME/bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || true
}

status() {
  local data=$1
  [ -f "$data/postmaster.pid" ] && as_server_user "$BIN_HOME/bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

case "${1:-}" in
  start) start "${2:?data directory}" "${3:?port}" "${4:?database}" ;;
  stop) stop "${2:?data directory}" ;;
  status) status "${2:?data directory}" && echo running || { echo stopped; exit 3; } ;;
  *) echo "usage: $0 start DATA_DIR PORT DATABASE | stop DATA_DIR | status DATA_DIR" >&2; exit 2 ;;
esac

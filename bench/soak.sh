#!/usr/bin/env bash
# A 10-minute soak at 100 requests/s of mixed reads and writes (bench/soak.mjs) against the
# production jar on an embedded PostgreSQL of its own (port 15436), with the demo data; the jar's
# heap is capped as a container would cap it (-Xmx512m). Passes with 0 failed requests and the
# RSS at the end within 10 % of the RSS at minute 2. Figures in bench/results/soak-<commit>.md.
# Env: SOAK_MINUTES (10), SOAK_RATE (100), SOAK_PORT (18095), SOAK_SKIP_BUILD=1 (reuse the jar).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source scripts/lib.sh
use_java21
work="$ROOT/bench/.work/soak"
port=${SOAK_PORT:-18095}
mkdir -p "$work"
if [ "${SOAK_SKIP_BUILD:-}" != 1 ] || [ ! -f backend/target/quarkus-app/quarkus-run.jar ]; then
  (cd backend && mvn -B -q package -DskipTests)
fi
rm -rf "$work/pg"
scripts/local-postgres.sh start "$work/pg" 15436 fabrique
cleanup() {
  [ -n "${backend_pid:-}" ] && kill "$backend_pid" 2>/dev/null || true
  scripts/local-postgres.sh stop "$work/pg" >/dev/null 2>&1 || true
}
trap cleanup EXIT
FABRIQUE_DB_URL=jdbc:postgresql://127.0.0.1:15436/fabrique FABRIQUE_DB_USER=postgres \
  FABRIQUE_DB_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -d '\n')" \
  FABRIQUE_PARTICIPATION_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" \
  java -Xmx512m -Dquarkus.http.port="$port" -Dfabrique.demo-data.enabled=true -Dfabrique.rate-limit.enabled=false \
  -Dfabrique.participation.rate-limit.per-address=1000000 -Dfabrique.participation.rate-limit.per-email=1000000 \
  -jar backend/target/quarkus-app/quarkus-run.jar > "$work/backend.log" 2>&1 &
backend_pid=$!
wait_for_url "http://127.0.0.1:$port/q/health/ready" 180
commit=$(git rev-parse --short HEAD)
SOAK_API="http://127.0.0.1:$port" SOAK_PID=$backend_pid SOAK_OUT="bench/results/soak-$commit.md" node bench/soak.mjs

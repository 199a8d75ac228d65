#!/usr/bin/env bash
# Builds and starts the whole platform locally with embedded defaults:
#   backend (Quarkus, H2 file database under ./data, Reset Day 4 demo data) on http://localhost:8080
# Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
source scripts/lib.sh
use_java21

BACKEND_PORT=${FABRIQUE_PORT:-8080}
mkdir -p data .cache/run

echo "==> Building the backend (local profile: embedded H2 database)"
(cd backend && mvn -B -q package -DskipTests -Dspotless.check.skip=true -Dquarkus.profile=local)
rm -rf .cache/run/backend && cp -r backend/target/quarkus-app .cache/run/backend

pids=()
cleanup() {
  trap - EXIT INT TERM
  echo
  echo "==> Stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

echo "==> Starting the backend on port $BACKEND_PORT (data in $ROOT/data)"
java -Dquarkus.profile=local -Dquarkus.http.port="$BACKEND_PORT" -Dfabrique.data-dir="$ROOT/data" \
  -jar .cache/run/backend/quarkus-run.jar > .cache/run/backend.log 2>&1 &
pids+=($!)
if ! wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 180; then
  tail -n 50 .cache/run/backend.log >&2
  exit 1
fi

cat <<MSG

Fabrique is running:
  API            http://localhost:$BACKEND_PORT/api/v1/panorama
  Swagger UI     http://localhost:$BACKEND_PORT/q/swagger-ui
  OpenAPI        http://localhost:$BACKEND_PORT/q/openapi
  Health         http://localhost:$BACKEND_PORT/q/health
  Backend log    $ROOT/.cache/run/backend.log
Press Ctrl-C to stop.
MSG
wait "${pids[@]}"

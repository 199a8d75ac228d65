#!/usr/bin/env bash
# Runs every suite: the backend on PostgreSQL (unit, REST, architecture, OpenAPI contract,
# formatting), then a smoke test of the local build on H2 (what ./run.sh starts).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
source scripts/lib.sh
use_java21
export NO_COLOR=1

echo "==> PostgreSQL"
ensure_postgres
ensure_database fabrique_test

echo "==> Backend tests on PostgreSQL (mvn verify)"
(cd backend && mvn -B clean verify)

echo "==> Smoke test of the local build on H2 (as ./run.sh starts it)"
smoke_dir=$(mktemp -d)
(cd backend && mvn -B -q package -DskipTests -Dspotless.check.skip=true -Dquarkus.profile=local)
cp -r backend/target/quarkus-app "$smoke_dir/app"
java -Dquarkus.profile=local -Dquarkus.http.port=18080 -Dfabrique.data-dir="$smoke_dir/data" \
  -jar "$smoke_dir/app/quarkus-run.jar" > "$smoke_dir/backend.log" 2>&1 &
smoke_pid=$!
trap 'kill $smoke_pid 2>/dev/null || true; rm -rf "$smoke_dir"' EXIT
if ! wait_for_url http://localhost:18080/q/health/ready 120; then
  tail -n 80 "$smoke_dir/backend.log" >&2
  exit 1
fi
smoke_passed=0
smoke_failed=0
check() {
  local what=$1 url=$2 needle=$3
  if curl -fsS "$url" | grep -q "$needle"; then
    smoke_passed=$((smoke_passed + 1)); echo "ok   $what"
  else
    smoke_failed=$((smoke_failed + 1)); echo "FAIL $what ($url lacks $needle)"
  fi
}
check "H2 readiness includes the database" http://localhost:18080/q/health/ready '"status": "UP"'
check "H2 panorama serves the demo axes" http://localhost:18080/api/v1/panorama 'democratie-ethique-libertes'
check "H2 search is accent-insensitive" "http://localhost:18080/api/v1/search?q=ethiques" 'formations-superieures-numeriques-ethiques'
check "Swagger UI" http://localhost:18080/q/swagger-ui/ 'swagger'
kill $smoke_pid; wait $smoke_pid 2>/dev/null || true
echo "smoke: $smoke_passed passed, $smoke_failed failed"
[ "$smoke_failed" -eq 0 ]

echo "==> All suites passed"

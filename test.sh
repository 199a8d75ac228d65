#!/usr/bin/env bash
# Runs every suite, installing or starting what they need:
#   1. frontend: ESLint, Prettier, tsc, API types up to date, Vitest, build, bundle budget
#   2. backend on PostgreSQL, with real Keycloak tokens (mvn verify: REST, authorisation matrix,
#      real-token, architecture, OpenAPI contract, formatting)
#   3. the local run (what ./run.sh starts: the same jar, local profile, on the embedded PostgreSQL
#      from Maven artifacts) + Keycloak + the SPA: smoke checks, browser journeys in Chromium with
#      axe, Lighthouse budgets, tokens still valid with Keycloak stopped
#   4. scale-out: two replicas of the production jar on one PostgreSQL behind Debian's nginx
#      (deploy/nginx-api.conf.template): freshness across replicas, concurrent edits, shared
#      limits, a replica killed under load (deploy/tests/scale-out.test.mjs); then a backup of what
#      they wrote, restored into an empty database and compared table by table
#      (deploy/tests/backup-restore.sh)
#   4b. faults: PostgreSQL stopped under write load, the backend killed under comment load, a table
#      locked (deploy/tests/faults.test.mjs, on an embedded PostgreSQL of its own)
#   then, on the local run: every operation of the contract fuzzed (deploy/tests/fuzz.test.mjs);
#   the partners' example mirror script (deploy/tests/partner-sync.test.mjs);
#   last, a production-like stack (production realm, nginx with the image's files:
#   frontend/e2e-production/)
#   5. deployment: the production jar refuses missing or known secrets; docker-compose.yml; the
#      nginx fronts' refusals (problem+json, no Keycloak admin); the realm files
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
source scripts/lib.sh
use_java21
export NO_COLOR=1
export FABRIQUE_KEYCLOAK_REQUIRED=true

for port in 8180 5173 18080 15433 18081 18082 18088 18089 3025 8025 3143; do
  if port_in_use "$port"; then
    echo "Port $port is in use (is ./run.sh running?): stop it before ./test.sh." >&2
    exit 1
  fi
done

work=$(mktemp -d)
pids=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  scripts/keycloak.sh stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  scripts/local-postgres.sh stop "$work/pgdata" >/dev/null 2>&1 || true
  scripts/local-postgres.sh stop "$work/faultpg" >/dev/null 2>&1 || true
  scripts/mail-sink.sh stop 8025 >/dev/null 2>&1 || true
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  [ -f "$work/prodlike/nginx.pid" ] && kill "$(cat "$work/prodlike/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "==> Tools: PostgreSQL, Chromium, docker-compose"
ensure_postgres
ensure_database fabrique_test
ensure_debian_packages chromium docker-compose jq nginx gettext-base

echo "==> Mail sink (as ./run.sh starts it: SMTP 3025, REST 8025): Keycloak and the backend mail there"
scripts/mail-sink.sh start 3025 8025 3143

echo "==> Keycloak (local realm), started in the background"
scripts/keycloak.sh check
scripts/keycloak.sh start local

echo "==> Frontend: lint, format, types, API types, unit tests, build, size budget"
(cd frontend && npm_install_if_needed && npm run check && npm test && npm run build && npm run size)

scripts/keycloak.sh wait 300

echo "==> Backend on PostgreSQL with real Keycloak tokens (mvn verify)"
(cd backend && mvn -B clean verify)
cp -r backend/target/quarkus-app "$work/backend"

echo "==> Scale-out: two replicas of the production jar on one PostgreSQL, behind nginx"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists fabrique_scale with (force)" -c "create database fabrique_scale"
scale_secret=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
# The production jar needs a database password of its own: the local server trusts local
# connections, so any strong value does.
scale_db_password=$(head -c 24 /dev/urandom | base64 | tr -d '\n')
start_replica() {
  FABRIQUE_DB_URL=jdbc:postgresql://127.0.0.1:5432/fabrique_scale FABRIQUE_DB_USER=postgres \
    FABRIQUE_DB_PASSWORD="$scale_db_password" FABRIQUE_PARTICIPATION_SECRET="$scale_secret" java -Dquarkus.http.port="$1" \
    -Dfabrique.demo-data.enabled=true -Dfabrique.rate-limit.write.requests=100000 \
    -Dfabrique.participation.rate-limit.per-address=4 \
    -jar "$work/backend/quarkus-run.jar" > "$work/replica-$1.log" 2>&1 &
  pids+=($!)
  replica_pid=$!
}
start_replica 18081
replica_a_pid=$replica_pid
wait_for_url http://127.0.0.1:18081/q/health/ready 180 || { tail -n 60 "$work/replica-18081.log" >&2; exit 1; }
start_replica 18082
replica_b_pid=$replica_pid
wait_for_url http://127.0.0.1:18082/q/health/ready 180 || { tail -n 60 "$work/replica-18082.log" >&2; exit 1; }
mkdir -p "$work/nginx"
FABRIQUE_API_UPSTREAMS="server 127.0.0.1:18081 max_fails=1 fail_timeout=30s; server 127.0.0.1:18082 max_fails=1 fail_timeout=30s;" \
  FABRIQUE_API_LISTEN=127.0.0.1:18088 \
  envsubst '${FABRIQUE_API_UPSTREAMS} ${FABRIQUE_API_LISTEN}' < deploy/nginx-api.conf.template > "$work/nginx/api.conf"
{
  [ "$(id -u)" -eq 0 ] && echo "user root;"
  echo "worker_processes 1; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;"
  echo "events {} http { access_log off; client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;"
  echo "  include $work/nginx/api.conf; }"
} > "$work/nginx/nginx.conf"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"
wait_for_url http://127.0.0.1:18088/q/health/ready 30
REPLICA_A=http://127.0.0.1:18081 REPLICA_B=http://127.0.0.1:18082 PROXY=http://127.0.0.1:18088 \
  REPLICA_B_PID=$replica_b_pid SUBMISSIONS_PER_ADDRESS=4 TOKEN="$(scripts/keycloak.sh token admin)" \
  node --test --test-reporter=spec deploy/tests/scale-out.test.mjs
kill "$(cat "$work/nginx/nginx.pid")" "$replica_a_pid" 2>/dev/null || true
rm -f "$work/nginx/nginx.pid"
wait "$replica_a_pid" 2>/dev/null || true

echo "==> Backup and restore (scripts/backup.sh, scripts/restore.sh) of what the replicas wrote"
SOURCE_DB=fabrique_scale TARGET_DB=fabrique_restored WORK="$work" KEYCLOAK_ADMIN_URL=http://localhost:8180 \
  KEYCLOAK_ADMIN=kc-admin KEYCLOAK_ADMIN_PASSWORD=kc-admin deploy/tests/backup-restore.sh

echo "==> Faults: the production jar on a PostgreSQL of its own, stopped, killed, locked (deploy/tests/faults.test.mjs)"
scripts/local-postgres.sh start "$work/faultpg" 15434 fabrique
JAR="$work/backend/quarkus-run.jar" PG_DIR="$work/faultpg" PG_PORT=15434 API_PORT=18084 \
  TOKEN="$(scripts/keycloak.sh token admin)" node --test --test-reporter=spec deploy/tests/faults.test.mjs
scripts/local-postgres.sh stop "$work/faultpg"

echo "==> The local run (as ./run.sh starts it): the same jar on the embedded PostgreSQL"
scripts/local-postgres.sh start "$work/pgdata" 15433 fabrique
java -Dquarkus.profile=local -Dquarkus.http.port=18080 \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:15433/fabrique \
  -Dfabrique.rate-limit.enabled=false -Dfabrique.participation.rate-limit.per-address=1000 \
  -jar "$work/backend/quarkus-run.jar" > "$work/backend.log" 2>&1 &
pids+=($!)
cp -r frontend/dist "$work/spa"
printf '{"apiUrl":"http://localhost:18080","keycloakUrl":"http://localhost:8180","realm":"reset","clientId":"fabrique-spa"}\n' \
  > "$work/spa/config.json"
(cd frontend && exec node node_modules/vite/bin/vite.js preview --outDir "$work/spa" --port 5173 --strictPort) > "$work/spa.log" 2>&1 &
pids+=($!)
if ! wait_for_url http://localhost:18080/q/health/ready 180; then
  tail -n 80 "$work/backend.log" >&2
  exit 1
fi
wait_for_url http://localhost:5173/ 60

passed=0
failed=0
check() {
  local what=$1
  shift
  if "$@" >/dev/null 2>&1; then
    passed=$((passed + 1)); echo "ok   $what"
  else
    failed=$((failed + 1)); echo "FAIL $what"
  fi
}
contains() { curl -fsS "${@:2}" | grep -q -- "$1"; }
status_is() { [ "$(curl -s -o /dev/null -w '%{http_code}' "${@:2}")" = "$1" ]; }
check "Embedded PostgreSQL: readiness includes the database" contains '"status": "UP"' http://localhost:18080/q/health/ready
check "Embedded PostgreSQL: the panorama serves the demo axes" contains democratie-ethique-libertes http://localhost:18080/api/v1/panorama
check "Embedded PostgreSQL: search is accent-insensitive" contains formations-superieures-numeriques-ethiques "http://localhost:18080/api/v1/search?q=ethiques"
check "The production jar carries no H2 driver" bash -c "! ls '$work/backend/lib/main' | grep -qi h2database"
check "Swagger UI is served" contains swagger http://localhost:18080/q/swagger-ui/
check "The SPA is served" contains '<div id="root">' http://localhost:5173/
check "The SPA is served with a strict CSP (script-src 'self')" contains "script-src 'self'" -I http://localhost:5173/
token=$(scripts/keycloak.sh token coordinator)
check "A real token reads /me" contains '"username":"coordinator"' -H "Authorization: Bearer $token" http://localhost:18080/api/v1/me
check "Anonymous /me is a 401 problem" status_is 401 http://localhost:18080/api/v1/me

echo "==> Browser journeys (Chromium, axe) and Lighthouse accessibility"
(cd frontend && E2E_BASE_URL=http://localhost:5173 E2E_API_URL=http://localhost:18080 \
  E2E_MAIL_URL=http://127.0.0.1:8025 npm run e2e)
# Lighthouse (mobile preset, the strict CSP on) on six pages (panorama, coalition #3, a territory,
# an event, a note, search), one run each: accessibility is gated at 100 (it does not depend on the
# machine); performance is printed, not gated here. The performance budget (90, the medians of 5
# runs) is a timed measure: it lives in bench/lighthouse.sh, with its figures in bench/README.md.
# Measured on one shared 2-core host, the same build scored 74-94 within minutes and the host's
# BenchmarkIndex moved 1,840-2,966 inside one series (README.md, "Lighthouse"), which no gate in
# ./test.sh should depend on. LIGHTHOUSE_MIN_PERFORMANCE=90 LIGHTHOUSE_RUNS=3 restores the gate here.
(cd frontend && E2E_BASE_URL=http://localhost:5173 LIGHTHOUSE_MIN_PERFORMANCE="${LIGHTHOUSE_MIN_PERFORMANCE:-0}" \
  LIGHTHOUSE_RUNS="${LIGHTHOUSE_RUNS:-1}" LIGHTHOUSE_IDLE_WAIT=180 npm run lighthouse)

echo "==> Fuzzing every operation of openapi.yaml, anonymous and as each role (deploy/tests/fuzz.test.mjs)"
# After the journeys and Lighthouse: fuzzed writes change the demo data.
fuzz_tokens=$(for role in admin editor moderator coordinator territory-manager member; do
  printf '"%s":"%s",' "$role" "$(scripts/keycloak.sh token "$role")"
done)
API=http://localhost:18080 TOKENS="{${fuzz_tokens%,}}" node --test --test-reporter=spec deploy/tests/fuzz.test.mjs

echo "==> Partner mirror: the example script mirrors the demo data, then follows one change and one deletion"
FABRIQUE_API_URL=http://localhost:18080 TOKEN="$(scripts/keycloak.sh token admin)" \
  node --test --test-reporter=spec deploy/tests/partner-sync.test.mjs

echo "==> Keycloak stopped: tokens already issued still validate (cached keys), the API stays up"
# A fresh token: the one above may have outlived its 5-minute lifespan during the journeys.
token=$(scripts/keycloak.sh token coordinator)
check "A fresh token reads /me (the API caches the realm keys)" contains '"username":"coordinator"' -H "Authorization: Bearer $token" http://localhost:18080/api/v1/me
scripts/keycloak.sh stop
check "Keycloak is down" status_is 000 http://localhost:8180/realms/reset
check "An issued token still reads /me" contains '"username":"coordinator"' -H "Authorization: Bearer $token" http://localhost:18080/api/v1/me
check "Public reads go on" contains environnement http://localhost:18080/api/v1/axes

echo "==> Deployment: the production jar refuses known or missing secrets; docker-compose.yml; realms"
# The production jar (default profile) with no database reachable: secrets are checked when the
# configuration is read, before anything connects, so each start must fail on the secret under test
# alone (the other secrets are given strong values).
prod_refuses() {
  local expected=$1 out
  shift
  out=$(env -u FABRIQUE_PARTICIPATION_SECRET -u FABRIQUE_DB_PASSWORD \
    FABRIQUE_DB_URL=jdbc:postgresql://127.0.0.1:1/none \
    FABRIQUE_PARTICIPATION_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" \
    FABRIQUE_DB_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -d '\n')" \
    env "$@" timeout 60 java -Dquarkus.http.port=0 -jar "$work/backend/quarkus-run.jar" 2>&1) && return 1
  grep -q -- "$expected" <<<"$out"
}
check "Production jar: no participation secret, no start" \
  prod_refuses fabrique.participation.secret -u FABRIQUE_PARTICIPATION_SECRET
check "Production jar: the repository's local secret, no start" \
  prod_refuses FABRIQUE_PARTICIPATION_SECRET FABRIQUE_PARTICIPATION_SECRET=local-participation-secret-change-me
check "Production jar: a short secret, no start" \
  prod_refuses FABRIQUE_PARTICIPATION_SECRET FABRIQUE_PARTICIPATION_SECRET=short-secret
check "Production jar: no database password, no start" \
  prod_refuses FABRIQUE_DB_PASSWORD -u FABRIQUE_DB_PASSWORD
check "Production jar: the former default database password, no start" \
  prod_refuses FABRIQUE_DB_PASSWORD FABRIQUE_DB_PASSWORD=fabrique
check "Production jar: compose's former database password, no start" \
  prod_refuses FABRIQUE_DB_PASSWORD FABRIQUE_DB_PASSWORD=change-me
check "Production jar: a short database password (-D), no start" \
  prod_refuses FABRIQUE_DB_PASSWORD -u FABRIQUE_DB_PASSWORD JAVA_TOOL_OPTIONS=-Dquarkus.datasource.password=short
check "Production jar: strong secrets pass the checks (it fails later, on the missing database)" \
  prod_refuses "Unable to obtain connection"
# docker-compose.yml refuses to run while any secret is missing, and accepts .env.example once
# every secret is filled in.
compose_env() {
  grep -v '^#' .env.example | grep -v '^$' | sed 's/^\(.*PASSWORD\|.*SECRET\)=$/\1='"$(head -c 24 /dev/urandom | base64 | tr -d '\n/+=')"'/'
}
compose_without() {
  local variable=$1 out
  out=$(env -i PATH="$PATH" $(compose_env | grep -v "^$variable=") docker-compose -f docker-compose.yml config -q 2>&1) && return 1
  grep -q "$variable" <<<"$out"
}
for secret in FABRIQUE_DB_PASSWORD KEYCLOAK_DB_PASSWORD KEYCLOAK_ADMIN_PASSWORD FABRIQUE_PARTICIPATION_SECRET FABRIQUE_KEYCLOAK_ACCOUNTS_SECRET FABRIQUE_SMTP_HOST FABRIQUE_MAIL_FROM; do
  check "docker-compose refuses to start without $secret" compose_without "$secret"
done
check "docker-compose config accepts docker-compose.yml with .env.example filled in" \
  env -i PATH="$PATH" $(compose_env) docker-compose -f docker-compose.yml config -q
keycloak_on_loopback_only() {
  env -i PATH="$PATH" $(compose_env) docker-compose -f docker-compose.yml config | python3 -c '
import sys, yaml
ports = [str(p) for p in yaml.safe_load(sys.stdin)["services"]["keycloak"].get("ports", [])]
sys.exit(0 if ports and all(p.startswith("127.0.0.1:") and ":9000" not in p for p in ports) else 1)'
}
check "docker-compose publishes Keycloak on 127.0.0.1 only, not its management port" keycloak_on_loopback_only
# The nginx fronts of docker-compose.yml (Debian's nginx, upstreams that do not answer): the API's
# refusals are problem+json; Keycloak's front proxies the realm's sign-in only.
mkdir -p "$work/fronts"
FABRIQUE_API_UPSTREAMS="server 127.0.0.1:1;" FABRIQUE_API_LISTEN=127.0.0.1:18088 \
  envsubst '${FABRIQUE_API_UPSTREAMS} ${FABRIQUE_API_LISTEN}' < deploy/nginx-api.conf.template > "$work/fronts/api.conf"
FABRIQUE_AUTH_UPSTREAM=127.0.0.1:1 FABRIQUE_AUTH_LISTEN=127.0.0.1:18089 \
  envsubst '${FABRIQUE_AUTH_UPSTREAM} ${FABRIQUE_AUTH_LISTEN}' < deploy/nginx-auth.conf.template > "$work/fronts/auth.conf"
{
  [ "$(id -u)" -eq 0 ] && echo "user root;"
  echo "worker_processes 1; pid $work/fronts/nginx.pid; error_log $work/fronts/error.log warn;"
  echo "events {} http { access_log off; client_body_temp_path $work/fronts/body; proxy_temp_path $work/fronts/proxy;"
  echo "  include $work/fronts/api.conf; include $work/fronts/auth.conf; }"
} > "$work/fronts/nginx.conf"
nginx -c "$work/fronts/nginx.conf" -p "$work/fronts"
for _ in $(seq 1 50); do curl -s -o /dev/null http://127.0.0.1:18089/ && break; sleep 0.1; done
# problem STATUS CURL-ARGS...: the answer has this status, is problem+json, and names no internals.
problem() {
  local status=$1 out
  shift
  out=$(curl -s -m 10 -D - "$@")
  grep -q "^HTTP/1.1 $status" <<<"$out" && grep -qi '^content-type: application/problem+json' <<<"$out" \
    && grep -q "\"status\":$status" <<<"$out" && ! grep -qi 'exception\|nginx/' <<<"$out"
}
long=$(head -c 5000 /dev/zero | tr '\0' a)
head -c 1100000 /dev/zero | tr '\0' a > "$work/fronts/big-body"
check "API front: a body over 1 MiB is a 413 problem" \
  problem 413 -X POST -H 'Content-Type: application/json' --data-binary @"$work/fronts/big-body" http://127.0.0.1:18088/api/v1/axes
check "API front: a request line over 4 KiB is a 414 problem" problem 414 "http://127.0.0.1:18088/api/v1/axes?q=$long"
check "API front: a header over 4 KiB is a 431 problem" problem 431 -H "X-Filler: $long" http://127.0.0.1:18088/api/v1/axes
check "API front: no replica answering is a 503 problem" problem 503 http://127.0.0.1:18088/api/v1/axes
check "Keycloak front: no admin console" problem 404 http://127.0.0.1:18089/admin/master/console/
check "Keycloak front: no admin REST API" problem 404 http://127.0.0.1:18089/admin/realms/reset/users
check "Keycloak front: no master realm" problem 404 -d grant_type=password http://127.0.0.1:18089/realms/master/protocol/openid-connect/token
check "Keycloak front: no management endpoints" problem 404 http://127.0.0.1:18089/health/ready
check "Keycloak front: the realm reset is proxied" \
  status_is 502 http://127.0.0.1:18089/realms/reset/.well-known/openid-configuration
kill "$(cat "$work/fronts/nginx.pid")" 2>/dev/null || true
check "Realm files: the production realm has no demo client, rotates refresh tokens, names no localhost" \
  scripts/keycloak.sh check

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

echo "==> A production-like stack: the production jar on PostgreSQL behind the API's nginx front,"
echo "    Keycloak with the production realm, the SPA's production build behind nginx (deploy/nginx.conf)"
kill "$(cat "$work/fronts/nginx.pid")" 2>/dev/null || true
for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
psql -h 127.0.0.1 -U postgres -qc "drop database if exists fabrique_prodlike with (force)" -c "create database fabrique_prodlike"
FABRIQUE_SPA_PUBLIC_URL=http://localhost:18090 FABRIQUE_API_PUBLIC_URL=http://localhost:18091 scripts/keycloak.sh reset prod >/dev/null
FABRIQUE_SPA_PUBLIC_URL=http://localhost:18090 FABRIQUE_API_PUBLIC_URL=http://localhost:18091 scripts/keycloak.sh start prod
FABRIQUE_DB_URL=jdbc:postgresql://127.0.0.1:5432/fabrique_prodlike FABRIQUE_DB_USER=postgres \
  FABRIQUE_DB_PASSWORD="$scale_db_password" FABRIQUE_PARTICIPATION_SECRET="$scale_secret" \
  FABRIQUE_SPA_ORIGINS=http://localhost:18090 FABRIQUE_SPA_URL=http://localhost:18090 \
  java -Dquarkus.http.port=18085 -Dfabrique.demo-data.enabled=true -Dfabrique.participation.rate-limit.per-address=3 \
  -jar "$work/backend/quarkus-run.jar" > "$work/prodlike-backend.log" 2>&1 &
pids+=($!)
mkdir -p "$work/prodlike/html" "$work/prodlike/conf"
cp -r frontend/dist/. "$work/prodlike/html/"
FABRIQUE_HTML_DIR="$work/prodlike/html" FABRIQUE_NGINX_DIR="$work/prodlike/conf" \
  FABRIQUE_API_URL=http://localhost:18091 FABRIQUE_KEYCLOAK_URL=http://localhost:8180 sh frontend/deploy/write-config.sh
# The image's file, with this machine's address and folder, and a TLS listener as nginx.conf
# says to add one (a self-signed certificate): HSTS must be sent there and only there.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -keyout "$work/prodlike/tls.key" -out "$work/prodlike/tls.crt" 2>/dev/null
tls="listen 127.0.0.1:18443 ssl; ssl_certificate $work/prodlike/tls.crt; ssl_certificate_key $work/prodlike/tls.key;"
sed -e "s|listen 8080;|listen 127.0.0.1:18090; $tls|" -e "s|root /usr/share/nginx/html;|root $work/prodlike/html;|" \
  frontend/deploy/nginx.conf > "$work/prodlike/conf/spa.conf"
same_but_address_and_folder() { [ "$(diff frontend/deploy/nginx.conf "$work/prodlike/conf/spa.conf" | grep -c '^[<>]')" = 4 ]; }
check "The SPA's nginx file differs from the image's by its address and folder only" same_but_address_and_folder
FABRIQUE_API_UPSTREAMS="server 127.0.0.1:18085;" FABRIQUE_API_LISTEN=127.0.0.1:18091 \
  envsubst '${FABRIQUE_API_UPSTREAMS} ${FABRIQUE_API_LISTEN}' < deploy/nginx-api.conf.template > "$work/prodlike/conf/api.conf"
{
  [ "$(id -u)" -eq 0 ] && echo "user root;"
  echo "worker_processes 1; pid $work/prodlike/nginx.pid; error_log $work/prodlike/error.log warn;"
  echo "events {} http { include /etc/nginx/mime.types; access_log off;"
  echo "  client_body_temp_path $work/prodlike/body; proxy_temp_path $work/prodlike/proxy;"
  echo "  include $work/prodlike/conf/spa.conf; include $work/prodlike/conf/api.conf; }"
} > "$work/prodlike/conf/nginx.conf"
nginx -c "$work/prodlike/conf/nginx.conf" -p "$work/prodlike/conf"
check "Over TLS the SPA's nginx sends HSTS" contains 'Strict-Transport-Security: max-age=31536000' -k -I https://localhost:18443/
check "Over TLS the SPA's nginx sends the CSP too" contains "script-src 'self'" -k -I https://localhost:18443/index.html
no_hsts_over_http() { ! curl -fsSI http://localhost:18090/ | grep -qi strict-transport-security; }
check "Over plain HTTP the SPA's nginx sends no HSTS" no_hsts_over_http
scripts/keycloak.sh wait 300
wait_for_url http://127.0.0.1:18091/q/health/ready 180 || { tail -n 60 "$work/prodlike-backend.log" >&2; exit 1; }
(cd frontend && E2E_BASE_URL=http://localhost:18090 E2E_API_URL=http://localhost:18091 KEYCLOAK_URL=http://localhost:8180 \
  SUBMISSIONS_PER_ADDRESS=3 node --test --test-reporter=spec --test-concurrency=1 e2e-production/)
kill "$(cat "$work/prodlike/nginx.pid")" 2>/dev/null || true
[ "$failed" -eq 0 ]
echo "==> All suites passed"

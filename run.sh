#!/usr/bin/env bash
# Builds and starts the whole platform locally with embedded defaults:
#   Keycloak (realm "reset" with local demo users) on http://localhost:8180
#   PostgreSQL 17, embedded (binaries from Maven, data under ./data/postgres) on 127.0.0.1:15432,
#     unless FABRIQUE_DB_URL names a server (then FABRIQUE_DB_USER / FABRIQUE_DB_PASSWORD too)
#   backend (Quarkus, local profile: Reset Day 4 demo data) on http://localhost:8080
#   single-page app (production build, served by vite preview) on http://localhost:5173
#   mail sink (GreenMail from Maven): SMTP 127.0.0.1:3025, read the mails on http://localhost:8025
# Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
source scripts/lib.sh
use_java21

BACKEND_PORT=8080
SPA_PORT=5173
DB_PORT=15432
mkdir -p data .cache/run

ports=($BACKEND_PORT $SPA_PORT 8180 3025 8025 3143)
[ -n "${FABRIQUE_DB_URL:-}" ] || ports+=($DB_PORT)
for port in "${ports[@]}"; do
  if port_in_use "$port"; then
    echo "Port $port is already in use: is ./run.sh already running? Stop it first." >&2
    exit 1
  fi
done

pids=()
cleanup() {
  trap - EXIT INT TERM
  echo
  echo "==> Stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  scripts/keycloak.sh stop >/dev/null 2>&1 || true
  scripts/mail-sink.sh stop 8025 >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  [ -n "${FABRIQUE_DB_URL:-}" ] || scripts/local-postgres.sh stop "$ROOT/data/postgres" || true
}
trap cleanup EXIT INT TERM

echo "==> Starting Keycloak in the background (first start: about 2 minutes)"
scripts/keycloak.sh start local

echo "==> Starting the mail sink (every mail the platform sends lands there)"
scripts/mail-sink.sh start 3025 8025 3143

if [ -n "${FABRIQUE_DB_URL:-}" ]; then
  echo "==> Using the database at $FABRIQUE_DB_URL"
else
  echo "==> Starting the embedded PostgreSQL (data in $ROOT/data/postgres)"
  scripts/local-postgres.sh start "$ROOT/data/postgres" "$DB_PORT" fabrique
fi

echo "==> Building the backend"
(cd backend && mvn -B -q package -DskipTests -Dspotless.check.skip=true)
rm -rf .cache/run/backend && cp -r backend/target/quarkus-app .cache/run/backend

echo "==> Building the single-page app"
(cd frontend && npm_install_if_needed && npm run --silent build)

echo "==> Starting the backend on port $BACKEND_PORT"
java -Dquarkus.profile=local -Dquarkus.http.port="$BACKEND_PORT" \
  -jar .cache/run/backend/quarkus-run.jar > .cache/run/backend.log 2>&1 &
pids+=($!)

echo "==> Serving the single-page app on port $SPA_PORT"
(cd frontend && exec node node_modules/vite/bin/vite.js preview --port "$SPA_PORT" --strictPort) > .cache/run/spa.log 2>&1 &
pids+=($!)

if ! wait_for_url "http://localhost:$BACKEND_PORT/q/health/ready" 180; then
  tail -n 50 .cache/run/backend.log >&2
  exit 1
fi
wait_for_url "http://localhost:$SPA_PORT/" 60
scripts/mail-sink.sh wait 8025
scripts/keycloak.sh wait 300

cat <<MSG

Fabrique is running:
  App (SPA)      http://localhost:$SPA_PORT
  API            http://localhost:$BACKEND_PORT/api/v1/panorama
  Swagger UI     http://localhost:$BACKEND_PORT/q/swagger-ui   ("Authorize" signs in through Keycloak)
  Mail sink      http://localhost:8025   (every mail sent; a person's inbox:
                 http://localhost:8025/api/user/<address>/messages/INBOX, or IMAP on 127.0.0.1:3143)
  Keycloak       http://localhost:8180   (admin console: kc-admin / kc-admin, local only)
  PostgreSQL     ${FABRIQUE_DB_URL:-postgresql://postgres@127.0.0.1:$DB_PORT/fabrique   (data in $ROOT/data/postgres)}
  Demo users     member, coordinator, coordinator2, territory-manager, editor, moderator, admin
                 (password = user name; local only, never deployed)
  Logs           $ROOT/.cache/run/ and $ROOT/.cache/keycloak/
Press Ctrl-C to stop.
MSG
wait "${pids[@]}"

#!/usr/bin/env bash
# Local Keycloak for Fabrique (realm "reset"), run from the official distribution, no container.
#
#   scripts/keycloak.sh fetch                 download and unzip Keycloak once into .cache/keycloak/
#   scripts/keycloak.sh start [local|prod]    start on http://localhost:8180 in the background
#                                             (local: keycloak/realm-reset-local.json, demo users;
#                                              prod: keycloak/realm-reset.json, no demo users)
#   scripts/keycloak.sh wait                  wait until the realm answers (180 s at most)
#   scripts/keycloak.sh status                pid, mode, resident memory
#   scripts/keycloak.sh stop                  stop it (pid file)
#   scripts/keycloak.sh token <user> [pass]   print an access token (local realm): password grant
#                                             on fabrique-dev (password = user name by default);
#                                             "partner-demo" and "partner-demo-2" use client
#                                             credentials instead
#   scripts/keycloak.sh claims <user> [pass]  same, but print the decoded payload of the token
#   scripts/keycloak.sh reset [local|prod|all]  stop if needed and wipe the data, so that the next
#                                             start imports the realm file again
#   scripts/keycloak.sh check                 check that realm-reset-local.json is realm-reset.json
#                                             plus the local-only additions, and nothing else
#
# Everything lives under .cache/keycloak/ (git-ignored): the distribution, data-local/ and
# data-prod/ (embedded H2 database + staged import), keycloak-<mode>.log and keycloak.pid.
# Keycloak imports a realm only when it does not exist yet: after editing a realm file, run
# "reset" then "start" again.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

# Variables use a FABRIQUE_ prefix: Keycloak reads every KC_* variable as one of its options.
VERSION=${FABRIQUE_KEYCLOAK_VERSION:-26.7.3}
PORT=${FABRIQUE_KEYCLOAK_PORT:-8180}
MANAGEMENT_PORT=${FABRIQUE_KEYCLOAK_MANAGEMENT_PORT:-9000}
BASE_URL="http://localhost:$PORT"
REALM=reset
ISSUER="$BASE_URL/realms/$REALM"
CACHE="$ROOT/.cache/keycloak"
KC_HOME="$CACHE/keycloak-$VERSION"
PID_FILE="$CACHE/keycloak.pid"
MODE_FILE="$CACHE/keycloak.mode"
# Local-only credentials: the master-realm administrator of the admin console, and the secret
# of partner-demo in realm-reset-local.json. The production realm gets a generated secret.
ADMIN_USER=${FABRIQUE_KEYCLOAK_ADMIN:-kc-admin}
ADMIN_PASSWORD=${FABRIQUE_KEYCLOAK_ADMIN_PASSWORD:-kc-admin}
PARTNER_SECRET=${FABRIQUE_PARTNER_DEMO_SECRET:-partner-demo-local-secret}

die() {
  echo "keycloak.sh: $*" >&2
  exit 1
}

realm_file() {
  case $1 in
    local) echo "$ROOT/keycloak/realm-reset-local.json" ;;
    prod) echo "$ROOT/keycloak/realm-reset.json" ;;
    *) die "unknown mode '$1' (local or prod)" ;;
  esac
}

running_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid=$(cat "$PID_FILE")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

cmd_fetch() {
  if [ -x "$KC_HOME/bin/kc.sh" ]; then
    echo "Keycloak $VERSION is in $KC_HOME"
    return 0
  fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Keycloak"
  command -v unzip >/dev/null || die "unzip is needed to fetch Keycloak"
  mkdir -p "$CACHE"
  echo "==> Fetching Keycloak $VERSION (Maven artifact org.keycloak:keycloak-quarkus-dist)"
  mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" \
    -DoutputDirectory="$CACHE"
  local zip="$CACHE/keycloak-quarkus-dist-$VERSION.zip" tmp
  tmp=$(mktemp -d "$CACHE/unzip.XXXXXX")
  unzip -q "$zip" -d "$tmp"
  [ -x "$tmp/keycloak-$VERSION/bin/kc.sh" ] || die "unexpected layout in $zip"
  mv "$tmp/keycloak-$VERSION" "$KC_HOME"
  rm -rf "$tmp" "$zip"
  echo "Keycloak $VERSION unpacked in $KC_HOME"
}

cmd_start() {
  local mode=${1:-local} file data pid
  file=$(realm_file "$mode")
  if pid=$(running_pid); then
    if [ "$(cat "$MODE_FILE" 2>/dev/null)" = "$mode" ]; then
      echo "Keycloak ($mode) is already running, pid $pid"
      return 0
    fi
    die "Keycloak is running in mode $(cat "$MODE_FILE" 2>/dev/null || echo '?') (pid $pid): stop it first"
  fi
  if curl -fsS -o /dev/null "$BASE_URL/" 2>/dev/null; then
    die "something else answers on $BASE_URL"
  fi
  cmd_fetch
  use_java21

  # Keycloak keeps its data in <home>/data: point that at the data directory of the mode.
  data="$CACHE/data-$mode"
  mkdir -p "$data/import"
  if [ -e "$KC_HOME/data" ] && [ ! -L "$KC_HOME/data" ]; then
    die "$KC_HOME/data is a real directory; move it away (or run reset)"
  fi
  ln -sfn "$data" "$KC_HOME/data"
  # Stage the realm file (the import reads every *.json in data/import).
  rm -f "$data"/import/*.json
  cp "$file" "$data/import/realm-$REALM.json"
  # Local mode also imports a second realm, whose tokens the wrong-issuer tests use.
  if [ "$mode" = local ]; then cp "$ROOT/keycloak/realm-elsewhere-local.json" "$data/import/"; fi
  # The import only happens into an empty database: when the staged realm files changed since the
  # last import, wipe the database so that the realm matches the files of this checkout.
  local hash
  hash=$(cat "$data"/import/*.json | sha256sum | cut -d' ' -f1)
  if [ -d "$data/h2" ] && [ "$(cat "$data/realm.sha256" 2>/dev/null)" != "$hash" ]; then
    echo "Realm files changed since the last import: wiping $data/h2 to import them again."
    rm -rf "$data/h2"
  fi
  echo "$hash" > "$data/realm.sha256"

  local log="$CACHE/keycloak-$mode.log"
  echo "==> Starting Keycloak ($mode realm) on $BASE_URL, log in $log"
  echo "$mode" > "$MODE_FILE"
  # setsid: its own session and process group, so that it survives the calling shell and stop
  # can reach every process of it. The pid file holds the pid of kc.sh (it forwards SIGTERM).
  # The production realm takes its URLs from the environment at import (\${FABRIQUE_*_PUBLIC_URL}):
  # the local ones unless set.
  # So do its SMTP settings (registration, e-mail verification, password reset): the local mail
  # sink (scripts/mail-sink.sh, 127.0.0.1:3025) unless set. And the secret of its fabrique-accounts
  # client (the backend's account deletion): the local realm's value unless set.
  FABRIQUE_SPA_PUBLIC_URL="${FABRIQUE_SPA_PUBLIC_URL:-http://localhost:5173}" \
    FABRIQUE_API_PUBLIC_URL="${FABRIQUE_API_PUBLIC_URL:-http://localhost:8080}" \
    FABRIQUE_SMTP_HOST="${FABRIQUE_SMTP_HOST:-127.0.0.1}" FABRIQUE_SMTP_PORT="${FABRIQUE_SMTP_PORT:-3025}" \
    FABRIQUE_MAIL_FROM_ADDRESS="${FABRIQUE_MAIL_FROM_ADDRESS:-no-reply@fabrique.localhost}" \
    FABRIQUE_SMTP_AUTH="${FABRIQUE_SMTP_AUTH:-false}" FABRIQUE_SMTP_USERNAME="${FABRIQUE_SMTP_USERNAME:-}" \
    FABRIQUE_SMTP_PASSWORD="${FABRIQUE_SMTP_PASSWORD:-}" \
    FABRIQUE_SMTP_STARTTLS_KEYCLOAK="${FABRIQUE_SMTP_STARTTLS_KEYCLOAK:-false}" \
    FABRIQUE_KEYCLOAK_ACCOUNTS_SECRET="${FABRIQUE_KEYCLOAK_ACCOUNTS_SECRET:-fabrique-accounts-local-secret}" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    setsid bash -c 'echo $$ > "$1"; shift; exec "$@"' _ "$PID_FILE" \
    "$KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 \
    --http-port="$PORT" \
    --hostname="$BASE_URL" \
    --http-management-host=127.0.0.1 \
    --http-management-port="$MANAGEMENT_PORT" \
    --health-enabled=true \
    --import-realm \
    < /dev/null > "$log" 2>&1 &
  for _ in $(seq 1 50); do
    [ -s "$PID_FILE" ] && break
    sleep 0.1
  done
  echo "Keycloak pid $(cat "$PID_FILE"); run '$0 wait' to wait until it answers."
}

cmd_wait() {
  local timeout=${1:-180} start=$SECONDS url="$ISSUER/.well-known/openid-configuration"
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! running_pid >/dev/null; then
      tail -n 40 "$CACHE/keycloak-$(cat "$MODE_FILE" 2>/dev/null || echo local).log" >&2 || true
      die "Keycloak is not running"
    fi
    if ((SECONDS - start > timeout)); then
      die "timed out after ${timeout}s waiting for $url"
    fi
    sleep 1
  done
  echo "Keycloak answers: $ISSUER (after $((SECONDS - start)) s)"
}

cmd_status() {
  local pid rss
  if ! pid=$(running_pid); then
    echo "Keycloak is not running"
    return 1
  fi
  # Resident memory of the whole process group (kc.sh and its JVM), in MiB.
  rss=$(ps -o rss= -g "$pid" | awk '{ s += $1 } END { printf "%d", s / 1024 }')
  echo "Keycloak is running: pid $pid, mode $(cat "$MODE_FILE" 2>/dev/null), RSS ${rss} MiB, $ISSUER"
}

cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    echo "Keycloak is not running"
    rm -f "$PID_FILE"
    return 0
  fi
  echo "==> Stopping Keycloak (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "Still running after 30 s: killing its process group" >&2
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  echo "Keycloak stopped"
}

cmd_reset() {
  local which=${1:-local} mode
  case $which in
    local | prod) ;;
    all) which="local prod" ;;
    *) die "reset local|prod|all" ;;
  esac
  for mode in $which; do
    if running_pid >/dev/null && [ "$(cat "$MODE_FILE" 2>/dev/null)" = "$mode" ]; then
      cmd_stop
    fi
    rm -rf "$CACHE/data-$mode"
    echo "Wiped $CACHE/data-$mode: the next start imports the realm again"
  done
}

# Prints the JSON answer of the token endpoint, or fails with the error it returned.
token_response() {
  local user=$1 password=${2:-$1} body
  if [ "$user" = partner-demo ] || [ "$user" = partner-demo-2 ]; then
    local secret=$PARTNER_SECRET
    [ "$user" = partner-demo-2 ] && secret=${FABRIQUE_PARTNER_DEMO_2_SECRET:-partner-demo-2-local-secret}
    body=$(curl -sS -X POST "$ISSUER/protocol/openid-connect/token" \
      -d grant_type=client_credentials -d client_id="$user" \
      --data-urlencode "client_secret=$secret")
  else
    body=$(curl -sS -X POST "$ISSUER/protocol/openid-connect/token" \
      -d grant_type=password -d client_id=fabrique-dev -d scope=openid \
      --data-urlencode "username=$user" --data-urlencode "password=$password")
  fi
  case $body in
    *'"access_token"'*) echo "$body" ;;
    *) die "no token for $user: ${body:-no answer from $ISSUER}" ;;
  esac
}

cmd_token() {
  [ $# -ge 1 ] || die "token <user> [password]"
  token_response "$@" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# Decodes the payload (second part) of a JWT: base64url without padding.
jwt_payload() {
  local part
  part=$(cut -d. -f2 <<< "$1" | tr '_-' '/+')
  while ((${#part} % 4)); do part="$part="; done
  base64 -d <<< "$part"
}

cmd_claims() {
  local token payload
  token=$(cmd_token "$@")
  payload=$(jwt_payload "$token")
  if command -v jq >/dev/null; then jq . <<< "$payload"; else echo "$payload"; fi
}

cmd_check() {
  command -v jq >/dev/null || die "jq is needed for check"
  local prod="$ROOT/keycloak/realm-reset.json" local_file="$ROOT/keycloak/realm-reset-local.json"
  # What realm-reset-local.json may add to realm-reset.json: demo users, the fabrique-dev client,
  # the fabrique-dev-short and fabrique-dev-noaudience test clients, fixed user ids, the partner-demo
  # and partner-demo-2 clients (fixed secrets) and their service accounts, no password policy (demo
  # passwords equal user
  # names), no refresh-token rotation, its name; the production realm's URL placeholders are the
  # local URLs there.
  local strip='del(.passwordPolicy, .displayName, .revokeRefreshToken, .refreshTokenMaxReuse)
    | .clients |= map(select(.clientId | (startswith("fabrique-dev") or startswith("partner-demo")) | not) | del(.secret))
    | .users |= map(select(.serviceAccountClientId != null and (.serviceAccountClientId | startswith("partner-demo") | not)))
    | walk(if type == "string" then gsub("\\$\\{FABRIQUE_SPA_PUBLIC_URL\\}"; "http://localhost:5173")
        | gsub("\\$\\{FABRIQUE_API_PUBLIC_URL\\}"; "http://localhost:8080") else . end)'
  if diff <(jq -S "$strip" "$prod") <(jq -S "$strip" "$local_file"); then
    echo "ok: realm-reset-local.json = realm-reset.json + local-only additions"
  else
    die "realm-reset-local.json and realm-reset.json differ beyond the local-only additions (diff above)"
  fi
  jq -e '[.users[]? | select(.serviceAccountClientId == null)] | length == 0' "$prod" >/dev/null \
    || die "realm-reset.json must not contain users other than service accounts"
  jq -e '[.clients[] | select(.clientId == "fabrique-dev" or (.clientId | startswith("partner-demo")) or (.secret != null and (.secret | startswith("${") | not)))] | length == 0' "$prod" >/dev/null \
    || die "realm-reset.json must not contain fabrique-dev, the partner-demo client nor a fixed client secret (only \${VARIABLE} placeholders)"
  jq -e '.revokeRefreshToken == true and .refreshTokenMaxReuse == 0' "$prod" >/dev/null \
    || die "realm-reset.json must rotate refresh tokens (revokeRefreshToken true, refreshTokenMaxReuse 0)"
  ! grep -Eq 'localhost|127\.0\.0\.1' "$prod" \
    || die "realm-reset.json must not name localhost: its URLs come from \${FABRIQUE_SPA_PUBLIC_URL} and \${FABRIQUE_API_PUBLIC_URL}"
  echo "ok: realm-reset.json has no demo user, no fabrique-dev or partner-demo client, no fixed secret, rotates refresh tokens, names no localhost"
}

command=${1:-}
[ $# -gt 0 ] && shift
case $command in
  fetch) cmd_fetch ;;
  start) cmd_start "$@" ;;
  wait) cmd_wait "$@" ;;
  status) cmd_status ;;
  stop) cmd_stop ;;
  token) cmd_token "$@" ;;
  claims) cmd_claims "$@" ;;
  reset) cmd_reset "$@" ;;
  check) cmd_check ;;
  *)
    sed -n '2,/^set -e/{/^set -e/!p;}' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$command" ] || [ "$command" = help ] || exit 1
    ;;
esac

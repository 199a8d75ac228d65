#!/usr/bin/env bash
# Local SMTP sink for Fabrique's mail (GreenMail standalone, from Maven, no container): it accepts
# every mail on its SMTP port and keeps it in memory, readable through its REST interface and the
# page it serves (GET /api/user/<address>/messages/INBOX), or with a mail client over IMAP.
#
#   scripts/mail-sink.sh start [smtp-port] [api-port] [imap-port]   in the background
#                             (defaults 3025, 8025, 3143; pid and log under .cache/mail-sink/)
#   scripts/mail-sink.sh stop [api-port]
#   scripts/mail-sink.sh wait [api-port]     until it answers (60 s at most)
#   scripts/mail-sink.sh inbox <address> [api-port]   the mails of an address, as JSON
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

VERSION=${FABRIQUE_GREENMAIL_VERSION:-2.1.8}
CACHE="$ROOT/.cache/mail-sink"
JAR="$CACHE/greenmail-standalone-$VERSION.jar"

fetch() {
  [ -f "$JAR" ] && return 0
  mkdir -p "$CACHE"
  mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$VERSION" \
    -DoutputDirectory="$CACHE"
}

start() {
  local smtp=${1:-3025} api=${2:-8025} imap=${3:-3143}
  if port_in_use "$api"; then
    echo "Port $api is in use: is a mail sink already running?" >&2
    return 1
  fi
  use_java21
  fetch
  java -Dgreenmail.auth.disabled -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.smtp.port="$smtp" -Dgreenmail.smtp.hostname=127.0.0.1 \
    -Dgreenmail.imap.port="$imap" -Dgreenmail.imap.hostname=127.0.0.1 \
    -Dgreenmail.api.port="$api" -Dgreenmail.api.hostname=127.0.0.1 \
    -Xmx128m -jar "$JAR" > "$CACHE/mail-sink-$api.log" 2>&1 &
  echo $! > "$CACHE/mail-sink-$api.pid"
}

stop() {
  local api=${1:-8025}
  local pid_file="$CACHE/mail-sink-$api.pid"
  [ -f "$pid_file" ] || return 0
  kill "$(cat "$pid_file")" 2>/dev/null || true
  rm -f "$pid_file"
}

case "${1:-}" in
  fetch) fetch ;;
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  wait) wait_for_url "http://127.0.0.1:${2:-8025}/api/service/readiness" 60 ;;
  inbox) curl -fsS "http://127.0.0.1:${3:-8025}/api/user/$2/messages/INBOX" ;;
  *) sed -n '2,11p' "$0" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Load test of the Fabrique read API on the synthetic data set (see README.md):
#   - recreates the PostgreSQL database fabrique_bench (127.0.0.1:5432, user postgres),
#   - builds the backend production jar (default profile: PostgreSQL) from `git archive HEAD` of
#     ../backend into .work/ (the repository is only read),
#   - starts it on 127.0.0.1:18090 (Flyway creates the schema), loads seed.sql, restarts it,
#   - warms up and measures each read endpoint (load.mjs), prints a table, writes results/latest.md,
#   - then 50 concurrent commenters for 60 s (comments.mjs): results/comments-latest.md.
# Exits 0 when every target is met, 1 when one is missed, 2 when an endpoint does not answer 200,
# 3 when the setup fails. Loopback only; the backend is stopped on exit.
#
# Environment (all optional):
#   BENCH_REF=HEAD       the commit whose backend is measured (git archive, read-only); BENCH_REF=worktree
#                        builds ../backend as it is on disk, uncommitted changes included
#   BENCH_SKIP_BUILD=1   reuse the jar built by the previous run (.work/app)
#   BENCH_RATE=200 BENCH_DURATION=30 BENCH_MAX_DURATION=15 BENCH_WARMUP=15
#   BENCH_ONLY=coalitions,panorama,search,comments   measure only these endpoints
#   BENCH_COMMENTERS=50 BENCH_COMMENT_DURATION=60     the comment write benchmark
#   BENCH_KEEP=1         leave the backend running at the end (for EXPLAIN / manual requests)
#   BENCH_IDLE_WAIT=300  wait at most this many seconds for the machine's load average to drop
#                        below 1.5 before measuring (the 2 cores may be shared); 0 = do not wait
#   BENCH_EXTRA_SQL=suggested-indexes.sql   apply this SQL file after seed.sql (to try an index)
#   BENCH_PORT=18090 BENCH_DB=fabrique_bench   where the backend listens and which database is recreated
#   BENCH_JAVA_OPTS="-Dfabrique.rate-limit.enabled=false"   extra JVM options for the backend
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$PWD
BACKEND_SRC=$(cd ../backend && pwd)
WORK=$BENCH/.work
PORT=${BENCH_PORT:-18090}
DB=${BENCH_DB:-fabrique_bench}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)

if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
for tool in java mvn psql node npm curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 3; }
done

echo "==> PostgreSQL"
if ! pg_isready -h 127.0.0.1 -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
  pg_isready -h 127.0.0.1 -q || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 3; }
fi
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "==> Load generator (autocannon, pinned in package-lock.json)"
if [ ! -d node_modules/autocannon ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

mkdir -p "$WORK" results
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$WORK/app/quarkus-run.jar" ]; then
  ref=${BENCH_REF:-HEAD}
  rm -rf "$WORK/backend" "$WORK/app"
  mkdir -p "$WORK/backend"
  if [ "$ref" = worktree ]; then
    echo "==> Building the backend (production jar, PostgreSQL) from a copy of $BACKEND_SRC as it is on disk"
    cp -r "$BACKEND_SRC/pom.xml" "$BACKEND_SRC/src" "$WORK/backend/"
    described="$(git -C "$BACKEND_SRC" log -1 --format='%h %s' 2>/dev/null || echo unknown)"
    [ -n "$(git -C "$BACKEND_SRC" status --porcelain -- . 2>/dev/null)" ] && described="$described (+ uncommitted changes)"
  else
    echo "==> Building the backend (production jar, PostgreSQL) of commit $ref"
    git -C "$BACKEND_SRC" archive "$ref" -- . | tar -x -C "$WORK/backend"
    described="$(git -C "$BACKEND_SRC" log -1 --format='%h %s' "$ref")"
  fi
  (cd "$WORK/backend" && mvn -B -q package -Dmaven.test.skip=true -Dcodegen.skip=true -Dspotless.check.skip=true) \
    || { echo "The backend build failed" >&2; exit 3; }
  cp -r "$WORK/backend/target/quarkus-app" "$WORK/app"
  echo "$described" > "$WORK/app/COMMIT"
fi

backend_pid=
stop_backend() {
  if [ -n "$backend_pid" ] && kill -0 "$backend_pid" 2>/dev/null; then
    kill "$backend_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$backend_pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$backend_pid" 2>/dev/null || true
  fi
  backend_pid=
}
cleanup() {
  if [ "${BENCH_KEEP:-0}" = 1 ] && [ -n "$backend_pid" ]; then
    echo "==> Backend left running (pid $backend_pid) on http://127.0.0.1:$PORT"
  else
    stop_backend
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The production jar refuses to start without a participation secret of its own.
BENCH_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
# ... and without a database password of its own (the local server trusts local connections).
BENCH_DB_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -d '\n')
start_backend() {
  local log=$1
  # The load generator simulates many anonymous clients with X-Forwarded-For (as behind a reverse
  # proxy), so the per-address rate limit (300 requests/min) is not hit while its cost (one short
  # write transaction per request) is measured.
  java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT \
    -Dquarkus.http.proxy.proxy-address-forwarding=true -Dquarkus.http.proxy.allow-x-forwarded=true \
    -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$DB \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password="$BENCH_DB_PASSWORD" \
    -Dfabrique.demo-data.enabled=false -Dfabrique.participation.secret="$BENCH_SECRET" \
    ${BENCH_JAVA_OPTS:-} -jar "$WORK/app/quarkus-run.jar" > "$log" 2>&1 &
  backend_pid=$!
  local start=$SECONDS
  until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null; do
    if ! kill -0 "$backend_pid" 2>/dev/null || (( SECONDS - start > 180 )); then
      echo "The backend did not become ready; last lines of $log:" >&2
      tail -n 60 "$log" >&2
      exit 3
    fi
    sleep 1
  done
  echo "    ready in $((SECONDS - start)) s (pid $backend_pid)"
}

echo "==> Starting the backend once so that Flyway creates the schema"
start_backend "$WORK/backend-migrate.log"
stop_backend

echo "==> Loading the synthetic data set (seed.sql)"
seed_start=$SECONDS
# seed-before/after.sql adapt the load to the schema of the measured commit (before or after V16).
"${PSQL[@]}" -d "$DB" -f seed-before.sql -c "set session_replication_role = replica" -f seed.sql \
  -f seed-after.sql | sed 's/^/    /' || { echo "seed.sql failed" >&2; exit 3; }
echo "    loaded in $((SECONDS - seed_start)) s"
if [ -n "${BENCH_EXTRA_SQL:-}" ]; then
  echo "==> Applying $BENCH_EXTRA_SQL"
  "${PSQL[@]}" -d "$DB" -f "$BENCH_EXTRA_SQL" || { echo "$BENCH_EXTRA_SQL failed" >&2; exit 3; }
fi

echo "==> Starting the backend on the loaded database (http://127.0.0.1:$PORT)"
start_backend "$WORK/backend.log"

export BENCH_BACKEND="$(cat "$WORK/app/COMMIT" | tr '\n' ' ')(production jar, JVM $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p'), PostgreSQL $(psql -h 127.0.0.1 -U postgres -XAtc 'show server_version' | cut -d' ' -f1))"
export BENCH_DATASET="${BENCH_EXTRA_SQL:+[with $BENCH_EXTRA_SQL] }$("${PSQL[@]}" -d "$DB" -At -c "select format('%s coalitions, %s actors, %s events, %s notes, %s memberships, %s territorial coalitions (%s)',
  (select count(*) from coalition), (select count(*) from actor), (select count(*) from event), (select count(*) from note),
  (select count(*) from membership), (select count(*) from territorial_coalition), pg_size_pretty(pg_database_size(current_database())))")"

echo "==> Measuring"
only=${BENCH_ONLY:-coalitions,panorama,axes,lists,search,comments}
reads=$(echo "$only" | tr ',' '\n' | grep -vx comments | paste -sd, - || true)
status=0
set +e
if [ -n "$reads" ]; then
  node load.mjs --base "http://127.0.0.1:$PORT" --out results \
    --rate "${BENCH_RATE:-200}" --duration "${BENCH_DURATION:-30}" \
    --max-duration "${BENCH_MAX_DURATION:-15}" --warmup "${BENCH_WARMUP:-15}" --idle-wait "${BENCH_IDLE_WAIT:-300}" \
    --only "$reads"
  status=$?
fi
if echo "$only" | tr ',' '\n' | grep -qx comments; then
  # Comments go last: they add rows. A published note of the seed that accepts comments.
  note=$("${PSQL[@]}" -d "$DB" -At -c "select slug from note where status = 'PUBLISHED' and comments_open order by id limit 1")
  node comments.mjs --base "http://127.0.0.1:$PORT" --note "$note" --db "$DB" --out results \
    --commenters "${BENCH_COMMENTERS:-50}" --duration "${BENCH_COMMENT_DURATION:-60}"
  comments_status=$?
  [ "$comments_status" -gt "$status" ] && status=$comments_status
fi
set -e
echo "==> Results in $BENCH/results/latest.md (backend log: $WORK/backend.log)"
case $status in
  0) echo "All targets met." ;;
  1) echo "A target was missed." ;;
  2) echo "An endpoint is missing (not merged yet?)." ;;
esac
exit $status

# Shared shell functions of run.sh, test.sh and the scripts. Source it; do not run it.

# Picks a JDK 21+ (Keycloak 26 and the backend need it): $JAVA_HOME if recent enough, else the
# newest under /usr/lib/jvm.
use_java21() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "A JDK 21 or newer is needed (set JAVA_HOME)." >&2
  exit 1
}

# Starts the local PostgreSQL cluster when it is installed but stopped, and waits for it.
ensure_postgres() {
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then return 0; fi
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "Starting PostgreSQL..."
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  fi
  for _ in $(seq 1 30); do
    pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && return 0
    sleep 1
  done
  echo "PostgreSQL is not reachable on 127.0.0.1:5432." >&2
  exit 1
}

# Creates a database (owned by the connecting superuser) when it does not exist.
ensure_database() {
  local name=$1
  psql -h 127.0.0.1 -U "${PGUSER:-postgres}" -d postgres -tAc "select 1 from pg_database where datname = '$name'" | grep -q 1 \
    || psql -h 127.0.0.1 -U "${PGUSER:-postgres}" -d postgres -qc "create database \"$name\""
}

# Waits until a URL answers 200, or fails after $2 seconds.
wait_for_url() {
  local url=$1 timeout=${2:-120} start=$SECONDS
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if (( SECONDS - start > timeout )); then
      echo "Timed out waiting for $url" >&2
      return 1
    fi
    sleep 1
  done
}

# True when something listens on the TCP port on localhost.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# npm ci when node_modules is missing or older than the lock file (run in frontend/).
npm_install_if_needed() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
}

# Installs Debian packages that are missing (CI machines start without them).
ensure_debian_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

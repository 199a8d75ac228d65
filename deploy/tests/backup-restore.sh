#!/usr/bin/env bash
# Backup and restore, end to end: backs up a database that the scale-out tests just wrote to (and
# the realm of the running Keycloak), restores it into an empty database, and compares every table
# of the two: row count and a digest of all rows in a stable order. Exits 1 on any difference.
#
# Env: SOURCE_DB (the database to back up), TARGET_DB (an empty database name), WORK (a folder),
#      KEYCLOAK_ADMIN_URL, KEYCLOAK_ADMIN, KEYCLOAK_ADMIN_PASSWORD (optional: the realm export).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${SOURCE_DB:?}" "${TARGET_DB:?}" "${WORK:?}"
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGOPTIONS="-c client_min_messages=warning"

digest() {
  psql -XAt -d "$1" <<'SQL'
select format($$select '%1$s' as t, count(*) as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from %1$s x$$,
              quote_ident(tablename))
from pg_tables where schemaname = 'public' order by tablename
\gexec
SQL
}

psql -XAqc "drop database if exists $TARGET_DB with (force)" -d postgres
FABRIQUE_BACKUP_DATABASES="$SOURCE_DB" scripts/backup.sh "$WORK/backup"
# The caller stops every writer first, so the source digested now is what was dumped.
before=$(digest "$SOURCE_DB")
FABRIQUE_RESTORE_AS="$SOURCE_DB=$TARGET_DB" scripts/restore.sh "$WORK/backup"
after=$(digest "$TARGET_DB")
tables=$(echo "$before" | wc -l)
rows=$(echo "$before" | awk -F'|' '{s += $2} END {print s}')
if [ "$before" != "$after" ]; then
  diff <(echo "$before") <(echo "$after") >&2 || true
  echo "FAIL backup/restore: the restored database differs" >&2
  exit 1
fi
echo "ok   backup/restore: $tables tables, $rows rows, identical after restore into an empty database"
if [ -n "${KEYCLOAK_ADMIN_URL:-}" ]; then
  grep -q '"realm" *: *"reset"' "$WORK/backup/realm-reset.json" &&
    grep -q '"clientId" *: *"fabrique-spa"' "$WORK/backup/realm-reset.json" ||
    { echo "FAIL backup: the realm export lacks the realm or its SPA client" >&2; exit 1; }
  echo "ok   backup: the realm configuration is exported (realm reset, client fabrique-spa)"
fi
# A restore refuses a database that is not empty (it would mix two states).
if FABRIQUE_RESTORE_AS="$SOURCE_DB=$TARGET_DB" scripts/restore.sh "$WORK/backup" 2>/dev/null; then
  echo "FAIL restore: it wrote into a database that was not empty" >&2
  exit 1
fi
echo "ok   restore: refuses a database that is not empty"
# A damaged backup is refused before anything is written.
printf 'x' >> "$WORK/backup/$SOURCE_DB.dump"
psql -XAqc "drop database if exists $TARGET_DB with (force)" -d postgres
if FABRIQUE_RESTORE_AS="$SOURCE_DB=$TARGET_DB" scripts/restore.sh "$WORK/backup" 2>/dev/null; then
  echo "FAIL restore: it accepted a damaged dump" >&2
  exit 1
fi
echo "ok   restore: refuses a dump that does not match its MANIFEST"
psql -XAqc "drop database if exists $TARGET_DB with (force)" -d postgres

#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into empty databases (created when missing), after
# checking the files against the MANIFEST. Stop the backend and Keycloak first; start them after.
#
# Usage: scripts/restore.sh DIR
# Connection: the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD).
# Env:
#   FABRIQUE_RESTORE_AS   "source=target …" to restore a dump under another name
#                         (default: each <db>.dump into <db>)
set -euo pipefail
dir=${1:?usage: scripts/restore.sh DIR}
(cd "$dir" && grep -E '^[0-9a-f]{64}  ' MANIFEST | sha256sum --check --quiet)

target_of() {
  for pair in ${FABRIQUE_RESTORE_AS:-}; do
    [ "${pair%%=*}" = "$1" ] && { echo "${pair#*=}"; return; }
  done
  echo "$1"
}

for dump in "$dir"/*.dump; do
  source_db=$(basename "$dump" .dump)
  target=$(target_of "$source_db")
  if ! psql -XAtc 'select 1' -d "$target" >/dev/null 2>&1; then
    createdb "$target"
  fi
  tables=$(psql -XAtc "select count(*) from pg_tables where schemaname = 'public'" -d "$target")
  if [ "$tables" != "0" ]; then
    echo "$target is not empty ($tables tables): restore into an empty database" >&2
    exit 1
  fi
  pg_restore --no-owner --exit-on-error --single-transaction --dbname="$target" "$dump"
  echo "restored $source_db into $target"
done

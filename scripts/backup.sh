#!/usr/bin/env bash
# Backs up a Fabrique deployment into a folder:
#   <db>.dump          pg_dump (custom format) of each database: the application's and Keycloak's
#                      (Keycloak keeps its users, sessions' settings and keys in its own database)
#   realm-reset.json   the realm's configuration as Keycloak exports it (roles, clients, settings;
#                      no users, no secrets), to read or to diff; the database dump is what restores
#   MANIFEST           date, server version, databases, SHA-256 of every file
#
# Usage: scripts/backup.sh DIR
# Connection: the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD), e.g. through an SSH tunnel
# to the database, or run inside the PostgreSQL container:
#   docker compose exec -T postgres sh -c 'PGUSER=fabrique scripts...'  (see README, Deployment)
# Env:
#   FABRIQUE_BACKUP_DATABASES   databases to dump (default: "fabrique keycloak")
#   KEYCLOAK_ADMIN_URL          Keycloak's admin address (e.g. http://127.0.0.1:8181); when set, with
#   KEYCLOAK_ADMIN / KEYCLOAK_ADMIN_PASSWORD, the realm configuration is exported too
#   FABRIQUE_REALM              realm to export (default: reset)
set -euo pipefail
dir=${1:?usage: scripts/backup.sh DIR}
databases=${FABRIQUE_BACKUP_DATABASES:-fabrique keycloak}
realm=${FABRIQUE_REALM:-reset}
mkdir -p "$dir"

for db in $databases; do
  pg_dump --format=custom --no-owner --dbname="$db" --file="$dir/$db.dump"
  echo "dumped $db: $(pg_restore --list "$dir/$db.dump" | grep -c 'TABLE DATA') tables"
done

if [ -n "${KEYCLOAK_ADMIN_URL:-}" ]; then
  token=$(curl -fsS "$KEYCLOAK_ADMIN_URL/realms/master/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=admin-cli \
    --data-urlencode "username=${KEYCLOAK_ADMIN:?set KEYCLOAK_ADMIN}" \
    --data-urlencode "password=${KEYCLOAK_ADMIN_PASSWORD:?set KEYCLOAK_ADMIN_PASSWORD}" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  curl -fsS -X POST -H "Authorization: Bearer $token" \
    "$KEYCLOAK_ADMIN_URL/admin/realms/$realm/partial-export?exportClients=true&exportGroupsAndRoles=true" \
    -o "$dir/realm-$realm.json"
  echo "exported realm $realm"
fi

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "server: $(psql -XAtc 'show server_version' -d "${databases%% *}")"
  echo "databases: $databases"
  (cd "$dir" && sha256sum -- *.dump *.json 2>/dev/null || true)
} > "$dir/MANIFEST"
echo "backup in $dir"

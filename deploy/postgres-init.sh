#!/bin/sh
# Creates Keycloak's database beside Fabrique's, on the first start of the PostgreSQL container.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role keycloak login password '${KEYCLOAK_DB_PASSWORD}';
create database keycloak owner keycloak;
SQL

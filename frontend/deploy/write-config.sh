#!/bin/sh
# Writes the runtime configuration of the SPA from the container's environment.
set -e
cat > /usr/share/nginx/html/config.json <<JSON
{"apiUrl":"${FABRIQUE_API_URL}","keycloakUrl":"${FABRIQUE_KEYCLOAK_URL}","realm":"${FABRIQUE_REALM:-reset}","clientId":"${FABRIQUE_CLIENT_ID:-fabrique-spa}"}
JSON

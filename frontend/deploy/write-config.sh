#!/bin/sh
# Runs at container start (nginx image, /docker-entrypoint.d/): writes, from the environment,
# - config.json, the SPA's runtime configuration (one build serves any deployment);
# - the headers every response carries (fabrique/security-headers.conf, included by each location
#   of nginx.conf): a strict Content-Security-Policy naming the API and Keycloak origins, and the
#   other security headers. They are the headers `vite preview` sends (scripts/security-headers.ts).
# FABRIQUE_HTML_DIR and FABRIQUE_NGINX_DIR move the output (to check the files outside the image).
set -eu
html_dir=${FABRIQUE_HTML_DIR:-/usr/share/nginx/html}
nginx_dir=${FABRIQUE_NGINX_DIR:-/etc/nginx}
api_url=${FABRIQUE_API_URL:-}
keycloak_url=${FABRIQUE_KEYCLOAK_URL:-}

cat > "$html_dir/config.json" <<JSON
{"apiUrl":"${api_url}","keycloakUrl":"${keycloak_url}","realm":"${FABRIQUE_REALM:-reset}","clientId":"${FABRIQUE_CLIENT_ID:-fabrique-spa}"}
JSON

# scheme://host[:port] of an absolute URL; nothing for "" or a path (the same origin, 'self').
# Anything else is refused: the value goes into a header.
origin() {
  case "$1" in
    '' | /*) return 0 ;;
  esac
  found=$(printf '%s\n' "$1" | sed -nE 's#^(https?://[A-Za-z0-9.-]+(:[0-9]+)?)([/?#].*)?$#\1#p')
  if [ -z "$found" ]; then
    echo "write-config.sh: $2 is not an http(s) URL: $1" >&2
    exit 1
  fi
  printf ' %s' "$found"
}
api=$(origin "$api_url" FABRIQUE_API_URL)
keycloak=$(origin "$keycloak_url" FABRIQUE_KEYCLOAK_URL)
if [ "$keycloak" = "$api" ]; then keycloak_extra=''; else keycloak_extra=$keycloak; fi

csp="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'"
csp="$csp; connect-src 'self'$api$keycloak_extra; frame-src 'self'$keycloak"
csp="$csp; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'$keycloak"

mkdir -p "$nginx_dir/fabrique"
cat > "$nginx_dir/fabrique/security-headers.conf" <<NGINX
# Written by write-config.sh at container start: edit that script, not this file.
add_header Content-Security-Policy "$csp" always;
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "no-referrer" always;
add_header X-Frame-Options "SAMEORIGIN" always;
# Empty (so not sent) unless this server answers over TLS: see the map in nginx.conf.
add_header Strict-Transport-Security \$fabrique_hsts always;
NGINX

#!/usr/bin/env bash
# Regenerates openapi.yaml (the partner contract) from what the code serves.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
use_java21
ensure_postgres
(cd backend && mvn -B -q test -Dtest=OpenApiContractTest -Dopenapi.update=true -Dspotless.check.skip=true)
echo "openapi.yaml updated"

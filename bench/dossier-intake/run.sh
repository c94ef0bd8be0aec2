#!/usr/bin/env bash
# Dossier intake and tracking throughput, each against its baseline measured in the same run:
#   POST /api/dossiers (JSON, no files)       vs  pgbench durable single-row INSERT, same PostgreSQL, same concurrency
#   GET /api/dossiers/{code}/status?key=...    vs  GET /api/ping (trivial endpoint of the same app)
# Usage: bench/dossier-intake/run.sh [clients] [seconds]     (defaults 8 and 10)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v pgbench >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
./mvnw -B -q test -Dtest=DossierIntakeBenchmark -Dtinhso.excluded-test-groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.clients="${1:-8}" -Dbench.seconds="${2:-10}" 2>&1 \
  >/dev/null || true
sed -n "/==== dossier intake benchmark/,/^=====/p" target/surefire-reports/vn.tinhso.dossier.DossierIntakeBenchmark-output.txt

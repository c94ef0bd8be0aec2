#!/usr/bin/env bash
# Procedure search benchmark: in-process latency (p50/p95/p99) and HTTP throughput of /api/procedures?q=…
# against /api/ping in the same run. Not part of the test suite. Options: CLIENTS (default 16), SECONDS (15).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test -Dtest=ProcedureSearchBenchmark -Dtinhso.excluded-test-groups=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.clients="${CLIENTS:-16}" -Dbench.seconds="${SECONDS_EACH:-15}" -DargLine="-Dbench.clients=${CLIENTS:-16} -Dbench.seconds=${SECONDS_EACH:-15}"
sed -n '/=== procedure search benchmark ===/,/^=====/p' \
    target/surefire-reports/vn.tinhso.procedure.search.ProcedureSearchBenchmark-output.txt

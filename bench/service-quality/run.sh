#!/usr/bin/env bash
# Service-quality figures at national scale: a full recomputation of every unit's counters against a plain
# PostgreSQL GROUP BY scan of the same dossiers (target ≤ 2×), and the p95 latency of dashboard figures over HTTP
# for random units, fields and periods against GET /api/ping (target < 100 ms), in one run. See README.md.
# Usage: bench/service-quality/run.sh [dossiers] [requests] [recomputations]   (defaults 10000000, 2000 and 3)
# The generated dossiers stay in target/bench-service-quality: a second run with as many starts measuring at once;
# `rm -rf target/bench-service-quality` starts afresh.
set -euo pipefail
cd "$(dirname "$0")/../.."
report=target/surefire-reports/vn.tinhso.servicequality.ServiceQualityBenchmark-output.txt
mkdir -p target
rm -f "$report"
./mvnw -B -q test -Dtest=ServiceQualityBenchmark -Dtinhso.excluded-test-groups=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.timeout=0 \
  -DargLine="-Xmx4g -Dbench.dossiers=${1:-10000000} -Dbench.requests=${2:-2000} -Dbench.recomputations=${3:-3}" \
  >target/bench-service-quality.log 2>&1 \
  || { tail -60 target/bench-service-quality.log; echo "(build log: target/bench-service-quality.log)"; }
grep -h "^\[bench\]" "$report" 2>/dev/null || true
sed -n "/==== service-quality benchmark/,/^=====/p" "$report"

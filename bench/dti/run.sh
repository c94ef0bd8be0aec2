#!/usr/bin/env bash
# DTI scoring engine: scoring + ranking + year-over-year of 1,000 units × 100 indicators (target < 200 ms) and
# 1,000 robustness draws (target < 2 s), each beside a baseline measured in the same run. See README.md.
# Usage: bench/dti/run.sh [units] [draws]     (defaults 1000 and 1000)
set -euo pipefail
cd "$(dirname "$0")/../.."
report=target/surefire-reports/vn.tinhso.dti.scoring.DtiScoringBenchmark-output.txt
mkdir -p target
rm -f "$report"
./mvnw -B -q -o test -Dtest=DtiScoringBenchmark -Dtinhso.excluded-test-groups=none \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Dbench.units=${1:-1000} -Dbench.draws=${2:-1000}" >target/bench-dti.log 2>&1 \
  || { tail -40 target/bench-dti.log; echo "(build log: target/bench-dti.log)"; }
sed -n "/==== dti scoring benchmark/,/^=====/p" "$report"

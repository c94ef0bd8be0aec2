#!/usr/bin/env bash
# Workflow throughput: completed steps per second of the platform's workflow interpreter against Flowable 8
# (embedded, same PostgreSQL, five user tasks in sequence), measured in the same run. See README.md.
# Usage: bench/workflow/run.sh [instances] [rounds]     (defaults 500 and 2; 4 timed steps per instance, 2 threads)
#        BENCH_STATEMENTS=1 bench/workflow/run.sh 300 1  also prints the SQL statements of a step (pg_stat_statements)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v pgbench >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
report=target/surefire-reports/vn.tinhso.dossier.WorkflowBenchmark-output.txt
mkdir -p target
rm -f "$report"
./mvnw -B -q -Pbench-flowable test -Dtest=WorkflowBenchmark -Dtinhso.excluded-test-groups=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.instances="${1:-500}" -Dbench.rounds="${2:-2}" \
  -Dbench.statements="${BENCH_STATEMENTS:+true}" >target/bench-workflow.log 2>&1 \
  || { tail -40 target/bench-workflow.log; echo "(build log: target/bench-workflow.log)"; }
sed -n "/==== workflow benchmark/,/^=====/p" "$report"
if [ -n "${BENCH_STATEMENTS:-}" ]; then
  grep -A16 "statements sent" "$report"
fi

#!/usr/bin/env bash
# Crash test: file dossiers from 4 clients, kill -9 the platform mid-load, restart it on the same data, and check
# that every submission acknowledged with 201 is present, none twice. Usage: bench/dossier-crash/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests package
./mvnw -B -q test -Dtest=DossierCrashBenchmark -Dtinhso.excluded-test-groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.seconds="${1:-8}" >/dev/null 2>&1 || status=$?
sed -n '/==== dossier crash test/,/^=====/p' target/surefire-reports/vn.tinhso.dossier.DossierCrashBenchmark-output.txt
exit "${status:-0}"

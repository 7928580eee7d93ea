#!/usr/bin/env bash
# Benchmark of the screening log (issue 15, goal < 1 s for 10 000 referrals), never run by CI: inserts
# 10 000 random referral histories (bench.referrals) and times ScreeningLogService.log over them, on H2,
# and on PostgreSQL too when PASSERELLE_TEST_POSTGRESQL_URL/_USER/_PASSWORD are set (the Maven profile
# `postgresql` then runs the same class against a fresh schema). Prints figures, asserts no time.
# Results: target/bench/screening-log.txt (docs/performance.md, "Screening log (issue 15)").
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH" VAADIN_USAGE_STATS_ENABLED=false
mkdir -p target/bench
out=target/bench/screening-log.txt
echo "Screening log benchmark, $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out"
./mvnw -B ${MAVEN_FLAGS:--o} test -Dtest=ScreeningLogBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.referrals="${BENCH_REFERRALS:-10000}" 2>&1 | grep -a "SCREENING-LOG-BENCH" | tee -a "$out"

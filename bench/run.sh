#!/usr/bin/env bash
# Benchmarks of Passerelle (never run by CI): pre-check throughput (JMH), start-up time of the
# production jar, server heap per open Vaadin UI, submit latency with 50 concurrent referrers.
# Loopback only, bounded loops. Results: target/bench/results.txt (docs/performance.md explains them).
# Options (environment): BENCH_PORT (18080), BENCH_UI_SESSIONS (20), BENCH_STARTS (3),
# MAVEN_FLAGS (e.g. -o), and PASSERELLE_TEST_POSTGRESQL_* to measure submit latency on PostgreSQL too.
# BENCH_ONLY=startup measures the start-up alone (section 3); BENCH_ONLY=submit the submit latency alone
# (section 5: H2, then PostgreSQL when PASSERELLE_TEST_POSTGRESQL_* are set), BENCH_SUBMIT_RUNS times (1)
# each; BENCH_SUBMIT_BASELINE=<a checkout's target/classes> runs that code too, alternately with this one,
# under the same harness (before/after in one run); BENCH_JAVA_OPTS go to the submit JVMs (e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH" VAADIN_USAGE_STATS_ENABLED=false SE_OFFLINE=true
port="${BENCH_PORT:-18080}"
sessions="${BENCH_UI_SESSIONS:-20}"
starts="${BENCH_STARTS:-3}"
out=target/bench
mkdir -p "$out"
results="$out/results.txt"
log() { echo "$*" | tee -a "$results"; }
: >"$results"
log "Passerelle benchmarks, $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n1)"

only_startup=false only_submit=false
[ "${BENCH_ONLY:-}" != startup ] || only_startup=true
[ "${BENCH_ONLY:-}" != submit ] || only_submit=true
if ! $only_startup; then
# 1. The benchmark classes, compiled here into target/bench/classes (JMH's annotation processor
#    generates the harness), against the main and test classes; then the jar (built if missing).
./mvnw -B -q ${MAVEN_FLAGS:-} -Pbench test-compile dependency:build-classpath \
  -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test
rm -rf "$out/classes"
javac -proc:full -processor org.openjdk.jmh.generators.BenchmarkProcessor -d "$out/classes" -cp "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
  $(find src/bench/java -name '*.java')
classpath="$out/classes:target/test-classes:target/classes:$(cat "$out/classpath.txt")"
fi

# 5. Submit latency with 50 concurrent referrers (in-process: main has no HTTP submit endpoint), on H2 and,
#    with PASSERELLE_TEST_POSTGRESQL_* set, on PostgreSQL; with BENCH_SUBMIT_BASELINE, that code first, then this.
submit_latency() {
  local runs="${BENCH_SUBMIT_RUNS:-1}" variants=(this) variant cp n db
  [ -z "${BENCH_SUBMIT_BASELINE:-}" ] || variants=(baseline this)
  for n in $(seq 1 "$runs"); do
    for db in h2 postgresql; do
      [ "$db" = h2 ] || [ -n "${PASSERELLE_TEST_POSTGRESQL_URL:-}" ] || continue
      for variant in "${variants[@]}"; do
        cp="$classpath"
        [ "$variant" = this ] || cp="$out/classes:target/test-classes:$BENCH_SUBMIT_BASELINE:$(cat "$out/classpath.txt")"
        java ${BENCH_JAVA_OPTS:-} -Dpasserelle.test.postgresql=$([ "$db" = postgresql ] && echo true || echo false) \
          -cp "$cp" fr.chulille.passerelle.referral.SubmitLatency >"$out/submit-$db-$variant-$n.log" 2>&1
        log "$(grep '^Submit latency' "$out/submit-$db-$variant-$n.log")$([ ${#variants[@]} -eq 1 ] || echo " [$variant, run $n, load average $(cut -d' ' -f1-3 /proc/loadavg)]")"
      done
    done
  done
}
if $only_submit; then
  submit_latency
  log "Done: $results"
  exit 0
fi

# The jar, and target/aot/ (the same jar extracted, with its JDK AOT cache: Maven profile aot-cache).
jar=$(ls target/passerelle-*.jar 2>/dev/null | head -n1 || true)
if [ -z "$jar" ] || [ ! -f target/aot/passerelle.aot ]; then
  ./mvnw -B -q ${MAVEN_FLAGS:-} -Pproduction,aot-cache package
  jar=$(ls target/passerelle-*.jar | head -n1)
fi

# 2. Pre-check evaluations per second (JMH, one thread).
if ! $only_startup; then
java -cp "$classpath" org.openjdk.jmh.Main PreCheckBenchmark -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt" >/dev/null
log "Pre-check (JMH, ops/s, 1 thread):"
grep -E '^PreCheckBenchmark\.' "$out/jmh.txt" | tee -a "$results"
fi

# The production jar on loopback, default profile (embedded SMTP), a fresh H2 file per start.
portal_pid=
start_portal() { # $1: the directory to start it in, then how to launch it (default: . java -jar the jar)
  local data dir="${1:-.}"
  data=$(mktemp -d "$PWD/$out/data-XXXX")
  [ $# -gt 1 ] && shift || set -- -jar "$jar"
  (cd "$dir" && PASSERELLE_DB_URL="jdbc:h2:file:$data/passerelle" PORT="$port" \
    exec java "$@" --server.address=127.0.0.1) >"$out/portal.log" 2>&1 &
  portal_pid=$!
}
stop_portal() {
  kill "$portal_pid" 2>/dev/null || true
  wait "$portal_pid" 2>/dev/null || true
}
trap stop_portal EXIT
wait_ready() {
  for _ in $(seq 1 1200); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "$portal_pid" 2>/dev/null || { echo "The portal stopped: see $out/portal.log" >&2; return 1; }
    sleep 0.1
  done
  echo "Not ready after 120 s" >&2
  return 1
}

# 3. Start-up: from `java -jar` to readiness UP; the jar as built, then target/aot/ with the AOT cache
#    (README § Run in production), alternately, so that both see the same load.
log "Start-up of the production jar (java -jar to /actuator/health/readiness UP, empty H2 file):"
plain=() cached=()
for i in $(seq 1 "$starts"); do
  for variant in plain cached; do
    if [ "$variant" = plain ]; then
      dir=. launch=(-jar "$jar")
    else # the cache holds the class path of its training run: passerelle.jar, from target/aot
      dir=target/aot launch=(-XX:AOTCache=passerelle.aot -jar passerelle.jar)
    fi
    t0=$(date +%s.%N)
    start_portal "$dir" "${launch[@]}"
    wait_ready
    t1=$(date +%s.%N)
    took=$(echo "$t1 - $t0" | bc -l | xargs printf '%.1f')
    if [ "$variant" = plain ]; then plain+=("$took"); else cached+=("$took"); fi
    log "  start $i, in $dir: java ${launch[*]}: $took s ($(grep -o 'Started Application in [0-9.]* seconds' "$out/portal.log" | head -n1))"
    if grep -q '\[aot' "$out/portal.log"; then # what the JVM said about the cache, if anything
      log "    $(grep -m1 '\[aot' "$out/portal.log")"
    fi
    stop_portal
  done
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
m_plain=$(median "${plain[@]}") m_cached=$(median "${cached[@]}")
log "  median: $m_plain s as built, $m_cached s with the AOT cache: ratio $(echo "$m_cached / $m_plain" | bc -l | xargs printf '%.2f')"
if $only_startup; then log "Done: $results"; exit 0; fi

# 4. Server heap per open Vaadin UI: N headless Chromium sessions on the summary page.
start_portal
wait_ready
java -cp "$classpath" fr.chulille.passerelle.bench.UiHeapProbe "http://127.0.0.1:$port" "$portal_pid" "$sessions" \
  2>"$out/ui-heap.log" | grep '^Heap per open UI' | tee -a "$results"
stop_portal

submit_latency
log "Done: $results"

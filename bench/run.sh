#!/usr/bin/env bash
# Benchmarks of Passerelle (never run by CI): pre-check throughput (JMH), start-up time of the
# production jar, server heap per open Vaadin UI, submit latency with 50 concurrent referrers.
# Loopback only, bounded loops. Results: target/bench/results.txt (docs/performance.md explains them).
# Options (environment): BENCH_PORT (18080), BENCH_UI_SESSIONS (20), BENCH_STARTS (3),
# MAVEN_FLAGS (e.g. -o), and PASSERELLE_TEST_POSTGRESQL_* to measure submit latency on PostgreSQL too.
# BENCH_ONLY=startup measures the start-up alone (section 3); BENCH_STARTUP_BASELINE=<another checkout, built
# with -Pproduction,aot-cache> starts its jar and its target/aot/ too, alternately with these (BENCH_STARTUP_VARIANTS
# picks among plain cached baseline-plain baseline-cached), and prints the medians' ratios; BENCH_ONLY=submit the submit latency alone
# (section 5: H2, then PostgreSQL when PASSERELLE_TEST_POSTGRESQL_* are set), BENCH_SUBMIT_RUNS times (1)
# each; BENCH_SUBMIT_BASELINE=<a checkout's target/classes> runs that code too, alternately with this one,
# under the same harness (before/after in one run); BENCH_JAVA_OPTS go to the submit JVMs (e.g. a JFR recording);
# BENCH_SUBMIT_WARM_UP_ROUNDS ("0 1"): each run is measured cold (0: the JIT still compiling, as every figure before
# 2026-12-02) and after one untimed round of the whole burst (1: the code compiled for that load); BENCH_SUBMIT_AOT=1
# also trains a JDK AOT cache with the harness itself (one run, one warm-up round; JEP 483/515: classes and method
# profiles) and measures this code with it too ("aot-cache"): what a cache whose training submits would give.
# BENCH_SUBMIT_PRODUCTION="<label>=<checkout> ..." also runs the harness on each checkout's production files, as its
# README starts the portal (built with -Pproduction,aot-cache: target/aot/passerelle.jar and lib/ first on the class
# path, the harness after them, its JDK AOT cache, its JVM flags, Spring's AOT mode): variant "production-<label>".
# BENCH_SUBMIT_DATABASES ("h2 postgresql") limits the measured runs to some of the two.
# BENCH_ONLY=heap measures the heap per open UI alone (section 4): BENCH_UI_PATH is the page each browser
# holds open (/ by default; /referral for the form), BENCH_HEAP_RUNS (1) fresh starts of the portal, each
# measured once, and their median; BENCH_JAR a space-separated list of jars to compare in the same run
# (each started in turn at every run; default: the one in target/, built if missing); BENCH_HISTOGRAM=1
# also keeps the class histograms (jcmd GC.class_histogram) with no page and with N pages open, in target/bench/;
# BENCH_HEAP_SETTLE=S (0) measures each run once more after the pages have stayed open and idle for S seconds (what
# only lasts while the pages load, e.g. the web server's buffers of connections that close when idle, leaves that figure).
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
. bench/production-flags.sh # production_flags, spring_aot_flag
: >"$results"
log "Passerelle benchmarks, $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n1)"

only_startup=false only_submit=false only_heap=false
[ "${BENCH_ONLY:-}" != startup ] || only_startup=true
[ "${BENCH_ONLY:-}" != submit ] || only_submit=true
[ "${BENCH_ONLY:-}" != heap ] || only_heap=true
ui_path="${BENCH_UI_PATH:-/}"
if ! $only_startup; then
# 1. The benchmark classes, compiled here into target/bench/classes (JMH's annotation processor
#    generates the harness), against the main and test classes; then the jar (built if missing).
#    The heap alone needs neither JMH nor the other benchmarks: only the probe is compiled.
if $only_heap; then
  ./mvnw -B -q ${MAVEN_FLAGS:-} test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test
  rm -rf "$out/classes"
  javac -proc:none -d "$out/classes" -cp "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
    src/bench/java/fr/chulille/passerelle/bench/{UiHeapProbe,HeapOfProcess}.java
else
  ./mvnw -B -q ${MAVEN_FLAGS:-} -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test
  rm -rf "$out/classes"
  javac -proc:full -processor org.openjdk.jmh.generators.BenchmarkProcessor -d "$out/classes" -cp "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
    $(find src/bench/java -name '*.java')
fi
classpath="$out/classes:target/test-classes:target/classes:$(cat "$out/classpath.txt")"
fi

# 5. Submit latency with 50 concurrent referrers (in-process: main has no HTTP submit endpoint), on H2 and,
#    with PASSERELLE_TEST_POSTGRESQL_* set, on PostgreSQL; with BENCH_SUBMIT_BASELINE, that code first, then this.
submit_run() { # $1 db, $2 variant, $3 run, $4 warm-up rounds, $5 the log's name, then more java arguments
  local db=$1 variant=$2 n=$3 rounds=$4 log="$out/$5.log" cp="$classpath"
  shift 5
  [ "$variant" = this ] || cp="$out/classes:target/test-classes:$BENCH_SUBMIT_BASELINE:$(cat "$out/classpath.txt")"
  if [ "${1:-}" = --jars ]; then cp="$out/aot/bench.jar:$out/aot/test.jar:$out/aot/main.jar:$(cat "$out/classpath.txt")"; shift; fi
  local dir=.
  if [ "${1:-}" = --production ]; then # the cache names its class path relative to target/aot: run from there
    dir="$2/target/aot"
    cp="passerelle.jar:$PWD/$out/aot/bench.jar:$PWD/$out/aot/test.jar:$(cat "$out/classpath.txt")"
    set -- $(production_flags "$2") -XX:AOTCache=passerelle.aot $(spring_aot_flag "$dir/passerelle.jar") \
      -Dbench.submit.folder="$PWD/$out" "${@:3}"
    log="$PWD/$log"
  fi
  (cd "$dir" && java ${BENCH_JAVA_OPTS:-} "$@" -Dbench.submit.warm-up-rounds="$rounds" \
    -Dpasserelle.test.postgresql=$([ "$db" = postgresql ] && echo true || echo false) \
    -cp "$cp" fr.chulille.passerelle.referral.SubmitLatency >"$log" 2>&1)
}
production_checkout() { # the checkout of BENCH_SUBMIT_PRODUCTION's entry labelled $1
  local entry
  for entry in ${BENCH_SUBMIT_PRODUCTION:-}; do [ "${entry%%=*}" != "$1" ] || { echo "${entry#*=}"; return; }; done
}
submit_latency() {
  local runs="${BENCH_SUBMIT_RUNS:-1}" variants=(this) variant n db rounds name
  [ -z "${BENCH_SUBMIT_BASELINE:-}" ] || variants=(baseline this)
  local production
  for production in ${BENCH_SUBMIT_PRODUCTION:-}; do variants+=("production-${production%%=*}"); done
  if [ -n "${BENCH_SUBMIT_AOT:-}${BENCH_SUBMIT_PRODUCTION:-}" ]; then # JDK 25's AOT cache needs jars: the class directories are packed
    mkdir -p "$out/aot"
    jar cf "$out/aot/main.jar" -C target/classes . && jar cf "$out/aot/test.jar" -C target/test-classes . \
      && jar cf "$out/aot/bench.jar" -C "$out/classes" .
    for db in h2 postgresql; do
      [ -n "${BENCH_SUBMIT_AOT:-}" ] || break
      [ "$db" = h2 ] || [ -n "${PASSERELLE_TEST_POSTGRESQL_URL:-}" ] || continue
      rm -f "$out/aot/submit-$db.aot"
      submit_run "$db" this 0 1 "submit-$db-aot-training" --jars -XX:AOTCacheOutput="$out/aot/submit-$db.aot"
      log "  AOT cache trained by the harness on $db (the whole burst twice): $(du -m "$out/aot/submit-$db.aot" | cut -f1) MiB"
    done
  fi
  for n in $(seq 1 "$runs"); do
    for rounds in ${BENCH_SUBMIT_WARM_UP_ROUNDS:-0 1}; do
      for db in ${BENCH_SUBMIT_DATABASES:-h2 postgresql}; do
        [ "$db" = h2 ] || [ -n "${PASSERELLE_TEST_POSTGRESQL_URL:-}" ] || continue
        for variant in "${variants[@]}" ${BENCH_SUBMIT_AOT:+aot-cache}; do
          name="submit-$db-$variant-$n-warm$rounds"
          if [ "$variant" = aot-cache ]; then
            submit_run "$db" this "$n" "$rounds" "$name" --jars -XX:AOTCache="$out/aot/submit-$db.aot"
          elif [ "${variant#production-}" != "$variant" ]; then
            submit_run "$db" this "$n" "$rounds" "$name" --production "$(production_checkout "${variant#production-}")"
          else
            submit_run "$db" "$variant" "$n" "$rounds" "$name"
          fi
          log "$(grep '^Submit latency' "$out/$name.log") [$variant, run $n, $rounds warm-up round(s), load average $(cut -d' ' -f1-3 /proc/loadavg)]"
          grep '^  CPU during the run, per submit, by kind' "$out/$name.log" | tee -a "$results"
        done
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
if $only_heap; then # the jar alone (no AOT cache: the heap is measured on the jar as built)
  if [ -z "${BENCH_JAR:-}" ] && [ -z "$jar" ]; then
    ./mvnw -B -q ${MAVEN_FLAGS:-} -Pproduction package
    jar=$(ls target/passerelle-*.jar | head -n1)
  fi
elif [ -z "$jar" ] || [ ! -f target/aot/passerelle.aot ]; then
  ./mvnw -B -q ${MAVEN_FLAGS:-} -Pproduction,aot-cache package
  jar=$(ls target/passerelle-*.jar | head -n1)
fi

# 2. Pre-check evaluations per second (JMH, one thread).
if ! $only_startup && ! $only_heap; then
java -cp "$classpath" org.openjdk.jmh.Main PreCheckBenchmark -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt" >/dev/null
log "Pre-check (JMH, ops/s, 1 thread):"
grep -E '^PreCheckBenchmark\.' "$out/jmh.txt" | tee -a "$results"
fi


# The production jar on loopback, default profile (embedded SMTP), a fresh H2 file per start.
portal_pid=
start_portal() { # $1: the directory to start it in, then how to launch it (default: . java -jar the jar, <checkout>/target/*.jar)
  local data dir="${1:-.}"
  data=$(mktemp -d "$PWD/$out/data-XXXX")
  [ $# -gt 1 ] && shift || set -- $(production_flags "$(dirname "$(dirname "$(realpath "$jar")")")") -jar "$jar"
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

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# 4. Server heap per open Vaadin UI: N headless Chromium sessions holding the page $ui_path open.
heap_per_ui() { # $1: the jar; $2: the label of the histogram files (empty: none); prints the line of UiHeapProbe
  local line
  jar="$1"
  start_portal
  wait_ready
  line=$(java ${2:+-Dbench.histogram="$out/histogram-$2"} -Dbench.heap.settle-seconds="${BENCH_HEAP_SETTLE:-0}" \
    -cp "$classpath" fr.chulille.passerelle.bench.UiHeapProbe \
    "http://127.0.0.1:$port" "$portal_pid" "$sessions" "$ui_path" 2>>"$out/ui-heap.log" | grep '^Heap per open UI')
  stop_portal
  echo "$line"
}
if $only_heap; then
  : >"$out/ui-heap.log"
  jars=(${BENCH_JAR:-$jar})
  declare -A figures=() settled=()
  for run in $(seq 1 "${BENCH_HEAP_RUNS:-1}"); do
    for j in "${jars[@]}"; do
      label=
      [ -z "${BENCH_HISTOGRAM:-}" ] || label="$(basename "$(dirname "$(dirname "$(realpath "$j")")")")-run$run"
      line=$(heap_per_ui "$j" "$label")
      log "  run $run, $j, load average $(cut -d' ' -f1-3 /proc/loadavg): $line"
      figures[$j]+=" $(echo "$line" | grep -v ' idle: ' | grep -o '[0-9]* KiB per UI' | cut -d' ' -f1)"
      settled[$j]+=" $(echo "$line" | grep ' idle: ' | grep -o '[0-9]* KiB per UI' | cut -d' ' -f1)"
    done
  done
  for j in "${jars[@]}"; do
    log "  median, $j: $(median ${figures[$j]}) KiB per UI (runs:${figures[$j]})"
    [ "${BENCH_HEAP_SETTLE:-0}" = 0 ] || log "  median after ${BENCH_HEAP_SETTLE} s idle, $j: $(median ${settled[$j]}) KiB per UI (runs:${settled[$j]})"
  done
  log "Done: $results"
  exit 0
fi

# 3. Start-up: from `java -jar` to readiness UP; the jar as built, then target/aot/ with the AOT cache
#    (README § Run in production), alternately, so that both see the same load. BENCH_STARTUP_BASELINE=<another
#    checkout, built with -Pproduction,aot-cache> starts its jar and its target/aot/ too, in the same rounds
#    (before/after in one run); BENCH_STARTUP_VARIANTS picks among plain cached baseline-plain baseline-cached,
#    and cached-nodemo baseline-cached-nodemo: the same with PASSERELLE_DEMO_DATA=false, i.e. without the demo
#    inbox that the default profile seeds before readiness (the hospital's `prod` profile never seeds it).
log "Start-up of the production jar (java -jar to /actuator/health/readiness UP, empty H2 file):"
base="${BENCH_STARTUP_BASELINE:-}"
variants=(${BENCH_STARTUP_VARIANTS:-plain cached${base:+ baseline-plain baseline-cached}})
declare -A took_by=() cpu_by=()
for i in $(seq 1 "$starts"); do
  for variant in "${variants[@]}"; do
    case "${variant%-nodemo}" in # the cache holds the class path of its training run: passerelle.jar, from target/aot
      plain) dir=. launch=($(production_flags .) -jar "$jar") ;;
      cached) dir=target/aot launch=($(production_flags .) -XX:AOTCache=passerelle.aot -jar passerelle.jar) ;;
      baseline-plain) dir="$base" launch=($(production_flags "$base") -jar "$(ls "$base"/target/passerelle-*.jar | head -n1)") ;;
      baseline-cached) dir="$base/target/aot" launch=($(production_flags "$base") -XX:AOTCache=passerelle.aot -jar passerelle.jar) ;;
      *) echo "Unknown start-up variant $variant" >&2; exit 1 ;;
    esac
    case "$variant" in # a jar built with Spring's AOT processing (aot-cache profile) starts with it, as README says
      *cached*) launch=($(spring_aot_flag "$dir/passerelle.jar") "${launch[@]}") ;;
    esac
    demo_data=true
    [ "$variant" = "${variant%-nodemo}" ] || demo_data=false
    t0=$(date +%s.%N)
    PASSERELLE_DEMO_DATA=$demo_data start_portal "$dir" "${launch[@]}"
    wait_ready
    t1=$(date +%s.%N)
    took=$(echo "$t1 - $t0" | bc -l | xargs printf '%.1f')
    # the CPU time the portal's JVM used until then (user + system, all its threads): less swayed by other load
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$portal_pid/stat")
    took_by[$variant]+=" $took" cpu_by[$variant]+=" $cpu"
    log "  start $i, $variant, in $dir: java ${launch[*]}: $took s, CPU $cpu s ($(grep -o 'Started Application in [0-9.]* seconds' "$out/portal.log" | head -n1)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    if grep -q '\[aot' "$out/portal.log"; then # what the JVM said about the cache, if anything
      log "    $(grep -m1 '\[aot' "$out/portal.log")"
    fi
    stop_portal
  done
done
declare -A m=() c=()
for variant in "${variants[@]}"; do
  m[$variant]=$(median ${took_by[$variant]}) c[$variant]=$(median ${cpu_by[$variant]})
  log "  median, $variant: ${m[$variant]} s (starts:${took_by[$variant]}), CPU ${c[$variant]} s (starts:${cpu_by[$variant]})"
done
ratio() {
  [ -n "${m[$1]:-}" ] && [ -n "${m[$2]:-}" ] || return 0
  log "  ratio $1 / $2: $(echo "${m[$1]} / ${m[$2]}" | bc -l | xargs printf '%.2f') (CPU: $(echo "${c[$1]} / ${c[$2]}" | bc -l | xargs printf '%.2f'))"
}
ratio cached plain
ratio baseline-cached baseline-plain
ratio plain baseline-plain
ratio cached baseline-plain
ratio cached baseline-cached
ratio cached-nodemo baseline-cached-nodemo
ratio cached-nodemo baseline-cached
if $only_startup; then log "Done: $results"; exit 0; fi

# 4. Server heap per open Vaadin UI (the function above).
: >"$out/ui-heap.log"
heap_per_ui "$jar" "" | tee -a "$results"

submit_latency
log "Done: $results"

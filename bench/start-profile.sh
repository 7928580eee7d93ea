#!/usr/bin/env bash
# One start of the production portal as README § Run in production says (target/aot/, the AOT cache, compact object
# headers, Spring's AOT code), without the demo inbox, on a fresh H2 file: the time from launch to readiness UP
# (polled every 50 ms), Spring's "Started" line, and the CPU each kind of JVM thread had used by then (main, the JIT's
# C1 and C2 compiler threads, GC…, from /proc/<pid>/task). Extra arguments go to the JVM, e.g. -XX:TieredStopAtLevel=1
# to price the JIT, or -Xlog:startuptime. Never run by CI. Usage: bench/start-profile.sh [checkout] [JVM arguments…]
# (the checkout must have been built with ./mvnw -Pproduction,aot-cache package). Port: BENCH_PORT (18080).
set -euo pipefail
. "$(dirname "$0")/production-flags.sh" # production_flags, spring_aot_flag
checkout=$(realpath "${1:-.}")
[ $# -eq 0 ] || shift
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
port="${BENCH_PORT:-18080}"
data=$(mktemp -d)
log="$data/portal.log"
cd "$checkout/target/aot"
t0=$(date +%s.%N)
PASSERELLE_DB_URL="jdbc:h2:file:$data/passerelle" PASSERELLE_DEMO_DATA=false PORT="$port" "$JAVA_HOME/bin/java" "$@" \
  $(production_flags "$checkout") -XX:AOTCache=passerelle.aot $(spring_aot_flag passerelle.jar) -jar passerelle.jar \
  --server.address=127.0.0.1 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "The portal stopped: $(tail -n 5 "$log")" >&2; exit 1; }
  sleep 0.05
done
t1=$(date +%s.%N)
echo "ready $(echo "$t1 - $t0" | bc -l | xargs printf '%.2f') s; $(grep -o 'Started Application in [0-9.]* seconds (process running for [0-9.]*)' "$log")"
for task in /proc/"$pid"/task/*; do
  echo "$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "$task/stat" 2>/dev/null || echo 0) $(cat "$task/comm" 2>/dev/null)"
done | sed -E 's/^([0-9.]+) java$/\1 main/; s/[#0-9]+$//' \
  | awk '{cpu = $1; $1 = ""; by[$0] += cpu; total += cpu} END {for (k in by) if (by[k] >= 0.05) printf "%6.2f s%s\n", by[k], k; printf "%6.2f s  all live threads\n", total}' \
  | sort -rn

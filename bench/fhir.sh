#!/usr/bin/env bash
# FHIR benchmarks (never run by CI): p99 of POST /api/precheck with a 50-entry FHIR Bundle against the
# production jar on loopback, HAPI's start-up cost in a fresh JVM, and the size HAPI adds to the jar.
# Results: target/bench/fhir-results.txt (docs/performance.md explains them).
# Options (environment): BENCH_PORT (18081), BENCH_FHIR_REQUESTS (5000), BENCH_FHIR_WARMUP (500), MAVEN_FLAGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH" VAADIN_USAGE_STATS_ENABLED=false
port="${BENCH_PORT:-18081}"
out=target/bench
mkdir -p "$out"
results="$out/fhir-results.txt"
log() { echo "$*" | tee -a "$results"; }
: >"$results"
log "Passerelle FHIR benchmarks, $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n1)"

# The bench classes (no JMH needed here), against the main and test classes.
./mvnw -B -q ${MAVEN_FLAGS:-} test-compile dependency:build-classpath -Dmdep.outputFile="$out/fhir-classpath.txt" -Dmdep.includeScope=test
rm -rf "$out/fhir-classes"
javac -proc:none -d "$out/fhir-classes" -cp "target/test-classes:target/classes:$(cat "$out/fhir-classpath.txt")" \
  src/bench/java/fr/chulille/passerelle/bench/Latencies.java $(find src/bench/java/fr/chulille/passerelle/fhir -name '*.java')
classpath="$out/fhir-classes:target/test-classes:target/classes:$(cat "$out/fhir-classpath.txt")"
jar=$(ls target/passerelle-*.jar 2>/dev/null | head -n1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q ${MAVEN_FLAGS:-} -Pproduction package
  jar=$(ls target/passerelle-*.jar | head -n1)
fi

# 1. Jar size, and the part of it that HAPI FHIR adds: the jars of its subtree in `dependency:tree` (Maven lists
#    each library once, under the first dependency that needs it, and HAPI's block comes last in the pom, so its
#    subtree holds exactly what nothing else needed). BOOT-INF/lib entries are stored uncompressed.
./mvnw -B -q ${MAVEN_FLAGS:-} dependency:tree -DoutputFile="$out/tree.txt" >/dev/null
awk '/hapi-fhir-structures-r4:jar/ {depth=index($0, "ca.uhn"); on=1; print; next}
     on { d=match($0, /[a-z]/); if (d <= depth) {on=0} else print }' "$out/tree.txt" \
  | sed -E 's/^[| +\\-]*//' | awk -F: '$NF != "test" {print $2 "-" $4 ".jar"}' | sort -u >"$out/hapi-jars.txt"
unzip -l "$jar" | awk '/BOOT-INF\/lib\// {n=$4; sub(".*/", "", n); print n, $1}' | sort >"$out/jar-libs.txt"
hapi_bytes=$(join "$out/hapi-jars.txt" "$out/jar-libs.txt" | awk '{s+=$2} END {print s+0}')
jar_bytes=$(stat -c %s "$jar")
log "Jar $(basename "$jar"): $(numfmt --to=iec-i --suffix=B "$jar_bytes"); HAPI FHIR and the $(join "$out/hapi-jars.txt" "$out/jar-libs.txt" | wc -l) libraries only it needs: $(numfmt --to=iec-i --suffix=B "$hapi_bytes"); without them: $(numfmt --to=iec-i --suffix=B $((jar_bytes - hapi_bytes)))"
join "$out/hapi-jars.txt" "$out/jar-libs.txt" | sort -k2 -n -r | head -n 12 | sed 's/^/  /' | tee -a "$results"

# 2. HAPI's start-up cost, 3 fresh JVMs.
for i in 1 2 3; do
  java -cp "$classpath" fr.chulille.passerelle.fhir.FhirStartupCost | tee -a "$results"
done

# 3. p99 of a 50-entry Bundle over HTTP, production jar, default profile, fresh H2 file.
data=$(mktemp -d "$PWD/$out/fhir-data-XXXX")
PASSERELLE_DB_URL="jdbc:h2:file:$data/passerelle" PORT="$port" java -jar "$jar" --server.address=127.0.0.1 >"$out/fhir-portal.log" 2>&1 &
portal_pid=$!
trap 'kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
  curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$portal_pid" 2>/dev/null || { echo "The portal stopped: see $out/fhir-portal.log" >&2; exit 1; }
  sleep 0.1
done
log "$(grep -o 'Started Application in [0-9.]* seconds' "$out/fhir-portal.log" | head -n1)"
java -cp "$classpath" fr.chulille.passerelle.fhir.FhirPreCheckLatency "http://127.0.0.1:$port" \
  "${BENCH_FHIR_WARMUP:-500}" "${BENCH_FHIR_REQUESTS:-5000}" | tee -a "$results"
log "Done: $results"

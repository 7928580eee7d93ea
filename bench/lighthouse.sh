#!/usr/bin/env bash
# Benchmark, not a test (CI does not run it): Lighthouse 12.2.3, mobile preset, on the production jar
# for / in French and English, and on a static twin of the same first response (same text and CSS,
# no JavaScript). Prints performance, LCP, CLS, SEO, accessibility and bytes. Figures: docs/performance.md.
#
#   bench/lighthouse.sh            # builds the jar first
#   SKIP_BUILD=1 bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export VAADIN_USAGE_STATS_ENABLED=false
WORK="${BENCH_DIR:-target/bench}"
APP_PORT="${BENCH_APP_PORT:-8398}"
STATIC_PORT="${BENCH_STATIC_PORT:-8397}"
RUNS="${BENCH_RUNS:-3}"
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
mkdir -p "$WORK/results" "$WORK/static/styles" "$WORK/static/lumo"
rm -f "$WORK"/results/*.json

# Lighthouse into the bench directory (never committed); 13.x needs Node 22.
if [ ! -x "$WORK/node_modules/.bin/lighthouse" ]; then
  (cd "$WORK" && { [ -f package.json ] || npm init -y >/dev/null; } && npm i -E lighthouse@12.2.3 --no-audit --no-fund)
fi
LIGHTHOUSE="$WORK/node_modules/.bin/lighthouse"

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -o -q -DskipTests package
fi
JAR="$(ls target/passerelle-*.jar | grep -v '\.original$' | head -1)"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

PASSERELLE_DB_URL="jdbc:h2:mem:bench" PASSERELLE_EMBEDDED_SMTP=false \
  "$JAVA_HOME/bin/java" -jar "$JAR" --server.port="$APP_PORT" > "$WORK/app.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$APP_PORT/robots.txt" && break; sleep 1; done
APP="http://localhost:$APP_PORT"

# The static twin: the app's first response without its scripts, with the same stylesheets.
for lang in fr en; do
  curl -s "$APP/?lang=$lang" | python3 -c '
import re, sys
html = sys.stdin.read()
html = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
html = re.sub(r"<link rel=\"modulepreload\"[^>]*>", "", html)
sys.stdout.write(html)' > "$WORK/static/$lang.html"
done
curl -s "$APP/styles/passerelle.css" > "$WORK/static/styles/passerelle.css"
curl -s "$APP/lumo/lumo.css" > "$WORK/static/lumo/lumo.css"
cp src/main/resources/META-INF/resources/robots.txt "$WORK/static/robots.txt"
(cd "$WORK/static" && exec python3 -m http.server "$STATIC_PORT" --bind 127.0.0.1 > ../static.log 2>&1) &
PIDS+=($!)
sleep 1

measure() { # name url
  local name="$1" url="$2"
  for run in $(seq 1 "$RUNS"); do
    "$LIGHTHOUSE" "$url" --quiet --output=json --output-path="$WORK/results/$name-$run.json" \
      --only-categories=performance,accessibility,seo --chrome-flags="$CHROME_FLAGS" || true
  done
}
# a warm-up run, so that the first measured run does not pay for the JIT of the app
"$LIGHTHOUSE" "$APP/?lang=fr" --quiet --output=json --output-path="$WORK/results/warmup.json" \
  --only-categories=performance --chrome-flags="$CHROME_FLAGS" >/dev/null 2>&1 || true
measure app-fr "$APP/?lang=fr"
measure app-en "$APP/?lang=en"
measure static-fr "http://127.0.0.1:$STATIC_PORT/fr.html"
measure static-en "http://127.0.0.1:$STATIC_PORT/en.html"

python3 - "$WORK/results" "$RUNS" <<'PY'
import json, statistics, sys, pathlib
results, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
print(f"{'page':<10} {'perf':>5} {'LCP s':>6} {'CLS':>6} {'SEO':>4} {'a11y':>5} {'KiB':>6}   (median of {runs} runs)")
medians = {}
for name in ["app-fr", "app-en", "static-fr", "static-en"]:
    rows = []
    for run in range(1, runs + 1):
        f = results / f"{name}-{run}.json"
        if not f.exists():
            continue
        r = json.loads(f.read_text())
        c, a = r["categories"], r["audits"]
        rows.append((c["performance"]["score"] * 100, a["largest-contentful-paint"]["numericValue"] / 1000,
                     a["cumulative-layout-shift"]["numericValue"], c["seo"]["score"] * 100,
                     c["accessibility"]["score"] * 100, a["total-byte-weight"]["numericValue"] / 1024))
    if not rows:
        print(f"{name:<10} no result"); continue
    med = [statistics.median(col) for col in zip(*rows)]
    medians[name] = med
    print(f"{name:<10} {med[0]:>5.0f} {med[1]:>6.2f} {med[2]:>6.3f} {med[3]:>4.0f} {med[4]:>5.0f} {med[5]:>6.0f}")
for lang in ["fr", "en"]:
    app, twin = medians.get(f"app-{lang}"), medians.get(f"static-{lang}")
    if app and twin:
        print(f"app/static {lang}: LCP {app[1] / twin[1]:.2f}x, bytes {app[5] / twin[5]:.2f}x")
PY

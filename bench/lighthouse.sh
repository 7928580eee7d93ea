#!/usr/bin/env bash
# Benchmark, not a test (CI does not run it): Lighthouse 12.2.3, mobile preset, on the production jar
# for / in French and English, and on a static twin: the floor, i.e. the same text as a plain static
# HTML page carrying only the CSS it needs (the copy's own stylesheet, summary/first-paint.css,
# inline), no JavaScript, compressed like the app's responses. Prints, median of the runs, the four
# Lighthouse category scores (performance, accessibility, best practices, SEO), LCP, CLS and bytes, and
# per language the ratios app/twin of LCP and bytes. Figures: docs/performance.md.
#
#   bench/lighthouse.sh                                   # builds the jar first
#   SKIP_BUILD=1 bench/lighthouse.sh                      # the jar already in target/
#   SKIP_BUILD=1 JAR=/path/to/other.jar bench/lighthouse.sh   # another build (e.g. main's, for "before")
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
mkdir -p "$WORK/results" "$WORK/static"
rm -f "$WORK"/results/*.json

# Lighthouse into the bench directory (never committed); 13.x needs Node 22.
if [ ! -x "$WORK/node_modules/.bin/lighthouse" ]; then
  (cd "$WORK" && { [ -f package.json ] || npm init -y >/dev/null; } && npm i -E lighthouse@12.2.3 --no-audit --no-fund)
fi
LIGHTHOUSE="$WORK/node_modules/.bin/lighthouse"

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -o -q -DskipTests package
fi
JAR="${JAR:-$(ls target/passerelle-*.jar | grep -v '\.original$' | head -1)}"
echo "jar: $JAR; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

PASSERELLE_DB_URL="jdbc:h2:mem:bench" PASSERELLE_EMBEDDED_SMTP=false \
  "$JAVA_HOME/bin/java" -jar "$JAR" --server.port="$APP_PORT" > "$WORK/app.log" 2>&1 &
PIDS+=($!)
# a loaded machine may take minutes to start the jar: wait up to BENCH_START_TIMEOUT seconds, then give up
for _ in $(seq 1 "${BENCH_START_TIMEOUT:-900}"); do curl -sf -o /dev/null "http://localhost:$APP_PORT/robots.txt" && break; sleep 1; done
curl -sf -o /dev/null "http://localhost:$APP_PORT/robots.txt" || { echo "the app did not start (see $WORK/app.log)" >&2; exit 1; }
APP="http://localhost:$APP_PORT"

# The static twin (the floor): the app's first response without its scripts and without any stylesheet
# but the copy's own CSS, inline and minified as FirstPaintRenderer serves it. Same text, same markup.
for lang in fr en; do
  curl -s "$APP/?lang=$lang" | python3 -c '
import re, sys
html = sys.stdin.read()
css = open(sys.argv[1]).read()
css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
css = re.sub(r"\s+", " ", css)
css = re.sub(r" ?([{};,>]) ?", r"\1", css).replace(";}", "}").strip()
html = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
html = re.sub(r"<template\b.*?</template>", "", html, flags=re.S)
html = re.sub(r"<style\b.*?</style>", "", html, flags=re.S)
html = re.sub(r"<link rel=\"modulepreload\"[^>]*>", "", html)
html = re.sub(r"<link [^>]*rel=\"stylesheet\"[^>]*>", "", html)
html = html.replace("</head>", "<style>body{margin:0}" + css + "</style></head>", 1)
sys.stdout.write(html)' src/main/resources/fr/chulille/passerelle/summary/first-paint.css > "$WORK/static/$lang.html"
done
cp src/main/resources/META-INF/resources/robots.txt "$WORK/static/robots.txt"
mkdir -p "$WORK/static/icons" && cp src/main/resources/META-INF/resources/icons/* "$WORK/static/icons/"
# served gzip-compressed, as the app's server.compression does, so that bytes compare like with like
(cd "$WORK/static" && exec python3 -c '
import gzip, http.server, sys
class Handler(http.server.SimpleHTTPRequestHandler):
    def send_head(self):
        path = self.translate_path(self.path)
        if "gzip" in self.headers.get("Accept-Encoding", "") and path.endswith((".html", ".txt", ".svg")):
            try:
                body = gzip.compress(open(path, "rb").read())
            except OSError:
                return super().send_head()
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None
        return super().send_head()
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()' "$STATIC_PORT" > ../static.log 2>&1) &
PIDS+=($!)
sleep 1

measure() { # name url
  local name="$1" url="$2"
  for run in $(seq 1 "$RUNS"); do
    "$LIGHTHOUSE" "$url" --quiet --output=json --output-path="$WORK/results/$name-$run.json" \
      --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$CHROME_FLAGS" || true
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
print(f"{'page':<10} {'perf':>5} {'a11y':>5} {'b.p.':>5} {'SEO':>4} {'LCP s':>6} {'FCP s':>6} {'CLS':>6} {'KiB':>6}   (median of {runs} runs)")
medians = {}
for name in ["app-fr", "app-en", "static-fr", "static-en"]:
    rows = []
    for run in range(1, runs + 1):
        f = results / f"{name}-{run}.json"
        if not f.exists():
            continue
        r = json.loads(f.read_text())
        c, a = r["categories"], r["audits"]
        rows.append((c["performance"]["score"] * 100, c["accessibility"]["score"] * 100,
                     c["best-practices"]["score"] * 100, c["seo"]["score"] * 100,
                     a["largest-contentful-paint"]["numericValue"] / 1000,
                     a["first-contentful-paint"]["numericValue"] / 1000,
                     a["cumulative-layout-shift"]["numericValue"], a["total-byte-weight"]["numericValue"] / 1024))
    if not rows:
        print(f"{name:<10} no result"); continue
    med = [statistics.median(col) for col in zip(*rows)]
    medians[name] = med
    print(f"{name:<10} {med[0]:>5.0f} {med[1]:>5.0f} {med[2]:>5.0f} {med[3]:>4.0f} {med[4]:>6.2f} {med[5]:>6.2f} {med[6]:>6.3f} {med[7]:>6.1f}")
for lang in ["fr", "en"]:
    app, twin = medians.get(f"app-{lang}"), medians.get(f"static-{lang}")
    if app and twin:
        print(f"app/twin {lang}: LCP {app[4] / twin[4]:.2f}x (goal <= 1.1x), bytes {app[7] / twin[7]:.2f}x (goal <= 2x)")
PY

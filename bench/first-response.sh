#!/usr/bin/env bash
# Benchmark, not a test (CI does not run it): server time to first byte of the public pages' first response
# (the copy rendered into index.html) and of /referral (index.html without a copy), two production jars
# side by side, requests interleaved so that both see the same load; prints medians and the ratio new/old.
# Lighthouse (bench/lighthouse.sh) counts this server time into LCP. Figures: docs/performance.md.
#   bench/first-response.sh OLD_JAR NEW_JAR [requests per page, 200]
set -euo pipefail
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
n=${3:-200}
start() { PASSERELLE_DB_URL="jdbc:h2:mem:ttfb$2" PASSERELLE_EMBEDDED_SMTP=false "$JAVA" -jar "$1" --server.port="$2" >"/tmp/ttfb-$2.log" 2>&1 & echo $!; }
p1=$(start "$1" 8421); p2=$(start "$2" 8422)
trap 'kill $p1 $p2 2>/dev/null' EXIT
for port in 8421 8422; do for _ in $(seq 1 300); do curl -sf -o /dev/null "http://localhost:$port/robots.txt" && break; sleep 1; done; done
t() { curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{time_starttransfer}\n' "$1"; }
for path in "/?lang=fr" "/?lang=en" "/professionals?lang=fr" "/referral?lang=fr"; do
  for port in 8421 8422; do for _ in $(seq 1 50); do t "http://localhost:$port$path" >/dev/null; done; done # warm-up
  : >/tmp/ttfb-a; : >/tmp/ttfb-b
  for _ in $(seq 1 "$n"); do t "http://localhost:8421$path" >>/tmp/ttfb-a; t "http://localhost:8422$path" >>/tmp/ttfb-b; done
  med() { sort -g "$1" | awk '{a[NR]=$1} END {printf "%.1f", 1000*a[int((NR+1)/2)]}'; }
  p25() { sort -g "$1" | awk '{a[NR]=$1} END {printf "%.1f", 1000*a[int((NR+3)/4)]}'; }
  a=$(med /tmp/ttfb-a) b=$(med /tmp/ttfb-b)
  echo "$path: old median $a ms (p25 $(p25 /tmp/ttfb-a)), new median $b ms (p25 $(p25 /tmp/ttfb-b)), new/old $(echo "$b / $a" | bc -l | xargs printf '%.2f'); load $(cut -d' ' -f1-3 /proc/loadavg)"
done

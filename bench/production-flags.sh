# Sourced by bench/run.sh and bench/start-profile.sh: the JVM flags a checkout's README § Run in production gives, so
# that each portal, this one or a baseline, starts as its own README says.

# -XX:+UseCompactObjectHeaders since 2026-12-02. $1: the checkout
production_flags() {
  if grep -q 'XX:+UseCompactObjectHeaders' "$1/README.md" 2>/dev/null; then echo -XX:+UseCompactObjectHeaders; fi
}

# -Dspring.aot.enabled=true when the jar was built with Spring's AOT processing (aot-cache profile). $1: the jar
spring_aot_flag() { # grep -c reads to the end: no SIGPIPE for unzip under pipefail
  if unzip -Z1 "$1" 2>/dev/null | grep -c 'Application__ApplicationContextInitializer' >/dev/null; then
    echo -Dspring.aot.enabled=true
  fi
}

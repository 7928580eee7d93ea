# Sourced by ./mvnw before it starts Maven, and by .ci/run (POSIX sh; safe under `set -euf`).
# Leaves JAVA_HOME exported, pointing at a JDK 25 or newer.
#
# Passerelle needs a JDK 25, and Maven itself must run on it: the code is compiled with
# `release 25`, and Vaadin's Maven plugin (prepare-frontend, build-frontend) refuses to load on a
# Maven JVM older than 21, so a toolchain alone cannot save a build started on an older `java`.
# This picks the JDK that Maven runs on, which also runs the compiler, the tests and spring-boot:run:
#   1. JAVA_HOME, if it is a JDK 25 or newer;
#   2. else the `java` on the PATH, if it is one;
#   3. else the lowest JDK >= 25 installed in the usual places (/usr/lib/jvm, SDKMAN, ...);
#   4. else it stops at once with one line saying what to install and how to point JAVA_HOME at it.
# Regenerating the wrapper (maven-wrapper-plugin) drops the line of mvnw that sources this file:
# put it back.

passerelle_jdk=25

# Feature version (17, 21, 25...) of the JDK at $1, or nothing if $1 is not a JDK.
passerelle_jdk_version() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

passerelle_is_recent_jdk() {
  passerelle_v="$(passerelle_jdk_version "$1")"
  [ -n "$passerelle_v" ] && [ "$passerelle_v" -ge "$passerelle_jdk" ]
}

passerelle_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && passerelle_is_recent_jdk "$JAVA_HOME"; then
    return 0
  fi
  passerelle_old="${JAVA_HOME-}"
  if [ -z "$passerelle_old" ] && passerelle_javac="$(command -v javac 2>/dev/null)"; then
    passerelle_old="$(dirname "$(dirname "$(readlink -f "$passerelle_javac" 2>/dev/null || printf %s "$passerelle_javac")")")"
    if passerelle_is_recent_jdk "$passerelle_old"; then
      return 0
    fi
  fi
  passerelle_best="" passerelle_best_v="" passerelle_noglob=""
  case "$-" in *f*) passerelle_noglob=1 ;; esac
  set +f
  for passerelle_home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
    "${HOME-}"/.sdkman/candidates/java/* "${HOME-}"/.jdks/* "${HOME-}"/.asdf/installs/java/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME-}"/Library/Java/JavaVirtualMachines/*/Contents/Home; do
    passerelle_v="$(passerelle_jdk_version "$passerelle_home")"
    if [ -n "$passerelle_v" ] && [ "$passerelle_v" -ge "$passerelle_jdk" ] &&
      { [ -z "$passerelle_best_v" ] || [ "$passerelle_v" -lt "$passerelle_best_v" ]; }; then
      passerelle_best="$passerelle_home" passerelle_best_v="$passerelle_v"
    fi
  done
  [ -z "$passerelle_noglob" ] || set -f
  if [ -z "$passerelle_best" ]; then
    printf '%s\n' "Passerelle needs a JDK $passerelle_jdk (found ${passerelle_old:+Java $(passerelle_jdk_version "$passerelle_old") at }${passerelle_old:-no JDK}): install one (e.g. Temurin 25 from https://adoptium.net, Debian package temurin-25-jdk) and run: JAVA_HOME=/path/to/jdk-25 ./mvnw ..." >&2
    exit 1
  fi
  if [ -n "${JAVA_HOME-}" ]; then
    printf '%s\n' "mvnw: JAVA_HOME ($JAVA_HOME) is not a JDK $passerelle_jdk or newer; using $passerelle_best" >&2
  fi
  JAVA_HOME="$passerelle_best"
  export JAVA_HOME
}

passerelle_select_jdk

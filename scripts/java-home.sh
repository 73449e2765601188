# Sourced by ./rekap, the test and benchmark scripts: selects a JDK 25 or newer.
# Honours JAVA_HOME when it is one; else looks in the usual JVM folders.
# The JDK's `release` file names its version; reading it costs nothing, while asking `java` itself
# starts a JVM (a few hundred ms on every ./rekap call). A JDK without the file is asked.
java_major() {
  local v=""
  [ -f "$1/release" ] && v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")"
  [ -n "$v" ] && { echo "$v"; return; }
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}
pick_java_home() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    return 0
  fi
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/*25* /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "rekap: no JDK 25 found; install one (e.g. Temurin 25) or set JAVA_HOME" >&2
  exit 4
}
pick_java_home
# Maven 3.9 (its guice) on JDK 25 warns about sun.misc.Unsafe; allowed here, where the JDK is 25+.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

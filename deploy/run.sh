#!/usr/bin/env sh
# Runs the packaged portal (the README's command) with the fast start of docs/performance.md ("Start-up"): the jar
# extracted (plain jars on the class path instead of jars nested in the jar) plus a class-data sharing archive, which
# halves the start-up's work: the login page in about 7 s instead of 14 s on a 2-core machine.
#
# The archive belongs to one build of the jar and one JDK. The first start after a new build (or another JDK)
# records it with deploy/cds-archive.sh: a training run on a temporary database, about a minute, once. A build of
# unchanged sources leaves the jar as it was, so the archive is kept. Should recording fail, the portal starts the
# plain way; should the JVM find the archive unusable, it says so and starts from the same jars without it.
#
# Usage: deploy/run.sh [portal arguments, e.g. --filing.seed.companies=100]
#   JAVA_OPTS            JVM options, e.g. -Xmx512m
#   FILING_FAST_START    false: plain java -jar, no archive
#   FILING_JAR           another packaged jar (default filing-web/target/filing-web-0.1.0-SNAPSHOT.jar)
# Operations commands (backup, restore, rotate-personal-data-key) run with java -jar as the README shows.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${FILING_JAR:-$ROOT/filing-web/target/filing-web-0.1.0-SNAPSHOT.jar}
[ -f "$JAR" ] || { echo "No $JAR: build it first (./mvnw -B -DskipTests package)" >&2; exit 1; }
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
DIR=$(dirname "$JAR")/fast-start
# The portal's own JVM options (deploy/jvm.options, a java argument file), then the operator's.
OPTIONS=@$ROOT/deploy/jvm.options
# JAVA_OPTS is a list of options: split on spaces on purpose.
# shellcheck disable=SC2086
if [ "${FILING_FAST_START:-true}" = false ]; then exec java "$OPTIONS" ${JAVA_OPTS:-} -jar "$JAR" "$@"; fi

# What the archive was recorded for: the jar's bytes (cksum reads 200 MB in well under 0.1 s) and the JDK.
STAMP="$(cksum < "$JAR") $(java -version 2>&1 | tr '\n' ' ')"
if [ ! -s "$DIR/portal.jsa" ] || [ "$(cat "$DIR/archive.stamp" 2>/dev/null || true)" != "$STAMP" ]; then
  echo "First start of this build: recording the fast start's class-data archive (a training run, about a minute, once per build) ..."
  rm -f "$DIR/archive.stamp"
  if "$ROOT/deploy/cds-archive.sh" "$JAR" "$DIR" > /dev/null; then
    printf '%s\n' "$STAMP" > "$DIR/archive.stamp"
  else
    echo "Recording the archive failed (above); starting the plain way." >&2
    # shellcheck disable=SC2086
    exec java "$OPTIONS" ${JAVA_OPTS:-} -jar "$JAR" "$@"
  fi
fi
# shellcheck disable=SC2086
exec java "$OPTIONS" ${JAVA_OPTS:-} -XX:SharedArchiveFile="$DIR/portal.jsa" -jar "$DIR/$(basename "$JAR")" "$@"

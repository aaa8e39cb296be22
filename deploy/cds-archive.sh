#!/usr/bin/env sh
# The portal's fast start (optional): the packaged jar extracted into a directory (plain jars on the class path
# instead of jars nested in the jar) plus a class-data sharing archive (CDS) recorded by a training run, so that
# a start maps the ~20,000 classes the portal loads from the archive instead of reading, parsing and verifying
# them. Measured in docs/performance.md ("Start-up").
#
# Usage: deploy/cds-archive.sh [jar] [directory]
#   jar        default filing-web/target/filing-web-0.1.0-SNAPSHOT.jar (build it with ./mvnw -B -DskipTests package)
#   directory  default filing-web/target/fast-start
# then start the portal with what it prints:
#   java -XX:SharedArchiveFile=<directory>/portal.jsa -jar <directory>/filing-web-0.1.0-SNAPSHOT.jar
#
# The training run starts the application context once on a temporary embedded PostgreSQL (its own data
# directory, removed afterwards; CDS_DB_PORT, default 54339, must be free) and exits when the context has been
# refreshed (spring.context.exit=onRefresh): nothing of it is kept but the list of classes. Run it again after
# every build: a JVM whose jars differ from the training run's (or another JDK) warns and starts without the
# archive, as slowly as the plain jar, but correctly. Java 17 requires the same paths as in the training run,
# so both are made absolute here and the printed command must be used as printed.
set -eu
JAR=${1:-filing-web/target/filing-web-0.1.0-SNAPSHOT.jar}
DIR=${2:-filing-web/target/fast-start}
DB_PORT=${CDS_DB_PORT:-54339}
[ -f "$JAR" ] || { echo "No $JAR: build it first (./mvnw -B -DskipTests package)" >&2; exit 1; }
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
APP="$DIR/$(basename "$JAR")"
rm -f "$DIR/portal.jsa"
java -Djarmode=tools -jar "$JAR" extract --force --destination "$DIR"

TRAINING=$(mktemp -d "${TMPDIR:-/tmp}/filing-cds.XXXXXX")
# A context that exits on refresh leaves its embedded PostgreSQL running: stop it (SIGINT is PostgreSQL's fast
# shutdown) before its data directory is removed.
stop_training_database() {
  if [ -f "$TRAINING/postgres/postmaster.pid" ]; then
    pid=$(head -n 1 "$TRAINING/postgres/postmaster.pid")
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$TRAINING"
}
trap stop_training_database EXIT
echo "Training run (creates a temporary database; about a minute) ..."
if ! FILING_DATA_DIR="$TRAINING/postgres" FILING_EMBEDDED_DB_PORT="$DB_PORT" PORT=0 \
    java -Xmx512m -XX:ArchiveClassesAtExit="$DIR/portal.jsa" -Dspring.context.exit=onRefresh -jar "$APP" > "$TRAINING/training.log" 2>&1; then
  cat "$TRAINING/training.log" >&2
  echo "The training run failed; the extracted jar in $DIR still runs, without the archive." >&2
  exit 1
fi
[ -s "$DIR/portal.jsa" ] || { cat "$TRAINING/training.log" >&2; echo "No archive was written." >&2; exit 1; }
echo "Start the portal with:"
echo "  java -XX:SharedArchiveFile=$DIR/portal.jsa -jar $APP"

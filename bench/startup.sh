#!/usr/bin/env bash
# Start-up to a served login page, on an existing data directory: starts the packaged portal (-Xmx512m) on its
# embedded database twice in a row (the first start creates the data directory and is not counted), polls /login
# and prints the seconds until the first 200, then stops the portal it started.
# Usage: ./mvnw -B -DskipTests package && bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=filing-web/target/filing-web-0.1.0-SNAPSHOT.jar
DATA=$(mktemp -d /tmp/filing-startup.XXXXXX)
PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-54398}
RUNS=${1:-3}
for run in $(seq 0 "$RUNS"); do
  start=$(date +%s.%N)
  FILING_DATA_DIR="$DATA/postgres" FILING_EMBEDDED_DB_PORT=$DB_PORT PORT=$PORT \
    java -Xmx512m -jar "$JAR" > "$DATA/run-$run.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; then break; fi
    sleep 0.05
  done
  end=$(date +%s.%N)
  label=$([ "$run" = 0 ] && echo "first start (new data directory, not counted)" || echo "start $run (existing data directory)")
  printf '%s: %.1f s  (load average %s)\n' "$label" "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -rf "$DATA"

#!/usr/bin/env bash
# Start-up to a served login page, on an existing data directory, of both ways to run the portal side by side:
#   cds  the README's command, deploy/run.sh (JAVA_OPTS=-Xmx512m): the fast start, the extracted jar with its
#        class-data sharing archive (recorded by the first, uncounted start when the jar or the JDK is new)
#   jar  the plain packaged jar: java -Xmx512m -jar filing-web/target/filing-web-0.1.0-SNAPSHOT.jar
# A first start creates the data directory and is not counted; then the variants start in turn, RUNS times each,
# on that data directory (-Xmx512m). Each start polls /login and reports the seconds until the first 200, the CPU
# seconds the JVM had used by then, and of them its main thread (steadier than the wall clock when others use the
# machine: on an idle 2-core machine the wall time is about the main thread's CPU time); then, since the login page
# is served while the repositories are still being created, the seconds until the application is ready (Spring's
# "Started … in" logged: a sign-in no longer waits), and the load average; then the portal is stopped. Medians at
# the end.
# Usage: ./mvnw -B -DskipTests package && bench/startup.sh [runs]     (PORT, DB_PORT to move the ports)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=filing-web/target/filing-web-0.1.0-SNAPSHOT.jar
PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-54398}
RUNS=${1:-3}
declare -A COMMAND=(
  [jar]="java -Xmx512m -jar $JAR"
  [cds]="deploy/run.sh"
)
export JAVA_OPTS=-Xmx512m
DATA=$(mktemp -d /tmp/filing-startup.XXXXXX)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT
TICKS=$(getconf CLK_TCK)
declare -A WALL CPU MAIN READY

start() { # variant label
  local log="$DATA/$1-$2.log" begin end pid cpu
  begin=$(date +%s.%N)
  # shellcheck disable=SC2086
  FILING_DATA_DIR="$DATA/postgres" FILING_EMBEDDED_DB_PORT=$DB_PORT PORT=$PORT ${COMMAND[$1]} > "$log" 2>&1 &
  pid=$!; PID=$pid
  # deploy/run.sh execs the JVM, so $! is the JVM. The first start may record the archive first (about a minute).
  for _ in $(seq 1 4800); do
    if ! kill -0 "$pid" 2>/dev/null; then echo "The portal did not start; its log:" >&2; tail -40 "$log" >&2; exit 1; fi
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; then break; fi
    sleep 0.05
  done
  end=$(date +%s.%N)
  cpu=$(awk -v t="$TICKS" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat")
  # The start-up's critical path: the thread called main (its kernel name is "java", like the idle launcher thread);
  # the rest of the CPU is mostly the JIT compilers, which a second core absorbs.
  main=$(for t in /proc/$pid/task/*; do if [ "$(cat "$t/comm")" = java ]; then cut -d' ' -f14,15 "$t/stat"; fi; done \
    | awk -v t="$TICKS" '{s += $1 + $2} END {printf "%.1f", s / t}')
  local wall; wall=$(printf '%.1f' "$(echo "$end - $begin" | bc)")
  local ready_at=
  for _ in $(seq 1 1200); do
    if grep -q 'Started [A-Za-z]* in' "$log"; then ready_at=$(date +%s.%N); break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "The portal stopped; its log:" >&2; tail -40 "$log" >&2; exit 1; fi
    sleep 0.05
  done
  local ready; ready=$(printf '%.1f' "$(echo "$ready_at - $begin" | bc)")
  printf '%-4s %-38s %5s s  cpu %5s s (main %4s s)  ready %5s s  %-22s load average %s\n' "$1" "$2" "$wall" "$cpu" \
    "$main" "$ready" \
    "$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | sed 's/Started [A-Za-z]* in/spring/' || true)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
  if grep -q 'Unable to use shared archive' "$log"; then echo "     (the archive was NOT used: $(grep -m1 'Unable to use shared archive' "$log"))"; fi
  kill "$pid"; wait "$pid" 2>/dev/null || true; PID=
  if [ "$2" != first ]; then WALL[$1]+="$wall "; CPU[$1]+="$cpu "; MAIN[$1]+="$main "; READY[$1]+="$ready "; fi
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

start cds first
for run in $(seq 1 "$RUNS"); do
  for variant in cds jar; do start "$variant" "start $run (existing data dir)"; done
done
for variant in cds jar; do
  printf 'median %-4s to the served login page %s s, cpu %s s, main thread %s s; ready (sign-in) %s s  (%s)\n' \
    "$variant" "$(echo "${WALL[$variant]}" | median)" "$(echo "${CPU[$variant]}" | median)" \
    "$(echo "${MAIN[$variant]}" | median)" "$(echo "${READY[$variant]}" | median)" "${COMMAND[$variant]}"
done

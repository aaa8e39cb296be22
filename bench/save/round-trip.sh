#!/usr/bin/env bash
# A save round trip (POST of the demo filing's basics step with the algorithm's name changed back and forth, then
# the GET of the page it redirects to) on ONE connection with wrk, against a portal already running on 127.0.0.1,
# with what each request cost the portal's JVM and PostgreSQL in CPU (read from /proc before and after).
# For one change's A/B at steady state on a quiet machine, and to profile the save path (attach async-profiler to
# the portal's PID while it runs); the load test (docs/performance.md) is what measures under concurrency.
# Start the portal on a new data directory first, e.g.
#   FILING_DATA_DIR=$(mktemp -d) JAVA_OPTS=-Xmx512m deploy/run.sh &
# then warm it up (the JIT needs 2-4 minutes on this path) and measure:
#   bench/save/round-trip.sh 200 > /dev/null; bench/save/round-trip.sh 20; bench/save/round-trip.sh 20
# Usage: bench/save/round-trip.sh [seconds, default 20]   (PORT, default 8080; USER_NAME and PASSWORD: an officer, default the demo officer.a)
# Needs wrk, curl, python3. Counts every process named postgres on the machine as PostgreSQL.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=${PORT:-8080}
BASE=http://127.0.0.1:$PORT
SECONDS_TO_RUN=${1:-20}
OFFICER=${USER_NAME:-officer.a}
PASSWORD=${PASSWORD:-Demo-2026!}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
COOKIES="$WORK/cookies"

# Signed in as the officer, on the first filing of the list, with the step's current form and version.
csrf=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=$OFFICER" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
id=$(curl -s -b "$COOKIES" "$BASE/filings" | grep -o '/filings/[0-9a-f-]\{36\}' | head -1 | cut -d/ -f3)
[ -n "$id" ] || { echo "No filing found for $OFFICER at $BASE" >&2; exit 1; }
export SAVE_PATH=/filings/$id/steps/basic
curl -s -b "$COOKIES" "$BASE$SAVE_PATH" > "$WORK/page.html"
python3 "$HERE/step-form.py" < "$WORK/page.html" > "$WORK/body.txt"
export BODY_FILE=$WORK/body.txt
export VERSION0=$(grep -o 'name="_version" value="[^"]*"' "$WORK/page.html" | head -1 | sed 's/.*value="//;s/"$//')
export CSRF0=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/page.html" | head -1 | sed 's/.*value="//;s/"$//')
export COOKIE=$(awk '$6 == "FILING_SESSION" || $6 == "XSRF-TOKEN" {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$COOKIES")

portal=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
ticks() {
  local j p=0 t q
  j=$(awk '{print $14 + $15}' "/proc/$portal/stat")
  for q in $(pgrep -x postgres || true); do t=$(awk '{print $14 + $15}' "/proc/$q/stat" 2>/dev/null || echo 0); p=$((p + t)); done
  echo "$j $p"
}
read -r j0 p0 < <(ticks)
out=$(wrk -t1 -c1 -d"${SECONDS_TO_RUN}s" --latency -s "$HERE/round-trip.lua" "$BASE" 2>&1)
read -r j1 p1 < <(ticks)
n=$(echo "$out" | grep -o '^ *[0-9]* requests in' | awk '{print $1}')
errors=$(echo "$out" | grep -c '^POST [0-9]' || true)
echo "$out" | grep -E 'Requests/sec|  50%|  99%' | tr -s ' ' | tr '\n' ' '
awk -v n="$n" -v e="$errors" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v hz="$(getconf CLK_TCK)" 'BEGIN {
  printf "| requests %d (half of them saves), refused saves %d | CPU per request: portal %.2f ms, PostgreSQL %.2f ms\n",
    n, e, j * 1000 / hz / n, p * 1000 / hz / n }'

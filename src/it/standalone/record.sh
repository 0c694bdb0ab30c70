#!/usr/bin/env bash
# Proves record mode with real clients (run by run.sh, which installs Newman and builds the jar):
#  1. the standalone jar serves the sample collection: this is the "real" service;
#  2. a second jar records from it (`record --target --out`) while curl makes calls through it;
#  3. SIGTERM stops the recorder, which writes the collection;
#  4. Newman runs the recorded collection against the service (it must load and every request
#     must get an answer), and the jar serves the recorded file with the service stopped and
#     answers the same bodies.
# Every background process is killed on exit; every step has a time limit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
IT_NAME="record.sh"
# shellcheck source=../common.sh
source "$ROOT/src/it/common.sh"

OUT="$ROOT/target/record-it"
NEWMAN="${NEWMAN:-$ROOT/target/standalone-it/node/node_modules/.bin/newman}"
COLLECTION=samples/petstore/petstore.postman_collection.json
RECORDED="$OUT/recorded.postman_collection.json"
rm -rf "$OUT"
mkdir -p "$OUT"

# start_jar LOG ARGS...: start the jar in the background; sets LAST_PID, and LAST_URL once it is up
start_jar() {
  local log="$1"
  shift
  java -jar "$JAR" "$@" --port 0 > "$log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
  for _ in $(seq 1 300); do
    if grep -q '^Base URL:' "$log"; then break; fi
    sleep 0.1
  done
  if ! grep -q '^Base URL:' "$log"; then
    echo "record.sh: the jar did not start:" >&2
    cat "$log" >&2
    exit 1
  fi
  LAST_URL="$(sed -n 's/^Base URL: *//p' "$log" | head -n 1)"
}

CALLS=(/pets "/pets?species=dog" /pets/1 /health)

start_jar "$OUT/service.log" serve "$COLLECTION"
SERVICE_URL="$LAST_URL"
SERVICE_PID="$LAST_PID"
start_jar "$OUT/recorder.log" record --target "$SERVICE_URL" --out "$RECORDED"
RECORDER_URL="$LAST_URL"
RECORDER_PID="$LAST_PID"

for call in "${CALLS[@]}"; do
  curl -fsS --max-time 5 "$RECORDER_URL$call" > "$OUT/live$(echo "$call" | tr '/?=' '___').json"
done
curl -fsS --max-time 5 -X POST -H 'Content-Type: application/json' \
  -d '{"name":"Rex","species":"dog"}' "$RECORDER_URL/pets" > /dev/null

kill -TERM "$RECORDER_PID"
timeout 30 tail --pid="$RECORDER_PID" -f /dev/null
test -s "$RECORDED" || { echo "record.sh: no recorded collection was written" >&2; exit 1; }
echo "record.sh: recorded $(grep -c '"originalRequest"' "$RECORDED") examples into $RECORDED"

timeout 180 "$NEWMAN" run "$RECORDED" --env-var "baseUrl=$SERVICE_URL" \
  --timeout-request 10000 --reporters cli --color off --bail

kill -TERM "$SERVICE_PID"
timeout 30 tail --pid="$SERVICE_PID" -f /dev/null

start_jar "$OUT/replay.log" serve "$RECORDED"
REPLAY_URL="$LAST_URL"
for call in "${CALLS[@]}"; do
  expected="$OUT/live$(echo "$call" | tr '/?=' '___').json"
  if ! curl -fsS --max-time 5 "$REPLAY_URL$call" | cmp -s - "$expected"; then
    echo "record.sh: the recorded collection answers $call differently from the service" >&2
    exit 1
  fi
done
echo "record.sh: record mode proof passed; the recorded collection is $RECORDED"

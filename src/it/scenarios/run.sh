#!/usr/bin/env bash
# Proves passthrough and connection faults with the standalone jar and curl:
#  1. the jar serves scenarios.postman_collection.json with --passthrough to a real local service
#     (the contract proof's ShopService.java, run as a single-file program);
#  2. a call an example answers is answered by the mock, and never reaches the service;
#  3. a call no example answers reaches the service, its answer comes back, and the call log marks
#     it proxied (not unmatched);
#  4. examples with x-mock-fault break the connection: curl sees an empty reply (exit 52) and a
#     transfer closed early (exit 18); the mock keeps serving afterwards.
# Every background process is killed on exit; every step has a time limit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
IT_NAME="scenarios run.sh"
# shellcheck source=../common.sh
source "$ROOT/src/it/common.sh"

OUT="$ROOT/target/scenarios-it"
COLLECTION=src/it/scenarios/scenarios.postman_collection.json
rm -rf "$OUT"
mkdir -p "$OUT"

echo "== a real service on loopback"
start_service service
SERVICE="http://127.0.0.1:$PORT"

echo "== the jar with --passthrough $SERVICE"
timeout 300 java -jar "$JAR" serve "$COLLECTION" --port 0 --passthrough "$SERVICE" >"$OUT/mock.out" 2>&1 &
PIDS+=("$!")
MOCK=""
for _ in $(seq 1 300); do
  MOCK="$(grep -o 'Base URL: *http://127.0.0.1:[0-9]*' "$OUT/mock.out" | grep -o 'http://.*' || true)"
  [[ -n "$MOCK" ]] && break
  sleep 0.1
done
[[ -n "$MOCK" ]] || fail "the mock did not start: $(cat "$OUT/mock.out")"
grep -q "Passthrough:  $SERVICE" "$OUT/mock.out" || fail "the banner does not name the passthrough target"

CURL=(curl -sS --max-time 10)

echo "== an example answers; the service never sees the call"
body="$("${CURL[@]}" "$MOCK/greeting")"
[[ "$body" == "hello from the mock" ]] || fail "/greeting answered [$body]"
if grep -q "/greeting" "$OUT/service.log" 2>/dev/null; then
  fail "the service saw /greeting, which the mock answers"
fi

echo "== no example: the call goes to the service and its answer comes back"
direct="$("${CURL[@]}" -o "$OUT/direct.body" -w '%{http_code}' "$SERVICE/passthrough-probe" || true)"
through="$("${CURL[@]}" -o "$OUT/through.body" -w '%{http_code}' "$MOCK/passthrough-probe" || true)"
[[ "$through" == "$direct" ]] || fail "passthrough answered $through, the service $direct"
cmp -s "$OUT/direct.body" "$OUT/through.body" || fail "passthrough changed the body"
[[ "$(grep -c "/passthrough-probe" "$OUT/service.log")" == 2 ]] || fail "the service did not see the forwarded call"
"${CURL[@]}" "$MOCK/__mock/calls" >"$OUT/calls.json"
grep -q '"outcome" *: *"proxied"' "$OUT/calls.json" || fail "the call log does not mark the call proxied: $(cat "$OUT/calls.json")"

echo "== faults seen by curl"
code=0
"${CURL[@]}" -o /dev/null "$MOCK/broken" 2>"$OUT/broken.err" || code=$?
[[ "$code" == 52 ]] || fail "EMPTY_RESPONSE: curl exit $code ($(cat "$OUT/broken.err")), expected 52 (empty reply)"
code=0
"${CURL[@]}" -o /dev/null "$MOCK/cut" 2>"$OUT/cut.err" || code=$?
[[ "$code" == 18 ]] || fail "TRUNCATED_BODY: curl exit $code ($(cat "$OUT/cut.err")), expected 18 (transfer closed)"
body="$("${CURL[@]}" "$MOCK/greeting")"
[[ "$body" == "hello from the mock" ]] || fail "the mock stopped serving after the faults"

echo "scenarios run.sh: passthrough and faults proven with curl"

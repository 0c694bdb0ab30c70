#!/usr/bin/env bash
# Proves `verify` (contract checks) with the standalone jar against a real HTTP service:
#  1. a JDK HttpServer stand-in (ShopService.java, run as a single-file program) answers as the shop collection says: exit 0,
#     and the unsafe POST example is never sent;
#  2. the same service in its drifting variant: exit 1, and the JSON report names each drift;
#  3. no service at all: exit 2;
#  4. the jar's own mock, serving the collection, verifies against itself: exit 0.
# Every background process is killed on exit; every step has a time limit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
IT_NAME="contract run.sh"
# shellcheck source=../common.sh
source "$ROOT/src/it/common.sh"

OUT="$ROOT/target/contract-it"
COLLECTION=src/test/resources/contract/shop.postman_collection.json
AUTH="Authorization: Bearer it-secret-token"
rm -rf "$OUT"
mkdir -p "$OUT"

# verify EXPECTED_CODE NAME ARGS...: runs the jar's verify and checks its exit code
verify() {
  local expected="$1" name="$2"
  shift 2
  local code=0
  timeout 120 java -jar "$JAR" verify "$COLLECTION" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || code=$?
  cat "$OUT/$name.out" "$OUT/$name.err"
  [[ "$code" == "$expected" ]] || fail "$name: exit code $code, expected $expected"
  if grep -q "it-secret-token" "$OUT/$name.out" "$OUT/$name.err"; then
    fail "$name: the Authorization value was printed"
  fi
}

echo "== faithful service"
start_service faithful
verify 0 faithful --against "http://127.0.0.1:$PORT" --header "$AUTH"
grep -q '^POST' "$OUT/faithful.log" && fail "the unsafe POST example was sent"
[[ "$(grep -c '^GET /health' "$OUT/faithful.log")" == 1 ]] || fail "GET /health was not sent once"

echo "== drifting service"
start_service drifting --drift
verify 1 drifting --against "http://127.0.0.1:$PORT" --header "$AUTH" --report "$OUT/drift.json"
# the JSON report (indented, one field a line) names each drift and the addition
for want in '"pointer" : "/id"' '"pointer" : "/items/0/qty"' '"actual" : "nothing"' \
  '"pointer" : "status"' '"expected" : "404"' '"pointer" : "content-type"' '"actual" : "text/html"' \
  '"pointer" : "/note"' '"outcome" : "skipped"'; do
  grep -qF "$want" "$OUT/drift.json" || fail "the JSON report lacks [$want]"
done
echo "drift report: every drift and the addition found"

echo "== no service"
verify 2 unreachable --against "http://127.0.0.1:9"

echo "== the jar's own mock of the collection"
timeout 120 java -jar "$JAR" serve "$COLLECTION" --port 0 >"$OUT/mock.out" 2>&1 &
PIDS+=("$!")
MOCK=""
for _ in $(seq 1 200); do
  MOCK="$(grep -o 'http://127.0.0.1:[0-9]*' "$OUT/mock.out" | head -n 1 || true)"
  [[ -n "$MOCK" ]] && break
  sleep 0.1
done
[[ -n "$MOCK" ]] || fail "the mock did not start: $(cat "$OUT/mock.out")"
verify 0 self --against "$MOCK"

echo "contract run.sh: verify proven (exit codes 0, 1, 2; drifts; unsafe never sent)"

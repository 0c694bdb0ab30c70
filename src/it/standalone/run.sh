#!/usr/bin/env bash
# Proves the standalone jar with real clients (run by .ci/run after `mvn -B install`):
#  1. starts target/postman-mock-*-standalone.jar on the sample collection on a free loopback port;
#  2. Newman (npm) runs the sample collection against it, the collection's test scripts asserting;
#  3. headless Chromium (Debian package, driven by playwright-core from npm) calls the mock from
#     another origin and reads the call-log page; screenshots land in target/standalone-it/;
#  4. record mode (record.sh); 5. the same over HTTPS with curl, Newman and Chromium (https.sh).
# Every background process is killed on exit; every step has a time limit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"

OUT="$ROOT/target/standalone-it"
NODE_DIR="$OUT/node"
COLLECTION=samples/petstore/petstore.postman_collection.json
CHROMIUM=/usr/bin/chromium
mkdir -p "$OUT"

JAR="$(ls target/postman-mock-*-standalone.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "$JAR" ]]; then
  echo "run.sh: no target/postman-mock-*-standalone.jar; run 'mvn -B package' first" >&2
  exit 1
fi

SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# --- tools -------------------------------------------------------------------------------------
if [[ ! -x "$NODE_DIR/node_modules/.bin/newman" || ! -d "$NODE_DIR/node_modules/playwright-core" ]]; then
  timeout 300 npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$NODE_DIR" \
    newman@6 playwright-core@1
fi
if [[ ! -x "$CHROMIUM" ]]; then
  timeout 900 apt-get update -q
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -q chromium chromium-driver
fi

# --- 1. start the standalone server ------------------------------------------------------------
java -jar "$JAR" serve "$COLLECTION" --port 0 --cors auto > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
  if grep -q '^Base URL:' "$OUT/server.log" || ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
  sleep 0.1
done
if ! grep -q '^Base URL:' "$OUT/server.log"; then
  echo "run.sh: the standalone server did not start:" >&2
  cat "$OUT/server.log" >&2
  exit 1
fi
BASE_URL="$(sed -n 's/^Base URL: *//p' "$OUT/server.log" | head -n 1)"
cat "$OUT/server.log"
for _ in $(seq 1 100); do
  if curl -fsS --max-time 2 "$BASE_URL/__mock/health" > /dev/null 2>&1; then break; fi
  sleep 0.1
done
curl -fsS --max-time 5 "$BASE_URL/__mock/health"; echo

# --- 2. Newman runs the collection's own tests ------------------------------------------------
timeout 180 "$NODE_DIR/node_modules/.bin/newman" run "$COLLECTION" \
  --env-var "baseUrl=$BASE_URL" --timeout-request 10000 --reporters cli --color off

# --- 3. headless Chromium: another origin, then the call-log page -----------------------------
BASE_URL="$BASE_URL" NODE_DIR="$NODE_DIR" OUT="$OUT" CHROMIUM="$CHROMIUM" \
  timeout 240 node "$ROOT/src/it/standalone/browser.cjs"

# --- 4. record mode: record the running sample through the jar, replay it in Newman and the jar -
NEWMAN="$NODE_DIR/node_modules/.bin/newman" timeout 300 bash "$ROOT/src/it/standalone/record.sh"

# --- 5. HTTPS: curl --cacert, Newman --ssl-extra-ca-certs, Chromium trusting the certificate ----
JAR="$JAR" NODE_DIR="$NODE_DIR" OUT="$OUT" CHROMIUM="$CHROMIUM" COLLECTION="$COLLECTION" \
  timeout 600 bash "$ROOT/src/it/standalone/https.sh"

echo "run.sh: standalone proof passed; screenshots in $OUT"

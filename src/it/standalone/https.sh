#!/usr/bin/env bash
# HTTPS proof of the standalone jar (run by run.sh with JAR, NODE_DIR, OUT, CHROMIUM, COLLECTION):
#  1. `serve --https` on a free loopback port prints an https:// base URL and the PEM file it wrote;
#  2. curl trusting that file (--cacert) gets the health check, curl without it fails the handshake;
#  3. Newman runs the sample collection over HTTPS with --ssl-extra-ca-certs;
#  4. headless Chromium trusting exactly this certificate's key loads the call-log page, and one
#     that does not trust it refuses the page (https-browser.cjs).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
: "${JAR:?}" "${NODE_DIR:?}" "${OUT:?}" "${CHROMIUM:?}" "${COLLECTION:?}"
LOG="$OUT/https-server.log"

SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

java -jar "$JAR" serve "$COLLECTION" --port 0 --https > "$LOG" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
  if grep -q '^Call log:' "$LOG" || ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
  sleep 0.1
done
cat "$LOG"
BASE_URL="$(sed -n 's/^Base URL: *//p' "$LOG" | head -n 1)"
PEM="$(sed -n 's/^Certificate: *//p' "$LOG" | head -n 1)"
if [[ "$BASE_URL" != https://127.0.0.1:* || ! -s "$PEM" ]]; then
  echo "https.sh: the server printed no https:// base URL or certificate file" >&2
  exit 1
fi

# --- 2. curl -------------------------------------------------------------------------------------
for _ in $(seq 1 100); do
  if curl -fsS --max-time 2 --cacert "$PEM" "$BASE_URL/__mock/health" > /dev/null 2>&1; then break; fi
  sleep 0.1
done
curl -fsS --max-time 5 --cacert "$PEM" "$BASE_URL/__mock/health"; echo
echo "ok - curl --cacert trusts the mock over HTTPS"
curl -fsS --max-time 5 --cacert "$PEM" "https://localhost:${BASE_URL##*:}/pets" > /dev/null
echo "ok - curl verifies the certificate for localhost too"
if curl -sS --max-time 5 "$BASE_URL/__mock/health" > /dev/null 2> "$OUT/https-untrusted.err"; then
  echo "https.sh: curl without --cacert reached the mock: the certificate was not checked" >&2
  exit 1
fi
echo "ok - curl without the certificate fails: $(head -n 1 "$OUT/https-untrusted.err")"

# --- 3. Newman -----------------------------------------------------------------------------------
timeout 180 "$NODE_DIR/node_modules/.bin/newman" run "$COLLECTION" \
  --env-var "baseUrl=$BASE_URL" --ssl-extra-ca-certs "$PEM" \
  --timeout-request 10000 --reporters cli --color off

# --- 4. Chromium ---------------------------------------------------------------------------------
SPKI="$(node -e '
  const crypto = require("crypto");
  const cert = new crypto.X509Certificate(require("fs").readFileSync(process.argv[1]));
  const spki = cert.publicKey.export({ type: "spki", format: "der" });
  console.log(crypto.createHash("sha256").update(spki).digest("base64"));' "$PEM")"
BASE_URL="$BASE_URL" SPKI="$SPKI" NODE_DIR="$NODE_DIR" OUT="$OUT" CHROMIUM="$CHROMIUM" \
  timeout 240 node "$ROOT/src/it/standalone/https-browser.cjs"
echo "https.sh: HTTPS proof passed"

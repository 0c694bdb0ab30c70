# Shared by the standalone proofs under src/it: source it after setting IT_NAME and cd'ing to the
# project root. It finds the standalone jar (JAR), kills every process recorded in PIDS on exit,
# and gives fail MESSAGE, which names the script, and start_service, which starts ShopService.

JAR="$(ls target/postman-mock-*-standalone.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "$JAR" ]]; then
  echo "$IT_NAME: no target/postman-mock-*-standalone.jar; run 'mvn -B package' first" >&2
  exit 1
fi

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}
trap cleanup EXIT

fail() {
  echo "$IT_NAME: $*" >&2
  exit 1
}

# start_service NAME [--drift]: starts the contract proof's ShopService.java (a real HTTP service on
# loopback, writing its port to $OUT/NAME.port), waits for it and sets PORT; needs OUT
start_service() {
  local name="$1"
  shift
  timeout 300 java src/it/contract/ShopService.java "$OUT/$name.port" "$OUT/$name.log" "$@" &
  PIDS+=("$!")
  for _ in $(seq 1 300); do
    [[ -s "$OUT/$name.port" ]] && break
    sleep 0.1
  done
  [[ -s "$OUT/$name.port" ]] || fail "the $name service did not start"
  PORT="$(cat "$OUT/$name.port")"
}

# Shared by the standalone proofs under src/it: source it after setting IT_NAME and cd'ing to the
# project root. It finds the standalone jar (JAR), kills every process recorded in PIDS on exit,
# and gives fail MESSAGE, which names the script.

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

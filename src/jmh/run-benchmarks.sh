#!/usr/bin/env bash
# Runs the comparison with WireMock, MockServer and OkHttp MockWebServer and writes
# target/benchmarks/results.md. Extra arguments go to the driver, e.g.
#   src/jmh/run-benchmarks.sh --seconds 5 --rounds 2 --sections throughput,startup
# (options: seconds, rounds, connections, collection, memory, warm, fresh, sections, peers, out).
# Takes about 8 minutes with the defaults (3 rounds of 10 s runs).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk not found: installing it from the distribution's packages" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -q && $SUDO apt-get install -y -q wrk
fi

mvn -B -q -Pbenchmarks -DskipTests package exec:exec@peers \
  -Dbench.args="--out target/benchmarks/results.md $*"

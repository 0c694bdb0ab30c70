#!/usr/bin/env bash
# Runs the comparison with the bare JDK HttpServer (the ceiling), WireMock, MockServer and OkHttp
# MockWebServer and writes target/benchmarks/results.md. Extra arguments go to the driver, e.g.
#   src/jmh/run-benchmarks.sh --pin true --seconds 8 --rounds 3
#   src/jmh/run-benchmarks.sh --seconds 5 --rounds 2 --sections throughput,startup
# (options: seconds, rounds, connections, collection, memory, warm, fresh, sections, peers, pin,
# warmup, sameroute, out). --pin true runs every server on CPU 0 and wrk on CPU 1 (taskset).
# Takes about 15 minutes with the defaults (3 rounds of 10 s runs, 25 s warm-up per server).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk not found: installing it from the distribution's packages" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -q && $SUDO apt-get install -y -q wrk
fi

mvn -B -q -Pbenchmarks -DskipTests package exec:exec@peers \
  -Dbench.args="--out target/benchmarks/results.md $*"

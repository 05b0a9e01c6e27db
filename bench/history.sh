#!/usr/bin/env bash
# History benchmark (not a timed test): writes a year of a heavy user's history into a temporary folder and
# reports its size on disk and how long opening the store and computing the 30-day statistics take (median of
# several runs). Usage: bench/history.sh [RUNS]   (default 7). Figures go into bench/measurements.md with their date.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${UNKNOT_BUILD_DIR:-/tmp/build-bench-history}"
mvn -B -q -Dunknot.buildDir="$build" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$build/bench-classpath.txt" -Dmdep.includeScope=test
java -cp "$build/classes:$build/test-classes:$(cat "$build/bench-classpath.txt")" \
  io.unknot.history.HistoryBenchmark "$@"

#!/usr/bin/env bash
# Runs `.ci/run` on a fresh clone of this repository RUNS times in a row (default 3) while
# stress-ng keeps every core busy, and prints the wall time of each run. The suite must stay
# green on a busy machine; the README's Tests section records the figures.
#   bash scripts/ci-under-load.sh [RUNS]
set -euo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v stress-ng >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq stress-ng >/dev/null
fi
work=$(mktemp -d)
stress-ng --cpu "$(nproc)" --quiet &
stress=$!
trap 'kill "$stress" 2>/dev/null || true; wait "$stress" 2>/dev/null || true; rm -rf "$work"' EXIT
for run in $(seq 1 "$runs"); do
  git clone -q "$repo" "$work/run-$run"
  start=$(date +%s)
  if (cd "$work/run-$run" && CI=true bash .ci/run) >"$work/run-$run.log" 2>&1; then status=passed; else status=FAILED; fi
  echo "run $run: $status in $(( $(date +%s) - start )) s (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  if [ "$status" = FAILED ]; then
    tail -60 "$work/run-$run.log"
    exit 1
  fi
  rm -rf "$work/run-$run"
done

#!/usr/bin/env bash
# Runs every fuzz target of a `cmake --preset fuzz` build for SECONDS each (default 600), one
# after another, on a working corpus seeded from tests/fuzz/corpus. Crash inputs go to
# WORK/crash-<target>-*; replay one with the target binary and the file as its argument.
#
#   tests/fuzz/run_fuzzers.sh [SECONDS] [WORK_DIR] [TARGET...]   (after: cmake --preset fuzz && cmake --build --preset fuzz)
# TARGET: safetensors config bundle mask session (default: all five).
set -uo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
seconds=${1:-600}
work=${2:-build-fuzz/work}
shift $(( $# < 2 ? $# : 2 ))
targets=("$@")
((${#targets[@]})) || targets=(safetensors config bundle mask session)
bin=build-fuzz/tests/fuzz
export QT_QPA_PLATFORM=offscreen PIVQ_THREADS=1 OPENBLAS_NUM_THREADS=1
# Leaks are reported by the ASan replay of the corpus in the sanitizer build, not here: Qt's
# and LibTorch's one-time allocations at exit would stop every run.
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
status=0
for t in "${targets[@]}"; do
  mkdir -p "$work/$t"
  cp -n tests/fuzz/corpus/$t/* "$work/$t/" 2>/dev/null
  log="$work/$t.log"
  "$bin/fuzz_$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$work/crash-$t-" "$work/$t" > "$log" 2>&1
  rc=$?
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
  echo "fuzz_$t: exit $rc, ${runs:-no summary}, $cov, corpus $(ls "$work/$t" | wc -l) files"
  ((rc == 0)) || status=1
done
exit $status

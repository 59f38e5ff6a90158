#!/usr/bin/env bash
# The backends benchmark on the workloads everyone measures on (ARCHITECTURE.md): W2 (every
# arc-dsl solver on every ARC-AGI-1 training example input) and a batt file of 40 interleaved
# solvers over every training sample: eager and cpu in one run each (bench_backends loads the
# workload once and runs each backend in a child process forked from it), 2 threads.
#   benchmarks/run_backends.sh PATH_TO_ARC_DSL_CLONE [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dsl="${1:?usage: run_backends.sh PATH_TO_ARC_DSL_CLONE [DATA_DIR]}"
data="${2:-../shared/arc-agi/data}"
out="${BENCH_OUT:-build/bench}"
mkdir -p "$out"
python3 tools/make_batt.py --arc-dsl "$dsl" --count 40 --out "$out/batt40.py"
echo "== W2: every solver on every training example input"
build/benchmarks/bench_backends --programs "$dsl/solvers.py" --tasks "$data/training" \
  --pairing all --threads 2 --json "$out/w2.json"
echo "== batt: 40 interleaved solvers over every training sample"
build/benchmarks/bench_backends --programs "$out/batt40.py" --tasks "$data/training" \
  --threads 2 --json "$out/batt40.json"

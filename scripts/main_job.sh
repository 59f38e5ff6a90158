#!/usr/bin/env bash
# The main job on the bundled default: the project's own example programs (examples/programs) on
# the ARC-AGI-1 training tasks: solvers paired with their own tasks, then the batt file on every
# sample. Set ARC_DATA to use another data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${ARC_DATA:-../shared/arc-agi/data}"
./build/tools/arcjit/arcjit run --programs examples/programs/solvers.py \
  --tasks "$data/training" --pairing own --report build/example_solvers_report.json
./build/tools/arcjit/arcjit run --programs examples/programs/batt.py \
  --tasks "$data/training" --report build/example_batt_report.json --quiet \
  --outputs build/example_batt_outputs.jsonl

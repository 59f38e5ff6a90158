#!/usr/bin/env bash
# The main job on the bundled default: the project's own example grids through the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
./build/tools/arcjit/arcjit demo examples/grids/demo.json

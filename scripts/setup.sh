#!/usr/bin/env bash
# README command 1: install dependencies (Debian packages), build arcjit, run the main job on the
# bundled default. Set ARCJIT_SKIP_APT=1 to skip the package install on a prepared machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${ARCJIT_SKIP_APT:-0}" != 1 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    cmake ninja-build g++ python3 clang-format \
    llvm-16-dev libffi-dev zlib1g-dev libzstd-dev libtinfo-dev libedit-dev libxml2-dev \
    libfmt-dev nlohmann-json3-dev catch2 graphviz libjemalloc-dev >/dev/null
fi

cmake -S . -B build -G Ninja -DARCJIT_WERROR=ON >/dev/null
cmake --build build
if [ "${ARCJIT_MAIN_JOB:-1}" = 1 ]; then scripts/main_job.sh; fi

#!/usr/bin/env bash
# Usage: ./build.sh TARGET [--param value ...]   e.g. ./build.sh Run --seed 0 --workers 64
set -euo pipefail
# Relative paths given to Run (--out, --design, ...) are resolved against the caller's folder, not the repository.
export CELL_THALAMUS_CALLER_DIR="$PWD"
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
target="${1:-Compile}"
[ $# -gt 0 ] && shift
dotnet tool restore > /dev/null
exec dotnet cake build/build.cake --target="$target" "$@"

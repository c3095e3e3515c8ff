#!/usr/bin/env bash
# Build entry point: ./build.sh --target=Run | Test | Build | Migrate | Seed | GenerateClient | StopDb
# Restores the pinned Cake tool (.config/dotnet-tools.json) so a fresh clone needs nothing else.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet tool restore
exec dotnet cake build.cake "$@"

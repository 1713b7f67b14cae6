#!/usr/bin/env bash
# MB/s of the extraction pipeline (storage excluded) and of the whole ingest into SQLite, one thread,
# over >=100 MB of evaluation documents repeated and shuffled.
# Usage: bench/ingest-throughput.sh [--size-mb N] [--work DIR]
# The store alone, over the corpus this leaves in the work folder, statement by statement:
#   dotnet bench/Entente.Benchmarks/bin/Release/net10.0/Entente.Benchmarks.dll ingest-storage --docs N --split
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Entente.Benchmarks -c Release -v quiet -nologo > /dev/null
exec dotnet bench/Entente.Benchmarks/bin/Release/net10.0/Entente.Benchmarks.dll ingest-throughput "$@"

#!/usr/bin/env bash
# The gazetteer against ripgrep over the same >=100 MB text made of the evaluation documents, plus
# the segmenter's MB/s. Needs ripgrep (Debian: apt-get install -y ripgrep).
# Usage: bench/gazetteer-vs-rg.sh [--size-mb N (100)] [--runs N (3)] [--eval DIR] [--work DIR] [--rg PATH] [--parts gazetteer,find,rg,segmenter]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rg > /dev/null && [[ " $* " != *" --rg "* ]]; then
  echo "ripgrep (rg) is not installed: apt-get install -y ripgrep, or pass --rg PATH" >&2
  exit 1
fi
echo "rg: $(rg --version 2> /dev/null | head -1)"
dotnet build bench/Entente.Benchmarks -c Release -v quiet -nologo > /dev/null
exec dotnet bench/Entente.Benchmarks/bin/Release/net10.0/Entente.Benchmarks.dll gazetteer-vs-rg "$@"

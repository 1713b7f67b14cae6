#!/usr/bin/env bash
# Times whole `entente` processes with the published binary (ReadyToRun, framework-dependent):
# start-up (--help), `allies Iran` in each format, and `ask`. Prints what it ran, on what machine.
# Usage: bench/startup.sh [runs]   (default 20 runs per command)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
out=$(mktemp -d)
rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')

dotnet publish src/Entente.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/bin" > "$out/publish.log"
bin="$out/bin/entente"
db="$out/entente.db"
"$bin" init --db "$db" > /dev/null

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); dotnet $(dotnet --version)"
echo "binary: $bin (ReadyToRun, $rid); database: bundled knowledge ($(du -h "$db" | cut -f1))"
echo "runs per command: $runs (after 2 warm-up runs; times are wall clock, output to /dev/null)"

time_command() {
  local label=$1; shift
  for _ in 1 2; do "$@" > /dev/null 2>&1; done
  local samples=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    samples+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk -v label="$label" '
    { a[NR] = $1; s += $1 }
    END { printf "%-44s mean %4d ms  median %4d ms  min %4d ms  max %4d ms\n", label, s / NR, a[int((NR + 1) / 2)], a[1], a[NR] }'
}

time_command "entente --help" "$bin" --help
time_command "entente allies Iran (text)" "$bin" allies Iran --db "$db"
time_command "entente allies Iran --format json" "$bin" allies Iran --db "$db" --format json
time_command "entente allies Iran --format html" "$bin" allies Iran --db "$db" --format html
time_command "entente ask \"who backs the Houthis?\"" "$bin" ask "who backs the Houthis?" --db "$db"
rm -rf "$out"

#!/usr/bin/env bash
# Times whole `entente import` processes with the published Release binary on a fresh database each run:
# UN General Assembly votes (870,109 rows → pair-year voting agreement) and ATOP (273,296 dyad-years →
# formal_alliance claims). Prints rows/s end to end and for the read (parse + aggregate) and store steps
# as the command reports them. Reads ../shared/data beside the repository.
# Usage: bench/import-unvotes.sh [runs]   (default 3 runs per file)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
data=$(cd .. && pwd)/shared/data
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')

dotnet publish src/Entente.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/bin" > "$out/publish.log"
bin="$out/bin/entente"
"$bin" init --db "$out/base.db" > /dev/null

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); dotnet $(dotnet --version)"
echo "binary: $bin (Release, ReadyToRun, $rid); each run imports into a copy of a fresh bundled database"

bench() {
  local format=$1 file=$2 rows
  rows=$(($(wc -l < "$file") - 1))
  for run in $(seq "$runs"); do
    rm -f "$out/run.db"*
    cp "$out/base.db" "$out/run.db"
    local start end
    start=$(date +%s%N)
    "$bin" import --format "$format" "$file" --db "$out/run.db" --json > "$out/result.json"
    end=$(date +%s%N)
    python3 - "$format" "$rows" "$(( (end - start) / 1000000 ))" "$out/result.json" "$run" <<'PY'
import json, sys
fmt, rows, ms, path, run = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
r = json.load(open(path))
read, store = r["readSeconds"], r["storeSeconds"]
print(f"{fmt:8} run {run}: {rows} rows; process {ms} ms = {rows / (ms / 1000):,.0f} rows/s end to end; "
      f"read (parse+aggregate) {read:.2f} s = {rows / read:,.0f} rows/s; store {store:.2f} s "
      f"({r['votingRowsAdded'] or r['claimsAdded']} rows written); read+store {rows / (read + store):,.0f} rows/s")
PY
  done
}

bench unvotes "$data/unga/un_votes.csv"
bench atop "$data/alliances/atop_alliance_dyad_year.csv"

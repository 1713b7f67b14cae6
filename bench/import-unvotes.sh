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
    # The wall clock counts time spent waiting for a shared CPU; the process's CPU time (user + system,
    # from /proc via python's resource module) is what it costs on an idle core, and is printed beside it.
    python3 - "$format" "$rows" "$out/result.json" "$run" "$bin" "$file" "$out/run.db" <<'PY'
import json, resource, subprocess, sys, time
fmt, rows, path, run, binary, data, db = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7]
start = time.perf_counter()
with open(path, "w") as out:
    subprocess.run([binary, "import", "--format", fmt, data, "--db", db, "--json"], stdout=out, check=True)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
r = json.load(open(path))
read, store = r["readSeconds"], r["storeSeconds"]
print(f"{fmt:8} run {run}: {rows} rows; process wall {wall:.2f} s = {rows / wall:,.0f} rows/s, CPU {cpu:.2f} s = {rows / cpu:,.0f} rows/s end to end; "
      f"read (parse+aggregate) {read:.2f} s = {rows / read:,.0f} rows/s; store {store:.2f} s "
      f"({r['votingRowsAdded'] or r['claimsAdded']} rows written); read+store {rows / (read + store):,.0f} rows/s")
PY
  done
}

bench unvotes "$data/unga/un_votes.csv"
bench atop "$data/alliances/atop_alliance_dyad_year.csv"

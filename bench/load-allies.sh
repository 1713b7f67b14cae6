#!/usr/bin/env bash
# Load test of `entente serve`: publishes Release, serves a fresh database with the bundled
# knowledge on loopback, waits for /health, runs wrk against GET /api/allies/iran, then stops the
# server (SIGTERM) and prints requests/s and latency percentiles.
# Usage: bench/load-allies.sh [seconds] [connections]   (default 30 s, 64 connections; needs wrk)
# Environment: THREADS (wrk threads, default 2), PORT (default 5099), PATH_QUERY (default /api/allies/iran).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-64}
threads=${THREADS:-2}
port=${PORT:-5099}
path_query=${PATH_QUERY:-/api/allies/iran}
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

out=$(mktemp -d)
rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
echo "publishing Release to $out/bin ..."
dotnet publish src/Entente.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/bin" > "$out/publish.log"
bin="$out/bin/entente"
db="$out/entente.db"
"$bin" init --db "$db" > /dev/null 2>&1

url="http://127.0.0.1:$port"
"$bin" serve --db "$db" --urls "$url" --log-format json > "$out/serve.log" 2>&1 &
server=$!
stop() {
  kill -TERM "$server" 2> /dev/null || true
  wait "$server" 2> /dev/null || true
}
trap stop EXIT

deadline=$((SECONDS + 60))
until curl -sf "$url/health" > /dev/null; do
  if (( SECONDS > deadline )) || ! kill -0 "$server" 2> /dev/null; then
    echo "the server did not become healthy; its log:" >&2
    cat "$out/serve.log" >&2
    exit 1
  fi
  sleep 0.2
done
status=$(curl -s -o /dev/null -w '%{http_code}' "$url$path_query")
[[ $status == 200 ]] || { echo "GET $path_query answered $status" >&2; exit 1; }
bytes=$(curl -s "$url$path_query" | wc -c)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); dotnet $(dotnet --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: $bin serve (Release, ReadyToRun, $rid) on $url; database: bundled knowledge"
echo "request: GET $path_query ($bytes bytes per answer); wrk -t$threads -c$connections -d${seconds}s, after a 5 s warm-up"
wrk -t"$threads" -c"$connections" -d5s "$url$path_query" > /dev/null
# CPU the server spends (user + system, in clock ticks) is read around the run: per request it
# does not depend on what else the machine is doing, unlike requests/s on a shared machine.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
before=$(cpu_ticks)
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$url$path_query" | tee "$out/wrk.txt"
after=$(cpu_ticks)
requests=$(awk '/requests in/ {print $1}' "$out/wrk.txt")
tick=$(getconf CLK_TCK)
echo "summary: $(awk '/Requests\/sec/ {print $2 " requests/s"}' "$out/wrk.txt"), p50 $(awk '$1 == "50%" {print $2}' "$out/wrk.txt"), p99 $(awk '$1 == "99%" {print $2}' "$out/wrk.txt"), server CPU $(awk -v t=$((after - before)) -v r="$requests" -v hz="$tick" 'BEGIN {printf "%.1f", t / hz * 1e6 / r}') µs per request; load average after $(cut -d' ' -f1-3 /proc/loadavg)"

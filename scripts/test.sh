#!/usr/bin/env bash
# The README's test command. Installs what the tests need beyond the .NET SDK — Debian's Chromium
# (browser tests), python3-networkx (GraphML/GEXF checks) and ripgrep (the gazetteer benchmark's
# yardstick) — when they are missing, then runs every test project. npm packages are installed by
# the build itself (src/Entente.Web/Client.targets).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium chromium-driver)
python3 -c 'import networkx' >/dev/null 2>&1 || need+=(python3-networkx)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing Debian packages: ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

dotnet test Entente.sln "$@"

#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, when it is missing: Debian's Chromium (browser
# tests), python3-networkx (GraphML/GEXF checks) and ripgrep (the gazetteer benchmark's yardstick).
# The test projects run it before they build, so `dotnet test Entente.sln` on a fresh machine needs
# nothing else; it returns at once when everything is there. Serialised with flock because test
# projects build in parallel and apt allows one installer at a time.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
python3 -c 'import networkx' >/dev/null 2>&1 || need+=(python3-networkx)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
[ ${#need[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    echo "entente tests: please install the Debian packages ${need[*]} (apt-get install -y ${need[*]})" >&2
    exit 0
  fi
fi
exec 9>/tmp/entente-test-prerequisites.lock
flock 9
# Another build may have installed them while this one waited.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
python3 -c 'import networkx' >/dev/null 2>&1 || need+=(python3-networkx)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
[ ${#need[@]} -eq 0 ] && exit 0
echo "entente tests: installing Debian packages: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null

#!/usr/bin/env bash
# Installs the Debian packages the tests need, when missing: chromium (browser tests with
# playwright-core) and fonts-noto-cjk (Chinese text in chart images). Safe to run again.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fonts="$(fc-list 2>/dev/null || true)"
grep -q "Noto Sans CJK" <<<"$fonts" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing ${need[*]} from Debian's packages"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null

#!/usr/bin/env bash
# The browser tests run in Debian's Chromium (/usr/bin/chromium); Playwright's own browser
# download cannot work without internet. Installs it when missing (needs root or sudo).
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update
$sudo_cmd apt-get install -y chromium

#!/usr/bin/env bash
# What the browser tests need from Debian: Chromium (/usr/bin/chromium; Playwright's own browser
# download cannot work without internet) and its headless shell (chromium-headless-shell, the
# lighter build the tests run in when it is there; see playwright.config.ts), poppler-utils
# (pdftotext/pdfinfo, to read the PDF the print test makes) and nginx-light with the
# brotli_static module (the deployment test runs deploy/nginx/ against the built site; the test
# starts its own nginx on a free loopback port, the system service stays off).
# Installs what is missing (needs root or sudo).
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium-headless-shell ] ||
	missing+=(chromium-headless-shell)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x "${NGINX:-/usr/sbin/nginx}" ] || missing+=(nginx-light)
[ -f "${NGINX_BROTLI_MODULE:-/usr/lib/nginx/modules/ngx_http_brotli_static_module.so}" ] ||
	missing+=(libnginx-mod-http-brotli-static)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update
$sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"

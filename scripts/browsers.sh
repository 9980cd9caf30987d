#!/usr/bin/env bash
# The browsers the extension's end-to-end tests drive: Debian's Chromium and Firefox ESR.
# As root (as CI runs) they are installed from the system's packages; otherwise
# this says which packages to install and fails.
set -euo pipefail

PACKAGES=(chromium firefox-esr fonts-dejavu-core)
missing=()
command -v "${QUOTETRAIL_CHROMIUM:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v "${QUOTETRAIL_FIREFOX:-/usr/bin/firefox-esr}" >/dev/null 2>&1 || missing+=(firefox-esr)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the test browsers from the system's packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
    exit 0
fi

cat >&2 <<MESSAGE
The extension's browser tests need these system packages, which are missing: ${missing[*]}
Install them (Debian or Ubuntu) with:
    sudo apt-get install --no-install-recommends ${PACKAGES[*]}
(or point QUOTETRAIL_CHROMIUM / QUOTETRAIL_FIREFOX at your own chromium / firefox-esr).
MESSAGE
exit 1

#!/usr/bin/env bash
# Installs the Debian packages the tests (and screen generation) need: Xvfb for capture, Chromium
# for browser tests, a D-Bus bus and notification daemon, a real redis-server, and the desktop
# applications the screen generator drives. Only acts when root and something is missing, so a
# developer's machine without root is left alone (the tests that need a missing tool say so).
set -euo pipefail

PACKAGES=(
  xvfb xauth x11-utils xdotool xterm
  chromium chromium-driver fonts-dejavu-core
  dbus dbus-x11 dunst libnotify-bin
  redis-server
  openbox tint2 pcmanfm wmctrl mupdf openssl fonts-liberation
  tesseract-ocr tesseract-ocr-eng
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: not root, cannot install: ${missing[*]} (tests needing them will be skipped)" >&2
  exit 0
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt run (unattended upgrades, a parallel checkout) instead of failing at once.
LOCK_WAIT=(-o DPkg::Lock::Timeout=900)
apt-get "${LOCK_WAIT[@]}" update -qq
apt-get "${LOCK_WAIT[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

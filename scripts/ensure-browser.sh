#!/usr/bin/env bash
# What the browser tests (tests/browser/) need, installed from scratch and
# idempotent: Debian's `chromium` (driven by the Playwright driver that ships
# inside the Python package; never `playwright install`, which downloads a
# browser of its own) and the npm package `axe-core`, pinned, into var/node/
# (git-ignored). Prints what it does; takes well under a second when all is
# present. Needs root (or sudo) only when Chromium is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

AXE_VERSION="4.14.1"  # pinned: a new axe release may add rules; upgrade on purpose
NODE_DIR="var/node"
AXE_JS="$NODE_DIR/node_modules/axe-core/axe.min.js"

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
APT_UPDATED=""
apt_install() {
    if [ -z "$APT_UPDATED" ]; then
        echo "ensure-browser: apt-get update"
        $SUDO apt-get update -qq
        APT_UPDATED=1
    fi
    echo "ensure-browser: apt-get install $*"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! command -v chromium >/dev/null; then
    apt_install chromium
fi
echo "ensure-browser: $(chromium --version 2>/dev/null || echo 'chromium (version unknown)') at $(command -v chromium)"

if ! command -v npm >/dev/null; then
    apt_install npm
fi

installed=""
if [ -f "$NODE_DIR/node_modules/axe-core/package.json" ]; then
    installed="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$NODE_DIR/node_modules/axe-core/package.json" | head -n 1)"
fi
if [ "$installed" != "$AXE_VERSION" ] || [ ! -f "$AXE_JS" ]; then
    echo "ensure-browser: npm install axe-core@$AXE_VERSION into $NODE_DIR/"
    mkdir -p "$NODE_DIR"
    npm install --prefix "$NODE_DIR" --no-audit --no-fund --loglevel=error --save-exact "axe-core@$AXE_VERSION" >/dev/null
fi
echo "ensure-browser: axe-core $AXE_VERSION at $AXE_JS"

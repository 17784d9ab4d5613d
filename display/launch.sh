#!/usr/bin/env bash
# Starts a lobby display: the same Chromium kiosk launcher as a kiosk (it already allows sound
# without a tap: --autoplay-policy=no-user-gesture-required), with a profile of its own.
# Usage: display/launch.sh http://SERVER:3000
set -euo pipefail
YIZHAN_PROFILE=yizhan-display exec "$(dirname "$0")/../kiosk/launch.sh" "$@"

#!/usr/bin/env bash
# Starts a lobby display (or a window screen): the same Chromium kiosk launcher as a kiosk, which
# already allows sound without a tap (--autoplay-policy=no-user-gesture-required), with a
# profile of its own.
# Usage: display/launch.sh http://SERVER:3000 [/path]
#   display/launch.sh http://10.0.0.5:3000                        pair, then the lobby screen
#   display/launch.sh http://10.0.0.5:3000 /display/window/win-3  a window screen (no pairing)
set -euo pipefail
YIZHAN_PROFILE=yizhan-display exec "$(dirname "$0")/../kiosk/launch.sh" "$@"

#!/usr/bin/env bash
# Starts a lobby display: Chromium full screen on the hall screen, sound allowed without a tap.
# Usage: display/launch.sh http://SERVER:3000 [siteId | /path]
#   display/launch.sh http://10.0.0.5:3000                               the lobby screen
#   display/launch.sh http://10.0.0.5:3000 village-1                     a site's lobby screen
#   display/launch.sh http://10.0.0.5:3000 '/display?windows=win-1,win-2' one area's screen
#   display/launch.sh http://10.0.0.5:3000 /display/window/win-3          a window screen
set -euo pipefail
server="${1:?usage: display/launch.sh http://SERVER:3000 [siteId | /path]}"
target="${2:-}"
case "$target" in
	/*) url="$server$target" ;;
	'') url="$server/display" ;;
	*) url="$server/display?site=$target" ;;
esac
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
profile="${XDG_STATE_HOME:-$HOME/.local/state}/yizhan-display"
mkdir -p "$profile"
while true; do
	"$browser" \
		--kiosk \
		--user-data-dir="$profile" \
		--no-first-run \
		--noerrdialogs \
		--disable-session-crashed-bubble \
		--disable-infobars \
		--disable-features=TranslateUI \
		--check-for-update-interval=31536000 \
		--autoplay-policy=no-user-gesture-required \
		--lang=zh-CN \
		"$url" || true
	sleep 3
done

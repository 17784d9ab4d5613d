#!/usr/bin/env bash
# Starts a hall kiosk: Chromium full screen on the kiosk page, touch only.
# Usage: kiosk/launch.sh http://SERVER:3000 [/path]   (default /pair: pairing, then the kiosk)
set -euo pipefail
server="${1:?usage: kiosk/launch.sh http://SERVER:3000 [/path]}"
path="${2:-/pair}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
# display/launch.sh reuses this script with its own profile name.
profile="${XDG_STATE_HOME:-$HOME/.local/state}/${YIZHAN_PROFILE:-yizhan-kiosk}"
mkdir -p "$profile"
# Relaunch forever: if the browser dies, the kiosk comes back by itself. The page itself
# reconnects to the server after a restart; no one needs to touch the kiosk.
while true; do
	"$browser" \
		--kiosk \
		--user-data-dir="$profile" \
		--no-first-run \
		--noerrdialogs \
		--disable-session-crashed-bubble \
		--disable-infobars \
		--disable-pinch \
		--overscroll-history-navigation=0 \
		--disable-features=TranslateUI,OverscrollHistoryNavigation \
		--check-for-update-interval=31536000 \
		--autoplay-policy=no-user-gesture-required \
		--lang=zh-CN \
		"$server$path" || true
	sleep 3
done

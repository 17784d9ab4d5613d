#!/usr/bin/env bash
# Starts a lobby display: Chromium full screen on the hall screen, sound allowed without a tap.
# Usage: display/launch.sh http://SERVER:3000
set -euo pipefail
server="${1:?usage: display/launch.sh http://SERVER:3000}"
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
		"$server/pair" || true
	sleep 3
done

#!/usr/bin/env bash
# Generates the default voice clip pack (display/voice/default/*.wav + manifest.json) offline with
# espeak-ng's Mandarin voice, 16 kHz mono, silence trimmed so clips join without long gaps.
# Needs: espeak-ng and sox (Debian: apt-get install -y espeak-ng sox). Run from anywhere:
#   display/voice/generate.sh [out-dir]
# A hall's own recordings go in DATA_DIR/voice/ with the same names (see display/README.md);
# they replace these clip by clip, without running this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/default}"
voice="${ESPEAK_VOICE:-cmn}"
speed="${ESPEAK_SPEED:-150}"
command -v espeak-ng >/dev/null || { echo "espeak-ng not found (apt-get install -y espeak-ng sox)" >&2; exit 1; }
command -v sox >/dev/null || { echo "sox not found (apt-get install -y espeak-ng sox)" >&2; exit 1; }
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# clip name -> what espeak-ng says. Names are the contract with src/lib/voice/clips.ts.
declare -A say=(
	[qing]='请' [hao]='号' [dao]='到' [chuangkou]='窗口' [banli]='办理' [chonghu]='重呼'
	[d0]='零' [d1]='一' [d2]='二' [d3]='三' [d4]='四' [d5]='五' [d6]='六' [d7]='七' [d8]='八' [d9]='九'
	[shi]='十'
)
for letter in {A..Z}; do say[${letter,,}]="$letter"; done

names=()
for name in $(printf '%s\n' "${!say[@]}" | sort); do
	espeak-ng -v "$voice" -s "$speed" -w "$tmp/$name.raw.wav" "${say[$name]}"
	# 16 kHz mono 16-bit; cut leading and trailing silence.
	sox -G "$tmp/$name.raw.wav" -r 16000 -c 1 -b 16 "$out/$name.wav" gain -n -1 \
		silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse
	names+=("\"$name\": \"$name.wav\"")
done

{
	echo '{'
	echo '  "source": "espeak-ng '"$voice"' (display/voice/generate.sh)",'
	echo '  "clips": {'
	( IFS=$'\n'; echo "${names[*]}" ) | sed 's/^/    /; $!s/$/,/'
	echo '  }'
	echo '}'
} > "$out/manifest.json"
echo "wrote ${#names[@]} clips to $out"

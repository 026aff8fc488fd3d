#!/usr/bin/env bash
# Regenerate the demo listening clips (Ogg Opus) with espeak-ng and opusenc.
#
# Run by hand from anywhere; it writes next to this script. Not part of setup:
# the generated .ogg files are committed. Needs the Debian packages espeak-ng
# and opus-tools:  apt-get install -y espeak-ng opus-tools
#
# The text below is what the engine reads. The transcripts shown to learners are in
# assessments/demo/content/01_english_service_desk.py and 06_japanese_desk_basics.py;
# change both together. espeak-ng reads only kana for Japanese (no kanji), so the
# Japanese lines are written in kana, with わ for the topic particle は and ー for long
# vowels, so that it pronounces them as a speaker would.
set -euo pipefail

cd "$(dirname "$0")"
for tool in espeak-ng opusenc; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y espeak-ng opus-tools" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# clip NAME VOICE WORDS_PER_MINUTE TEXT
clip() {
    local name=$1 voice=$2 speed=$3 text=$4
    espeak-ng -v "$voice" -s "$speed" -w "$work/$name.wav" "$text"
    opusenc --quiet --bitrate 24 "$work/$name.wav" "$name.ogg"
    echo "$name.ogg: $(wc -c <"$name.ogg") bytes"
}

# English: a patron at the service desk (B1).
clip en-renew-books en-gb+f3 140 \
    "Hi there. I'd like to renew these two books, please. I tried on the website, but it wouldn't let me. Is there a problem with my account?"
clip en-where-printers en-us+m3 140 \
    "Excuse me. Where are the printers? I need to print some forms for the International Students Office before five o'clock."
clip en-ill-article en-gb+m3 135 \
    "Hi. I need an article that the library doesn't have. It's in the Journal of Community Health in West Africa, volume twelve, pages forty-five to fifty-three. Can you get it from another library? I need it by the fifteenth of May."
clip en-phone-message en-gb+f2 135 \
    "Hello, this is Ayesha Khan. I'm a PhD student in chemistry. Could the subject librarian e-mail me, please? My address is ayesha underscore khan at example dot org."

# Japanese: a patron at the service desk (A1-A2), read slowly.
clip ja-where-toilet ja+f3 110 \
    "すみません、おてあらいわ どこですか。"
clip ja-lost-card ja+m3 110 \
    "すみません、がくせーしょーを なくしました。きょー、ほんを かりたいです。"
clip ja-due-date ja+f2 110 \
    "すみません、このほんの へんきゃくきげんわ ごがつ はつか ですね。えんちょー できますか。"
clip ja-saturday-hours ja+m3 110 \
    "すみません、どよーびわ なんじまで あいていますか。"

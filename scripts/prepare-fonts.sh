#!/usr/bin/env bash
# Prepares the fonts the certificate PDFs embed, in var/fonts/ (see training/certificates/fonts/).
#
#   scripts/prepare-fonts.sh
#
# From Debian's fonts-noto-cjk collections it cuts the Simplified Chinese face of Noto Serif CJK
# (Regular and Bold) with HarfBuzz's hb-subset (package libharfbuzz-bin) into two fonts each:
#
#   *-basic.otf  Latin, punctuation, CJK symbols, the CJK Unified Ideographs block and full-width
#                forms: every certificate uses it first; small enough to render fast.
#   *-full.otf   every character of the face (CJK Extensions A and B, rare names): used only for
#                the characters the basic font lacks.
#
# Both drop the layout and vertical-writing tables a horizontal certificate does not use. A font
# is (re)written only when it is missing or older than its source, so running this again is
# cheap. `make setup` (and so `make run`, `make test`) runs it.
set -euo pipefail

cd "$(dirname "$0")/.."
SOURCE_DIR=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
OUT_DIR=var/fonts
FACE_INDEX=2  # the faces of NotoSerifCJK-*.ttc are JP, KR, SC, TC, HK: 2 is Simplified Chinese
BASIC_UNICODES="20-24F,2000-206F,2100-218F,3000-303F,4E00-9FFF,FF00-FFEF"
DROP_TABLES="GSUB,GPOS,BASE,VORG,vhea,vmtx,DSIG"

if ! command -v hb-subset >/dev/null 2>&1; then
  echo "hb-subset is missing: run scripts/ensure-system-packages.sh (package libharfbuzz-bin)." >&2
  exit 1
fi
mkdir -p "$OUT_DIR"

subset() {  # subset SOURCE OUTPUT UNICODES
  local source=$1 output=$2 unicodes=$3
  if [ -s "$output" ] && [ "$output" -nt "$source" ]; then
    return 0
  fi
  local partial="$output.partial"
  hb-subset --face-index="$FACE_INDEX" --unicodes="$unicodes" \
    --drop-tables+="$DROP_TABLES" --layout-features="" --notdef-outline --name-IDs='*' \
    --output-file="$partial" "$source"
  mv -f "$partial" "$output"
  echo "Prepared $output"
}

for weight in Regular Bold; do
  source="$SOURCE_DIR/NotoSerifCJK-$weight.ttc"
  if [ ! -r "$source" ]; then
    echo "$source is missing: run scripts/ensure-system-packages.sh (package fonts-noto-cjk)." >&2
    exit 1
  fi
  if command -v fc-query >/dev/null 2>&1; then
    name=$(fc-query --index="$FACE_INDEX" --format='%{postscriptname}' "$source")
    if [ "$name" != "NotoSerifCJKsc-$weight" ]; then
      echo "Face $FACE_INDEX of $source is $name, not NotoSerifCJKsc-$weight." >&2
      exit 1
    fi
  fi
  subset "$source" "$OUT_DIR/NotoSerifCJKsc-$weight-basic.otf" "$BASIC_UNICODES"
  subset "$source" "$OUT_DIR/NotoSerifCJKsc-$weight-full.otf" '*'
done

#!/bin/sh
# Re-renders the 48x48 PNG icons in resources/icons/ from the hand-written SVGs in this folder.
# Needs rsvg-convert (Debian: librsvg2-bin). Qt here has no SVG plugin, so the app ships PNGs only.
set -eu
cd "$(dirname "$0")"
for svg in *.svg; do
    rsvg-convert --width 48 --height 48 --format png "$svg" --output "../${svg%.svg}.png"
done

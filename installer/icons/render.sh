#!/bin/sh
# Re-renders the hicolor PNGs of the Setia application icon from the hand-written SVGs in this folder,
# and refreshes the copies used elsewhere. Needs rsvg-convert (Debian: librsvg2-bin).
#   setia.svg     master artwork (24 px and up, and the scalable icon)
#   setia-16.svg  pixel-hinted variant for 16x16
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    src=setia.svg
    [ "$size" -eq 16 ] && src=setia-16.svg
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --format png "$src" \
        --output "hicolor/${size}x${size}/apps/id.setia.Setia.png"
done
mkdir -p hicolor/scalable/apps
cp setia.svg hicolor/scalable/apps/id.setia.Setia.svg
# Window icon compiled into the app's Qt resources.
cp hicolor/256x256/apps/id.setia.Setia.png ../../resources/icons/setia.png

#!/bin/sh
# Installs the Debian 12 packages Setia needs to build, test and run — only those missing.
# Run as root (or with sudo available). Nothing comes from outside Debian's archive.
set -eu
packages="build-essential cmake ninja-build ccache file pkg-config
 qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-tools-dev
 qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins catch2
 libsqlite3-dev libzint-dev libzxing-dev clang-format xvfb xauth fonts-dejavu-core poppler-utils imagemagick sqlite3
 cups printer-driver-cups-pdf clang libclang-rt-14-dev"
missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing

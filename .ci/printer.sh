#!/bin/sh
# Starts CUPS with a PDF print queue, Setia-Test (Debian's cups-pdf), for the tests that
# print a receipt through a real queue: what the printer receives is written as a PDF to
# ~/PDF. Safe to run again; run as root (or with sudo available).
set -eu
# `lpstat -r` exits 0 whether or not the scheduler runs: read what it says.
running() { [ "$(LC_ALL=C lpstat -r 2>/dev/null)" = "scheduler is running" ]; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! running; then
    $sudo cupsd
    tries=0
    until running; do
        tries=$((tries + 1))
        [ "$tries" -le 50 ] || { echo "CUPS did not start" >&2; exit 1; }
        sleep 0.2
    done
fi
if ! lpstat -p Setia-Test >/dev/null 2>&1; then
    $sudo lpadmin -p Setia-Test -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd
fi
$sudo cupsenable Setia-Test
$sudo cupsaccept Setia-Test

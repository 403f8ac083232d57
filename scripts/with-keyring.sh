#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run a command with a real Secret Service keyring (gnome-keyring) on a private D-Bus
# session, as on a desktop but without one. Its keyring files live in a temporary home
# that is removed afterwards. Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/data" "$home/run"
chmod 700 "$home/run"
export KEYRING_HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
# The daemon reads HOME only at start; tests may change HOME for themselves later.
exec dbus-run-session -- env HOME="$home" bash -c '
  printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' keyring-session "$@"

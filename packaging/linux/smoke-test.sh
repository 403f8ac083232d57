#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Install the .deb built by `make bundle`, run the installed app the way a user's desktop
# would, check what it finds, then remove it and check that nothing is left behind.
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$(ls -t dist/letter-composer_*.deb | head -1)
budget_mib=150
size_mib=$(( $(du -sk dist/letter-composer | cut -f1) / 1024 ))
echo "bundle: ${size_mib} MiB (budget ${budget_mib} MiB)"
[[ $size_mib -le $budget_mib ]] || { echo "the bundle is over budget" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" >/dev/null
test -x /opt/letter-composer/letter-composer
test -L /usr/bin/letter-composer
id=org.lettercomposer.LetterComposer
test -f /usr/share/applications/$id.desktop
test -f /usr/share/icons/hicolor/16x16/apps/letter-composer.png
test -f /usr/share/icons/hicolor/scalable/apps/letter-composer.svg
test -f /usr/share/doc/letter-composer/NOTICE.dates
# The licences: the machine-readable copyright file, the notices the app shows (with the
# system libraries it bundles), the manual pages; the AppStream id is the .desktop file's.
head -1 /usr/share/doc/letter-composer/copyright | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/'
grep -q '^License: GPL-3+' /usr/share/doc/letter-composer/copyright
grep -q '^libssl3 (Debian) ' /usr/share/doc/letter-composer/NOTICES.txt
test -f /usr/share/doc/letter-composer/changelog.Debian.gz
for page in letter-composer letter-composer-cli; do
  zcat "/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH OPTIONS'
done
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" /usr/share/metainfo/$id.metainfo.xml
appstreamcli validate --no-net --strict /usr/share/metainfo/$id.metainfo.xml >/dev/null
grep -q 'application/x-letter-composer-campaign' /usr/share/mime/packages/letter-composer.xml
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/$id.desktop
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
mkdir -p "$HOME"
# Draws its window (offscreen, as --screenshot does on a machine without a screen).
start=$(date +%s%N)
letter-composer --screenshot "$work/installed.png"
echo "installed app drew its window in $(( ($(date +%s%N) - start) / 1000000 )) ms"
test -s "$work/installed.png"
# The same executable is the command line under its other name, PDF writer included.
letter-composer-cli --version | grep -q '^letter-composer-cli '
letter-composer-cli pdf --set name=Ana -o "$work/letters.pdf" >/dev/null
head -c 5 "$work/letters.pdf" | grep -q '%PDF-'
# Opens a .campaign file given as an argument, in Kazakh: a copy of the built-in appeal
# under an id of its own (under the built-in id it is refused as a forgery: checked too).
cp -r resources/campaigns/zhanartu-2012 "$work/copy"
(cd "$work/copy" && zip -qr "$work/forged.campaign" .)
if letter-composer --screenshot "$work/forged.png" "$work/forged.campaign" 2>/dev/null; then
    echo "a copy claiming the built-in campaign's id was drawn" >&2
    exit 1
fi
sed -i 's/^id = "zhanartu-2012"$/id = "zhanartu-2012-copy"/' "$work/copy/campaign.toml"
(cd "$work/copy" && zip -qr "$work/zhanartu.campaign" .)
letter-composer --lang kk --screenshot "$work/campaign.png" "$work/zhanartu.campaign"
test -s "$work/campaign.png"
# Finds the Secret Service keyring, the translations and the CLDR dates.
./scripts/with-keyring.sh letter-composer --diagnose > "$work/diagnose.json"
python3 - "$work/diagnose.json" <<'PY'
import json, sys
info = json.load(open(sys.argv[1]))
assert info["frozen"] and info["keyring_secure"], info
assert info["keyring"].endswith("SecretService.Keyring"), info
assert set(info["languages"]) == {"en", "fr", "nl", "de", "es", "ru", "kk"}, info
assert info["date_languages"] > 300, info
print("installed app:", info["version"], info["keyring"], ", ".join(info["languages"]))
PY
# Keeps Qt's accessibility bridge: on the accessibility bus (Xvfb, at-spi2-core, from
# `make test`), a screen reader's client finds the window, every control named.
.venv/bin/python -m tests.ui.atspi.installed /usr/bin/letter-composer

apt-get remove -y -qq letter-composer >/dev/null
test ! -e /opt/letter-composer && test ! -e /usr/bin/letter-composer
test ! -e /usr/bin/letter-composer-cli && test ! -e /usr/share/doc/letter-composer
test ! -e /usr/share/applications/$id.desktop
echo "smoke test of the installed package: passed"

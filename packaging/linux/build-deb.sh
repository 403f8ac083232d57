#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Build dist/letter-composer_<version>-<revision>_<arch>.deb from the PyInstaller folder in
# dist/letter-composer: the app under /opt, the two commands in /usr/bin, the menu entry,
# the icon in every size, the .campaign file type, the AppStream metadata, the manual
# pages and the licences (a machine-readable copyright file that composer.spec made from
# what it bundled). Removing the package leaves only the user's own data (in their home
# folder). CI runs lintian on the result (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
# The Python that built the bundle: it writes the manual pages from the parsers.
python=${BUILD_PYTHON:-.venv/bin/python}
id=org.lettercomposer.LetterComposer
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' composer/__init__.py)
# The Debian revision: the top entry of packaging/linux/changelog, for this version.
deb_version=$(sed -n '1s/^letter-composer (\(.*\)) .*/\1/p' packaging/linux/changelog)
if [[ "${deb_version%-*}" != "$version" ]]; then
  echo "packaging/linux/changelog starts at $deb_version, not $version: add an entry" >&2
  exit 1
fi
arch=$(dpkg --print-architecture)
test -s build/licences/copyright || { echo "no build/licences/copyright: run pyinstaller composer.spec first" >&2; exit 1; }
root=build/deb/letter-composer
doc="$root/usr/share/doc/letter-composer"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/mime/packages" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/metainfo" "$root/usr/share/man/man1" "$root/usr/share/lintian/overrides" "$doc"
cp -a dist/letter-composer "$root/opt/letter-composer"
# Modes as Debian wants them: data and shared libraries 0644, only the program executable.
find "$root/opt" -type d -exec chmod 0755 {} +
find "$root/opt" -type f -exec chmod 0644 {} +
chmod 0755 "$root/opt/letter-composer/letter-composer"
ln -s /opt/letter-composer/letter-composer "$root/usr/bin/letter-composer"
# The same executable is the command line when started under this name.
ln -s /opt/letter-composer/letter-composer "$root/usr/bin/letter-composer-cli"
install -m 0644 packaging/linux/$id.desktop "$root/usr/share/applications/"
install -m 0644 packaging/linux/$id.metainfo.xml "$root/usr/share/metainfo/"
install -m 0644 packaging/linux/letter-composer-mime.xml "$root/usr/share/mime/packages/letter-composer.xml"
install -m 0644 resources/icons/letter-composer.svg "$root/usr/share/icons/hicolor/scalable/apps/"
for dir in resources/icons/hicolor/*x*; do
  size=$(basename "$dir")
  mkdir -p "$root/usr/share/icons/hicolor/$size/apps"
  install -m 0644 "$dir/letter-composer.png" "$root/usr/share/icons/hicolor/$size/apps/"
done
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)} \
  PYTHONPATH=$PWD "$python" scripts/manpages.py build/man
for page in build/man/*.1; do
  gzip -9nc "$page" > "$root/usr/share/man/man1/$(basename "$page").gz"
done
install -m 0644 build/licences/copyright "$doc/copyright"
gzip -9nc packaging/linux/changelog > "$doc/changelog.Debian.gz"
# Every component's own notices, as Help › About › Licences shows them.
ln -s /opt/letter-composer/_internal/composer/resources/licences/NOTICES.txt "$doc/NOTICES.txt"
install -m 0644 resources/providers/NOTICE "$doc/NOTICE.providers"
install -m 0644 resources/dates/NOTICE "$doc/NOTICE.dates"
install -m 0644 packaging/linux/lintian-overrides "$root/usr/share/lintian/overrides/letter-composer"
installed=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: letter-composer
Version: $deb_version
Architecture: $arch
Maintainer: Letter Composer <letter-composer@example.org>
Installed-Size: $installed
Depends: libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libdbus-1-3, libcups2, fonts-dejavu-core, sensible-utils
Recommends: gnome-keyring | kwalletmanager
Section: mail
Priority: optional
Description: write and send a campaign's protest letter from your own mailbox
 Letter Composer shows a human-rights or solidarity campaign's appeal beside its
 protest letter, fills the letter with your details, and sends one message per
 recipient from your own mail account. No telemetry; passwords stay in the
 system keyring.
CONTROL
for script in postinst postrm; do
  cat > "$root/DEBIAN/$script" <<'HOOK'
#!/bin/sh
set -e
# Let the desktop see (or forget) the menu entry, the icon and the .campaign type.
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
exit 0
HOOK
  chmod 755 "$root/DEBIAN/$script"
done
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
  | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$root/DEBIAN/md5sums"
out="dist/letter-composer_${deb_version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$out" >/dev/null
echo "$out"

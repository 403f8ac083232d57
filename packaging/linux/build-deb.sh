#!/usr/bin/env bash
# Build dist/letter-composer_<version>_<arch>.deb from the PyInstaller folder in
# dist/letter-composer: the app under /opt, a launcher in /usr/bin, the menu entry, the
# icon in every size and the .campaign file type. Removing the package leaves only the
# user's own data (in their home folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' composer/__init__.py)
arch=$(dpkg --print-architecture)
root=build/deb/letter-composer
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/mime/packages" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/doc/letter-composer"
cp -a dist/letter-composer "$root/opt/letter-composer"
ln -s /opt/letter-composer/letter-composer "$root/usr/bin/letter-composer"
cp packaging/linux/letter-composer.desktop "$root/usr/share/applications/"
cp packaging/linux/letter-composer-mime.xml "$root/usr/share/mime/packages/letter-composer.xml"
cp resources/icons/letter-composer.svg "$root/usr/share/icons/hicolor/scalable/apps/"
for dir in resources/icons/hicolor/*x*; do
  size=$(basename "$dir")
  mkdir -p "$root/usr/share/icons/hicolor/$size/apps"
  cp "$dir/letter-composer.png" "$root/usr/share/icons/hicolor/$size/apps/"
done
cp resources/providers/NOTICE "$root/usr/share/doc/letter-composer/NOTICE.providers"
cp resources/dates/NOTICE "$root/usr/share/doc/letter-composer/NOTICE.dates"
cp resources/dates/LICENSE.unicode "$root/usr/share/doc/letter-composer/"
installed=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: letter-composer
Version: $version
Architecture: $arch
Maintainer: Letter Composer <letter-composer@example.org>
Installed-Size: $installed
Depends: libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libdbus-1-3, libcups2, fonts-dejavu-core
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
out="dist/letter-composer_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$out" >/dev/null
echo "$out"

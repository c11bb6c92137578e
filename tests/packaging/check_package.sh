#!/usr/bin/env bash
# Checks CareDesk's desktop integration and Debian package (run by ctest):
#   check_package.sh SOURCE_DIR BUILD_DIR
# the desktop entry and AppStream metadata validate, the man page formats without
# warnings, and the .deb that CPack builds holds the binaries, desktop entry, metadata,
# icons and man page and depends on what Qt loads at run time.
set -euo pipefail
src="$1"
build="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$src/packaging/io.caredesk.CareDesk.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$src/packaging/io.caredesk.CareDesk.metainfo.xml" || fail "appstreamcli validate"
warnings=$(groff -man -ww -z "$src/packaging/caredesk-cli.1" 2>&1)
[ -z "$warnings" ] || fail "man page: $warnings"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$out"/caredesk_*_amd64.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no caredesk_<version>_amd64.deb in $out: $(ls "$out")"
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/caredesk ./usr/bin/caredesk-cli ./usr/libexec/caredesk/caredesk-cli-print \
         ./usr/share/applications/io.caredesk.CareDesk.desktop \
         ./usr/share/metainfo/io.caredesk.CareDesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.caredesk.CareDesk.svg \
         ./usr/share/icons/hicolor/16x16/apps/io.caredesk.CareDesk.png \
         ./usr/share/icons/hicolor/48x48/apps/io.caredesk.CareDesk.png \
         ./usr/share/icons/hicolor/256x256/apps/io.caredesk.CareDesk.png \
         ./usr/share/man/man1/caredesk-cli.1.gz \
         ./usr/share/caredesk/translations/caredesk_en.qm \
         ./usr/share/caredesk/translations/caredesk_zh_CN.qm; do
    grep -qx -- "$f" <<<"$listing" || fail "the package lacks $f"
done
if grep -q -e '/include/' -e '\.a$' -e 'tst_' -e '_tests$' <<<"$listing"; then
    fail "the package carries build or test files: $(grep -e '/include/' -e '\.a$' -e 'tst_' -e '_tests$' <<<"$listing" | head -3)"
fi
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-psql qt6-qpa-plugins libpq5 libical3 libqt6widgets6 libqt6charts6 libqt6printsupport6; do
    grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done
echo "ok: $(basename "$deb"), $(wc -l <<<"$listing") entries; Depends: $depends"

#!/usr/bin/env bash
# Fails when a translation file is out of date with the sources (run by ctest):
#   check_translations.sh LUPDATE SOURCE_DIR
# lupdate reads app/, ui/ and models/ afresh; every source text it finds must be in
# each .ts under resources/translations, and no .ts may keep a text the sources lost.
# Refresh them with: cmake --build build/dev --target caredesk_lupdate
set -euo pipefail
lupdate="$1"
src="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$lupdate" -silent -no-obsolete -locations none "$src/app" "$src/ui" "$src/models" -ts "$work/fresh.ts"
texts() { grep -o '<source>.*</source>' "$1" | sort -u; }
texts "$work/fresh.ts" >"$work/fresh.txt"
[ -s "$work/fresh.txt" ] || { echo "FAIL: lupdate found no source texts" >&2; exit 1; }
status=0
for ts in "$src"/resources/translations/*.ts; do
    texts "$ts" >"$work/committed.txt"
    if ! diff -u "$work/committed.txt" "$work/fresh.txt" >"$work/diff.txt"; then
        echo "FAIL: $(basename "$ts") is out of date with the sources (- only in the .ts, + only in the sources):" >&2
        grep -E '^[-+]<source>' "$work/diff.txt" | head -n 20 >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "ok: $(wc -l <"$work/fresh.txt") source texts, every .ts up to date"
exit $status

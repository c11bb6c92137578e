#!/usr/bin/env bash
# Fails when a translation file is out of date with the sources, or not complete (ctest):
#   check_translations.sh LUPDATE SOURCE_DIR
# lupdate reads app/, ui/, models/ and engine/ afresh; every source text it finds must be
# in each language's .ts under resources/translations, and no .ts may keep a text the
# sources lost. caredesk_en.ts holds only the English plural forms (-pluralonly). Every
# shipped translation must be finished: no "unfinished" and no empty translation.
# Refresh them with: cmake --build build/dev --target caredesk_lupdate
set -euo pipefail
lupdate="$1"
src="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dirs=("$src/app" "$src/ui" "$src/models" "$src/engine")
"$lupdate" -silent -no-obsolete -locations none "${dirs[@]}" -ts "$work/fresh.ts"
"$lupdate" -silent -pluralonly -no-obsolete -locations none "${dirs[@]}" -ts "$work/plurals.ts"
texts() { grep -o '<source>.*</source>' "$1" | sort -u; }
texts "$work/fresh.ts" >"$work/fresh.txt"
texts "$work/plurals.ts" >"$work/plurals.txt"
[ -s "$work/fresh.txt" ] || { echo "FAIL: lupdate found no source texts" >&2; exit 1; }
[ -s "$work/plurals.txt" ] || { echo "FAIL: lupdate found no plural source texts" >&2; exit 1; }
status=0
for ts in "$src"/resources/translations/*.ts; do
    expected="$work/fresh.txt"
    [ "$(basename "$ts")" = caredesk_en.ts ] && expected="$work/plurals.txt"
    texts "$ts" >"$work/committed.txt"
    if ! diff -u "$work/committed.txt" "$expected" >"$work/diff.txt"; then
        echo "FAIL: $(basename "$ts") is out of date with the sources (- only in the .ts, + only in the sources):" >&2
        grep -E '^[-+]<source>' "$work/diff.txt" | head -n 20 >&2
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"\|<translation></translation>\|<numerusform></numerusform>' "$ts" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "FAIL: $(basename "$ts") has $unfinished unfinished or empty translations" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "ok: $(wc -l <"$work/fresh.txt") source texts, every .ts up to date and complete"
exit $status

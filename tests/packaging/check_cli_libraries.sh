#!/bin/sh
# caredesk-cli starts without Qt Gui and what it drags in (X11, OpenGL, fontconfig);
# only the printing helper it hands `print` to loads them (docs/performance.md).
#   check_cli_libraries.sh CAREDESK_CLI CAREDESK_CLI_PRINT
set -eu
cli="$1" helper="$2"
libs=$(ldd "$cli") || { echo "ldd could not read $cli"; exit 1; }
if printf '%s\n' "$libs" | grep -E 'libQt6Gui|libX11|libGL|libfontconfig'; then
    echo "$cli loads the libraries above"
    exit 1
fi
helper_libs=$(ldd "$helper") || { echo "ldd could not read $helper"; exit 1; }
printf '%s\n' "$helper_libs" | grep -q libQt6Gui || { echo "$helper lacks Qt Gui"; exit 1; }

#!/usr/bin/env bash
# Whole-process timings of caredesk-cli as a user or a script meets them: exec to exit,
# each command run N times in turn (interleaved, so a noisy neighbour hits all alike),
# median and fastest printed side by side with psql's own floor for one round trip.
#   tests/bench/cli_bench.sh CAREDESK_CLI CONNINFO PSQL [RUNS]
# CONNINFO names a database holding the demo clinic generated with
#   caredesk-cli demo --practitioners 50 --days 90 --now 2026-03-02T08:00
set -euo pipefail
cli="$1" db="$2" psql="$3" runs="${4:-21}"

# The first practitioner by key, for the one-practitioner week.
first=$("$cli" --db "$db" --now 2026-03-02T08:00 availability --from 2026-03-02 --to 2026-03-02 --json |
    sed -n 's/^ *"key": "\(.*\)"$/\1/p' | head -n 1)
[ -n "$first" ] || { echo "cli_bench: no practitioner in $db (load the demo clinic first)" >&2; exit 1; }

names=(psql-select-1 cli-version cli-status practitioner-week all-week all-50x90)
cmds=(
    "$psql -X -q -A -t -c 'select 1' '$db'"
    "$cli --version"
    "$cli --db '$db' status"
    "$cli --db '$db' --now 2026-03-02T08:00 availability --from 2026-03-02 --to 2026-03-08 --practitioner $first --json"
    "$cli --db '$db' --now 2026-03-02T08:00 availability --from 2026-03-02 --to 2026-03-08 --json"
    "$cli --db '$db' --now 2026-03-02T08:00 availability --from 2026-03-02 --to 2026-05-30 --json"
)

# Each command must work before it is timed: a benchmark of an error message is no figure.
for i in "${!cmds[@]}"; do
    if ! eval "${cmds[$i]}" >/dev/null 2>"${TMPDIR:-/tmp}/cli_bench.err"; then
        echo "cli_bench: ${names[$i]} failed: $(cat "${TMPDIR:-/tmp}/cli_bench.err")" >&2
        exit 1
    fi
done

declare -A samples
for ((r = 0; r < runs; r++)); do
    for i in "${!cmds[@]}"; do
        start=$(date +%s%N)
        eval "${cmds[$i]}" >/dev/null 2>&1
        end=$(date +%s%N)
        samples[$i]+="$(((end - start) / 1000)) "
    done
done

printf '# caredesk-cli whole process, %d runs each (wall, ms)\n' "$runs"
printf '%-20s %10s %10s\n' command median fastest
for i in "${!cmds[@]}"; do
    # shellcheck disable=SC2086
    sorted=$(printf '%s\n' ${samples[$i]} | sort -n)
    median=$(printf '%s\n' "$sorted" | sed -n "$(((runs + 1) / 2))p")
    fastest=$(printf '%s\n' "$sorted" | head -n 1)
    printf '%-20s %10.1f %10.1f\n' "${names[$i]}" "$(echo "$median / 1000" | bc -l)" "$(echo "$fastest / 1000" | bc -l)"
done
echo
echo "# phases inside main (--timings), all-50x90"
eval "${cmds[5]} --timings" 2>&1 >/dev/null

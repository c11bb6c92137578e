# Shared by scripts/run, scripts/test and friends: Debian dependencies and private
# PostgreSQL clusters. Source it; do not run it.

CAREDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Every Debian 12 package CareDesk needs to build, test and run.
CAREDESK_PACKAGES=(
    build-essential cmake ccache clang-format
    qt6-base-dev libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qcoro-qt6-dev
    libgtest-dev libgmock-dev
    postgresql postgresql-contrib libpq-dev
    libical-dev qtkeychain-qt6-dev
    clang-14 libfuzzer-14-dev libclang-rt-14-dev
    qt6-charts-dev libqt6opengl6-dev poppler-utils
    dpkg-dev desktop-file-utils appstream librsvg2-bin groff-base
    xvfb xauth fonts-dejavu-core openssl
    gnome-keyring dbus
    pgbouncer
)

log() { printf '\033[1m[caredesk]\033[0m %s\n' "$*" >&2; }
die() { printf '[caredesk] error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else die "need root to run: $* (install sudo or run as root)"; fi
}

# Installs the packages that are missing (and only those).
install_deps() {
    local missing=() p
    for p in "${CAREDESK_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pg_bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -x "$d/initdb" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
    printf '%s\n' "$d"
}

# Runs a PostgreSQL server command as the cluster's owner: initdb refuses root,
# so root runs it as the postgres user.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Makes a directory the cluster owner can use.
pg_owned_dir() {
    mkdir -p "$1"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$1"; fi
    chmod 700 "$1"
}

# pg_init DATADIR: a new cluster with superuser "postgres" (trust on the private
# socket, SCRAM passwords over TCP).
pg_init() {
    local data="$1" bin
    bin=$(pg_bindir)
    pg_owned_dir "$data"
    as_pg "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >/dev/null
}

# ensure_password_auth DATADIR: everyone but the postgres administrator signs in with a
# SCRAM password, over the socket too (the demo's staff logins); reloads a running server.
ensure_password_auth() {
    local data="$1" hba
    hba="$data/pg_hba.conf"
    grep -q '^# caredesk: staff sign in with passwords' "$hba" 2>/dev/null && return 0
    as_pg sh -c "cat >'$hba'" <<'HBA'
# caredesk: staff sign in with passwords
local   all   postgres                 trust
local   all   all                      scram-sha-256
host    all   all        127.0.0.1/32  scram-sha-256
host    all   all        ::1/128       scram-sha-256
HBA
    if [ -f "$data/postmaster.pid" ]; then
        as_pg "$(pg_bindir)/pg_ctl" -D "$data" reload >/dev/null
    fi
}

# make_test_certs DIR: a throwaway root certificate, a server certificate it signed for
# the host name "localhost" only (so verify-full to 127.0.0.1 must fail), and a second,
# unrelated root; the server's key belongs to the cluster owner. For the TLS tests.
make_test_certs() {
    local dir="$1" ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    mkdir -p "$dir"
    openssl req -x509 "${ec[@]}" -days 2 -subj "/CN=CareDesk test root" \
        -keyout "$dir/root.key" -out "$dir/root.crt" 2>/dev/null
    openssl req -x509 "${ec[@]}" -days 2 -subj "/CN=Someone else's root" \
        -keyout "$dir/other-root.key" -out "$dir/other-root.crt" 2>/dev/null
    openssl req "${ec[@]}" -subj "/CN=localhost" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost\n' >"$dir/san.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/root.crt" -CAkey "$dir/root.key" -CAcreateserial \
        -days 2 -extfile "$dir/san.ext" -out "$dir/server.crt" 2>/dev/null
    chmod 755 "$dir"
    chmod 644 "$dir"/*.crt
    chmod 600 "$dir/server.key"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir/server.key" "$dir/server.crt"; fi
}

# pg_start DATADIR SOCKETDIR PORT LISTEN [extra postgres -c options...]
pg_start() {
    local data="$1" sock="$2" port="$3" listen="$4" bin opts
    shift 4
    bin=$(pg_bindir)
    pg_owned_dir "$sock"
    opts="-p $port -k $sock -c listen_addresses='$listen' -c fsync=off -c synchronous_commit=off $*"
    as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -o "$opts" -w -t 60 start >/dev/null
}

pg_stop() {
    local data="$1" bin
    bin=$(pg_bindir)
    [ -f "$data/postmaster.pid" ] || return 0
    as_pg "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

# pg_standby PRIMARY_SOCKETDIR PRIMARY_PORT DATADIR SOCKETDIR PORT LISTEN [extra postgres
# -c options, at least the primary's max_connections when that was raised]: a streaming
# standby of a running primary. pg_basebackup -R copies the primary over its socket as
# the postgres user (the primary's pg_hba must allow "local replication postgres"; a
# cluster made by pg_init does), streaming the WAL written during the copy, and writes
# standby.signal and primary_conninfo; the standby then starts on PORT.
pg_standby() {
    local psock="$1" pport="$2" data="$3" sock="$4" port="$5" listen="$6" bin
    shift 6
    bin=$(pg_bindir)
    [ -z "$(ls -A "$data" 2>/dev/null)" ] || die "$data is not empty: a standby starts from an empty directory"
    # Only the data directory itself goes to the cluster owner (pg_basebackup fills it).
    mkdir -p "$(dirname "$data")"
    pg_owned_dir "$data"
    as_pg "$bin/pg_basebackup" -h "$psock" -p "$pport" -U postgres -D "$data" -R -X stream -c fast \
        || die "pg_basebackup from the primary on port $pport failed"
    pg_owned_dir "$sock"
    as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-p $port -k $sock -c listen_addresses='$listen' $*" start >/dev/null
}

# pg_synchronous PRIMARY_SOCKETDIR PRIMARY_PORT: the primary waits for a standby to have
# every commit before it confirms it, so a booking a desk was told is made survives the
# primary's failure (asynchronous replication can lose the last commits on failover).
# Fails unless the primary then really commits synchronously to a streaming standby (a
# synchronous_commit=off given on the server's command line wins over ALTER SYSTEM).
pg_synchronous() {
    local q=("$(pg_bindir)/psql" -h "$1" -p "$2" -U postgres -d postgres -Atq -v ON_ERROR_STOP=1) i
    "${q[@]}" -c "ALTER SYSTEM SET synchronous_standby_names = '*'" -c "ALTER SYSTEM SET synchronous_commit = on" \
        -c "SELECT pg_reload_conf()" >/dev/null
    for i in $(seq 1 100); do
        if [ "$("${q[@]}" -c "SELECT current_setting('synchronous_commit') = 'on' AND EXISTS (
                SELECT 1 FROM pg_stat_replication WHERE sync_state = 'sync')")" = t ]; then
            return 0
        fi
        sleep 0.1
    done
    die "the primary on port $2 does not commit synchronously: synchronous_commit is" \
        "$("${q[@]}" -c "SHOW synchronous_commit"), and no standby streams as 'sync'"
}

# pg_promote DATADIR: the standby in DATADIR becomes a writable primary (after its
# primary failed: never while the old primary still takes writes).
pg_promote() {
    as_pg "$(pg_bindir)/pg_ctl" -D "$1" -w -t 60 promote >/dev/null
}

# pgbouncer_start DIR PORT MODE SERVER_SOCKETDIR SERVER_PORT [INI_LINE...]: Debian's PgBouncer on
# 127.0.0.1:PORT in front of a cluster's socket, pooling by MODE (transaction or
# session), any database name, for the postgres user. Sign-in is not checked (trust):
# for tests and trials on one machine only; docs/deployment.md shows a clinic's setup.
pgbouncer_start() {
    local dir="$1" port="$2" mode="$3" ssock="$4" sport="$5"
    shift 5
    pg_owned_dir "$dir"
    cat >"$dir/pgbouncer.ini" <<INI
[databases]
* = host=$ssock port=$sport
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/users.txt
pool_mode = $mode
max_client_conn = 500
default_pool_size = 20
pidfile = $dir/pgbouncer.pid
logfile = $dir/pgbouncer.log
INI
    printf '%s\n' "$@" >>"$dir/pgbouncer.ini"
    printf '"postgres" ""\n' >"$dir/users.txt"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir/pgbouncer.ini" "$dir/users.txt"; fi
    # PgBouncer will not run as root: -u hands it to the cluster's owner.
    if [ "$(id -u)" -eq 0 ]; then pgbouncer -d -u postgres "$dir/pgbouncer.ini"
    else pgbouncer -d "$dir/pgbouncer.ini"; fi
    local i
    for i in $(seq 1 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        sleep 0.1
    done
    die "PgBouncer did not start on port $port (see $dir/pgbouncer.log)"
}

pgbouncer_stop() {
    [ -f "$1/pgbouncer.pid" ] || return 0
    kill "$(cat "$1/pgbouncer.pid")" 2>/dev/null || true
}

# A TCP port on 127.0.0.1 nobody listens on, from 20000 up.
free_port() {
    local p
    for p in $(seq "${1:-25432}" 65000); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            printf '%s\n' "$p"
            return 0
        fi
    done
    die "no free TCP port"
}

# run_calendar_fuzzer WORKDIR LIBFUZZER_ARGS...: builds the calendar import's libFuzzer
# target with clang-14 (AddressSanitizer and UBSan) and runs it on a copy of the seed
# corpus in tests/data/ics (libFuzzer adds what it finds to its first corpus folder).
run_calendar_fuzzer() {
    local work="$1" jobs
    shift
    jobs=$(nproc 2>/dev/null || echo 2)
    command -v clang++-14 >/dev/null || die "clang++-14 is missing (Debian packages clang-14 libfuzzer-14-dev)"
    cmake -S "$CAREDESK_ROOT/tests/fuzz" -B "$CAREDESK_ROOT/build/fuzz" -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" >/dev/null
    cmake --build "$CAREDESK_ROOT/build/fuzz" -j "$jobs" >/dev/null
    rm -rf "$work/ics-corpus"
    cp -r "$CAREDESK_ROOT/tests/data/ics" "$work/ics-corpus"
    if ! ASAN_OPTIONS=detect_leaks=1 "$CAREDESK_ROOT/build/fuzz/caredesk_ics_fuzz" -max_len=65536 -timeout=10 \
        -rss_limit_mb=4096 -artifact_prefix="$work/" "$@" "$work/ics-corpus" >"$work/fuzz.log" 2>&1; then
        grep -v -e 'icalparser.c' -e 'icalvalue.c' "$work/fuzz.log" | tail -n 60 >&2
        die "the calendar fuzzer found a problem; the input is in $work (crash-*, leak-*, timeout-*)"
    fi
    grep -E '^Done [0-9]+ runs' "$work/fuzz.log" >&2 || true
}

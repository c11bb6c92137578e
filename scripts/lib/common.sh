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
    xvfb xauth fonts-dejavu-core
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

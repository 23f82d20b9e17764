#!/usr/bin/env bash
# Initial sync and no-change resync of the same N-message mailbox (INBOX + Sent) on a local Dovecot,
# IMAPS on loopback: mbsync (isync, whole messages into a Maildir) against `threadguard sync` (whole
# messages into the SQLite cache, parsed). Prints both times, the ratio and Threadguard's peak heap.
#
# Usage: imap-vs-mbsync.sh N [HEAP]   e.g. imap-vs-mbsync.sh 5000 128m
# JAVA_OPTS (default "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", the flags a short command-line run wants
# on a small machine: C2 compilation and G1's threads compete with the sync for the cores).
# RUNS (default 3): each figure is the median of RUNS fresh runs; the runs alternate which tool goes first.
# MBSYNC_FSYNC=yes makes mbsync fsync every message (its default); the default here is "FSync no".
# AGENT=no skips the resync through a running `threadguard agent` (measured by default as well).
# CDS=yes: Threadguard runs with an application class-data archive (AppCDS), made by one untimed
# training sync before the timed runs (what a launcher that ships or creates the archive gets).
# LAUNCHER=/opt/threadguard/bin/threadguard: time an installed launcher instead (its own JVM options and,
# from the Linux packages, its class-data archive; JAVA_OPTS, CDS and the heap figures do not apply).
# SMALL_HEAP (default 16m): after the timed runs, one more initial sync with this heap limit shows that
# the sync's memory does not grow with the mailbox (the same limit suffices for 5,000 and 50,000).
# Besides wall times it prints CPU seconds (user + system) of each tool and of Dovecot serving it, which
# say more than wall times when the machine is busy with other work.
# Needs root (Dovecot), dovecot-imapd, isync, openssl, and a built app: ./mvnw -o -q -DskipTests package
set -euo pipefail
n=${1:?usage: imap-vs-mbsync.sh N [HEAP]}
heap=${2:-128m}
repo=$(cd "$(dirname "$0")/../../../.." && pwd)
jar=${JAR:-$repo/inspector-app/target/threadguard.jar}  # JAR=copy.jar keeps a rebuild from disturbing a run
[ -f "$jar" ] || { echo "Build first: ./mvnw -o -q -DskipTests package" >&2; exit 1; }
command -v mbsync >/dev/null || { echo "mbsync missing: apt-get install isync" >&2; exit 1; }

export THREADGUARD_DOVECOT_DIR=/tmp/threadguard-bench THREADGUARD_DOVECOT_USERS=bench
export THREADGUARD_DOVECOT_PORT=32143 THREADGUARD_DOVECOT_IMAPS_PORT=32993 THREADGUARD_DOVECOT_NOCONDSTORE_PORT=32144
trap 'bash "$repo/imap-connector/src/test/dovecot/stop.sh"' EXIT
bash "$repo/imap-connector/src/test/dovecot/start.sh" "$n" >/dev/null
source "$THREADGUARD_DOVECOT_DIR/env.sh"
work=$(mktemp -d /tmp/tg-bench.XXXXXX)
mkdir -p "$work/maildir"
cat > "$work/mbsyncrc" <<RC
IMAPAccount bench
Host localhost
Port $THREADGUARD_DOVECOT_IMAPS_PORT
User bench
Pass $THREADGUARD_DOVECOT_PASSWORD
SSLType IMAPS
CertificateFile $THREADGUARD_DOVECOT_DIR/cert.pem

IMAPStore remote
Account bench

MaildirStore local
Path $work/maildir/
Inbox $work/maildir/INBOX
SubFolders Verbatim

Channel bench
Far :remote:
Near :local:
Patterns INBOX Sent Archive
Create Near
Sync Pull
SyncState *
RC
[ "${MBSYNC_FSYNC:-no}" = no ] && sed -i '1i FSync no' "$work/mbsyncrc"

# warm the server's caches once so that neither side pays for Dovecot's first index build
doveadm -c "$THREADGUARD_DOVECOT_CONF" force-resync -u bench '*' >/dev/null 2>&1 || true
doveadm -c "$THREADGUARD_DOVECOT_CONF" mailbox status -u bench messages INBOX >/dev/null

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# CPU seconds of Dovecot's finished children (the imap processes), from its master's cutime + cstime
dovecot_cpu() { awk '{ printf "%.2f", ($16 + $17) / 100 }' "/proc/$(cat "$THREADGUARD_DOVECOT_DIR/run/main/master.pid")/stat"; }
export BENCH_PW=$THREADGUARD_DOVECOT_PASSWORD
java_opts=${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
tg() {
  if [ -n "${LAUNCHER:-}" ]; then
    "$LAUNCHER" sync --source "imaps://bench@localhost:$THREADGUARD_DOVECOT_IMAPS_PORT" --password-env BENCH_PW \
      --trust-cert "$THREADGUARD_DOVECOT_CERT_SHA256" --cache "${2:-$work/cache.db}" 2>&1 | grep '^Synced' >"$work/summary-$1"
    return
  fi
  # shellcheck disable=SC2086
  java $java_opts $cds_opts -Xmx"$heap" -Xlog:gc:file="$work/gc-$1.log" -jar "$jar" sync \
    --source "imaps://bench@localhost:$THREADGUARD_DOVECOT_IMAPS_PORT" --password-env BENCH_PW \
    --trust-cert "$THREADGUARD_DOVECOT_CERT_SHA256" --cache "${2:-$work/cache.db}" 2>&1 | grep '^Synced' >"$work/summary-$1"
}
mb() { mbsync -q -c "$work/mbsyncrc" bench; }
cds_opts=""
if [ "${CDS:-no}" = yes ]; then
  # one untimed training run into a throwaway cache; the timed runs map the classes it loaded
  cds_opts="-XX:ArchiveClassesAtExit=$work/app.jsa" tg train "$work/train.db"
  rm -f "$work"/train.db*
  cds_opts="-XX:SharedArchiveFile=$work/app.jsa"
fi
# timed NAME COMMAND...: runs COMMAND, appends wall, CPU (user + sys) and Dovecot's CPU to the lists
timed() {
  local name=$1 d0 d1 t; shift
  d0=$(dovecot_cpu)
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null; } 2>&1 | tail -1)
  sleep 0.2 # let Dovecot reap its imap process
  d1=$(dovecot_cpu)
  wall[$name]+=" $(echo "$t" | awk '{ print $1 }')"
  cpu[$name]+=" $(echo "$t" | awk '{ printf "%.2f", $2 + $3 }')"
  dcpu[$name]+=" $(awk -v a="$d0" -v b="$d1" 'BEGIN { printf "%.2f", b - a }')"
}
# agent_resync: the no-change resync through a running `threadguard agent` for the same account and cache
# (started untimed; it keeps the connection and the cache open), then the agent is stopped
export THREADGUARD_AGENT_SOCKET=$work/agent.sock
agent_resync() {
  # shellcheck disable=SC2086
  java $java_opts -Xmx"$heap" -jar "$jar" agent --quiet \
    --source "imaps://bench@localhost:$THREADGUARD_DOVECOT_IMAPS_PORT" --password-env BENCH_PW \
    --trust-cert "$THREADGUARD_DOVECOT_CERT_SHA256" --cache "$work/cache.db" >"$work/agent.log" 2>&1 &
  local pid=$! i
  for ((i = 0; i < 100; i++)); do [ -S "$THREADGUARD_AGENT_SOCKET" ] && break; sleep 0.1; done
  if [ ! -S "$THREADGUARD_AGENT_SOCKET" ]; then
    echo "the sync agent did not start:" >&2; cat "$work/agent.log" >&2; kill "$pid" 2>/dev/null || true; return 1
  fi
  timed tg_agent tg agent
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
}
declare -A wall cpu dcpu
runs=${RUNS:-3}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 1; r <= runs; r++)); do
  rm -rf "$work/maildir" "$work"/cache.db*; mkdir -p "$work/maildir"
  if ((r % 2)); then
    timed mb_full mb; timed mb_again mb; timed tg_full tg full; timed tg_again tg again
  else
    timed tg_full tg full; timed tg_again tg again; timed mb_full mb; timed mb_again mb
  fi
  [ "${AGENT:-yes}" = yes ] && [ -z "${LAUNCHER:-}" ] && agent_resync
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
small=${SMALL_HEAP:-16m}
rm -f "$work"/small.db*
if [ -n "${LAUNCHER:-}" ]; then
  small_result="(not measured through a launcher)"
elif heap=$small tg small "$work/small.db" && grep -q " $n new" "$work/summary-small"; then
  small_result="all $n messages synced with -Xmx$small"
else
  small_result="FAILED with -Xmx$small"
fi
for k in mb_full mb_again tg_full tg_again tg_agent; do
  declare "$k=$(echo "${wall[$k]}" | median)" "${k}_cpu=$(echo "${cpu[$k]}" | median)" \
    "${k}_dcpu=$(echo "${dcpu[$k]}" | median)"
done
mb_count=$(find "$work/maildir" -path '*/cur/*' -o -path '*/new/*' -type f | grep -c . || true)
tg_count=$(grep -oE '[0-9]+ new' "$work/summary-full" | cut -d' ' -f1)
# peak heap in use: the largest "before" figure of any GC pause ("...Pause Young ... 24M->5M(64M) ...")
peak=$(grep -ohE '[0-9]+M->[0-9]+M' "$work"/gc-full.log 2>/dev/null | cut -dM -f1 | sort -n | tail -1 || true)

echo "IMAP sync benchmark: $n messages (INBOX + Sent), Dovecot $(dovecot --version | cut -d' ' -f1), IMAPS on loopback, $(nproc) cores"
echo "load average before/after: $load_before / $load_after"
echo "median of $runs runs (wall seconds, all runs: mbsync${wall[mb_full]} / resync${wall[mb_again]}; threadguard${wall[tg_full]} / resync${wall[tg_again]})"
echo "mbsync $(mbsync --version 2>/dev/null | head -1 | awk '{print $2}') (FSync ${MBSYNC_FSYNC:-no}): initial ${mb_full} s, no-change resync ${mb_again} s, ${mb_count} files"
echo "threadguard sync (${LAUNCHER:-java $java_opts ${cds_opts:+$cds_opts }-Xmx$heap}): initial ${tg_full} s, no-change resync ${tg_again} s, ${tg_count} messages stored"
echo "ratio threadguard/mbsync: initial $(ratio "$tg_full" "$mb_full"), resync $(ratio "$tg_again" "$mb_again")"
if [ -n "${wall[tg_agent]:-}" ]; then
  echo "threadguard sync through a running agent (threadguard agent, same account and cache): no-change resync ${tg_agent} s (all runs:${wall[tg_agent]}), ratio to mbsync's resync $(ratio "$tg_agent" "$mb_again"), CPU ${tg_agent_cpu} s"
fi
echo "CPU seconds (user + sys, median): mbsync initial ${mb_full_cpu} + Dovecot ${mb_full_dcpu}, resync ${mb_again_cpu} + Dovecot ${mb_again_dcpu}; threadguard initial ${tg_full_cpu} + Dovecot ${tg_full_dcpu}, resync ${tg_again_cpu} + Dovecot ${tg_again_dcpu}"
echo "threadguard heap: peak in use before a GC ${peak:-?} MiB (limit $heap; the GC lets it fill up); $small_result"
rm -rf "$work"

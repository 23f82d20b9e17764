#!/usr/bin/env bash
# Initial sync and no-change resync of the same N-message mailbox (INBOX + Sent) on a local Dovecot,
# IMAPS on loopback: mbsync (isync, whole messages into a Maildir) against `threadguard sync` (whole
# messages into the SQLite cache, parsed). Prints both times, the ratio and Threadguard's peak heap.
#
# Usage: imap-vs-mbsync.sh N [HEAP]   e.g. imap-vs-mbsync.sh 5000 128m
# JAVA_OPTS (default "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", the flags a short command-line run wants
# on a small machine: C2 compilation and G1's threads compete with the sync for the cores).
# RUNS (default 3): each figure is the median of RUNS fresh runs.
# MBSYNC_FSYNC=yes makes mbsync fsync every message (its default); the default here is "FSync no".
# Needs root (Dovecot), dovecot-imapd, isync, openssl, and a built app: ./mvnw -o install -DskipTests
set -euo pipefail
n=${1:?usage: imap-vs-mbsync.sh N [HEAP]}
heap=${2:-128m}
repo=$(cd "$(dirname "$0")/../../../.." && pwd)
jar=$repo/inspector-app/target/threadguard.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -o install -DskipTests" >&2; exit 1; }
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

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# warm the server's caches once so that neither side pays for Dovecot's first index build
doveadm -c "$THREADGUARD_DOVECOT_CONF" force-resync -u bench '*' >/dev/null 2>&1 || true
doveadm -c "$THREADGUARD_DOVECOT_CONF" mailbox status -u bench messages INBOX >/dev/null

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
export BENCH_PW=$THREADGUARD_DOVECOT_PASSWORD
tg() {
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -Xmx"$heap" -Xlog:gc:file="$work/gc-$1.log" -jar "$jar" sync \
    --source "imaps://bench@localhost:$THREADGUARD_DOVECOT_IMAPS_PORT" --password-env BENCH_PW \
    --trust-cert "$THREADGUARD_DOVECOT_CERT_SHA256" --cache "$work/cache.db" 2>&1 | grep '^Synced' >"$work/summary-$1"
}
runs=${RUNS:-3}
all_mb_full="" all_mb_again="" all_tg_full="" all_tg_again=""
for ((r = 1; r <= runs; r++)); do
  rm -rf "$work/maildir" "$work"/cache.db*; mkdir -p "$work/maildir"
  t0=$(now); mbsync -q -c "$work/mbsyncrc" bench; t1=$(now)
  all_mb_full+=" $(elapsed "$t0" "$t1")"
  t0=$(now); mbsync -q -c "$work/mbsyncrc" bench; t1=$(now)
  all_mb_again+=" $(elapsed "$t0" "$t1")"
  t0=$(now); tg full; t1=$(now)
  all_tg_full+=" $(elapsed "$t0" "$t1")"
  t0=$(now); tg again; t1=$(now)
  all_tg_again+=" $(elapsed "$t0" "$t1")"
done
mb_full=$(echo "$all_mb_full" | median); mb_again=$(echo "$all_mb_again" | median)
tg_full=$(echo "$all_tg_full" | median); tg_again=$(echo "$all_tg_again" | median)
mb_count=$(find "$work/maildir" -path '*/cur/*' -o -path '*/new/*' -type f | grep -c . || true)
tg_count=$(grep -oE '[0-9]+ new' "$work/summary-full" | cut -d' ' -f1)
# peak heap in use: the largest "before" figure of any GC pause ("...Pause Young ... 24M->5M(64M) ...")
peak=$(grep -ohE '[0-9]+M->[0-9]+M' "$work"/gc-full.log | cut -dM -f1 | sort -n | tail -1)
after=$(grep -ohE '[0-9]+M->[0-9]+M' "$work"/gc-full.log | sed 's/.*->//; s/M//' | sort -n | tail -1)

echo "IMAP sync benchmark: $n messages (INBOX + Sent), Dovecot $(dovecot --version | cut -d' ' -f1), IMAPS on loopback, $(nproc) cores"
echo "median of $runs runs (seconds, all runs: mbsync$all_mb_full / resync$all_mb_again; threadguard$all_tg_full / resync$all_tg_again)"
echo "mbsync $(mbsync --version 2>/dev/null | head -1 | awk '{print $2}') (FSync ${MBSYNC_FSYNC:-no}): initial ${mb_full} s, no-change resync ${mb_again} s, ${mb_count} files"
echo "threadguard sync (java ${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -Xmx$heap): initial ${tg_full} s, no-change resync ${tg_again} s, ${tg_count} messages stored"
echo "ratio threadguard/mbsync: initial $(awk -v a="$tg_full" -v b="$mb_full" 'BEGIN { printf "%.2f", a / b }'), resync $(awk -v a="$tg_again" -v b="$mb_again" 'BEGIN { printf "%.2f", a / b }')"
echo "threadguard heap: peak in use before a GC ${peak:-?} MiB, largest live set after a GC ${after:-?} MiB (limit $heap)"
rm -rf "$work"

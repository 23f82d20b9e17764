#!/usr/bin/env bash
# Stops the Dovecot instances started by start.sh (same THREADGUARD_DOVECOT_DIR). Idempotent.
set -uo pipefail
dir=${THREADGUARD_DOVECOT_DIR:-/tmp/threadguard-dovecot}
for c in "$dir/main.conf" "$dir/nocs.conf"; do
  [ -f "$c" ] && doveadm -c "$c" stop 2>/dev/null || true
done
exit 0

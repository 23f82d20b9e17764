#!/usr/bin/env bash
# End-to-end test of the add-on in a real, headless Thunderbird with the real native host.
#   thunderbird-addon/test/e2e/run-e2e.sh [--timeout SECONDS]
# Needs: thunderbird (Debian package), java, node (to pack the test .xpi), and a built
# inspector-app/target/threadguard.jar (./mvnw -q install -DskipTests).
# Creates a fresh profile (the test .xpi at PROFILE/extensions/<id>.xpi, user.js with
# extensions.autoDisableScopes=0 and a Local Folders account), installs the host manifest with
# `threadguard install-native-host --dir`, runs Thunderbird headless with a hard timeout, then
# compares the add-on's verdicts with labels.tsv (attacks flagged, hard genuine cases consistent) and
# with the engine's own `scan --json` verdicts. Thunderbird (and the host it started) is always
# killed at the end. Exit 0 = pass, 1 = mismatch, 2 = could not run.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ADDON="$(cd "$HERE/../.." && pwd)"
REPO="$(cd "$ADDON/.." && pwd)"
TIMEOUT=120
[ "${1:-}" = "--timeout" ] && TIMEOUT="$2"
JAR="$REPO/inspector-app/target/threadguard.jar"
DEMO="$REPO/inspector-app/src/main/resources/org/threadguard/app/demo"
ADDON_ID="threadguard@threadguard.org"

for c in thunderbird java node; do
  command -v "$c" >/dev/null || { echo "e2e: $c not installed" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "e2e: $JAR missing (./mvnw -q install -DskipTests)" >&2; exit 2; }

WORK="$(mktemp -d /tmp/threadguard-e2e.XXXXXX)"
PROFILE="$WORK/profile"
FAKEHOME="$WORK/home"
RESULTS="$WORK/results.jsonl"
mkdir -p "$PROFILE/extensions" "$FAKEHOME"
TB_PID=""
cleanup() {
  if [ -n "$TB_PID" ] && kill -0 "$TB_PID" 2>/dev/null; then
    kill -TERM -- "-$TB_PID" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$TB_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$TB_PID" 2>/dev/null || true
  fi
  [ "${KEEP_E2E:-0}" = 1 ] && echo "e2e: kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

echo "e2e: $(thunderbird --version 2>/dev/null | head -1), work dir $WORK"
XPI="$(node "$ADDON/scripts/build.js" --test)"
cp "$XPI" "$PROFILE/extensions/$ADDON_ID.xpi"

cat > "$PROFILE/user.js" <<'PREFS'
user_pref("extensions.autoDisableScopes", 0);
user_pref("extensions.enabledScopes", 15);
user_pref("xpinstall.signatures.required", false);
user_pref("mail.shell.checkDefaultClient", false);
user_pref("mail.provider.suppress_dialog_on_startup", true);
user_pref("mailnews.start_page.enabled", false);
user_pref("mail.rights.version", 1);
user_pref("mail.spotlight.firstRunDone", true);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("app.update.auto", false);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.accountmanager.localfoldersserver", "server1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.server.server1.type", "none");
user_pref("mail.server.server1.hostname", "Local Folders");
user_pref("mail.server.server1.name", "Local Folders");
user_pref("mail.server.server1.userName", "nobody");
user_pref("mail.server.server1.directory-rel", "[ProfD]Mail/Local Folders");
PREFS

# The host: a development wrapper around the built jar, registered for the fake home's Thunderbird.
export THREADGUARD_HOME="$WORK/threadguard-home"
java -jar "$JAR" install-native-host --user --dir "$FAKEHOME/.mozilla/native-messaging-hosts"
# What the engine itself says about the whole demo mailbox (for the comparison).
java -jar "$JAR" scan --source "$DEMO/mailbox" --json --cache "$WORK/scan.db" > "$WORK/scan.jsonl"

START=$(date +%s)
HOME="$FAKEHOME" THREADGUARD_TEST_RESULTS="$RESULTS" MOZ_HEADLESS=1 \
  setsid thunderbird --headless --no-remote -profile "$PROFILE" > "$WORK/thunderbird.log" 2>&1 &
TB_PID=$!
while :; do
  if [ -f "$RESULTS" ] && grep -q '"type":"done"' "$RESULTS"; then break; fi
  if ! kill -0 "$TB_PID" 2>/dev/null; then echo "e2e: Thunderbird exited early" >&2; break; fi
  if [ $(( $(date +%s) - START )) -ge "$TIMEOUT" ]; then echo "e2e: timed out after ${TIMEOUT}s" >&2; break; fi
  sleep 1
done
echo "e2e: Thunderbird ran $(( $(date +%s) - START ))s"
if [ ! -s "$RESULTS" ]; then
  echo "e2e: no results; Thunderbird log tail:" >&2
  tail -40 "$WORK/thunderbird.log" >&2 || true
  exit 1
fi
node "$HERE/compare.js" "$RESULTS" "$WORK/scan.jsonl"

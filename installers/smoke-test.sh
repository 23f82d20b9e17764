#!/usr/bin/env bash
# Optional, slow (about 2-3 minutes), needs root on Debian/Ubuntu: builds the .deb (unless given one),
# installs it, checks both launchers and the native-messaging host registration, uninstalls it and
# checks that the manifest is gone. Not part of .ci/run.
#
#   sudo installers/smoke-test.sh [path/to/threadguard_X_amd64.deb]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MANIFEST=/usr/lib/mozilla/native-messaging-hosts/org.threadguard.host.json
APP=/opt/threadguard/bin
[ "$(id -u)" = 0 ] || { echo "smoke-test.sh: run as root (dpkg -i)" >&2; exit 2; }

DEB="${1:-}"
if [ -z "$DEB" ]; then
    "$HERE/build.sh" deb
    DEB="$(ls -t "$HERE"/target/dist/threadguard_*.deb | head -1)"
fi
step() { printf '\n== %s\n' "$*"; }

step "install $DEB ($(du -h "$DEB" | cut -f1))"
t0=$(date +%s.%N)
if ! dpkg -i "$DEB"; then
    # Missing dependencies (xdg-utils, GTK, ...): let apt fetch them and finish the configuration.
    apt-get -f install -y --no-install-recommends
fi
t1=$(date +%s.%N)
echo "install took $(awk "BEGIN { printf \"%.1f\", $t1 - $t0 }") s; installed size $(du -sh /opt/threadguard | cut -f1)"

step "class-data archive written by the post-install script, valid for the installed jar"
ls -la /opt/threadguard/lib/app/threadguard.jsa
/opt/threadguard/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile=/opt/threadguard/lib/app/threadguard.jsa \
    -Djava.class.path=/opt/threadguard/lib/app/threadguard.jar org.threadguard.app.Main --version \
    || { echo "FAIL: the archive does not map for the installed jar" >&2; exit 1; }
grep -q 'SharedArchiveFile=$APPDIR/threadguard.jsa' /opt/threadguard/lib/app/threadguard.cfg \
    || { echo "FAIL: the launcher does not name the archive" >&2; exit 1; }

step "threadguard scan --demo"
out="$("$APP/threadguard" scan --demo)"
echo "$out" | tail -1
echo "$out" | grep -q "6 likely hijacked" || { echo "FAIL: expected 6 likely hijacked" >&2; exit 1; }

step "threadguard-cli scan --demo (the command-line launcher)"
out="$("$APP/threadguard-cli" scan --demo)"
echo "$out" | tail -1
echo "$out" | grep -q "6 likely hijacked" || { echo "FAIL: expected 6 likely hijacked" >&2; exit 1; }
grep -q 'TieredStopAtLevel=1' /opt/threadguard/lib/app/threadguard-cli.cfg \
    || { echo "FAIL: threadguard-cli lacks its JVM options" >&2; exit 1; }

step "threadguard-host: hello over length-prefixed stdio"
python3 - "$APP/threadguard-host" <<'PY'
import json, struct, subprocess, sys, time
t0 = time.time()
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
msg = json.dumps({"type": "hello", "protocolVersion": 1, "addonVersion": "smoke"}).encode()
p.stdin.write(struct.pack("<I", len(msg)) + msg)
p.stdin.flush()
n = struct.unpack("<I", p.stdout.read(4))[0]
reply = json.loads(p.stdout.read(n))
t1 = time.time()
p.stdin.close()
rc = p.wait(timeout=30)
rest = p.stdout.read()
print(json.dumps(reply))
print(f"hello round trip {t1 - t0:.2f} s (cold JVM), host exit {rc}, extra stdout bytes {len(rest)}")
ok = reply.get("type") == "hello" and reply.get("compatible") is True and rc == 0 and not rest
sys.exit(0 if ok else 1)
PY

step "manifest $MANIFEST"
cat "$MANIFEST"
python3 - "$MANIFEST" "$APP/threadguard-host" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
assert m["name"] == "org.threadguard.host", m
assert m["path"] == sys.argv[2], m["path"]
assert m["type"] == "stdio", m
print("manifest points at", m["path"])
PY

step "uninstall"
dpkg -r threadguard
if [ -e "$MANIFEST" ]; then echo "FAIL: $MANIFEST still there" >&2; exit 1; fi
if [ -e /opt/threadguard ]; then echo "FAIL: /opt/threadguard still there" >&2; exit 1; fi
echo "manifest removed, /opt/threadguard removed"
echo
echo "smoke-test.sh: OK"

# Dovecot 2.3 on 127.0.0.1 for imap-connector's integration tests (*IT, maven-failsafe).
# Sourced by .ci/run after 00-apt.sh (which defines ci_apt_install).
ci_apt_install dovecot-imapd openssl
THREADGUARD_DOVECOT_DIR=${THREADGUARD_DOVECOT_DIR:-/tmp/threadguard-dovecot-ci}
export THREADGUARD_DOVECOT_DIR
CI_CLEANUP+=("bash \"${CI_ROOT:-$PWD}/imap-connector/src/test/dovecot/stop.sh\"")
bash "${CI_ROOT:-$PWD}/imap-connector/src/test/dovecot/start.sh" 300
# shellcheck source=/dev/null
source "$THREADGUARD_DOVECOT_DIR/env.sh"
echo "== Dovecot for the IMAP integration tests on ports $THREADGUARD_DOVECOT_PORT/$THREADGUARD_DOVECOT_IMAPS_PORT/$THREADGUARD_DOVECOT_NOCONDSTORE_PORT"

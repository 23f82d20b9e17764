# The Thunderbird add-on: web-ext lint (needs the npm registry; bounded; Thunderbird-only false
# positives are allowed in thunderbird-addon/scripts/lint.js). Its node tests run inside ./mvnw verify.
if command -v node >/dev/null; then
  echo "== thunderbird-addon: web-ext lint"
  ( cd thunderbird-addon && THREADGUARD_LINT_STRICT="${THREADGUARD_LINT_STRICT:-0}" timeout 360 node scripts/lint.js )
else
  echo "== thunderbird-addon: node not installed, skipping web-ext lint"
fi

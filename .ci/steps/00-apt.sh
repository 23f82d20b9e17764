# Shared helper: one apt-get update per CI run, only when a step needs a package that is missing.
CI_APT_UPDATED=0
ci_apt_install() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  export DEBIAN_FRONTEND=noninteractive
  if [ "$CI_APT_UPDATED" = 0 ]; then apt-get update -qq; CI_APT_UPDATED=1; fi
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
if [ ${#APT_PACKAGES[@]} -gt 0 ]; then ci_apt_install "${APT_PACKAGES[@]}"; fi

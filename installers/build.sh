#!/usr/bin/env bash
# Builds Threadguard's app image or native installer with JDK 17's jlink + jpackage.
#
#   installers/build.sh [app-image|deb|rpm|dmg|pkg|msi|exe]      (default: app-image)
#
# Prerequisite: the shaded jar, built from the repository root with
#   ./mvnw -q -o install -DskipTests        -> inspector-app/target/threadguard.jar
# Output: installers/target/dist/. jpackage cannot cross-build: deb/rpm on Linux, dmg/pkg on
# macOS, msi/exe on Windows (use build.ps1 there, or Git Bash). See installers/README.md.
#
# Environment: JAVA_HOME (a JDK 17 with jlink and jpackage; default: the one on PATH),
#              APP_VERSION (override the version derived from pom.xml), JPACKAGE_OPTS (extra options).
set -euo pipefail

TYPE="${1:-app-image}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
OUT="$HERE/target"
JAR="$ROOT/inspector-app/target/threadguard.jar"
BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"

case "$(uname -s)" in
    Linux*) OS=linux ;;
    Darwin*) OS=mac ;;
    MINGW*|MSYS*|CYGWIN*) OS=win ;;
    *) echo "build.sh: unknown OS $(uname -s)" >&2; exit 2 ;;
esac
case "$TYPE" in
    app-image) ;;
    deb|rpm) [ "$OS" = linux ] || { echo "build.sh: $TYPE needs Linux (jpackage cannot cross-build)" >&2; exit 2; } ;;
    dmg|pkg) [ "$OS" = mac ] || { echo "build.sh: $TYPE needs macOS (jpackage cannot cross-build)" >&2; exit 2; } ;;
    msi|exe) [ "$OS" = win ] || { echo "build.sh: $TYPE needs Windows (jpackage cannot cross-build)" >&2; exit 2; } ;;
    *) echo "usage: installers/build.sh [app-image|deb|rpm|dmg|pkg|msi|exe]" >&2; exit 2 ;;
esac
[ -f "$JAR" ] || { echo "build.sh: $JAR missing; run ./mvnw -q -o install -DskipTests first" >&2; exit 1; }

# Version: the Maven project version (the root pom has no parent, so its first <version> is the
# project's), without -SNAPSHOT/qualifiers; jpackage wants 1-3 numbers.
if [ -z "${APP_VERSION:-}" ]; then
    APP_VERSION="$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
    APP_VERSION="${APP_VERSION%%-*}"
    if [ "$OS" = mac ] && [ "${APP_VERSION%%.*}" = 0 ]; then
        # macOS bundles (CFBundleVersion) refuse a first number of 0: 0.1.0 -> 1.1.0 for the bundle only.
        echo "build.sh: macOS needs a first version number >= 1; using 1.${APP_VERSION#*.} for the bundle" >&2
        APP_VERSION="1.${APP_VERSION#*.}"
    fi
fi
[[ "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "build.sh: bad version '$APP_VERSION'" >&2; exit 1; }

# Linux launchers are lower-case (/opt/threadguard/bin/threadguard); macOS/Windows use the display name.
if [ "$OS" = linux ]; then NAME=threadguard; else NAME=Threadguard; fi

start=$(date +%s)
rm -rf "$OUT/input" "$OUT/runtime" "$OUT/dist/$NAME" "$OUT/dist/$NAME.app"
mkdir -p "$OUT/input" "$OUT/dist"
cp "$JAR" "$OUT/input/threadguard.jar"
# Windows: the host manifest ships in the app folder with a path relative to itself (see win/README.md).
[ "$OS" = win ] && cp "$HERE/win/org.threadguard.host.json" "$OUT/input/"

# 1. jlink: a runtime with only the modules the app needs (installers/modules.txt).
#    No --strip-debug: stack traces keep line numbers (jpackage's own jlink default would strip them);
#    --compress=2 wins back more than stripping would (119 -> 69 MB). --generate-cds-archive writes the
#    runtime's default class-data archive (faster start of both launchers); it runs bin/java, hence no
#    --strip-native-commands (the few tools in runtime/bin cost < 1 MB).
MODULES="$(grep -v '^[[:space:]]*#' "$HERE/modules.txt" | grep -v '^[[:space:]]*$' | paste -sd, -)"
# JLINK_COMPRESS: 2 (zip, default for the app image) or 0 (default for packages: their own
# compression packs an uncompressed runtime smaller than an already-zipped one).
case "$TYPE" in app-image) COMPRESS="${JLINK_COMPRESS:-2}" ;; *) COMPRESS="${JLINK_COMPRESS:-0}" ;; esac
"${BIN}jlink" --add-modules "$MODULES" --compress="$COMPRESS" --generate-cds-archive \
    --no-man-pages --no-header-files \
    --output "$OUT/runtime"
# Only used with heaps above 32 GB (no compressed oops): not worth 13 MB.
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"

# 2. jpackage: the app image (and, for an installer type, the package around it).
ARGS=(--type "$TYPE" --name "$NAME" --app-version "$APP_VERSION"
      --vendor "Threadguard" --copyright "Threadguard contributors"
      --description "Catches fake replies inside real email conversations"
      --input "$OUT/input" --main-jar threadguard.jar --main-class org.threadguard.app.Main
      --runtime-image "$OUT/runtime"
      --add-launcher "threadguard-host=$HERE/threadguard-host.properties"
      --add-launcher "threadguard-cli=$HERE/threadguard-cli.properties"
      --dest "$OUT/dist")
case "$OS" in
    linux)
        # the application class-data archive that the package's post-install script writes (linux/postinst)
        ARGS+=(--icon "$HERE/icons/threadguard.png" --resource-dir "$HERE/linux"
               --java-options '-XX:SharedArchiveFile=$APPDIR/threadguard.jsa' --java-options -Xshare:auto)
        case "$TYPE" in
            deb) ARGS+=(--linux-package-name threadguard --linux-deb-maintainer "threadguard@users.noreply.github.com"
                        --linux-app-category mail --linux-menu-group "Network;Email;Security;" --linux-shortcut
                        --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, libxtst6") ;;
            rpm) ARGS+=(--linux-package-name threadguard --linux-rpm-license-type "Proprietary"
                        --linux-app-category Applications/Internet --linux-menu-group "Network;Email;Security;"
                        --linux-shortcut --linux-package-deps "gtk3, mesa-libGL, libXxf86vm, libXtst") ;;
        esac ;;
    mac)
        ARGS+=(--icon "$HERE/icons/threadguard.icns" --resource-dir "$HERE/mac"
               --mac-package-identifier org.threadguard.app --mac-package-name Threadguard) ;;
    win)
        ARGS+=(--icon "$HERE/icons/threadguard.ico" --resource-dir "$HERE/win")
        case "$TYPE" in
            msi|exe) ARGS+=(--win-dir-chooser --win-menu --win-menu-group Threadguard --win-shortcut
                            --win-upgrade-uuid 6f3b1f0e-5d0a-4c4e-9a53-7c1e2b8d9a41) ;;
        esac ;;
esac
# shellcheck disable=SC2086
"${BIN}jpackage" "${ARGS[@]}" ${JPACKAGE_OPTS:-}

end=$(date +%s)
echo "build.sh: $TYPE $APP_VERSION built in $((end - start)) s:"
if [ "$TYPE" = app-image ]; then
    for d in "$OUT/dist/$NAME" "$OUT/dist/$NAME.app"; do [ -d "$d" ] && du -sh "$d" | sed 's/^/  /'; done
else
    find "$OUT/dist" -maxdepth 1 -type f -newer "$OUT/input/threadguard.jar" -exec ls -l {} + | sed 's/^/  /'
fi

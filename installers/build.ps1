# Windows twin of installers/build.sh: jlink + jpackage (JDK 17) for app-image, msi or exe.
#   powershell -ExecutionPolicy Bypass -File installers\build.ps1 [app-image|msi|exe]
# Needs the shaded jar (.\mvnw -q install -DskipTests) and, for msi/exe, WiX Toolset 3.x on PATH.
param([ValidateSet('app-image', 'msi', 'exe')][string]$Type = 'app-image')
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
$root = Split-Path $here -Parent
$out = Join-Path $here 'target'
$jar = Join-Path $root 'inspector-app\target\threadguard.jar'
$bin = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin\' } else { '' }
if (-not (Test-Path $jar)) { throw "$jar missing; run .\mvnw -q install -DskipTests first" }

# Version: the root pom's first <version> (it has no parent), without -SNAPSHOT; jpackage wants numbers.
$version = $env:APP_VERSION
if (-not $version) {
    $version = ([regex]'<version>([^<]+)</version>').Match((Get-Content (Join-Path $root 'pom.xml') -Raw)).Groups[1].Value
    $version = $version.Split('-')[0]
}
if ($version -notmatch '^\d+(\.\d+){0,2}$') { throw "bad version '$version'" }

$sw = [Diagnostics.Stopwatch]::StartNew()
foreach ($d in 'input', 'runtime', 'dist\Threadguard') { Remove-Item -Recurse -Force (Join-Path $out $d) -ErrorAction SilentlyContinue }
New-Item -ItemType Directory -Force (Join-Path $out 'input'), (Join-Path $out 'dist') | Out-Null
Copy-Item $jar (Join-Path $out 'input\threadguard.jar')
# The host manifest ships inside the app (app\org.threadguard.host.json). On Windows its "path" may be
# relative to the manifest: ..\threadguard-host.exe is the second launcher next to Threadguard.exe.
# The registry key that points Thunderbird at it: see installers\win\README.md.
Copy-Item (Join-Path $here 'win\org.threadguard.host.json') (Join-Path $out 'input\org.threadguard.host.json')

# 1. jlink (no --strip-debug: stack traces keep line numbers; see build.sh).
$modules = (Get-Content (Join-Path $here 'modules.txt') | Where-Object { $_ -notmatch '^\s*(#|$)' }) -join ','
$compress = if ($env:JLINK_COMPRESS) { $env:JLINK_COMPRESS } elseif ($Type -eq 'app-image') { '2' } else { '0' }
& "${bin}jlink" --add-modules $modules --compress=$compress --generate-cds-archive --no-man-pages --no-header-files --output (Join-Path $out 'runtime')
if ($LASTEXITCODE -ne 0) { throw "jlink failed ($LASTEXITCODE)" }
Remove-Item -Force (Join-Path $out 'runtime\bin\server\classes_nocoops.jsa') -ErrorAction SilentlyContinue

# 2. jpackage.
$jpArgs = @('--type', $Type, '--name', 'Threadguard', '--app-version', $version,
    '--vendor', 'Threadguard', '--copyright', 'Threadguard contributors',
    '--description', 'Catches fake replies inside real email conversations',
    '--input', (Join-Path $out 'input'), '--main-jar', 'threadguard.jar', '--main-class', 'org.threadguard.app.Main',
    '--runtime-image', (Join-Path $out 'runtime'),
    '--add-launcher', "threadguard-host=$(Join-Path $here 'threadguard-host.properties')",
    '--add-launcher', "threadguard-cli=$(Join-Path $here 'threadguard-cli.properties')",
    '--icon', (Join-Path $here 'icons\threadguard.ico'), '--resource-dir', (Join-Path $here 'win'),
    '--dest', (Join-Path $out 'dist'))
if ($Type -ne 'app-image') {
    $jpArgs += @('--win-dir-chooser', '--win-menu', '--win-menu-group', 'Threadguard', '--win-shortcut',
        '--win-upgrade-uuid', '6f3b1f0e-5d0a-4c4e-9a53-7c1e2b8d9a41')
}
& "${bin}jpackage" @jpArgs
if ($LASTEXITCODE -ne 0) { throw "jpackage failed ($LASTEXITCODE)" }
Write-Host "build.ps1: $Type $version built in $([int]$sw.Elapsed.TotalSeconds) s"
Get-ChildItem (Join-Path $out 'dist') | Format-Table Name, Length

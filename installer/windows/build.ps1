<#
.SYNOPSIS
  Builds Unknot's Windows installer: dist\Unknot-<version>.msi (a per-user install, no administrator needed).

.DESCRIPTION
  Steps: check prerequisites -> build target\unknot.jar with Maven when missing -> jlink a small runtime with the
  modules in installer\runtime-modules.txt -> jpackage an .msi with the launcher's JVM options
  (installer\launcher-java-options.txt), the icon assets\app-icon\unknot.ico, a Start-menu entry and a desktop
  shortcut.

  Prerequisites, all on PATH:
    - a JDK 17 or newer (jlink.exe, jpackage.exe), e.g. `winget install EclipseAdoptium.Temurin.17.JDK`
    - WiX Toolset 3.x (candle.exe, light.exe), which jpackage uses to build the .msi,
      e.g. `winget install WiXToolset.WiXToolset` (JDK 17's jpackage needs WiX 3, not WiX 4 or later)
    - Maven, only when the jar has to be built

  Not done on Windows: a class-data-sharing archive of the app's own classes. JDK 17 accepts one only for the
  exact jar path it was made with, and the install folder is only known on the user's machine. The runtime's
  default archive (jlink --generate-cds-archive) still speeds up the JDK's own classes.

.PARAMETER Jar
  The jar to package (default: target\unknot.jar).
.PARAMETER Out
  Output folder (default: target\installer); the .msi lands in <Out>\dist.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#>
param(
    [string]$Jar = "",
    [string]$Out = ""
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$repo = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
if (-not $Jar) { $Jar = Join-Path $repo 'target\unknot.jar' }
if (-not $Out) { $Out = Join-Path $repo 'target\installer' }
# Keeps upgrades replacing the installed version instead of installing beside it: never change it.
$upgradeUuid = '5b7d3f0e-2c4a-4f63-9d1e-6a8b0c7e4f21'

function Read-List([string]$path) {
    Get-Content -Encoding UTF8 $path | ForEach-Object { $_.Trim() } | Where-Object { $_ -and -not $_.StartsWith('#') }
}

function Invoke-Tool([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

# --- prerequisites ---------------------------------------------------------------------------------------------
$jpackage = Get-Command jpackage.exe -ErrorAction SilentlyContinue
if (-not $jpackage) { throw 'jpackage.exe not found: install a JDK 17 or newer and put its bin folder on PATH.' }
$jdkBin = Split-Path $jpackage.Source
foreach ($tool in 'jlink.exe', 'java.exe') {
    if (-not (Test-Path (Join-Path $jdkBin $tool))) { throw "$tool not found beside jpackage in $jdkBin" }
}
foreach ($tool in 'candle.exe', 'light.exe') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "$tool not found: install WiX Toolset 3.x (winget install WiXToolset.WiXToolset) and add its bin folder to PATH."
    }
}

# --- version and jar -------------------------------------------------------------------------------------------
[xml]$pom = Get-Content -Encoding UTF8 (Join-Path $repo 'pom.xml')
# MSI versions are numbers only: 0.2.0-SNAPSHOT is packaged as 0.2.0.
$version = ($pom.project.version -split '-')[0]

if (-not (Test-Path $Jar)) {
    Write-Host "Building $Jar"
    Push-Location $repo
    try { Invoke-Tool 'mvn' @('-B', '-q', 'package', '-DskipTests') } finally { Pop-Location }
}

$work = Join-Path $Out 'work'
$dist = Join-Path $Out 'dist'
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Force (Join-Path $work 'input'), $dist | Out-Null
Copy-Item $Jar (Join-Path $work 'input\unknot.jar')

# --- runtime ---------------------------------------------------------------------------------------------------
$modules = (Read-List (Join-Path $repo 'installer\runtime-modules.txt')) -join ','
$runtime = Join-Path $work 'runtime'
Write-Host "jlink runtime: $modules"
Invoke-Tool (Join-Path $jdkBin 'jlink.exe') @('--add-modules', $modules, '--output', $runtime,
    '--strip-debug', '--no-header-files', '--no-man-pages', '--compress=2', '--include-locales=en,de',
    '--generate-cds-archive')
# The archive for heaps over 32 GB can never be used with the launcher's -Xmx.
Remove-Item -ErrorAction SilentlyContinue (Join-Path $runtime 'bin\server\classes_nocoops.jsa')

# --- installer -------------------------------------------------------------------------------------------------
$javaOptions = @()
foreach ($option in Read-List (Join-Path $repo 'installer\launcher-java-options.txt')) {
    $javaOptions += '--java-options', $option
}
Write-Host 'jpackage .msi'
Get-ChildItem $dist -Filter 'Unknot-*.msi' | Remove-Item
Invoke-Tool $jpackage.Source (@('--type', 'msi', '--dest', $dist, '--name', 'Unknot', '--app-version', $version,
    '--vendor', 'Unknot', '--description', 'A calm stretch-break reminder in the system tray',
    '--runtime-image', $runtime, '--input', (Join-Path $work 'input'),
    '--main-jar', 'unknot.jar', '--main-class', 'io.unknot.app.Main',
    '--icon', (Join-Path $repo 'assets\app-icon\unknot.ico'),
    '--win-per-user-install', '--win-menu', '--win-menu-group', 'Unknot', '--win-shortcut',
    '--win-upgrade-uuid', $upgradeUuid) + $javaOptions)

Get-ChildItem $dist -Filter 'Unknot-*.msi' | ForEach-Object { Write-Host "$($_.FullName)  $($_.Length) bytes" }

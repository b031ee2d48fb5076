<#
.SYNOPSIS
  Builds the Windows installer target\dist\cutri-<version>.msi (with its own Java runtime).

.DESCRIPTION
  Needs, on a Windows PC:
    - a JDK 17 or newer (JAVA_HOME set, or jpackage on PATH), e.g. Eclipse Temurin 17/21;
    - Maven 3.8+ (only if target\cutri.jar has not been built yet);
    - WiX Toolset 3.x (3.11 or 3.14) with candle.exe and light.exe on PATH: jpackage of JDK 17-23
      uses WiX 3 to make the .msi (JDK 24+ also accepts WiX 4/5).
  The installer adds a Start-menu entry and a desktop shortcut, lets the user choose the folder, and
  upgrades an earlier cutri in place (the upgrade UUID below never changes). The data folder
  (%APPDATA%\cutri) is not touched by installing, upgrading or uninstalling.

.PARAMETER Jar
  The fat jar (default: $env:CUTRI_JAR, else <BuildDir>\cutri.jar).
.PARAMETER BuildDir
  The Maven build folder (default: $env:CUTRI_BUILD_DIR, else target).
.PARAMETER PerUser
  Install for the current user only, into %LOCALAPPDATA%, without administrator rights.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows-msi.ps1
#>
param(
    [string]$BuildDir = $(if ($env:CUTRI_BUILD_DIR) { $env:CUTRI_BUILD_DIR } else { "" }),
    [string]$Jar = $(if ($env:CUTRI_JAR) { $env:CUTRI_JAR } else { "" }),
    [switch]$PerUser
)
$ErrorActionPreference = "Stop"

# Fixed forever: Windows recognises a newer cutri.msi as an upgrade of an installed one by this id.
$UpgradeUuid = "bb9d47ba-dd25-4db0-8150-53a3058a9832"
# jdeps cannot see these: Vietnamese locale data, legacy charsets, TLS curves, zip file system.
$ExtraModules = "jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs"

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
if (-not $BuildDir) { $BuildDir = Join-Path $Root "target" }
if (-not $Jar) { $Jar = Join-Path $BuildDir "cutri.jar" }
$Dist = Join-Path $BuildDir "dist"
$Work = Join-Path $BuildDir "packaging-work"

if ($env:JAVA_HOME) { $JdkBin = Join-Path $env:JAVA_HOME "bin" }
else { $JdkBin = Split-Path (Get-Command jpackage.exe -ErrorAction Stop).Source }
foreach ($tool in "java", "jlink", "jdeps", "jpackage") {
    if (-not (Test-Path (Join-Path $JdkBin "$tool.exe"))) {
        throw "Không thấy $tool.exe trong $JdkBin: cần JDK 17 trở lên (đặt JAVA_HOME). Need a full JDK 17+."
    }
}
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    throw "Không thấy WiX Toolset 3 (candle.exe, light.exe) trên PATH. Cài WiX 3.14 rồi chạy lại."
}

function Invoke-Tool([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path $Jar)) {
    Write-Host "== $Jar is missing: building it with Maven"
    Push-Location $Root
    try { Invoke-Tool "mvn" @("-B", "-q", "package", "-DskipTests", "-Dcutri.build.dir=$BuildDir") }
    finally { Pop-Location }
}

# Version: numbers only (an MSI version has three numbers).
$VersionLine = & (Join-Path $JdkBin "java.exe") "-Dcutri.log.dir=$Work\logs" "-Djava.awt.headless=true" -jar $Jar --version
$Version = (($VersionLine -split " ")[1] -split "-")[0]

Write-Host "== Computing the Java modules the jar needs (jdeps)"
$Modules = (& (Join-Path $JdkBin "jdeps.exe") --multi-release 17 --print-module-deps --ignore-missing-deps $Jar).Trim()
$Modules = "$Modules,$ExtraModules"
Write-Host "   $Modules"

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $Work "runtime"), (Join-Path $Work "input")
New-Item -ItemType Directory -Force (Join-Path $Work "input"), $Dist | Out-Null
Copy-Item $Jar (Join-Path $Work "input\cutri.jar")

Write-Host "== Making the runtime (jlink)"
Invoke-Tool (Join-Path $JdkBin "jlink.exe") @(
    "--add-modules", $Modules, "--include-locales=vi,en",
    "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
    # G1 aiming at short pauses; not ZGC, which refuses to start on Windows 10 before 1803
    # (docs/decisions/0024-a-window-that-keeps-its-core.md). Windows honours thread priorities by itself.
    "--add-options=-XX:MaxGCPauseMillis=50",
    "--output", (Join-Path $Work "runtime"))

Write-Host "== Making the installer (jpackage --type msi)"
$Arguments = @(
    "--type", "msi",
    "--name", "cutri",
    "--app-version", $Version,
    "--vendor", "cutri",
    "--description", "Tiếp xúc cử tri: sổ đăng ký và tiếp xúc cử tri của Ủy ban MTTQ xã",
    "--copyright", "GPL-3.0-or-later",
    "--input", (Join-Path $Work "input"),
    "--main-jar", "cutri.jar",
    "--main-class", "org.cutri.Launcher",
    "--runtime-image", (Join-Path $Work "runtime"),
    "--java-options", "-Dfile.encoding=UTF-8",
    "--icon", (Join-Path $Root "icons\cutri.ico"),
    "--license-file", (Join-Path $Root "LICENSE"),
    "--win-menu", "--win-menu-group", "cutri",
    "--win-shortcut",
    "--win-dir-chooser",
    "--win-upgrade-uuid", $UpgradeUuid,
    # A second program, cutri-cli.exe, with a console: for `cutri-cli check`, `import register`, ...
    "--add-launcher", "cutri-cli=$(Join-Path $PSScriptRoot 'cutri-cli.properties')",
    "--dest", $Dist)
# The optimising compiler waits longer before it compiles: a start does less work (packaging/jit-options, one
# option a line; packaging/common.sh says why).
foreach ($Option in Get-Content -Encoding UTF8 (Join-Path $Root "packaging\jit-options")) {
    if ($Option.Trim()) { $Arguments += @("--java-options", $Option.Trim()) }
}
if ($PerUser) { $Arguments += "--win-per-user-install" }
Invoke-Tool (Join-Path $JdkBin "jpackage.exe") $Arguments

Write-Host "== Done:"
Get-ChildItem (Join-Path $Dist "*.msi")

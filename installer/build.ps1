<#
  Windows installer for GridLedger (网格台账): a self-contained .msi (or .exe) with a jlinked runtime,
  built with the JDK's jpackage. The same recipe as build.sh (shared options in jpackage-common.args,
  modules in modules.txt); only the Windows-specific options live here.

  Needs, on Windows 10/11 x64:
    - JDK 17 or newer with jpackage (e.g. Eclipse Temurin 17 JDK), JAVA_HOME set or jpackage on PATH;
    - WiX Toolset 3.x (3.11 or 3.14) with candle.exe and light.exe on PATH (JDK 17's jpackage does not
      support WiX 4/5);
    - network for the first Maven build (the jar must be built ON Windows so that it carries
      JavaFX's Windows natives; the org.openjfx artifacts pick the platform automatically).
  Build on a machine whose "language for non-Unicode programs" is Chinese (PRC): jpackage passes the
  Chinese menu-group name through the ANSI code page, and the installer then uses its Chinese texts.

  Usage (in the project folder, PowerShell):
    powershell -ExecutionPolicy Bypass -File installer\build.ps1                 # .msi
    powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Type exe       # .exe
    powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Version 0.2.0 -PerUser
  Output: target\installer\gridledger-<version>.msi (never committed).
#>
param(
    [ValidateSet('msi', 'exe', 'app-image')] [string] $Type = 'msi',
    [string] $Version = '',
    [switch] $SkipJar,
    # Install into the user's own folder without administrator rights (no UAC prompt).
    [switch] $PerUser
)
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
$root = Split-Path $here -Parent
$out = Join-Path $root 'target\installer'
$jar = Join-Path $root 'target\gridledger.jar'
# Fixed for ever: Windows Installer recognises a newer .msi with the same upgrade code as an upgrade of
# the installed version and replaces it (the data in %APPDATA%\GridLedger is never touched).
$upgradeUuid = '4df15a04-8510-449a-bf29-3ba382d05364'

function Die([string] $msg) { Write-Host "build.ps1: $msg" -ForegroundColor Red; exit 1 }
function Say([string] $msg) { Write-Host "`n==> $msg" -ForegroundColor Cyan }
function Run([string] $exe, [string[]] $arguments, [string] $what) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { Die "$what 失败（退出码 $LASTEXITCODE）" }
}

# --- the JDK ---------------------------------------------------------------------------------------------
$jdkBin = $null
if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME 'bin\jpackage.exe'))) {
    $jdkBin = Join-Path $env:JAVA_HOME 'bin'
} else {
    $cmd = Get-Command jpackage.exe -ErrorAction SilentlyContinue
    if ($cmd) { $jdkBin = Split-Path $cmd.Source }
}
if (-not $jdkBin) { Die '找不到 jpackage.exe：需要完整的 JDK 17 或更新版本（例如 Eclipse Temurin 17 JDK，不是 JRE），并设置 JAVA_HOME。' }
foreach ($t in 'jlink', 'jdeps', 'jar') {
    if (-not (Test-Path (Join-Path $jdkBin "$t.exe"))) { Die "$jdkBin 里没有 $t.exe：需要完整的 JDK 17+。" }
}
$jdkVersion = (& (Join-Path $jdkBin 'jpackage.exe') --version | Select-Object -First 1).Trim()
$jdkMajor = [int]($jdkVersion.Split('.')[0])
if ($jdkMajor -lt 17) { Die "jpackage 版本是 $jdkVersion，需要 JDK 17 或更新版本。" }
$jpackage = Join-Path $jdkBin 'jpackage.exe'
$jarTool = Join-Path $jdkBin 'jar.exe'
# Chinese texts in the installer (WiX culture zh-CN, code page 936) whatever the build machine's locale.
$jpackageLocale = @('-J-Duser.language=zh', '-J-Duser.country=CN')

if ($Type -ne 'app-image') {
    if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -or -not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
        Die '生成 .msi/.exe 需要 WiX Toolset 3.x（candle.exe、light.exe 在 PATH 中），下载：https://github.com/wixtoolset/wix3/releases 。JDK 17 的 jpackage 不支持 WiX 4/5。'
    }
}

# --- the jar ---------------------------------------------------------------------------------------------
if (-not $SkipJar) {
    Say '构建 target\gridledger.jar（mvnw.cmd package -DskipTests）'
    Push-Location $root
    try { & (Join-Path $root 'mvnw.cmd') -q package -DskipTests; if ($LASTEXITCODE -ne 0) { Die 'Maven 构建失败' } }
    finally { Pop-Location }
}
if (-not (Test-Path $jar)) { Die "没有 $jar：先运行 mvnw.cmd package -DskipTests，或去掉 -SkipJar。" }

if (-not $Version) {
    $Version = ([xml](Get-Content (Join-Path $root 'pom.xml') -Raw)).project.version -replace '-SNAPSHOT$', ''
}
# the jar's manifest names the database-structure version this program migrates to (shown in the description)
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($jar)
try {
    $reader = New-Object System.IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
    $manifest = $reader.ReadToEnd(); $reader.Close()
} finally { $zip.Dispose() }
$schemaVersion = ([regex]::Match($manifest, '(?m)^GridLedger-Schema-Version:\s*(\S+)')).Groups[1].Value
if (-not $schemaVersion) { Die "$jar 的清单里没有 GridLedger-Schema-Version：请用 mvnw.cmd package 重新生成 jar。" }
$description = "网格台账 $Version（数据库结构版本 $schemaVersion）：乡镇网格、农户、干部台账（离线使用）"
if ($Version -notmatch '^\d+(\.\d+){0,2}$') { Die "版本号 '$Version' 不合规：要 1 到 3 段数字，例如 0.2.0。" }

$arch = if ($env:PROCESSOR_ARCHITECTURE -eq 'ARM64') { 'aarch64' } else { 'x86_64' }
New-Item -ItemType Directory -Force $out | Out-Null

# --- input: jar without other platforms' SQLite natives, stored uncompressed (smaller installer) ----------
Say "准备 input\gridledger.jar（只保留 Windows/$arch 的 SQLite 本机库）"
$inputDir = Join-Path $out 'input'; $x = Join-Path $out 'jar-x'
Remove-Item -Recurse -Force $inputDir, $x -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $inputDir, $x | Out-Null
Push-Location $x
try { Run $jarTool @('--extract', '--file', $jar) '解开 jar' } finally { Pop-Location }
if (-not (Test-Path (Join-Path $x 'glass.dll'))) {
    Die 'jar 里没有 JavaFX 的 Windows 本机库（glass.dll）：jar 必须在 Windows 上构建（去掉 -SkipJar 重来）。'
}
$native = Join-Path $x 'org\sqlite\native'
if (Test-Path $native) {
    Get-ChildItem $native -Directory | ForEach-Object {
        $os = $_
        Get-ChildItem $os.FullName -Directory | Where-Object { -not ($os.Name -eq 'Windows' -and $_.Name -eq $arch) } |
            Remove-Item -Recurse -Force
    }
}
Run $jarTool @('--create', '--no-compress', '--file', (Join-Path $inputDir 'gridledger.jar'),
    '--manifest', (Join-Path $x 'META-INF\MANIFEST.MF'), '-C', $x, '.') '重新打包 jar'
Remove-Item -Recurse -Force $x

# --- the runtime -----------------------------------------------------------------------------------------
Say 'jdeps + jlink：裁剪运行时'
$found = & (Join-Path $jdkBin 'jdeps.exe') --print-module-deps --ignore-missing-deps --multi-release $jdkMajor (Join-Path $inputDir 'gridledger.jar')
if ($LASTEXITCODE -ne 0) { Die 'jdeps 失败' }
$extra = Get-Content (Join-Path $here 'modules.txt') | ForEach-Object { ($_ -replace '#.*', '').Trim() } | Where-Object { $_ }
$modules = (@($found -split ',') + $extra | ForEach-Object { $_.Trim() } | Where-Object { $_ } | Sort-Object -Unique) -join ','
$runtime = Join-Path $out 'runtime'
Remove-Item -Recurse -Force $runtime -ErrorAction SilentlyContinue
Run (Join-Path $jdkBin 'jlink.exe') @('--add-modules', $modules, '--strip-debug', '--no-header-files', '--no-man-pages',
    '--strip-native-commands', '--compress=0', '--include-locales=en,zh', '--output', $runtime) 'jlink'

# --- the app-image (with a console launcher for the command line) ----------------------------------------
Say "jpackage app-image $Version"
$imageDir = Join-Path $out 'image'
Remove-Item -Recurse -Force $imageDir -ErrorAction SilentlyContinue
Push-Location $here
try {
    Run $jpackage ($jpackageLocale + @('@jpackage-common.args', '--type', 'app-image', '--app-version', $Version,
        '--description', $description, '--icon', (Join-Path $here 'resources\gridledger.ico'),
        '--input', $inputDir, '--runtime-image', $runtime, '--dest', $imageDir,
        '--add-launcher', ('gridledger-cli=' + (Join-Path $here 'resources\windows\cli-launcher.properties')))) 'jpackage app-image'
} finally { Pop-Location }

# --- the .msi / .exe -------------------------------------------------------------------------------------
if ($Type -ne 'app-image') {
    Say "jpackage $Type $Version"
    Get-ChildItem $out -Filter "gridledger-*.$Type" -ErrorAction SilentlyContinue | Remove-Item -Force
    $winArgs = @('--type', $Type, '--app-image', (Join-Path $imageDir 'gridledger'), '--name', 'gridledger',
        '--app-version', $Version, '--vendor', 'GridLedger', '--description', $description,
        '--win-menu', '--win-menu-group', '网格台账', '--win-shortcut', '--win-dir-chooser',
        '--win-upgrade-uuid', $upgradeUuid, '--dest', $out)
    if ($PerUser) { $winArgs += '--win-per-user-install' }
    Run $jpackage ($jpackageLocale + $winArgs) "jpackage $Type"
}

Say '完成'
$size = (Get-ChildItem (Join-Path $imageDir 'gridledger') -Recurse | Measure-Object Length -Sum).Sum / 1MB
Write-Host ('app-image  target\installer\image\gridledger  {0:N0} MB' -f $size)
Get-ChildItem $out -Filter "gridledger-*.$Type" -ErrorAction SilentlyContinue |
    ForEach-Object { Write-Host ('{0}  {1:N0} MB' -f $_.FullName, ($_.Length / 1MB)) }

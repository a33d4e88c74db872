<#
.SYNOPSIS
  Build loyaltydesk with PyInstaller on Windows. Output: installer\dist\loyaltydesk\
  (loyaltydesk.exe, windowed, and loyaltydesk-cli.exe, a console twin for the commands).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build.ps1             # reuse the venv
  powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Clean      # start over
  powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Installer  # and the setup .exe
  installer\build.ps1 -Python C:\Python311\python.exe

.NOTES
  Mirrors build.sh: installs exactly the versions in installer\constraints.txt (-Resolve
  ignores it and prints what was resolved), and ends with the bundle's path, size and versions.
  -Installer then runs Inno Setup 6 (ISCC.exe) on installer\windows\loyaltydesk.iss. Everything it writes stays under installer\build\ and installer\dist\: the
  package is built from a copy of the repo (a pip build from the repo root would leave build\
  and *.egg-info there).
#>
[CmdletBinding()]
param(
    [switch]$Clean,
    # Ignore installer\constraints.txt and resolve afresh (to bump the pins deliberately).
    [switch]$Resolve,
    # Also build the Inno Setup installer (needs Inno Setup 6).
    [switch]$Installer,
    # A Python 3.11+ interpreter; default: the py launcher (py -3), else python on PATH.
    [string]$Python = ""
)
Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"

$Here = $PSScriptRoot
$Root = Split-Path $Here -Parent
$Build = Join-Path $Here "build"
$Venv = Join-Path $Build "venv"
$Src = Join-Path $Build "src"
$Dist = Join-Path $Here "dist"
$VenvPy = Join-Path $Venv "Scripts\python.exe"
$Constraints = Join-Path $Here "constraints.txt"
# The version comes from constraints.txt; bump it there and rerun the checks.
$PyInstallerReq = if ($env:PYINSTALLER_REQ) { $env:PYINSTALLER_REQ } else { "pyinstaller" }
$Pins = if ($Resolve) { @() } else { @("-c", $Constraints) }

function Say([string]$Message) { Write-Host "`n==> $Message" -ForegroundColor Cyan }
function Die([string]$Message) { [Console]::Error.WriteLine("build.ps1: error: $Message"); exit 1 }
# Native commands do not throw on failure: check every exit code.
function Run([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { Die "$Exe $($Arguments -join ' ') failed (exit $LASTEXITCODE)" }
}

try {
    $clock = [Diagnostics.Stopwatch]::StartNew()
    if ($Clean) {
        Say "Removing $Build and $Dist"
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Build, $Dist
    }

    # The base interpreter, as an executable plus leading arguments ("py", "-3").
    if ($Python) { $base = @($Python) }
    elseif (Get-Command py -ErrorAction SilentlyContinue) { $base = @("py", "-3") }
    else { $base = @("python") }
    $baseExe, $baseArgs = $base[0], @($base | Select-Object -Skip 1)
    & $baseExe @baseArgs -c "import sys; sys.exit(sys.version_info < (3, 11))"
    if ($LASTEXITCODE -ne 0) { Die "$($base -join ' ') is missing or older than Python 3.11" }

    # 1. A throwaway venv, recreated when missing, broken or made by another Python version.
    $version = "import sys; print('%d.%d' % sys.version_info[:2])"
    $want = & $baseExe @baseArgs -c $version
    $have = ""
    if (Test-Path $VenvPy) { try { $have = & $VenvPy -c $version 2>$null } catch { $have = "" } }
    if ($have -ne $want) {
        Say "Creating the build venv (Python $want) in $Venv"
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Venv
        Run $baseExe ($baseArgs + @("-m", "venv", $Venv))
        Run $VenvPy (@("-m", "pip", "install", "--quiet", "--upgrade") + $Pins + @("pip"))
    } else {
        Say "Reusing the build venv (Python $have)"
    }

    # 2. A clean copy of what the package is built from (the working tree as it is now).
    Say "Copying the package sources to $Src"
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Src
    New-Item -ItemType Directory -Force $Src | Out-Null
    foreach ($item in "pyproject.toml", "setup.py", "README.md", "loyaltydesk", "resources") {
        Copy-Item -Recurse (Join-Path $Root $item) $Src
    }
    Get-ChildItem $Src -Recurse -Directory -Include "__pycache__", "*.egg-info" |
        Remove-Item -Recurse -Force

    # 3. The app (not editable, with the PostgreSQL driver), PyInstaller, and tzdata: Windows
    #    has no time-zone database, so without it even the app's ZoneInfo("UTC") fallback fails.
    Say "Installing loyaltydesk[postgres], tzdata and $PyInstallerReq"
    #    The build backend is installed (and pinned) too, not fetched by build isolation.
    Run $VenvPy (@("-m", "pip", "install", "--quiet") + $Pins + @("setuptools>=69", "wheel"))
    Run $VenvPy (@("-m", "pip", "install", "--quiet", "--no-build-isolation") + $Pins +
                 @("$Src[postgres]", "tzdata", $PyInstallerReq))
    Run $VenvPy @("-m", "pip", "install", "--quiet", "--no-build-isolation", "--no-deps",
                  "--force-reinstall", $Src)
    Run $VenvPy @("-m", "pip", "check")
    $Versions = Join-Path $Build "versions.txt"
    & $VenvPy -m pip freeze --all --exclude loyaltydesk | Set-Content -Encoding utf8 $Versions
    if (-not $Resolve) {
        # Everything installed must be pinned (pip installs unlisted packages without complaint).
        $pinned = Get-Content $Constraints | Where-Object { $_ -notmatch '^#' } |
            ForEach-Object { ($_ -split ';')[0].Trim() }
        $unpinned = @(Get-Content $Versions | Where-Object { $pinned -notcontains $_ })
        if ($unpinned) { Die "installed but not pinned in constraints.txt: $($unpinned -join ', ')" }
    }

    # 4. PyInstaller, from installer\build so the repo root is not on sys.path.
    Say "Running PyInstaller"
    $pyiArgs = @("--noconfirm", "--log-level", "WARN", "--distpath", $Dist,
                 "--workpath", (Join-Path $Build "pyinstaller"))
    if ($Clean) { $pyiArgs += "--clean" }
    Push-Location $Build
    try { Run (Join-Path $Venv "Scripts\pyinstaller.exe") ($pyiArgs + (Join-Path $Here "loyaltydesk.spec")) }
    finally { Pop-Location }

    $out = Join-Path $Dist "loyaltydesk"
    foreach ($exe in "loyaltydesk.exe", "loyaltydesk-cli.exe") {
        if (-not (Test-Path (Join-Path $out $exe))) { Die "PyInstaller finished but $exe is missing" }
    }
    Run (Join-Path $out "loyaltydesk-cli.exe") @("--version")

    $files = Get-ChildItem $out -Recurse -File
    $mb = ($files | Measure-Object Length -Sum).Sum / 1MB
    Say ("Done in {0:N0} s" -f $clock.Elapsed.TotalSeconds)
    Write-Host ("bundle:   {0}`nsize:     {1:N0} MB on disk, {2} files" -f $out, $mb, $files.Count)
    Write-Host "python:   $(& $VenvPy -c 'import platform; print(platform.python_version())')"
    Write-Host "versions: ($Versions)"
    Get-Content $Versions | ForEach-Object { Write-Host "    $_" }
    Write-Host "run: $out\loyaltydesk.exe --demo    check: $out\loyaltydesk-cli.exe --self-test"

    if ($Installer) {
        $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                  "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } |
                Select-Object -First 1
        if (-not $iscc) { Die "Inno Setup 6 not found (winget install JRSoftware.InnoSetup)" }
        $appVersion = ((& (Join-Path $out "loyaltydesk-cli.exe") --version) -split " ")[1]
        Say "Building the installer (Inno Setup, version $appVersion)"
        Run $iscc @("/Qp", "/DAppVersion=$appVersion", (Join-Path $Here "windows\loyaltydesk.iss"))
        Write-Host "installer: $(Join-Path $Dist "loyaltydesk-$appVersion-setup.exe")"
    }
} catch {
    Die $_
}

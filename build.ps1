# Usage: ./build.ps1 TARGET [--param value ...]   e.g. ./build.ps1 Run --seed 0 --workers 64
$ErrorActionPreference = 'Stop'
$env:CELL_THALAMUS_CALLER_DIR = (Get-Location).Path
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$target = if ($args.Count -gt 0) { $args[0] } else { 'Compile' }
$rest = if ($args.Count -gt 1) { $args[1..($args.Count - 1)] } else { @() }
dotnet tool restore | Out-Null
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
dotnet cake build/build.cake "--target=$target" @rest
exit $LASTEXITCODE

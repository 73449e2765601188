# Builds Rekap's Windows installer (MSI) on a Windows machine. Needs: a JDK 25 (JAVA_HOME), the
# WiX Toolset (3.14, or 4+/5+ with the `wix` command on the PATH; jpackage finds it), and a built
# application: `mvnw.cmd -B -DskipTests -pl desktop-app -am install` at the repository root.
# Usage (PowerShell, at the repository root):  installer\windows\build-msi.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$out = Join-Path $root "installer\target-windows"
$java = $env:JAVA_HOME
if (-not $java) { throw "JAVA_HOME must point to a JDK 25" }

# jpackage wants a numeric version: 0.1.0-SNAPSHOT becomes 0.1.0
[xml]$pom = Get-Content (Join-Path $root "pom.xml")
$version = ($pom.project.version -split "-")[0]

Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force (Join-Path $out "input\lib") | Out-Null
Copy-Item (Join-Path $root "desktop-app\target\desktop-app.jar") (Join-Path $out "input")
Copy-Item (Join-Path $root "desktop-app\target\lib\*.jar") (Join-Path $out "input\lib")

$modules = (Get-Content (Join-Path $root "installer\modules.txt")) -join ","
& "$java\bin\jlink" --add-modules $modules --strip-debug --no-header-files --no-man-pages `
  --compress zip-6 --output (Join-Path $out "runtime")
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

& "$java\bin\jpackage" --type msi --dest $out --name Rekap --app-version $version `
  --vendor "Rekap" --description "Rekapitulasi suara berjenjang untuk PPK dan KPU Kabupaten/Kota" `
  --input (Join-Path $out "input") --main-jar desktop-app.jar --main-class id.rekap.app.Main `
  --runtime-image (Join-Path $out "runtime") `
  --java-options "--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx1g -XX:MaxDirectMemorySize=256m -Djdk.nio.maxCachedBufferSize=262144" `
  --add-launcher "rekap=$root\installer\windows\rekap-cli.properties" `
  --resource-dir "$root\installer\windows\resources" `
  --win-dir-chooser --win-menu --win-menu-group Rekap --win-shortcut --win-per-user-install `
  --win-upgrade-uuid "6f1f4f55-3c1e-4f4e-9a55-2d0a0b6c2a31"
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Write-Host "MSI written to $out"

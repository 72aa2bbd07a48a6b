@echo off
rem Podium launcher for Windows: needs Java 21 or newer in JAVA_HOME or on PATH.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if defined PODIUM_JAVA_HOME set "JAVA=%PODIUM_JAVA_HOME%\bin\java"

rem The first line of "java -version" reads: openjdk version "17.0.2" 2022-01-18 (or "1.8.0_392",
rem or "25-ea"); the feature version is the number before the first dot or dash. An older JVM
rem would stop on the jar with exit 1, the code for bad input, so the launcher checks first and
rem exits 2 as bin/podium does. Labels rather than blocks: a path may hold parentheses.
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do (
  if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
)
set "JAVA_MAJOR=0"
if defined JAVA_VERSION for /f "delims=.-+_ tokens=1" %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
set /a JAVA_MAJOR=JAVA_MAJOR 2>nul
if %JAVA_MAJOR% GEQ 21 goto run
if not defined JAVA_VERSION goto none
echo podium: needs Java 21 or newer; "%JAVA%" is Java %JAVA_VERSION% (set JAVA_HOME to a JDK 21+) 1>&2
exit /b 2
:none
echo podium: needs Java 21 or newer; none found (set JAVA_HOME to one) 1>&2
exit /b 2

:run
"%JAVA%" -jar "%~dp0..\lib\podium.jar" %*
exit /b %ERRORLEVEL%

@echo off
rem Podium launcher for Windows: needs Java 21 or newer on PATH or in JAVA_HOME.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -jar "%~dp0..\lib\podium.jar" %*
exit /b %ERRORLEVEL%

; Inno Setup 6 script for loyaltydesk on Windows: a per-user install (no admin rights needed).
;
; Build it on Windows after build.ps1 (which makes dist\loyaltydesk\ and build\icons\):
;   powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Installer
; or by hand:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\loyaltydesk.iss
; Output: installer\dist\loyaltydesk-<version>-setup.exe
;
; Signing: pass a sign tool named "signtool" to ISCC, e.g.
;   ISCC.exe "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" ...
; and the setup and its uninstaller are signed (sign the two .exe in dist\ before, see README).
;
; Kept in step with loyaltydesk.spec: the folder dist\loyaltydesk\ holds loyaltydesk.exe
; (windowed), loyaltydesk-cli.exe (console) and _internal\. The shop's data lives in
; %LOCALAPPDATA%\loyaltydesk (platformdirs), outside the install folder: the uninstaller
; removes only what it installed, so every shop survives an uninstall or a reinstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Dist "..\dist\loyaltydesk"

[Setup]
; Never change AppId: Windows finds the installed copy (upgrade, uninstall) by it.
AppId={{6C1F5E0A-4B7D-4C53-9E0B-2F1D6A7C9B41}
AppName=LoyaltyDesk
AppVersion={#AppVersion}
AppVerName=LoyaltyDesk {#AppVersion}
AppPublisher=LoyaltyDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=LoyaltyDesk
; Per-user by default (%LOCALAPPDATA%\Programs\LoyaltyDesk, no UAC prompt); the dialog lets
; someone with admin rights install for all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\LoyaltyDesk
DefaultGroupName=LoyaltyDesk
DisableProgramGroupPage=yes
UninstallDisplayName=LoyaltyDesk
UninstallDisplayIcon={app}\loyaltydesk.exe
SetupIconFile=..\build\icons\loyaltydesk.ico
OutputDir=..\dist
OutputBaseFilename=loyaltydesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
CloseApplications=yes
#ifdef SignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle as a whole: libraries of the old version must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\LoyaltyDesk"; Filename: "{app}\loyaltydesk.exe"
Name: "{autodesktop}\LoyaltyDesk"; Filename: "{app}\loyaltydesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\loyaltydesk.exe"; Description: "{cm:LaunchProgram,LoyaltyDesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: %LOCALAPPDATA%\loyaltydesk (the shop database,
; backups and logs) is never deleted by the uninstaller.

; Inno Setup script for Windows: the PyInstaller folder dist\letter-composer becomes
; dist\LetterComposer-<version>-setup.exe. Built by .github/workflows/release.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\letter-composer.iss
; Per-user install by default (no administrator rights needed); .campaign files open in
; the app; uninstalling removes the program and leaves the user's own data.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C7A1E52-5B0B-4C57-9E0E-5F0C3D1A7B21}
AppName=Letter Composer
AppVersion={#AppVersion}
AppPublisher=Letter Composer
DefaultDirName={autopf}\Letter Composer
DefaultGroupName=Letter Composer
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=LetterComposer-{#AppVersion}-setup
SetupIconFile=letter-composer.ico
; The GPL, shown before installing (the notices of what is bundled are in the app).
LicenseFile=..\..\LICENSE
UninstallDisplayIcon={app}\letter-composer.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\letter-composer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Letter Composer"; Filename: "{app}\letter-composer.exe"
Name: "{userdesktop}\Letter Composer"; Filename: "{app}\letter-composer.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
; .campaign files: a ProgID of our own, opened with the app.
Root: HKA; Subkey: "Software\Classes\.campaign"; ValueType: string; ValueName: ""; ValueData: "LetterComposer.Campaign"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\LetterComposer.Campaign"; ValueType: string; ValueName: ""; ValueData: "Letter Composer campaign"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\LetterComposer.Campaign\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\letter-composer.exe,0"
Root: HKA; Subkey: "Software\Classes\LetterComposer.Campaign\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\letter-composer.exe"" ""%1"""

[Run]
Filename: "{app}\letter-composer.exe"; Description: "{cm:LaunchProgram,Letter Composer}"; Flags: nowait postinstall skipifsilent

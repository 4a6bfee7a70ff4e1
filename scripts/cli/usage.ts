/** The help text of the `baukasten` command. */
export const usage = {
	de: `baukasten – der Schulträger-Baukasten auf der Kommandozeile

Befehle:
  baukasten recommend PROFIL.json                 Szenario-Empfehlung mit Begründung
  baukasten gaps KONFIGURATION.json               Lückenanalyse gegen die Landesdienste
  baukasten compare KONFIGURATION.json [--solutions iserv,ucs-school]
  baukasten compare --scenario ID --phase ID --state sh --solutions iserv,ucs-school
  baukasten plan KONFIGURATION.json [--format json|table|csv|docx] [-o plan.docx] [--force]
                                                  Maßnahmenplan; docx: das ganze Ergebnis als Word-Dokument
  baukasten coverage --state sh [--phase landesloesung-aktiv] [--without DIENST,...] [--assume DIENST,...]
  baukasten aggregate DATEI_ODER_ORDNER...        viele Konfigurationen zusammenfassen
  baukasten new PROFIL.json [--scenario ID] [--phase ID] [--solutions A,B] [-o DATEI]
                                                  neue Konfiguration (Szenario: die Empfehlung)
  baukasten migrate KONFIGURATION.json [-o DATEI] auf Format und Katalog von heute bringen
  baukasten catalog check [--catalog ORDNER]      Katalog prüfen (Exit-Code 1 bei Fehlern)

Optionen:
  --format json|table|csv   Ausgabe (Standard: json; csv für Excel: UTF-8 mit BOM, Semikolon)
  --lang de|en              Sprache der Meldungen und Tabellen (Standard: de)
  --catalog ORDNER          anderer Katalog-Ordner (Standard: der mitgelieferte)
  -o, --output DATEI        Ergebnis in eine Datei schreiben statt auf die Standardausgabe
                            (alle Befehle außer catalog check; vollständig oder gar nicht)
  --force                   eine vorhandene Datei bei -o ersetzen

Exit-Codes: 0 in Ordnung, 1 Katalogfehler, 2 ungültige Eingabe oder Schreibfehler,
3 interner Fehler.`,
	en: `baukasten – the school carrier toolkit on the command line

Commands:
  baukasten recommend PROFILE.json                scenario recommendation with reasons
  baukasten gaps CONFIGURATION.json               gap analysis against the state's services
  baukasten compare CONFIGURATION.json [--solutions iserv,ucs-school]
  baukasten compare --scenario ID --phase ID --state sh --solutions iserv,ucs-school
  baukasten plan CONFIGURATION.json [--format json|table|csv|docx] [-o plan.docx] [--force]
                                                  plan of measures; docx: the whole result as a Word document
  baukasten coverage --state sh [--phase landesloesung-aktiv] [--without SERVICE,...] [--assume SERVICE,...]
  baukasten aggregate FILE_OR_DIR...              summarise many configurations
  baukasten new PROFILE.json [--scenario ID] [--phase ID] [--solutions A,B] [-o FILE]
                                                  new configuration (scenario: the recommendation)
  baukasten migrate CONFIGURATION.json [-o FILE]  bring to today's format and catalog
  baukasten catalog check [--catalog DIR]         check the catalog (exit code 1 on problems)

Options:
  --format json|table|csv   output (default json; csv for Excel: UTF-8 with BOM, semicolons)
  --lang de|en              language of messages and tables (default de)
  --catalog DIR             another catalog folder (default: the shipped one)
  -o, --output FILE         write the result to a file instead of standard output
                            (every command but catalog check; whole or not at all)
  --force                   replace an existing file with -o

Exit codes: 0 ok, 1 catalog problems, 2 invalid input or a failed write, 3 internal error.`
};

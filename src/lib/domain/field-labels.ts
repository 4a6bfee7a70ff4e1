/**
 * The fields of the user's documents (profile, configuration, wizard draft) in the words of the
 * form, each with what a valid answer looks like. A schema error on such a field becomes one
 * plain sentence instead of the validator's wording ("muss >= 1 sein", "integer").
 */
import type { LocalizedText } from '../schema/types';
import { itStaffLabels, schoolTypeLabels, serviceProviderLabels } from './answer-labels';

export interface FieldLabel {
	/** The field as the form names it, e.g. "Anzahl der Schulen". */
	name: LocalizedText;
	/** A sentence saying what a valid answer is. */
	expect: LocalizedText;
}

const answers = (labels: Record<string, LocalizedText>): LocalizedText => ({
	de: Object.values(labels)
		.map((l) => `„${l.de}“`)
		.join(', '),
	en: Object.values(labels)
		.map((l) => `"${l.en}"`)
		.join(', ')
});

const blockList = (de: string, en: string): FieldLabel => ({
	name: { de, en },
	expect: {
		de: `${de}: eine Liste von Baustein-Kennungen aus dem Katalog (z. B. „wlan“), jede nur einmal.`,
		en: `${en}: a list of block ids from the catalog (e.g. "wlan"), each once.`
	}
});

/** Labels of the profile's fields, relative to the profile. */
const profileFields: Record<string, FieldLabel> = {
	name: {
		name: { de: 'Name des Schulträgers', en: 'name of the school carrier' },
		expect: {
			de: 'Der Name des Schulträgers darf höchstens 200 Zeichen lang sein und keine Steuer- oder Schreibrichtungszeichen enthalten.',
			en: "The carrier's name may be at most 200 characters long and must not contain control or text-direction characters."
		}
	},
	state: {
		name: { de: 'Land', en: 'state' },
		expect: {
			de: 'Das Land muss eines der 16 Länder sein (als Kürzel wie „sh“ für Schleswig-Holstein).',
			en: 'The state must be one of the 16 German states (as a code like "sh" for Schleswig-Holstein).'
		}
	},
	schoolCount: {
		name: { de: 'Anzahl der Schulen', en: 'number of schools' },
		expect: {
			de: 'Die Anzahl der Schulen muss eine ganze Zahl von 1 bis 2000 sein.',
			en: 'The number of schools must be a whole number from 1 to 2000.'
		}
	},
	schoolTypes: {
		name: { de: 'Schularten', en: 'school types' },
		get expect() {
			const list = answers(schoolTypeLabels);
			return {
				de: `Bei den Schularten bitte mindestens eine wählen, jede nur einmal: ${list.de}.`,
				en: `Choose at least one school type, each only once: ${list.en}.`
			};
		}
	},
	itStaff: {
		name: { de: 'Eigenes IT-Personal', en: 'own IT staff' },
		get expect() {
			const list = answers(itStaffLabels);
			return {
				de: `Beim eigenen IT-Personal ist genau eine dieser Antworten möglich: ${list.de}.`,
				en: `For own IT staff, exactly one of these answers is possible: ${list.en}.`
			};
		}
	},
	serviceProvider: {
		name: { de: 'Externer Dienstleister', en: 'external service provider' },
		get expect() {
			const list = answers(serviceProviderLabels);
			return {
				de: `Beim externen Dienstleister ist genau eine dieser Antworten möglich: ${list.de}.`,
				en: `For the external service provider, exactly one of these answers is possible: ${list.en}.`
			};
		}
	}
};

/** Labels of a saved configuration's fields (and, below `draft`, of the wizard's draft). */
const configurationFields: Record<string, FieldLabel> = {
	...Object.fromEntries(Object.entries(profileFields).map(([k, v]) => [`profile.${k}`, v])),
	profile: {
		name: { de: 'Profil', en: 'profile' },
		expect: {
			de: 'Das Profil enthält die Antworten auf die Fragen des Assistenten.',
			en: "The profile holds the answers to the assistant's questions."
		}
	},
	formatVersion: {
		name: { de: 'Formatversion (formatVersion)', en: 'format version (formatVersion)' },
		expect: {
			de: 'Die Formatversion muss 1 sein. Ist das eine Konfiguration, die dieses Werkzeug gespeichert hat?',
			en: 'The format version must be 1. Is this a configuration this tool saved?'
		}
	},
	catalogVersion: {
		name: { de: 'Katalogversion (catalogVersion)', en: 'catalog version (catalogVersion)' },
		expect: {
			de: 'Die Katalogversion muss eine Versionsnummer wie „1.0.0“ sein.',
			en: 'The catalog version must be a version number like "1.0.0".'
		}
	},
	savedAt: {
		name: { de: 'Speicherdatum (savedAt)', en: 'date saved (savedAt)' },
		expect: {
			de: 'Das Speicherdatum muss Datum und Uhrzeit wie „2026-11-29T10:00:00Z“ sein.',
			en: 'The date saved must be a date and time like "2026-11-29T10:00:00Z".'
		}
	},
	scenario: {
		name: { de: 'Szenario', en: 'scenario' },
		expect: {
			de: 'Das Szenario muss die Kennung eines Szenarios aus dem Katalog sein (z. B. „musterloesung-gs“).',
			en: 'The scenario must be the id of a scenario in the catalog (e.g. "musterloesung-gs").'
		}
	},
	phase: {
		name: { de: 'Phase', en: 'phase' },
		expect: {
			de: 'Die Phase muss die Kennung einer Phase aus dem Katalog sein (z. B. „uebergangsphase“).',
			en: 'The phase must be the id of a phase in the catalog (e.g. "uebergangsphase").'
		}
	},
	customizations: {
		name: { de: 'Änderungen an den Bausteinen', en: 'changes to the blocks' },
		expect: {
			de: 'Die Änderungen an den Bausteinen bestehen aus hinzugefügten, entfernten und getauschten Bausteinen.',
			en: 'The changes to the blocks consist of added, removed and swapped blocks.'
		}
	},
	'customizations.added': blockList('Hinzugefügte Bausteine', 'Added blocks'),
	'customizations.removed': blockList('Entfernte Bausteine', 'Removed blocks'),
	'customizations.responsibleOverrides': {
		name: { de: 'Getauschte Zuständigkeiten', en: 'swapped responsibilities' },
		expect: {
			de: 'Getauschte Zuständigkeiten: je Baustein-Kennung „carrier“ (Schulträger) oder „state“ (Land).',
			en: 'Swapped responsibilities: per block id "carrier" (school carrier) or "state".'
		}
	},
	inventory: {
		name: { de: 'Bestand', en: 'inventory' },
		expect: {
			de: 'Bestand: je Baustein-Kennung „existing“ (vorhanden), „planned“ (geplant) oder „missing“ (fehlt).',
			en: 'Inventory: per block id "existing", "planned" or "missing".'
		}
	},
	solutions: {
		name: { de: 'Gewählte Systemlösungen', en: 'chosen system solutions' },
		expect: {
			de: 'Gewählte Systemlösungen: höchstens 8 Kennungen aus dem Katalog (z. B. „iserv“), jede nur einmal.',
			en: 'Chosen system solutions: at most 8 ids from the catalog (e.g. "iserv"), each once.'
		}
	}
};

const step: FieldLabel = {
	name: { de: 'Schritt des Assistenten', en: 'step of the assistant' },
	expect: {
		de: 'Der Schritt muss einer der Schritte des Assistenten sein (z. B. „schulen“).',
		en: 'The step must be one of the steps of the assistant (e.g. "schulen").'
	}
};
const choice = (de: string, en: string): FieldLabel => ({
	name: { de, en },
	expect: { de: `${de}: ja oder nein (true/false).`, en: `${en}: yes or no (true/false).` }
});

const draftFields: Record<string, FieldLabel> = {
	...configurationFields,
	...Object.fromEntries(
		Object.entries(configurationFields).map(([k, v]) => [`draft.${k}`, v] as const)
	),
	step,
	'draft.reached': step,
	'draft.phaseChosen': choice('Phase gewählt', 'phase chosen'),
	'draft.scenarioChosen': choice('Szenario gewählt', 'scenario chosen')
};

export type FieldLabels = (path: string) => FieldLabel | undefined;

/**
 * The path of a JSON pointer for the lookup: list positions become `[]`, and a value in a map
 * (inventory, responsibleOverrides) is found under its map's label.
 */
function lookup(table: Record<string, FieldLabel>): FieldLabels {
	return (pointer) => {
		const parts = pointer
			.split('/')
			.slice(1)
			.filter((part) => !/^\d+$/.test(part));
		for (let n = parts.length; n > 0; n--) {
			const label = table[parts.slice(0, n).join('.')];
			if (label) return label;
		}
		return undefined;
	};
}

export const profileLabels = lookup(profileFields);
export const configurationLabels = lookup(configurationFields);
export const draftLabels = lookup(draftFields);

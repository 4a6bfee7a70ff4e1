import { describe, expect, it } from 'vitest';
import {
	hasSharedConfiguration,
	readShareFragment,
	shareFragment,
	shareUrl
} from '../../../src/lib/exchange/share-link';
import { realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';

const catalog = realCatalog();

/** The largest realistic configuration: every block recorded, changes, eight solutions, a long name. */
const largest = configuration({
	profile: profile({
		name: 'Zweckverband Schul-IT der Gemeinden im Amt Beispielhausen-Nord und Umgebung',
		schoolCount: 67,
		schoolTypes: [
			'grundschule',
			'foerderzentrum',
			'weiterfuehrende-schule',
			'berufsbildende-schule'
		],
		itStaff: 'department',
		serviceProvider: 'large'
	}),
	scenario: 'schultraegerloesung-erweitert',
	customizations: {
		added: ['videokonferenz', 'internetzugang'],
		removed: ['wiki', 'forum'],
		responsibleOverrides: { kurssystem: 'state', messenger: 'state', 'email-adresse': 'state' }
	},
	inventory: Object.fromEntries(
		catalog.blocks.map((b, i) => [b.id, (['existing', 'planned', 'missing'] as const)[i % 3]!])
	),
	solutions: catalog.solutions.map((s) => s.id)
});

describe('share links', () => {
	it('give back exactly the configuration they carry', () => {
		const fragment = shareFragment(largest);
		expect(hasSharedConfiguration(`#${fragment}`)).toBe(true);
		expect(readShareFragment(`#${fragment}`, catalog)).toEqual({
			ok: true,
			value: largest,
			notices: []
		});
	});

	it('stay short enough for an e-mail for the largest realistic configuration', () => {
		const url = shareUrl('https://baukasten.example.org', '/assistent/ergebnis', largest);
		console.log(
			`share link length, largest realistic configuration: ${url.length} characters (JSON: ${JSON.stringify(largest).length})`
		);
		expect(url.length).toBeLessThan(2000);
	});

	it('reject truncated, tampered or foreign fragments with a message', () => {
		const fragment = shareFragment(largest);
		const message = (hash: string) => {
			const result = readShareFragment(hash, catalog);
			return result.ok ? 'accepted' : result.problems[0]!.message.de;
		};
		expect(message(`#${fragment.slice(0, fragment.length - 40)}`)).toMatch(
			/unvollständig oder beschädigt|muss|gibt es/
		);
		expect(message(`#${fragment.slice(0, 30)}x!`)).toBe(
			'Der Link ist unvollständig oder beschädigt. Bitten Sie um einen neuen Link oder um die Datei.'
		);
		expect(message('#andere=1')).toBe('Der Link enthält keine Konfiguration.');
		expect(message(`#konfiguration=${'A'.repeat(40000)}`)).toBe(
			'Der Link ist zu lang für eine Konfiguration.'
		);
	});
});

import { describe, expect, it } from 'vitest';
import { analyzeGaps, assembleCatalog } from '../../../src/lib/domain';
import { catalogFiles, realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';

describe('the shipped catalog', () => {
	it('passes every schema and integrity check', () => {
		const { problems } = assembleCatalog(catalogFiles());
		expect(problems).toEqual([]);
	});

	it('holds the 38 IQSH blocks with the ids of the domain brief plus marked extension blocks', () => {
		const catalog = realCatalog();
		const iqsh = catalog.blocks.filter((b) => b.set === 'iqsh').map((b) => b.id);
		expect(iqsh).toHaveLength(38);
		expect(iqsh).toContain('paedagogische-ad-hoc-funktionen');
		expect(iqsh).toContain('kommunikation-schule-schultraeger');
		expect(catalog.blocks.filter((b) => b.set === 'extension').map((b) => b.id)).toEqual(
			expect.arrayContaining(['videokonferenz'])
		);
	});

	it('has four scenarios with both phases, all 16 states and the eight named solutions', () => {
		const catalog = realCatalog();
		expect(catalog.scenarios.map((s) => s.id)).toEqual([
			'musterloesung-gs',
			'musterloesung-plus',
			'schultraegerloesung-basis',
			'schultraegerloesung-erweitert'
		]);
		for (const s of catalog.scenarios)
			expect(Object.keys(s.phases).sort()).toEqual(['landesloesung-aktiv', 'uebergangsphase']);
		expect(catalog.states).toHaveLength(16);
		expect(catalog.solutions.map((s) => s.id).sort()).toEqual(
			[
				'iserv',
				'linuxmuster',
				'musterloesung-gs-sh',
				'opendesk',
				'paedml-linux',
				'puavo',
				'ucs-school',
				'ucs-school-erweitert'
			].sort()
		);
	});

	it('gives every state service a date and at least one source', () => {
		for (const state of realCatalog().states)
			for (const service of state.services) {
				expect(service.asOf, `${state.id}/${service.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(service.sources.length, `${state.id}/${service.id}`).toBeGreaterThan(0);
			}
	});
});

/** The broken-catalog fixtures, one per rule, are run by catalog-rules.test.ts. */
describe('a broken catalog', () => {
	it('names a file that does not belong in the catalog', () => {
		const files = [...catalogFiles(), { path: 'notes.json', data: {} }];
		expect(assembleCatalog(files).problems).toEqual([
			{
				file: 'notes.json',
				pointer: '',
				message: {
					de: 'Diese Datei gehört nicht in den Katalog.',
					en: 'This file does not belong in the catalog.'
				}
			}
		]);
	});

	it('names a required file that is missing', () => {
		const files = catalogFiles().filter((f) => f.path !== 'phases.json');
		expect(assembleCatalog(files).problems).toContainEqual({
			file: 'phases.json',
			pointer: '',
			message: { de: 'Die Datei fehlt im Katalog.', en: 'The file is missing from the catalog.' }
		});
	});
});

describe('a catalog with more categories and scenarios than today', () => {
	it('works without code changes: a fifth category and a fifth scenario', () => {
		const files = catalogFiles();
		const categories = files.find((f) => f.path === 'categories.json')!.data as {
			categories: unknown[];
		};
		categories.categories.push({
			id: 'finanzierung',
			name: { de: 'Finanzierung', en: 'Funding' },
			description: { de: 'Fördermittel.', en: 'Funding.' },
			technical: false,
			openStep: { de: 'Offen: Förderprogramme prüfen.', en: 'Open: check funding programmes.' },
			sources: []
		});
		const blocks = files.find((f) => f.path === 'blocks.json')!.data as { blocks: unknown[] };
		blocks.blocks.push({
			id: 'foerdermittel',
			category: 'finanzierung',
			name: { de: 'Fördermittel', en: 'Funding' },
			description: { de: 'Mittel beantragen.', en: 'Apply for funds.' },
			set: 'extension',
			sources: []
		});
		for (const f of files.filter((f) => f.path.startsWith('solutions/')))
			(f.data as { coverage: Record<string, unknown> }).coverage.foerdermittel = {
				level: 'unknown'
			};
		const basis = structuredClone(
			files.find((f) => f.path === 'scenarios/schultraegerloesung-basis.json')!.data
		) as Record<string, unknown>;
		files.push({
			path: 'scenarios/kreisloesung.json',
			data: { ...basis, id: 'kreisloesung', order: 5 }
		});
		const { catalog, problems } = assembleCatalog(files);
		expect(problems).toEqual([]);
		expect(catalog!.categories).toHaveLength(5);
		expect(catalog!.scenarios.map((s) => s.id).at(-1)).toBe('kreisloesung');
		// The new category's next step comes from its catalog entry, not from code.
		const analysis = analyzeGaps(
			configuration({
				profile: profile({ schoolCount: 12 }),
				scenario: 'kreisloesung',
				phase: 'uebergangsphase',
				customizations: { added: ['foerdermittel'], removed: [], responsibleOverrides: {} }
			}),
			catalog!
		);
		expect(analysis.rows.find((r) => r.block === 'foerdermittel')).toMatchObject({
			category: 'finanzierung',
			status: 'gap',
			nextStep: { de: 'Offen: Förderprogramme prüfen.', en: 'Open: check funding programmes.' }
		});
	});
});

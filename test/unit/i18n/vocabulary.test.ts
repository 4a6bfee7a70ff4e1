/**
 * One word per value, wherever it is shown: for every gap status, every party that provides a
 * block and every availability of a state service, the screen (components rendered on the
 * server), the CSV export and the CLI's table say the same word, in German and in English, and
 * that word is the vocabulary's.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import BlockGridTable from '../../../src/lib/charts/BlockGridTable.svelte';
import GapStatusLegend from '../../../src/lib/components/GapStatusLegend.svelte';
import {
	analyzeGaps,
	assembleCatalog,
	gapStatuses,
	indexCatalog,
	type GapAnalysis,
	type GapStatus
} from '../../../src/lib/domain';
import { formatDate } from '../../../src/lib/i18n/dates';
import {
	gapStatusLabel,
	responsibleLabel,
	serviceStatusLabel,
	type Label,
	type Locale
} from '../../../src/lib/i18n/vocabulary';
import { m } from '../../../src/lib/paraglide/messages.js';
import { overwriteGetLocale } from '../../../src/lib/paraglide/runtime.js';
import type { Configuration, Responsible, ServiceStatus } from '../../../src/lib/schema/types';
import StateServiceTable from '../../../src/routes/bausteine/[id]/StateServiceTable.svelte';
import { readCatalogFiles } from '../../../scripts/cli/input';
import { catalogDir } from '../helpers/catalog';
import { baukasten } from '../helpers/cli';
import { configuration, profile } from '../helpers/factories';

/**
 * The shipped catalog, but with a short name for the one discontinued service that a gap row
 * shows, so that the CLI's table (which clips long cells) shows its availability too.
 */
const scratch = mkdtempSync(join(tmpdir(), 'baukasten-vocabulary-'));
const catalogCopy = join(scratch, 'catalog');
cpSync(catalogDir, catalogCopy, { recursive: true });
const stFile = join(catalogCopy, 'states', 'st.json');
const st = JSON.parse(readFileSync(stFile, 'utf8'));
st.services.find((s: { status: string }) => s.status === 'discontinued').name = 'Glasfaser ST';
writeFileSync(stFile, JSON.stringify(st));
const catalog = assembleCatalog(readCatalogFiles(catalogCopy)).catalog!;
const index = indexCatalog(catalog);

/** Carriers whose analyses together show every status, party and availability. */
const carriers: Configuration[] = [
	configuration({
		profile: profile({ state: 'bb', schoolCount: 2, schoolTypes: ['grundschule'] }),
		scenario: 'musterloesung-gs',
		phase: 'uebergangsphase',
		customizations: { added: [], removed: ['identitaetsmanagement'], responsibleOverrides: {} },
		solutions: ['iserv']
	}),
	configuration({
		profile: profile({ state: 'bb' }),
		scenario: 'musterloesung-plus',
		phase: 'uebergangsphase',
		inventory: { backup: 'existing' }
	}),
	configuration({
		profile: profile({ state: 'bb' }),
		scenario: 'musterloesung-plus',
		phase: 'landesloesung-aktiv'
	}),
	configuration({
		profile: profile({ state: 'sh' }),
		scenario: 'schultraegerloesung-basis',
		phase: 'uebergangsphase'
	}),
	configuration({
		profile: profile({ state: 'st' }),
		scenario: 'schultraegerloesung-basis',
		phase: 'uebergangsphase',
		customizations: { added: ['internetzugang'], removed: [], responsibleOverrides: {} }
	})
];

type Kind = 'status' | 'responsible' | 'availability';
const vocabulary: Record<Kind, Record<string, Label>> = {
	status: gapStatusLabel,
	responsible: responsibleLabel,
	availability: serviceStatusLabel
};
const values: Record<Kind, readonly string[]> = {
	status: gapStatuses,
	responsible: ['carrier', 'state', 'both'] satisfies Responsible[],
	availability: ['available', 'pilot', 'planned', 'discontinued'] satisfies ServiceStatus[]
};

/** The words one channel showed, per kind and value (several rows may show the same value). */
type Shown = Record<Kind, Map<string, Set<string>>>;
const shownNone = (): Shown => ({
	status: new Map(),
	responsible: new Map(),
	availability: new Map()
});
function note(shown: Shown, kind: Kind, value: string, word: string) {
	shown[kind].set(value, (shown[kind].get(value) ?? new Set()).add(word));
}

const strip = (html: string) => html.replace(/<!--.*?-->/gs, '');
const cellsOf = (html: string, pattern: RegExp) =>
	[...strip(html).matchAll(pattern)].map((m) => m.slice(1));

/** What the screen shows: the status legend, the block grid's table, a block's state services. */
function screen(locale: Locale): Shown {
	overwriteGetLocale(() => locale);
	const shown = shownNone();
	const legend = render(GapStatusLegend, { props: {} }).body;
	for (const [status, word] of cellsOf(
		legend,
		/data-status="([^"]+)"[^>]*>\s*<dt[^>]*>([^<]*)<\/dt>/g
	))
		note(shown, 'status', status!, word!.trim());

	const grid = render(BlockGridTable, {
		props: {
			label: 'test',
			categories: [{ id: 'c', title: 'C' }],
			items: values.responsible.map((r) => ({
				id: r,
				category: 'c',
				label: r,
				responsible: r as Responsible
			}))
		}
	}).body;
	for (const [value, word] of cellsOf(grid, /scope="row">([^<]*)<\/th>\s*<td[^>]*>([^<]*)<\/td>/g))
		note(shown, 'responsible', value!, word!.trim());

	const state = index.state.get('sh')!;
	const service = state.services[0]!;
	const services = values.availability.map((status) => ({
		service: { ...service, id: status, name: status, status: status as ServiceStatus },
		coverage: service.covers[0]!
	}));
	const table = render(StateServiceTable, { props: { state, services } }).body;
	const [before, after] = m
		.detail_service_status({ status: '§', date: formatDate(service.asOf) }, { locale })
		.split('§');
	for (const [value, cell] of cellsOf(
		table,
		/scope="row">([^<]*)<\/th>\s*<td[^>]*>([^<]*)<\/td>/g
	)) {
		const text = cell!.trim();
		expect(text.startsWith(before!) && text.endsWith(after!), text).toBe(true);
		note(shown, 'availability', value!, text.slice(before!.length, text.length - after!.length));
	}
	return shown;
}

/**
 * The words in the rows of a gap table (CSV or CLI): responsible and status cells, and each
 * state service's availability in the services cell — where a clipped CLI cell still shows it.
 */
function fromRows(analyses: GapAnalysis[], rows: string[][], shown: Shown, locale: Locale) {
	const all = analyses.flatMap((a) => a.rows);
	expect(rows).toHaveLength(all.length);
	all.forEach((row, i) => {
		const [, , responsible, status, services] = rows[i]!;
		note(shown, 'responsible', row.responsible, responsible!);
		const action = row.action ? ` (${status!.match(/ \(([^)]*)\)$/)?.[1]})` : '';
		note(shown, 'status', row.status, status!.slice(0, status!.length - action.length));
		for (const s of row.stateServices) {
			const at = services!.indexOf(`${s.name} (`);
			const word = at < 0 ? undefined : /^([^,…]+), /.exec(services!.slice(at + s.name.length + 2));
			if (word) note(shown, 'availability', s.status, word[1]!);
		}
	});
	expect(locale).toMatch(/^(de|en)$/);
}

/** Splits the CLI's aligned text table by the columns of its rule line. */
function textRows(text: string): string[][] {
	const lines = text.split('\n').filter((l) => !l.startsWith('Hinweis:') && !l.startsWith('Note:'));
	const rule = lines.findIndex((l) => l.startsWith('─'));
	const starts = [...lines[rule]!.matchAll(/─+/g)].map((m) => m.index!);
	return lines
		.slice(rule + 1)
		.map((line) => starts.map((s, i) => line.slice(s, starts[i + 1]).trim()));
}

const files = carriers.map((c, i) => {
	const file = join(scratch, `carrier-${i}.json`);
	writeFileSync(file, JSON.stringify(c));
	return file;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(['de', 'en'] as const)('the words in %s', (locale) => {
	const analyses = carriers.map((c) => analyzeGaps(c, catalog));
	const channels: Record<'screen' | 'CSV' | 'CLI', Shown> = {
		screen: shownNone(),
		CSV: shownNone(),
		CLI: shownNone()
	};

	beforeAll(async () => {
		channels.screen = screen(locale);
		for (const file of files) {
			const options = ['--catalog', catalogCopy, '--lang', locale];
			const csv = await baukasten('gaps', file, '--format', 'csv', ...options);
			const table = await baukasten('gaps', file, '--format', 'table', ...options);
			const analysis = [analyses[files.indexOf(file)]!];
			const parsed = Papa.parse<string[]>(csv.stdout.replace(/^\uFEFF/, '').trim(), {
				delimiter: ';'
			});
			fromRows(analysis, parsed.data.slice(1), channels.CSV, locale);
			fromRows(analysis, textRows(table.stdout.trimEnd()), channels.CLI, locale);
		}
	});

	it.each(['status', 'responsible', 'availability'] as const)(
		'every %s value has one word on the screen, in the CSV and in the CLI: the vocabulary’s',
		(kind) => {
			for (const value of values[kind]) {
				const word = vocabulary[kind][value]!(locale);
				for (const [channel, shown] of Object.entries(channels))
					expect([...(shown[kind].get(value) ?? [])], `${kind} ${value} in the ${channel}`).toEqual(
						[word]
					);
			}
		}
	);

	it('gives different values different words', () => {
		for (const kind of ['status', 'responsible', 'availability'] as const) {
			const words = values[kind].map((v) => vocabulary[kind][v]!(locale));
			expect(new Set(words).size).toBe(words.length);
		}
	});
});

describe('the vocabulary', () => {
	it('says "Schulträger und Land" for both parties, where the CSV used to say "beide"', () => {
		expect(responsibleLabel.both('de')).toBe('Schulträger und Land');
		expect(responsibleLabel.both('en')).toBe('School carrier and state');
	});

	it('speaks the UI’s language when no locale is given', () => {
		overwriteGetLocale(() => 'en');
		expect(gapStatusLabel.gap()).toBe(gapStatusLabel.gap('en'));
		overwriteGetLocale(() => 'de');
		expect(gapStatusLabel.gap()).toBe('Offen (Lücke)');
	});

	it('has a word for every gap status of the engine', () => {
		expect(Object.keys(gapStatusLabel).sort()).toEqual([...gapStatuses].sort() as GapStatus[]);
	});

	it('is the only module that reads the messages of these words', () => {
		const src = fileURLToPath(new URL('../../../src/', import.meta.url));
		const own =
			/\bm\.(responsible_|gap_status_|overlap_|cov_state_(?!label)|wiz_outcome_|basis_|confidence_(high|medium|low)\b|coverage_(full|partial|none|unknown)\b|lnd_service_(available|pilot|planned|discontinued)\b)/;
		const offenders = readdirSync(src, { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.(ts|svelte)$/.test(f) && !f.startsWith('lib/paraglide'))
			.filter((f) => f !== join('lib', 'i18n', 'vocabulary.ts'))
			.filter((f) => own.test(readFileSync(join(src, f), 'utf8')));
		expect(offenders).toEqual([]);
	});
});

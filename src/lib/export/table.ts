/**
 * Engine results as plain tables (header + rows) in German or English. The CLI prints them,
 * CSV export serializes them, so both show the same columns; the words for statuses, who
 * provides a block and availability are the vocabulary's, as on the screen.
 */
import {
	criterionLabels,
	indexCatalog,
	type Aggregate,
	type Catalog,
	type GapAnalysis,
	type Recommendation,
	type SolutionComparison,
	type StateCoverage
} from '../domain';
import {
	coverageLabel,
	coverageStateLabel,
	gapStatusLabel,
	outcomeLabel,
	overlapActionLabel,
	responsibleLabel,
	serviceStatusLabel
} from '../i18n/vocabulary';
import type { CoverageLevel, LocalizedText } from '../schema/types';

export type Lang = 'de' | 'en';
export type Cell = string | number;
export interface Table {
	headers: string[];
	rows: Cell[][];
}

const t = (text: LocalizedText | undefined, lang: Lang) => text?.[lang] ?? '';
const pick = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

/** Column titles several tables share, so each is written once. */
const column = {
	category: { de: 'Kategorie', en: 'Category' },
	block: { de: 'Baustein', en: 'Block' },
	responsible: { de: 'Verantwortlich', en: 'Responsible' },
	scenario: { de: 'Szenario', en: 'Scenario' }
} satisfies Record<string, LocalizedText>;

/** The comparison's count rows, worded like the count sentence on the screen (`cmp_counts`). */
const countHeading: Record<CoverageLevel, LocalizedText> = {
	full: { de: 'Anzahl vollständig', en: 'Count full' },
	partial: { de: 'Anzahl teilweise', en: 'Count partial' },
	none: { de: 'Anzahl nicht', en: 'Count none' },
	unknown: { de: 'Anzahl unbekannt', en: 'Count unknown' }
};

function names(catalog: Catalog, lang: Lang) {
	const index = indexCatalog(catalog);
	return {
		block: (id: string) => t(index.block.get(id)?.name, lang) || id,
		category: (id: string) => t(index.category.get(id)?.name, lang) || id,
		scenario: (id: string) => t(index.scenario.get(id)?.name, lang) || id,
		solution: (id: string) => index.solutionEntry.get(id)?.name ?? id
	};
}

export function recommendationTable(result: Recommendation, catalog: Catalog, lang: Lang): Table {
	const n = names(catalog, lang);
	return {
		headers: [
			pick(lang, 'Rang', 'Rank'),
			t(column.scenario, lang),
			pick(lang, 'Punkte', 'Score'),
			pick(lang, 'Kriterium', 'Criterion'),
			pick(lang, 'Ergebnis', 'Outcome'),
			pick(lang, 'Begründung', 'Reason')
		],
		rows: result.ranking.flatMap((s) => [
			...s.failedConditions.map((f, i) => [
				i === 0 ? s.rank : '',
				i === 0 ? n.scenario(s.scenario) : '',
				i === 0 ? pick(lang, 'nicht in der Zielgruppe', 'outside the target group') : '',
				pick(lang, 'Ausschlusskriterium', 'Knock-out condition'),
				outcomeLabel['not-met'](lang),
				`${t(f.label, lang)}: ${t(f.change, lang)}`
			]),
			...s.criteria.map((c, i) => [
				i === 0 && s.eligible ? s.rank : '',
				i === 0 && s.eligible ? n.scenario(s.scenario) : '',
				i === 0 && s.eligible ? `${s.score}/${s.maxScore}` : '',
				t(criterionLabels[c.criterion], lang),
				outcomeLabel[c.outcome](lang),
				t(c.reason, lang)
			])
		])
	};
}

export function gapTable(analysis: GapAnalysis, catalog: Catalog, lang: Lang): Table {
	const n = names(catalog, lang);
	return {
		headers: [
			t(column.category, lang),
			t(column.block, lang),
			t(column.responsible, lang),
			pick(lang, 'Status', 'Status'),
			pick(lang, 'Landesdienste', 'State services'),
			pick(lang, 'Nächster Schritt', 'Next step')
		],
		rows: analysis.rows.map((r) => [
			n.category(r.category),
			n.block(r.block),
			responsibleLabel[r.responsible](lang),
			gapStatusLabel[r.status](lang) + (r.action ? ` (${overlapActionLabel[r.action](lang)})` : ''),
			r.stateServices
				.map(
					(s) =>
						`${s.name} (${serviceStatusLabel[s.status](lang)}, ${coverageLabel[s.level](lang)})`
				)
				.join(', '),
			t(r.nextStep, lang)
		])
	};
}

export function comparisonTable(result: SolutionComparison, catalog: Catalog, lang: Lang): Table {
	const n = names(catalog, lang);
	return {
		headers: [
			t(column.category, lang),
			t(column.block, lang),
			t(column.responsible, lang),
			...result.solutions.map(n.solution)
		],
		rows: [
			...result.rows.map((r) => [
				n.category(r.category),
				n.block(r.block),
				responsibleLabel[r.responsible](lang),
				...r.cells.map(
					(c) =>
						coverageLabel[c.level](lang) +
						(c.duplicatesState ? pick(lang, ' (doppelt zum Land)', ' (duplicates state)') : '')
				)
			]),
			[
				'',
				pick(lang, 'Punktwert % (vollständig 1, teilweise 0,5)', 'Score % (full 1, partial 0.5)'),
				'',
				...result.perSolution.map((s) => Math.round(s.share * 1000) / 10)
			],
			...(['full', 'partial', 'none', 'unknown'] as const).map((level) => [
				'',
				t(countHeading[level], lang),
				'',
				...result.perSolution.map((s) => s.counts[level])
			])
		]
	};
}

export function coverageTable(result: StateCoverage, catalog: Catalog, lang: Lang): Table {
	const n = names(catalog, lang);
	return {
		headers: [
			t(column.scenario, lang),
			pick(lang, 'Vom Land erwartet', 'Expected from state'),
			pick(lang, 'Abgedeckt', 'Covered'),
			pick(lang, 'davon teilweise', 'of which partly'),
			pick(lang, 'Anteil %', 'Share %'),
			pick(lang, 'Offen', 'Pending')
		],
		rows: result.scenarios.map((s) => [
			n.scenario(s.scenario),
			s.expected.length,
			s.covered.length,
			s.partial.length,
			Math.round(s.share * 1000) / 10,
			s.pending.map((p) => `${n.block(p.block)} (${coverageStateLabel[p.reason](lang)})`).join(', ')
		])
	};
}

export function aggregateTable(result: Aggregate, catalog: Catalog, lang: Lang): Table {
	const n = names(catalog, lang);
	return {
		headers: [
			t(column.block, lang),
			pick(lang, 'Träger mit Baustein', 'Carriers with block'),
			pick(lang, 'Lücke', 'Gap'),
			pick(lang, 'Land ausstehend', 'State pending'),
			pick(lang, 'Anteil %', 'Share %')
		],
		rows: result.blocks.map((b) => [
			n.block(b.block),
			b.carriers,
			b.gap,
			b.statePending,
			Math.round(b.share * 1000) / 10
		])
	};
}

/** The Maßnahmenplan as a plain table (CSV, CLI, DOCX): one row per measure, in plan order. */
import { effortLabels, indexCatalog, quarterLabel, type Catalog, type Plan } from '../domain';
import { gapStatusLabel } from '../i18n/vocabulary';
import type { Lang, Table } from './table';

export function planTable(plan: Plan, catalog: Catalog, lang: Lang): Table {
	const index = indexCatalog(catalog);
	const de = lang === 'de';
	const position = new Map(plan.measures.map((m, i) => [m.block, i + 1]));
	const blockName = (id: string) => index.block.get(id)?.name[lang] ?? id;
	const programme = (id: string) =>
		catalog.planning.funding.find((p) => p.id === id)?.name[lang] ?? id;
	return {
		headers: de
			? [
					'Nr.',
					'Baustein',
					'Status',
					'Was',
					'Wer',
					'Hängt ab von',
					'Beginn',
					'Ende',
					'Aufwand',
					'Verschoben',
					'Abhängigkeit verletzt',
					'Förderung',
					'Kooperation geeignet'
				]
			: [
					'No.',
					'Block',
					'Status',
					'What',
					'Who',
					'Depends on',
					'Start',
					'End',
					'Effort',
					'Moved',
					'Dependency broken',
					'Funding',
					'Suits cooperation'
				],
		rows: plan.measures.map((m, i) => [
			i + 1,
			m.name[lang],
			gapStatusLabel[m.status](lang),
			m.what[lang],
			m.who.map((w) => w.name[lang]).join('; '),
			m.dependsOn.map((d) => `${position.get(d.block)}. ${blockName(d.block)}`).join('; '),
			quarterLabel(m.start),
			quarterLabel(m.end),
			effortLabels[m.effort][lang],
			m.moved ? (de ? 'ja' : 'yes') : '',
			m.conflicts.map((c) => `${position.get(c.block)}. ${blockName(c.block)}`).join('; '),
			m.funding.map(programme).join('; '),
			m.cooperation ? (de ? 'ja' : 'yes') : ''
		])
	};
}

/**
 * The whole result as an editable Word document (DOCX) that a clerk can paste into an
 * Ausschussvorlage or a Medienentwicklungsplan: profile, recommendation with reasons, gap
 * table, solution comparison, the Maßnahmenplan (timeline image and table), staff, costs,
 * funding, cooperation and the sources as a numbered list. Built with `docx`, which runs in the
 * browser (imported only when the user exports) and in the CLI.
 */
import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import {
	analyzeGaps,
	compareSolutions,
	criterionLabels,
	effortRuleText,
	indexCatalog,
	itStaffLabels,
	MIN_SOLUTIONS,
	plan as makePlan,
	planSources,
	quarterLabel,
	recommend,
	schoolTypeLabels,
	serviceProviderLabels,
	setAsideStatuses,
	type Catalog,
	type Plan
} from '../../domain';
import { coverageLabel } from '../../i18n/vocabulary';
import { formatEuro, numberFormat } from '../../i18n/number-format';
import type { Configuration, LocalizedText, SourceRef } from '../../schema/types';
import { planTable } from '../plan-table';
import { comparisonTable, gapTable, type Lang } from '../table';
import { timelinePng } from '../timeline-image';
import { bullet, heading, labelled, para, table } from './blocks';

export interface ResultDocumentInput {
	config: Configuration;
	catalog: Catalog;
	lang: Lang;
	/** The plan as shown (with the user's moves); computed from the configuration if left out. */
	plan?: Plan;
	created?: Date;
}

const num = (n: number, lang: Lang) => numberFormat(lang, { maximumFractionDigits: 1 }).format(n);

export async function resultDocument(input: ResultDocumentInput): Promise<Document> {
	const { config, catalog, lang } = input;
	const de = lang === 'de';
	const w = (text: LocalizedText) => text[lang];
	const pick = (deText: string, enText: string) => (de ? deText : enText);
	const index = indexCatalog(catalog);
	const analysis = analyzeGaps(config, catalog);
	const plan = input.plan ?? makePlan(config, catalog, { analysis });
	const recommendation = recommend(config.profile, catalog);
	const scenario = index.scenario.get(config.scenario)!;
	const score = recommendation.ranking.find((s) => s.scenario === config.scenario)!;
	const created = input.created ?? new Date();
	const p = config.profile;
	const name = p.name ?? w(index.stateEntry.get(p.state)!.name);
	const blockName = (id: string) => w(index.block.get(id)?.name ?? { de: id, en: id });

	const sourceRefs: SourceRef[] = [
		...scenario.sources,
		...scenario.targetGroup.sources,
		...planSources(plan, catalog)
	];
	const sourceIds = [...new Set(sourceRefs.map((r) => r.source))];
	const sourceNumber = new Map(sourceIds.map((id, i) => [id, i + 1]));
	const cite = (refs: SourceRef[]) =>
		refs.length
			? ` [${[...new Set(refs.map((r) => sourceNumber.get(r.source)).filter(Boolean))].join(', ')}]`
			: '';

	const profileRows: [string, string][] = [
		[w(criterionLabels.schoolCount), String(p.schoolCount)],
		[w(criterionLabels.schoolTypes), p.schoolTypes.map((t) => w(schoolTypeLabels[t])).join(', ')],
		[w(criterionLabels.itStaff), w(itStaffLabels[p.itStaff])],
		[w(criterionLabels.serviceProvider), w(serviceProviderLabels[p.serviceProvider])],
		[pick('Land', 'State'), w(index.stateEntry.get(p.state)!.name)],
		[pick('Phase', 'Phase'), w(index.phase.get(config.phase)!.name)],
		...(p.sites !== undefined
			? [
					[pick('Standorte mit Außenstellen', 'Sites incl. branch sites'), String(p.sites)] as [
						string,
						string
					]
				]
			: []),
		...(p.pupils !== undefined
			? [[pick('Schülerinnen und Schüler', 'Pupils'), String(p.pupils)] as [string, string]]
			: []),
		...(p.teachers !== undefined
			? [[pick('Lehrkräfte', 'Teachers'), String(p.teachers)] as [string, string]]
			: []),
		...(p.devices !== undefined
			? [[pick('Endgeräte', 'Devices'), String(p.devices)] as [string, string]]
			: []),
		...(p.devicePlatform
			? [[pick('Geräteplattform', 'Device platform'), p.devicePlatform] as [string, string]]
			: [])
	];

	const comparison =
		config.solutions.length >= MIN_SOLUTIONS
			? table(
					comparisonTable(
						compareSolutions(
							{
								scenario: config.scenario,
								phase: config.phase,
								state: p.state,
								customizations: config.customizations
							},
							config.solutions,
							catalog
						),
						catalog,
						lang
					)
				)
			: config.solutions.length === 1
				? table({
						headers: [
							pick('Baustein', 'Block'),
							index.solutionEntry.get(config.solutions[0]!)!.name
						],
						rows: analysis.rows
							.filter((r) => !setAsideStatuses.has(r.status))
							.map((r) => [
								blockName(r.block),
								coverageLabel[r.solutions[0]?.level ?? 'unknown'](lang)
							])
					})
				: para(pick('Keine Systemlösung gewählt.', 'No system solution chosen.'));

	const image = await timelinePng(plan);
	const imageWidth = 620;
	// The plan table without status and the flag columns: No., what, who, depends on, when, effort, funding.
	const full = planTable(plan, catalog, lang);
	const when = (row: (string | number)[]) =>
		row[6] === row[7] ? row[6]! : `${row[6]} – ${row[7]}`;
	const shortPlan = {
		headers: [0, 3, 4, 5, 6, 8, 11].map((i) => (i === 6 ? pick('Wann', 'When') : full.headers[i]!)),
		rows: full.rows.map((row) => [row[0]!, row[3]!, row[4]!, row[5]!, when(row), row[8]!, row[11]!])
	};
	const s = plan.staffing;

	const children = [
		new Paragraph({
			heading: 'Title',
			children: [
				new TextRun(
					pick(
						`Schul-IT: Ergebnis und Maßnahmenplan – ${name}`,
						`School IT: result and plan of measures – ${name}`
					)
				)
			]
		}),
		para(
			pick(
				`Erstellt am ${created.toISOString().slice(0, 10)} mit dem Schulträger-Baukasten, Katalogversion ${catalog.meta.catalogVersion}. Alle Zahlen mit Quelle [Nr.] oder als Schätzung mit Rechenweg.`,
				`Created on ${created.toISOString().slice(0, 10)} with the Schulträger-Baukasten, catalog version ${catalog.meta.catalogVersion}. Every figure has a source [no.] or is an estimate with its formula.`
			),
			{ small: true }
		),
		heading(pick('1. Profil', '1. Profile')),
		table(
			{ headers: [pick('Angabe', 'Item'), pick('Wert', 'Value')], rows: profileRows },
			[40, 60]
		),
		heading(pick('2. Empfehlung', '2. Recommendation')),
		labelled(
			pick('Empfohlenes Szenario', 'Recommended scenario'),
			w(index.scenario.get(recommendation.recommended)!.name)
		),
		...(config.scenario !== recommendation.recommended
			? [labelled(pick('Gewähltes Szenario', 'Chosen scenario'), w(scenario.name))]
			: []),
		para(pick('Begründung je Kriterium:', 'Reasons per criterion:'), { bold: true }),
		...score.criteria.map((c) => bullet(`${w(criterionLabels[c.criterion])}: ${w(c.reason)}`)),
		...score.failedConditions.map((f) => bullet(`${w(f.label)}: ${w(f.change)}`)),
		...recommendation.warnings.map((warning) => para(w(warning.message), { small: true })),
		heading(pick('3. Lückenanalyse', '3. Gap analysis')),
		table(gapTable(analysis, catalog, lang), [11, 13, 10, 11, 15, 40]),
		heading(pick('4. Lösungsvergleich', '4. Solution comparison')),
		comparison,
		heading(pick('5. Maßnahmenplan', '5. Plan of measures')),
		para(
			pick(
				`Beginn ${quarterLabel(plan.start)}, Ende ${quarterLabel(plan.end)}${plan.phaseChange ? `, erwarteter Phasenwechsel ${quarterLabel(plan.phaseChange)}` : ''}. ${plan.measures.length} Maßnahmen in der Reihenfolge ihrer Abhängigkeiten.`,
				`Start ${quarterLabel(plan.start)}, end ${quarterLabel(plan.end)}${plan.phaseChange ? `, expected phase change ${quarterLabel(plan.phaseChange)}` : ''}. ${plan.measures.length} measures in the order of their dependencies.`
			)
		),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			children: [
				new ImageRun({
					type: 'png',
					data: image.png,
					transformation: {
						width: imageWidth,
						height: Math.round((image.height / image.width) * imageWidth)
					},
					altText: {
						name: pick('Zeitplan', 'Timeline'),
						title: pick('Zeitplan der Maßnahmen', 'Timeline of the measures'),
						description: pick(
							'Balken je Maßnahme (Nummer wie in der Tabelle) über die Quartale; rot schraffiert: Abhängigkeit verletzt; gestrichelte Linie: erwarteter Phasenwechsel.',
							'One bar per measure (number as in the table) over the quarters; red hatched: dependency broken; dashed line: expected phase change.'
						)
					}
				})
			]
		}),
		para(
			pick(
				'Abbildung: Zeitplan. Nummern wie in der Tabelle; rot schraffiert = Abhängigkeit verletzt; gestrichelt = erwarteter Phasenwechsel.',
				'Figure: timeline. Numbers as in the table; red hatched = dependency broken; dashed = expected phase change.'
			),
			{ small: true }
		),
		table(shortPlan, [5, 34, 16, 13, 10, 11, 11]),
		para(`${pick('Aufwandsklassen', 'Effort classes')}: ${w(effortRuleText)}`, { small: true }),
		...plan.warnings.map((x) => bullet(w(x))),
		heading(pick('5.1 Personal', '5.1 Staff'), 2),
		para(
			pick(
				`Geschätzter Bedarf: ${num(s.low, lang)} bis ${num(s.high, lang)} Stellen (Schätzung)`,
				`Estimated need: ${num(s.low, lang)} to ${num(s.high, lang)} posts (estimate)`
			) + cite(s.sources),
			{ bold: true }
		),
		labelled(pick('Rechenweg', 'Formula'), w(s.formula)),
		...(s.cost
			? [
					labelled(
						pick('Personalkosten (Schätzung)', 'Staff cost (estimate)'),
						`${formatEuro(s.cost.low, lang)} – ${formatEuro(s.cost.high, lang)} ${pick('je Jahr', 'a year')}: ${w(s.cost.figure.what)}, ${pick('Stand', 'as of')} ${s.cost.figure.asOf}${cite(s.cost.figure.sources)}`
					)
				]
			: []),
		...s.levels.map((l) =>
			bullet(
				`${w(l.name)} (${s.expectation?.levels.includes(l.level) ? pick('beim Schulträger', 'with the carrier') : pick('nicht beim Schulträger', 'not with the carrier')}): ${w(l.who)}${cite(l.sources)}`
			)
		),
		...(s.expectation
			? [
					labelled(
						pick('Erwartung des Szenarios', "The scenario's expectation"),
						w(s.expectation.text) + cite(s.expectation.sources)
					)
				]
			: []),
		heading(pick('5.2 Kosten', '5.2 Costs'), 2),
		...(plan.costs.lines.length
			? plan.costs.lines.map((l) =>
					bullet(
						`${w(l.figure.what)} (${l.figure.kind === 'one-off' ? pick('einmalig', 'one-off') : pick('laufend je Jahr', 'running per year')}): ${w(l.formula)} = ${formatEuro(l.total.min, lang)}${l.total.max !== l.total.min ? `–${formatEuro(l.total.max, lang)}` : ''}; ${pick('Schätzung, Stand', 'estimate, as of')} ${l.figure.asOf}${l.figure.note ? `; ${w(l.figure.note)}` : ''}${cite(l.figure.sources)}`
					)
				)
			: []),
		para(
			plan.costs.unknown.length
				? pick(
						`Kosten unbekannt (keine öffentliche Quelle) für: ${plan.costs.unknown.map(blockName).join(', ')}.`,
						`Costs unknown (no public source) for: ${plan.costs.unknown.map(blockName).join(', ')}.`
					)
				: pick(
						'Alle Maßnahmen haben eine belegte Kostenangabe.',
						'Every measure has a sourced cost figure.'
					),
			{ small: true }
		),
		heading(pick('5.3 Förderung', '5.3 Funding'), 2),
		table(
			{
				headers: de
					? ['Programm', 'Fördert', 'Eigenanteil', 'Frist', 'Status', 'Maßnahmen dieses Plans']
					: ['Programme', 'Funds', 'Own share', 'Deadline', 'Status', 'Measures of this plan'],
				rows: plan.funding.map((f) => [
					w(f.programme.name) + cite(f.programme.sources),
					w(f.programme.funds),
					f.programme.ownShare ? w(f.programme.ownShare) : pick('unbekannt', 'unknown'),
					f.programme.deadline ?? pick('unbekannt', 'unknown'),
					w(f.reason),
					f.usable ? f.measures.map(blockName).join(', ') : ''
				])
			},
			[18, 30, 14, 10, 14, 14]
		),
		...plan.funding.flatMap((f) =>
			(f.programme.examples ?? []).map((e) =>
				bullet(
					`${w(f.programme.name)} – ${e.carrier}: ${formatEuro(e.amount, lang)}${e.ownShare ? ` ${w(e.ownShare)}` : ''}${e.deadline ? `, ${pick('Frist', 'deadline')} ${e.deadline}` : ''}${cite(e.sources)}`
				)
			)
		),
		...(plan.measures.some((m) => m.cooperation)
			? [
					heading(
						pick(
							'5.4 Zusammenarbeit mit anderen Schulträgern',
							'5.4 Cooperation with other carriers'
						),
						2
					),
					para(
						`${pick('Geeignete Maßnahmen', 'Suitable measures')}: ${plan.measures
							.filter((m) => m.cooperation)
							.map((m) => w(m.name))
							.join(', ')}`
					),
					...plan.cooperation.forms.flatMap((f) => [
						heading(w(f.name) + cite(f.sources), 3),
						labelled(pick('Passt, wenn', 'Fits when'), w(f.fits)),
						labelled(pick('Braucht', 'Needs'), w(f.needs))
					])
				]
			: []),
		heading(pick('6. Quellen', '6. Sources')),
		...sourceIds.map((id, i) => {
			const source = catalog.sources.get(id);
			const locators = [
				...new Set(sourceRefs.filter((r) => r.source === id && r.locator).map((r) => r.locator!))
			];
			const text = source
				? [
						source.title,
						source.publisher,
						source.url,
						source.accessed
							? `${pick('abgerufen', 'accessed')} ${source.accessed}`
							: source.published,
						source.seedFile,
						locators.join('; ')
					]
						.filter(Boolean)
						.join(' · ')
				: id;
			return para(`[${i + 1}] ${text}`, { small: true });
		})
	];

	return new Document({
		creator: 'Schulträger-Baukasten',
		title: pick(
			`Schul-IT: Ergebnis und Maßnahmenplan – ${name}`,
			`School IT: result and plan of measures – ${name}`
		),
		description: pick(
			'Ergebnis des Schulträger-Baukastens mit Maßnahmenplan',
			'Result of the Schulträger-Baukasten with the plan of measures'
		),
		styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
		features: { updateFields: false },
		sections: [
			{
				properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
				children
			}
		]
	});
}

/** The document's bytes (a .docx file). */
export async function resultDocx(input: ResultDocumentInput): Promise<Uint8Array> {
	return new Uint8Array(await Packer.toArrayBuffer(await resultDocument(input)));
}

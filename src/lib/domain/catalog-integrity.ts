/**
 * Integrity rules of the catalog that a JSON Schema cannot express, because they span files.
 * Every rule reports the file, the JSON pointer and a German and English message.
 */
import type {
	Block,
	CatalogMeta,
	Scenario,
	Solution,
	SourceDefinition,
	SourceRef,
	State
} from '../schema/types';
import type { PlanningFiles } from './compose-catalog';
import type { Category, Phase } from './catalog';
import { fileStem } from './catalog-files';
import { checkPlanning } from './planning-integrity';
import { problem, type Problem } from './problem';

interface Located<T> {
	path: string;
	data: T;
}

export interface IntegrityInput {
	meta: CatalogMeta;
	categories: Category[];
	phases: Phase[];
	blocks: Block[];
	scenarios: Located<Scenario>[];
	states: Located<State>[];
	solutions: Located<Solution>[];
	planning: { files: PlanningFiles };
}

export interface IntegrityResult {
	problems: Problem[];
	sources: Map<string, SourceDefinition>;
}

export function checkIntegrity(input: IntegrityInput): IntegrityResult {
	const problems: Problem[] = [];
	const report = (file: string, pointer: string, de: string, en: string) =>
		problems.push(problem(file, pointer, de, en));

	const unique = (
		file: string,
		items: { id: string }[],
		pointer: (i: number) => string,
		what: [string, string]
	) => {
		const seen = new Set<string>();
		items.forEach((item, i) => {
			if (seen.has(item.id))
				report(
					file,
					pointer(i),
					`${what[0]} „${item.id}“ ist doppelt.`,
					`${what[1]} "${item.id}" is defined twice.`
				);
			seen.add(item.id);
		});
		return seen;
	};

	// Sources: definitions in every file, ids unique across the catalog.
	const sources = new Map<string, SourceDefinition>();
	const defineSources = (file: string, list: SourceDefinition[] | undefined) =>
		list?.forEach((source, i) => {
			if (sources.has(source.id))
				report(
					file,
					`/sources/${i}`,
					`Quelle „${source.id}“ ist im Katalog doppelt definiert.`,
					`Source "${source.id}" is defined twice in the catalog.`
				);
			else sources.set(source.id, source);
		});
	defineSources('catalog.json', input.meta.sources);
	input.states.forEach((s) => defineSources(s.path, s.data.sources));
	input.solutions.forEach((s) => defineSources(s.path, s.data.sources));
	for (const [kind, file] of Object.entries(input.planning.files))
		defineSources(`${kind}.json`, file.sources);

	const refs = (file: string, pointer: string, list: SourceRef[] | undefined) =>
		list?.forEach((ref, i) => {
			if (!sources.has(ref.source))
				report(
					file,
					`${pointer}/${i}/source`,
					`Quelle „${ref.source}“ ist nirgends definiert.`,
					`Source "${ref.source}" is not defined anywhere.`
				);
		});

	const categoryIds = unique('categories.json', input.categories, (i) => `/categories/${i}/id`, [
		'Kategorie',
		'Category'
	]);
	input.categories.forEach((c, i) =>
		refs('categories.json', `/categories/${i}/sources`, c.sources)
	);
	const phaseIds = unique('phases.json', input.phases, (i) => `/phases/${i}/id`, [
		'Phase',
		'Phase'
	]);
	input.phases.forEach((p, i) => refs('phases.json', `/phases/${i}/sources`, p.sources));
	const blockIds = unique('blocks.json', input.blocks, (i) => `/blocks/${i}/id`, [
		'Baustein',
		'Block'
	]);
	input.blocks.forEach((block, i) => {
		if (!categoryIds.has(block.category))
			report(
				'blocks.json',
				`/blocks/${i}/category`,
				`Kategorie „${block.category}“ gibt es nicht.`,
				`Category "${block.category}" does not exist.`
			);
		refs('blocks.json', `/blocks/${i}/sources`, block.sources);
		if (
			block.hyphenation !== undefined &&
			block.hyphenation.replaceAll('\u00ad', '') !== block.name.de
		)
			report(
				'blocks.json',
				`/blocks/${i}/hyphenation`,
				`Die Silbentrennung „${block.hyphenation.replaceAll('\u00ad', '·')}“ ergibt nicht den Namen „${block.name.de}“.`,
				`The hyphenation "${block.hyphenation.replaceAll('\u00ad', '·')}" does not spell the name "${block.name.de}".`
			);
	});

	const blockRef = (file: string, pointer: string, id: string) => {
		if (!blockIds.has(id))
			report(file, pointer, `Baustein „${id}“ gibt es nicht.`, `Block "${id}" does not exist.`);
	};
	const fileNameMatches = (file: string, id: string) => {
		if (fileStem(file) !== id)
			report(
				file,
				'/id',
				`Die Kennung „${id}“ passt nicht zum Dateinamen.`,
				`The id "${id}" does not match the file name.`
			);
	};

	unique(
		'scenarios',
		input.scenarios.map((s) => s.data),
		() => '/id',
		['Szenario', 'Scenario']
	);
	for (const { path, data: scenario } of input.scenarios) {
		fileNameMatches(path, scenario.id);
		refs(path, '/sources', scenario.sources);
		refs(path, '/targetGroup/sources', scenario.targetGroup.sources);
		for (const phase of phaseIds)
			if (!scenario.phases[phase])
				report(path, '/phases', `Die Phase „${phase}“ fehlt.`, `Phase "${phase}" is missing.`);
		for (const [phaseId, assignment] of Object.entries(scenario.phases)) {
			const base = `/phases/${phaseId}`;
			if (!phaseIds.has(phaseId))
				report(
					path,
					base,
					`Phase „${phaseId}“ gibt es nicht.`,
					`Phase "${phaseId}" does not exist.`
				);
			refs(path, `${base}/sources`, assignment.sources);
			const seen = new Set<string>();
			assignment.blocks.forEach((a, i) => {
				blockRef(path, `${base}/blocks/${i}/block`, a.block);
				if (seen.has(a.block))
					report(
						path,
						`${base}/blocks/${i}/block`,
						`Baustein „${a.block}“ steht in dieser Phase doppelt.`,
						`Block "${a.block}" is listed twice in this phase.`
					);
				seen.add(a.block);
				refs(path, `${base}/blocks/${i}/sources`, a.sources);
			});
		}
	}

	for (const { path, data: state } of input.states) {
		fileNameMatches(path, state.id);
		if (!phaseIds.has(state.defaultPhase))
			report(
				path,
				'/defaultPhase',
				`Phase „${state.defaultPhase}“ gibt es nicht.`,
				`Phase "${state.defaultPhase}" does not exist.`
			);
		unique(path, state.services, (i) => `/services/${i}/id`, ['Landesdienst', 'State service']);
		state.services.forEach((service, s) => {
			const base = `/services/${s}`;
			refs(path, `${base}/sources`, service.sources);
			const seen = new Set<string>();
			service.covers.forEach((c, i) => {
				blockRef(path, `${base}/covers/${i}/block`, c.block);
				if (seen.has(c.block))
					report(
						path,
						`${base}/covers/${i}/block`,
						`Baustein „${c.block}“ steht bei diesem Dienst doppelt.`,
						`Block "${c.block}" is listed twice for this service.`
					);
				seen.add(c.block);
				refs(path, `${base}/covers/${i}/sources`, c.sources);
			});
		});
	}

	unique(
		'solutions',
		input.solutions.map((s) => s.data),
		() => '/id',
		['Systemlösung', 'Solution']
	);
	for (const { path, data: solution } of input.solutions) {
		fileNameMatches(path, solution.id);
		for (const [blockId, rating] of Object.entries(solution.coverage)) {
			blockRef(path, `/coverage/${blockId}`, blockId);
			refs(path, `/coverage/${blockId}/sources`, rating.sources);
		}
		for (const id of blockIds)
			if (!solution.coverage[id])
				report(
					path,
					'/coverage',
					`Baustein „${id}“ ist nicht bewertet.`,
					`Block "${id}" is not rated.`
				);
	}

	checkPlanning(input.planning.files, {
		report,
		refs,
		blockIds,
		scenarioIds: new Set(input.scenarios.map((s) => s.data.id)),
		solutionIds: new Set(input.solutions.map((s) => s.data.id))
	});

	// Id changes: the new id exists, the old one is gone (else old documents would be ambiguous).
	const existing: Record<string, Set<string>> = {
		block: blockIds,
		phase: phaseIds,
		scenario: new Set(input.scenarios.map((s) => s.data.id)),
		solution: new Set(input.solutions.map((s) => s.data.id))
	};
	input.meta.idChanges?.forEach((change, i) => {
		const ids = existing[change.kind]!;
		if (ids.has(change.from))
			report(
				'catalog.json',
				`/idChanges/${i}/from`,
				`„${change.from}“ gibt es noch im Katalog; eine Umbenennung oder Entfernung muss die alte Kennung aufgeben.`,
				`"${change.from}" still exists in the catalog; a rename or removal must give up the old id.`
			);
		if (change.to && !ids.has(change.to))
			report(
				'catalog.json',
				`/idChanges/${i}/to`,
				`Die neue Kennung „${change.to}“ gibt es nicht.`,
				`The new id "${change.to}" does not exist.`
			);
	});

	return { problems, sources };
}

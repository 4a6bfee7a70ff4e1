/**
 * The one validation path for the user's documents (profile, saved configuration): the
 * precompiled schema validator first, then the references into the catalog. File import,
 * share links, browser storage and the CLI all come through here.
 */
import { validateConfiguration, validateProfile } from '../generated/document-validators';
import type { Configuration, Profile } from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';
import { configurationLabels, profileLabels } from './field-labels';
import { clip, problem, type Problem } from './problem';
import { schemaProblems } from './schema-errors';

/** Unknown ids reported one by one; beyond this, they are counted. */
const MAX_REFERENCE_PROBLEMS = 20;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function parseProfile(data: unknown, file = 'profile'): Parsed<Profile> {
	const problems = schemaProblems(validateProfile, data, file, profileLabels);
	return problems.length ? { ok: false, problems } : { ok: true, value: data as Profile };
}

/** Checks that every id in a schema-valid configuration exists in the catalog. */
export function configurationReferenceProblems(
	config: Configuration,
	catalog: Catalog,
	file: string
): Problem[] {
	const index = indexCatalog(catalog);
	const problems: Problem[] = [];
	const check = (exists: boolean, pointer: string, id: string, de: string, en: string) => {
		if (!exists)
			problems.push(
				problem(
					file,
					pointer,
					`${de} „${clip(id)}“ gibt es im Katalog nicht.`,
					`${en} "${clip(id)}" does not exist in the catalog.`
				)
			);
	};
	check(
		index.scenario.has(config.scenario),
		'/scenario',
		config.scenario,
		'Das Szenario',
		'Scenario'
	);
	check(index.phase.has(config.phase), '/phase', config.phase, 'Die Phase', 'Phase');
	check(
		index.stateEntry.has(config.profile.state),
		'/profile/state',
		config.profile.state,
		'Das Land',
		'State'
	);
	const { added, removed, responsibleOverrides } = config.customizations;
	added.forEach((id, i) =>
		check(index.block.has(id), `/customizations/added/${i}`, id, 'Der Baustein', 'Block')
	);
	removed.forEach((id, i) =>
		check(index.block.has(id), `/customizations/removed/${i}`, id, 'Der Baustein', 'Block')
	);
	for (const id of Object.keys(responsibleOverrides))
		check(
			index.block.has(id),
			`/customizations/responsibleOverrides/${id}`,
			id,
			'Der Baustein',
			'Block'
		);
	for (const id of Object.keys(config.inventory))
		check(index.block.has(id), `/inventory/${id}`, id, 'Der Baustein', 'Block');
	config.solutions.forEach((id, i) =>
		check(index.solutionEntry.has(id), `/solutions/${i}`, id, 'Die Systemlösung', 'Solution')
	);
	if (problems.length <= MAX_REFERENCE_PROBLEMS) return problems;
	const more = problems.length - MAX_REFERENCE_PROBLEMS;
	return [
		...problems.slice(0, MAX_REFERENCE_PROBLEMS),
		problem(
			file,
			'',
			`… und ${more} weitere Kennungen, die es im Katalog nicht gibt. Stammt das Dokument aus einem anderen Katalog?`,
			`… and ${more} more ids that do not exist in the catalog. Does the document come from another catalog?`
		)
	];
}

export function parseConfiguration(
	data: unknown,
	catalog: Catalog,
	file = 'configuration'
): Parsed<Configuration> {
	const problems = schemaProblems(validateConfiguration, data, file, configurationLabels);
	if (problems.length) return { ok: false, problems };
	const config = data as Configuration;
	const references = configurationReferenceProblems(config, catalog, file);
	return references.length ? { ok: false, problems: references } : { ok: true, value: config };
}

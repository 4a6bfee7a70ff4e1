/**
 * The integrity rules of the catalog that a JSON Schema cannot express, because they span files.
 * One function per rule, named like its broken-catalog fixture in test/fixtures/broken-catalog/
 * (`duplicateBlockId` ↔ `duplicate-block-id.json`). A rule looks at one place of the catalog at a
 * time (catalog-places.ts) and reports the file, the JSON pointer and a German and English
 * message. The planning files' own rules are in planning-integrity.ts.
 */
import type { Place } from './catalog-places';
import { fileStem } from './catalog-files';
import type { RuleContext } from './catalog-integrity';

export type CatalogRule = (place: Place, ctx: RuleContext) => void;

function reportDuplicates(place: Place, ctx: RuleContext, what: [string, string]): void {
	if (place.kind !== 'ids') return;
	const seen = new Set<string>();
	place.ids.forEach((id, i) => {
		if (seen.has(id))
			ctx.report(
				place.file,
				place.idPointer(i),
				`${what[0]} „${id}“ ist doppelt.`,
				`${what[1]} "${id}" is defined twice.`
			);
		seen.add(id);
	});
}

/** Source ids are unique across the catalog: a source is defined in one file only. */
export function duplicateSourceId(place: Place, ctx: RuleContext): void {
	if (place.kind !== 'sourceDefinitions') return;
	place.sources.forEach((source, i) => {
		if (ctx.sources.get(source.id) !== source)
			ctx.report(
				place.file,
				`/sources/${i}`,
				`Quelle „${source.id}“ ist im Katalog doppelt definiert.`,
				`Source "${source.id}" is defined twice in the catalog.`
			);
	});
}

export function duplicateCategoryId(place: Place, ctx: RuleContext): void {
	if (place.kind === 'ids' && place.entity === 'category')
		reportDuplicates(place, ctx, ['Kategorie', 'Category']);
}

export function duplicatePhaseId(place: Place, ctx: RuleContext): void {
	if (place.kind === 'ids' && place.entity === 'phase')
		reportDuplicates(place, ctx, ['Phase', 'Phase']);
}

export function duplicateBlockId(place: Place, ctx: RuleContext): void {
	if (place.kind === 'ids' && place.entity === 'block')
		reportDuplicates(place, ctx, ['Baustein', 'Block']);
}

export function duplicateScenarioId(place: Place, ctx: RuleContext): void {
	if (place.kind === 'ids' && place.entity === 'scenario')
		reportDuplicates(place, ctx, ['Szenario', 'Scenario']);
}

export function duplicateServiceId(place: Place, ctx: RuleContext): void {
	if (place.kind === 'ids' && place.entity === 'service')
		reportDuplicates(place, ctx, ['Landesdienst', 'State service']);
}

export function duplicateSolutionId(place: Place, ctx: RuleContext): void {
	if (place.kind === 'ids' && place.entity === 'solution')
		reportDuplicates(place, ctx, ['Systemlösung', 'Solution']);
}

/** A scenario, state or solution file is named after its id (`states/sh.json` holds `sh`). */
export function fileNameMismatch(place: Place, ctx: RuleContext): void {
	if (place.kind !== 'scenario' && place.kind !== 'state' && place.kind !== 'solution') return;
	if (fileStem(place.file) !== place.id)
		ctx.report(
			place.file,
			'/id',
			`Die Kennung „${place.id}“ passt nicht zum Dateinamen.`,
			`The id "${place.id}" does not match the file name.`
		);
}

/** A state's suggested phase is a phase of phases.json. */
export function stateUnknownDefaultPhase(place: Place, ctx: RuleContext): void {
	if (place.kind === 'state' && !ctx.ids.phase.has(place.defaultPhase))
		ctx.report(
			place.file,
			'/defaultPhase',
			`Phase „${place.defaultPhase}“ gibt es nicht.`,
			`Phase "${place.defaultPhase}" does not exist.`
		);
}

/** A scenario's phases are phases of phases.json. */
export function scenarioUnknownPhase(place: Place, ctx: RuleContext): void {
	if (place.kind === 'scenarioPhase' && !ctx.ids.phase.has(place.phaseId))
		ctx.report(
			place.file,
			place.pointer,
			`Phase „${place.phaseId}“ gibt es nicht.`,
			`Phase "${place.phaseId}" does not exist.`
		);
}

/** Every block is in a category of categories.json. */
export function blockWithoutCategory(place: Place, ctx: RuleContext): void {
	if (place.kind === 'block' && !ctx.ids.category.has(place.block.category))
		ctx.report(
			place.file,
			`${place.pointer}/category`,
			`Kategorie „${place.block.category}“ gibt es nicht.`,
			`Category "${place.block.category}" does not exist.`
		);
}

/** Every block a scenario, state service, solution or planning file names exists. */
export function danglingBlockReference(place: Place, ctx: RuleContext): void {
	for (const [pointer, id] of place.blockRefs ?? [])
		if (!ctx.ids.block.has(id))
			ctx.report(
				place.file,
				pointer,
				`Baustein „${id}“ gibt es nicht.`,
				`Block "${id}" does not exist.`
			);
}

/** A block appears at most once per scenario phase. */
export function blockTwiceInPhase(place: Place, ctx: RuleContext): void {
	if (place.kind === 'listedBlock' && place.list === 'phase')
		reportRepeated(place, ctx, ['steht in dieser Phase doppelt', 'is listed twice in this phase']);
}

/** A state service covers each block at most once. */
export function blockTwiceInService(place: Place, ctx: RuleContext): void {
	if (place.kind === 'listedBlock' && place.list === 'service')
		reportRepeated(place, ctx, [
			'steht bei diesem Dienst doppelt',
			'is listed twice for this service'
		]);
}

function reportRepeated(place: Place, ctx: RuleContext, says: [string, string]): void {
	if (place.kind !== 'listedBlock') return;
	const [pointer, id] = place.blockRefs![0]!;
	if (place.earlier.includes(id))
		ctx.report(place.file, pointer, `Baustein „${id}“ ${says[0]}.`, `Block "${id}" ${says[1]}.`);
}

/** Every source reference resolves to a source defined somewhere in the catalog. */
export function danglingSourceReference(place: Place, ctx: RuleContext): void {
	for (const [pointer, refs] of place.sourceRefs ?? [])
		refs?.forEach((ref, i) => {
			if (!ctx.sources.has(ref.source))
				ctx.report(
					place.file,
					`${pointer}/${i}/source`,
					`Quelle „${ref.source}“ ist nirgends definiert.`,
					`Source "${ref.source}" is not defined anywhere.`
				);
		});
}

/** A block's hyphenation, without its soft hyphens, spells the block's German name. */
export function blockHyphenationDiffersFromName(place: Place, ctx: RuleContext): void {
	if (place.kind !== 'block') return;
	const { hyphenation, name } = place.block;
	if (hyphenation === undefined || hyphenation.replaceAll('\u00ad', '') === name.de) return;
	const shown = hyphenation.replaceAll('\u00ad', '·');
	ctx.report(
		place.file,
		`${place.pointer}/hyphenation`,
		`Die Silbentrennung „${shown}“ ergibt nicht den Namen „${name.de}“.`,
		`The hyphenation "${shown}" does not spell the name "${name.de}".`
	);
}

/** Every scenario has every phase of phases.json. */
export function scenarioMissingPhase(place: Place, ctx: RuleContext): void {
	if (place.kind !== 'scenario') return;
	for (const phase of ctx.ids.phase)
		if (!place.phaseIds.includes(phase))
			ctx.report(
				place.file,
				'/phases',
				`Die Phase „${phase}“ fehlt.`,
				`Phase "${phase}" is missing.`
			);
}

/** Every solution rates every block of blocks.json. */
export function solutionMissingRating(place: Place, ctx: RuleContext): void {
	if (place.kind !== 'solutionRatings') return;
	for (const id of ctx.ids.block)
		if (!place.rated.has(id))
			ctx.report(
				place.file,
				place.pointer,
				`Baustein „${id}“ ist nicht bewertet.`,
				`Block "${id}" is not rated.`
			);
}

const idsOf = (ctx: RuleContext, kind: 'block' | 'phase' | 'scenario' | 'solution') =>
	ctx.ids[kind];

/** A rename or removal gives up the old id: else old documents would be ambiguous. */
export function idChangeKeepsOldId(place: Place, ctx: RuleContext): void {
	if (place.kind !== 'idChange') return;
	const { change } = place;
	if (idsOf(ctx, change.kind).has(change.from))
		ctx.report(
			place.file,
			`${place.pointer}/from`,
			`„${change.from}“ gibt es noch im Katalog; eine Umbenennung oder Entfernung muss die alte Kennung aufgeben.`,
			`"${change.from}" still exists in the catalog; a rename or removal must give up the old id.`
		);
}

/** A rename leads to an id that exists. */
export function idChangeToUnknownId(place: Place, ctx: RuleContext): void {
	if (place.kind !== 'idChange') return;
	const { change } = place;
	if (change.to && !idsOf(ctx, change.kind).has(change.to))
		ctx.report(
			place.file,
			`${place.pointer}/to`,
			`Die neue Kennung „${change.to}“ gibt es nicht.`,
			`The new id "${change.to}" does not exist.`
		);
}

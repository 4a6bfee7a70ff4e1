/**
 * The notices that frame a gap analysis: facts about the state and the phase without which a
 * carrier would misread the statuses. Each is a plain sentence in German and English.
 */
import type { Configuration, LocalizedText, ServiceStatus, Solution } from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';
import { offeredIn } from './solution-region';
import { serviceStatusWords, stateOffer, stateOffers } from './state-view';

/**
 * The blocks the scenario expects from the state in this phase that no available service covers
 * today, each with why: the services there are only piloted or planned, or there is none.
 */
export function missingStateBlocks(
	catalog: Catalog,
	config: Configuration
): { block: string; services: { name: string; status: ServiceStatus }[] }[] {
	const index = indexCatalog(catalog);
	const offers = stateOffers(catalog, config.profile.state);
	return (index.scenario.get(config.scenario)?.phases[config.phase]?.blocks ?? [])
		.filter((a) => a.responsible !== 'carrier' && !a.optional)
		.map((a) => ({ block: a.block, offer: stateOffer(offers, a.block) }))
		.filter(({ offer }) => !offer.available)
		.map(({ block, offer }) => ({
			block,
			services: offer.services.map((s) => ({ name: s.name, status: s.status }))
		}));
}

export function analysisNotices(
	config: Configuration,
	catalog: Catalog,
	chosen: readonly Solution[]
): LocalizedText[] {
	const index = indexCatalog(catalog);
	const state = index.state.get(config.profile.state);
	const phase = index.phase.get(config.phase);
	const notices: LocalizedText[] = [];
	if (state?.schoolCarrier?.model === 'city-state')
		notices.push({
			de: `${state.schoolCarrier.note.de} Die Aufteilung zwischen Schulträger und Land ist hier eine Aufteilung innerhalb derselben Verwaltung.`,
			en: `${state.schoolCarrier.note.en} The split between carrier and state is a split within the same administration here.`
		});
	if (phase?.targetState) {
		const missing = missingStateBlocks(catalog, config);
		const none = { de: 'kein Landesdienst', en: 'no state service' };
		const list = (lang: 'de' | 'en') =>
			missing
				.map(({ block, services }) => {
					const why = services.length
						? services.map((s) => `${s.name}: ${serviceStatusWords[s.status][lang]}`).join(', ')
						: none[lang];
					return `${index.block.get(block)?.name[lang] ?? block} (${why})`;
				})
				.join('; ');
		notices.push(
			missing.length
				? {
						de: `„${phase.name.de}“ ist das Zielbild des Konzepts, nicht der heutige Stand. Noch nicht da: ${list('de')}. Diese Bausteine müssen Sie bis dahin überbrücken.`,
						en: `"${phase.name.en}" is the concept's target division of labour, not today's state. Not there yet: ${list('en')}. You must bridge these blocks until then.`
					}
				: {
						de: `„${phase.name.de}“ ist das Zielbild des Konzepts; jeden Baustein, den das Szenario hier vom Land erwartet, deckt laut Katalog heute ein verfügbarer Landesdienst ab.`,
						en: `"${phase.name.en}" is the concept's target division of labour; every block the scenario expects from the state here is covered today by an available state service, according to the catalog.`
					}
		);
	}
	for (const solution of chosen)
		if (!offeredIn(solution, config.profile.state) && solution.availableIn)
			notices.push({
				de: `${solution.name}: ${solution.availableIn.note.de}`,
				en: `${solution.name}: ${solution.availableIn.note.en}`
			});
	return notices;
}

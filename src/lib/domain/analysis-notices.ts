/**
 * The notices that frame a gap analysis: facts about the state and the phase without which a
 * carrier would misread the statuses. Each is a plain sentence in German and English.
 */
import type { Configuration, LocalizedText, Solution } from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';
import { offeredIn } from './solution-region';
import { serviceStatusWords } from './state-view';

/** The state's services that the scenario expects in this phase but that are not available yet. */
export function missingStateServices(catalog: Catalog, config: Configuration) {
	const index = indexCatalog(catalog);
	const state = index.state.get(config.profile.state);
	const expected = new Set(
		(index.scenario.get(config.scenario)?.phases[config.phase]?.blocks ?? [])
			.filter((a) => a.responsible !== 'carrier' && !a.optional)
			.map((a) => a.block)
	);
	return (state?.services ?? []).filter(
		(s) => s.status !== 'available' && s.covers.some((c) => expected.has(c.block))
	);
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
			de: `${state.name.de} ist ein Stadtstaat: ${state.schoolCarrier.note.de} Die Aufteilung zwischen Schulträger und Land ist hier eine Aufteilung innerhalb derselben Verwaltung.`,
			en: `${state.name.en} is a city-state: ${state.schoolCarrier.note.en} The split between carrier and state is a split within the same administration here.`
		});
	if (phase?.targetState) {
		const missing = missingStateServices(catalog, config);
		const list = (lang: 'de' | 'en') =>
			missing.map((s) => `${s.name} (${serviceStatusWords[s.status][lang]})`).join(', ');
		notices.push(
			missing.length
				? {
						de: `„${phase.name.de}“ ist das Zielbild des Konzepts, nicht der heutige Stand. Noch nicht da: ${list('de')}. Diese Bausteine müssen Sie bis dahin überbrücken.`,
						en: `"${phase.name.en}" is the concept's target division of labour, not today's state. Not there yet: ${list('en')}. You must bridge these blocks until then.`
					}
				: {
						de: `„${phase.name.de}“ ist das Zielbild des Konzepts; alle Landesdienste, die das Szenario hier erwartet, sind laut Katalog heute verfügbar.`,
						en: `"${phase.name.en}" is the concept's target division of labour; every state service the scenario expects here is available today according to the catalog.`
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

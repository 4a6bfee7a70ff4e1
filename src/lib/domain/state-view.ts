/**
 * What a state offers for each block in one phase, computed once per catalog, state and phase
 * and shared by every analysis (aggregating thousands of configurations repeats the same
 * state and phase over and over).
 */
import type { Availability, Confidence } from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';

export interface StateServiceCoverage {
	service: string;
	name: string;
	availability: Availability;
	level: 'full' | 'partial';
	basis: 'iqsh-slide' | 'documented' | 'inferred';
	confidence: Confidence;
}

export interface StateBlockOffer {
	services: StateServiceCoverage[];
	/** At least one service is available in this phase. */
	available: boolean;
	/** Names of the available services, else of all services, for explanations. */
	serviceNames: string;
	/** German words for the availabilities of the services, e.g. "erst in der Pilotierung". */
	pendingStatus: string;
}

const availabilityWords: Record<Availability, string> = {
	available: 'verfügbar',
	pilot: 'erst in der Pilotierung',
	planned: 'erst geplant',
	'not-available': 'nicht verfügbar'
};

const noOffer: StateBlockOffer = {
	services: [],
	available: false,
	serviceNames: '',
	pendingStatus: ''
};

const views = new WeakMap<Catalog, Map<string, Map<string, StateBlockOffer>>>();

/** The state's offer per block in a phase (blocks without any service are absent). */
export function stateOffers(
	catalog: Catalog,
	state: string,
	phase: string
): Map<string, StateBlockOffer> {
	let perCatalog = views.get(catalog);
	if (!perCatalog) views.set(catalog, (perCatalog = new Map()));
	const key = `${state}|${phase}`;
	const cached = perCatalog.get(key);
	if (cached) return cached;
	const offers = new Map<string, StateBlockOffer>();
	for (const [block, list] of indexCatalog(catalog).stateCoverage.get(state) ?? []) {
		const services = list.map(({ service, coverage }) => ({
			service: service.id,
			name: service.name,
			availability: service.availability[phase] ?? 'not-available',
			level: coverage.level,
			basis: coverage.basis,
			confidence: coverage.confidence
		}));
		const available = services.filter((s) => s.availability === 'available');
		offers.set(block, {
			services,
			available: available.length > 0,
			serviceNames: (available.length ? available : services).map((s) => s.name).join(', '),
			pendingStatus: [...new Set(services.map((s) => availabilityWords[s.availability]))].join(
				' / '
			)
		});
	}
	perCatalog.set(key, offers);
	return offers;
}

export function stateOffer(offers: Map<string, StateBlockOffer>, block: string): StateBlockOffer {
	return offers.get(block) ?? noOffer;
}

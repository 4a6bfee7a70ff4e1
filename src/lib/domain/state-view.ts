/**
 * What a state offers for each block today, computed once per catalog and state and shared by
 * every analysis (aggregating thousands of configurations repeats the same state over and
 * over). A service's status is a dated fact (catalog/states/<code>.json): only an `available`
 * service delivers, in every phase; the phase decides who is meant to provide a block, not
 * whether the state already does.
 */
import type { Confidence, LocalizedText, ServiceStatus } from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';

export interface StateServiceCoverage {
	service: string;
	name: string;
	status: ServiceStatus;
	/** The date the status was last confirmed by a source. */
	asOf: string;
	level: 'full' | 'partial';
	basis: 'iqsh-slide' | 'documented' | 'inferred';
	confidence: Confidence;
	/** For partial coverage: what stays with the carrier. */
	carrierKeeps?: LocalizedText;
}

/** 0 = no available service covers the block, 1 = only partly, 2 = fully. */
export type CoverDepth = 0 | 1 | 2;

export interface StateBlockOffer {
	services: StateServiceCoverage[];
	/** How far the available services cover the block. */
	depth: CoverDepth;
	/** At least one service is available (depth > 0). */
	available: boolean;
	/** Names of the available services, else of all services, for explanations. */
	serviceNames: string;
	/** Words for the statuses of the services that are not available, e.g. "erst in der Pilotierung". */
	pendingStatus: LocalizedText;
	/** Where only partial coverage is available: what stays with the carrier. */
	carrierKeeps?: LocalizedText;
}

export const serviceStatusWords: Record<ServiceStatus, LocalizedText> = {
	available: { de: 'verfügbar', en: 'available' },
	pilot: { de: 'erst in der Pilotierung', en: 'only piloted so far' },
	planned: { de: 'erst geplant', en: 'only planned so far' },
	discontinued: { de: 'eingestellt', en: 'discontinued' }
};

const noOffer: StateBlockOffer = {
	services: [],
	depth: 0,
	available: false,
	serviceNames: '',
	pendingStatus: { de: '', en: '' }
};

const views = new WeakMap<Catalog, Map<string, Map<string, StateBlockOffer>>>();

const joinUnique = (texts: LocalizedText[], lang: 'de' | 'en', separator: string) =>
	[...new Set(texts.map((t) => t[lang]))].join(separator);

/**
 * The state's offer per block (blocks without any service are absent). `assumeAvailable`
 * treats the given services as available (the what-if of /abdeckung); such views are not cached.
 */
export function stateOffers(
	catalog: Catalog,
	state: string,
	assumeAvailable: ReadonlySet<string> = new Set()
): Map<string, StateBlockOffer> {
	const cacheable = assumeAvailable.size === 0;
	let perCatalog = views.get(catalog);
	if (!perCatalog) views.set(catalog, (perCatalog = new Map()));
	const cached = cacheable ? perCatalog.get(state) : undefined;
	if (cached) return cached;
	const offers = new Map<string, StateBlockOffer>();
	for (const [block, list] of indexCatalog(catalog).stateCoverage.get(state) ?? []) {
		const services: StateServiceCoverage[] = list.map(({ service, coverage }) => ({
			service: service.id,
			name: service.name,
			status: assumeAvailable.has(service.id) ? 'available' : service.status,
			asOf: service.asOf,
			level: coverage.level,
			basis: coverage.basis,
			confidence: coverage.confidence,
			...(coverage.carrierKeeps ? { carrierKeeps: coverage.carrierKeeps } : {})
		}));
		const available = services.filter((s) => s.status === 'available');
		const depth: CoverDepth = available.some((s) => s.level === 'full')
			? 2
			: available.length
				? 1
				: 0;
		const pending = services.filter((s) => s.status !== 'available');
		const keeps = available.flatMap((s) => (s.carrierKeeps ? [s.carrierKeeps] : []));
		offers.set(block, {
			services,
			depth,
			available: depth > 0,
			serviceNames: (available.length ? available : services).map((s) => s.name).join(', '),
			pendingStatus: {
				de: joinUnique(
					pending.map((s) => serviceStatusWords[s.status]),
					'de',
					' / '
				),
				en: joinUnique(
					pending.map((s) => serviceStatusWords[s.status]),
					'en',
					' / '
				)
			},
			...(depth === 1 && keeps.length
				? {
						carrierKeeps: {
							de: joinUnique(keeps, 'de', ' '),
							en: joinUnique(keeps, 'en', ' ')
						}
					}
				: {})
		});
	}
	if (cacheable) perCatalog.set(state, offers);
	return offers;
}

export function stateOffer(offers: Map<string, StateBlockOffer>, block: string): StateBlockOffer {
	return offers.get(block) ?? noOffer;
}

/**
 * Money in the plan: which funding programmes apply in the carrier's state and which measures
 * each could fund, and the cost figures the catalog has for the chosen solutions. Figures come
 * only from catalog/costs.json and catalog/funding.json; everything else is "unknown".
 */
import type { Configuration, Cost, LocalizedText, Programme } from '../schema/types';
import { formatEuro } from '../i18n/number-format';

export interface FundingMatch {
	programme: Programme;
	/** Open or announced, and its deadline (if known) is not before the plan starts. */
	usable: boolean;
	reason: LocalizedText;
	/** Blocks of the plan's measures the programme could fund. */
	measures: string[];
}

export function matchFunding(
	programmes: Programme[],
	state: string,
	startDate: string,
	blocks: string[]
): FundingMatch[] {
	return programmes
		.filter((p) => !p.states || p.states.includes(state as never))
		.map((programme) => {
			const expired = programme.deadline !== undefined && programme.deadline < startDate;
			const usable = programme.status !== 'closed' && !expired;
			const reason: LocalizedText =
				programme.status === 'closed' || expired
					? {
							de: `abgeschlossen${programme.deadline ? ` (Frist ${programme.deadline})` : ''}: nicht mehr nutzbar; zeigt, was gefördert wurde`,
							en: `closed${programme.deadline ? ` (deadline ${programme.deadline})` : ''}: no longer usable; shows what was funded`
						}
					: programme.status === 'announced'
						? {
								de: 'angekündigt: Förderrichtlinie des Landes abwarten, Anträge vorbereiten',
								en: "announced: wait for the state's funding guideline, prepare applications"
							}
						: { de: 'offen', en: 'open' };
			return {
				programme,
				usable,
				reason,
				measures: blocks.filter((b) => programme.blocks.includes(b))
			};
		});
}

export interface CostLine {
	figure: Cost;
	/** How many units the figure is multiplied by (schools for per-school figures). */
	units: number;
	total: { min: number; max: number };
	formula: LocalizedText;
}

export interface PlanCosts {
	lines: CostLine[];
	oneOff: { min: number; max: number };
	running: { min: number; max: number };
	/** Blocks of measures for which no figure exists: their costs are unknown. */
	unknown: string[];
}

/** Cost lines for the chosen solutions' measures; staff cost is part of the staffing estimate. */
export function planCosts(costs: Cost[], config: Configuration, blocks: string[]): PlanCosts {
	const schools = config.profile.sites ?? config.profile.schoolCount;
	const lines: CostLine[] = costs
		.filter(
			(c) =>
				!c.staff &&
				c.solution &&
				config.solutions.includes(c.solution) &&
				(c.blocks ?? []).some((b) => blocks.includes(b))
		)
		.map((figure) => {
			const units = figure.unit === 'per-school' ? schools : 1;
			const unitWord =
				figure.unit === 'per-school'
					? {
							de: config.profile.sites ? 'Standorte' : 'Schulen',
							en: config.profile.sites ? 'sites' : 'schools'
						}
					: { de: '', en: '' };
			return {
				figure,
				units,
				total: { min: figure.min * units, max: figure.max * units },
				formula: {
					de: `${formatEuro(figure.min, 'de')}${figure.max !== figure.min ? `–${formatEuro(figure.max, 'de')}` : ''} × ${units} ${unitWord.de}`.trim(),
					en: `${formatEuro(figure.min, 'en')}${figure.max !== figure.min ? `–${formatEuro(figure.max, 'en')}` : ''} × ${units} ${unitWord.en}`.trim()
				}
			};
		});
	const sum = (kind: Cost['kind']) =>
		lines
			.filter((l) => l.figure.kind === kind)
			.reduce((acc, l) => ({ min: acc.min + l.total.min, max: acc.max + l.total.max }), {
				min: 0,
				max: 0
			});
	const priced = new Set(lines.flatMap((l) => l.figure.blocks ?? []));
	return {
		lines,
		oneOff: sum('one-off'),
		running: sum('running'),
		unknown: blocks.filter((b) => !priced.has(b))
	};
}

/**
 * recommend(profile, catalog): scores every scenario of the catalog against the carrier's
 * profile, criterion by criterion, and explains each score. The scoring rules live in
 * recommendation-rules.ts; the thresholds per scenario are catalog data.
 */
import type { LocalizedText, Profile, Scenario, TargetGroup } from '../schema/types';
import type { Catalog } from './catalog';
import { describeCriterion } from './criterion-reasons';
import {
	contradictionRules,
	scoringRules,
	type Criterion,
	type Outcome
} from './recommendation-rules';

export interface CriterionResult {
	criterion: Criterion;
	outcome: Outcome;
	/** The seed's wording of the target group for this criterion. */
	targetGroup: LocalizedText;
	/** Why: e.g. "4 Schulen: liegt im Zielbereich 1–4". */
	reason: LocalizedText;
	weight: number;
	points: number;
}

export interface ScenarioScore {
	scenario: string;
	rank: number;
	score: number;
	maxScore: number;
	/** score / maxScore, 0..1 */
	share: number;
	criteria: CriterionResult[];
}

export interface RecommendationWarning {
	code: string;
	message: LocalizedText;
}

export interface Recommendation {
	recommended: string;
	/** The second-ranked scenario when it is close to the first. */
	runnerUp?: string;
	ranking: ScenarioScore[];
	warnings: RecommendationWarning[];
	/** How the scores are computed, for display next to the result. */
	method: LocalizedText;
}

function outcomeOf(criterion: Criterion, profile: Profile, group: TargetGroup): Outcome {
	switch (criterion) {
		case 'schoolCount': {
			const inRange = (r: { min?: number; max?: number }) =>
				profile.schoolCount >= (r.min ?? 1) && profile.schoolCount <= (r.max ?? Infinity);
			return inRange(group.schoolCount.met)
				? 'met'
				: inRange(group.schoolCount.partly)
					? 'partly'
					: 'not-met';
		}
		case 'schoolTypes': {
			const rule = group.schoolTypes;
			const types = rule.types ?? [];
			const inList = profile.schoolTypes.filter((t) => types.includes(t)).length;
			if (rule.rule === 'only')
				return inList === profile.schoolTypes.length ? 'met' : inList > 0 ? 'partly' : 'not-met';
			if (rule.rule === 'includes') return inList > 0 ? 'met' : 'not-met';
			const distinct = profile.schoolTypes.length;
			const min = rule.minDistinct ?? 2;
			return distinct >= min ? 'met' : distinct === min - 1 ? 'partly' : 'not-met';
		}
		case 'itStaff':
		case 'serviceProvider': {
			const answer = profile[criterion];
			const match = group[criterion] as { met: string[]; partly: string[] };
			return match.met.includes(answer)
				? 'met'
				: match.partly.includes(answer)
					? 'partly'
					: 'not-met';
		}
	}
}

/**
 * The explained result of one criterion for one answer. Answers repeat across thousands of
 * profiles, so each result is built once per scenario and answer, and shared (read-only).
 */
const criterionCache = new WeakMap<Scenario, Map<string, CriterionResult>>();

function answerKey(criterion: Criterion, profile: Profile): string {
	const answer = profile[criterion];
	return `${criterion}|${Array.isArray(answer) ? answer.join(',') : answer}`;
}

function criterionResult(
	criterion: Criterion,
	profile: Profile,
	scenario: Scenario
): CriterionResult {
	let cache = criterionCache.get(scenario);
	if (!cache) criterionCache.set(scenario, (cache = new Map()));
	const key = answerKey(criterion, profile);
	let result = cache.get(key);
	if (!result) {
		const outcome = outcomeOf(criterion, profile, scenario.targetGroup);
		const weight = scoringRules.weights[criterion];
		result = {
			criterion,
			outcome,
			targetGroup: scenario.targetGroup[criterion].label,
			reason: describeCriterion(criterion, outcome, profile, scenario.targetGroup),
			weight,
			points: weight * scoringRules.points[outcome]
		};
		if (cache.size > 20000) cache.clear();
		cache.set(key, result);
	}
	return result;
}

export function scoreScenario(profile: Profile, scenario: Scenario): Omit<ScenarioScore, 'rank'> {
	const criteria = scoringRules.criteria.map((criterion) =>
		criterionResult(criterion, profile, scenario)
	);
	const score = criteria.reduce((sum, c) => sum + c.points, 0);
	const maxScore = criteria.reduce((sum, c) => sum + c.weight * scoringRules.points.met, 0);
	return {
		scenario: scenario.id,
		score,
		maxScore,
		share: maxScore ? score / maxScore : 0,
		criteria
	};
}

const method: LocalizedText = {
	de: `Jedes Kriterium der Zielgruppe zählt: erfüllt ${scoringRules.points.met} Punkte, teilweise ${scoringRules.points.partly}, nicht erfüllt ${scoringRules.points['not-met']}, gewichtet (Schulanzahl ×${scoringRules.weights.schoolCount}, IT-Personal ×${scoringRules.weights.itStaff}, Schularten ×${scoringRules.weights.schoolTypes}, Dienstleister ×${scoringRules.weights.serviceProvider}). Bei Gleichstand gewinnt das einfachere Szenario. Die Zielgruppen sind laut IQSH nur Hinweise: Jeder Schulträger darf sein Szenario frei wählen.`,
	en: `Each target-group criterion counts: met ${scoringRules.points.met} points, partly ${scoringRules.points.partly}, not met ${scoringRules.points['not-met']}, weighted (school count ×${scoringRules.weights.schoolCount}, IT staff ×${scoringRules.weights.itStaff}, school types ×${scoringRules.weights.schoolTypes}, provider ×${scoringRules.weights.serviceProvider}). On a tie the simpler scenario wins. The IQSH calls the target groups hints only: every carrier is free to choose its scenario.`
};

/**
 * Ranks all scenarios of the catalog for a valid profile (validate it first with
 * parseProfile). Ties go to the scenario with the lower `order`, i.e. the simpler one.
 */
export function recommend(profile: Profile, catalog: Catalog): Recommendation {
	if (catalog.scenarios.length === 0) throw new Error('The catalog has no scenarios.');
	const ranking = catalog.scenarios
		.map((scenario) => ({ ...scoreScenario(profile, scenario), order: scenario.order }))
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.map(({ order: _order, ...score }, i) => ({ ...score, rank: i + 1 }));
	const [first, second] = ranking as [ScenarioScore, ScenarioScore | undefined];
	const close = second !== undefined && first.share - second.share <= scoringRules.closeMargin;
	const warnings: RecommendationWarning[] = [];
	const unmet = first.criteria.filter((c) => c.outcome === 'not-met');
	if (unmet.length) {
		warnings.push({
			code: 'no-full-match',
			message: {
				de: `Kein Szenario passt in allen Kriterien. Beim empfohlenen Szenario nicht erfüllt: ${unmet.map((c) => c.reason.de).join('; ')}.`,
				en: `No scenario fits every criterion. Not met for the recommended scenario: ${unmet.map((c) => c.reason.en).join('; ')}.`
			}
		});
	}
	if (close && second) {
		warnings.push({
			code: 'close-runner-up',
			message: {
				de: 'Das zweitplatzierte Szenario liegt knapp dahinter: Vergleichen Sie beide, bevor Sie sich entscheiden.',
				en: 'The second-ranked scenario is close behind: compare both before you decide.'
			}
		});
	}
	for (const rule of contradictionRules)
		if (rule.applies(profile)) warnings.push({ code: rule.id, message: rule.message });
	return {
		recommended: first.scenario,
		runnerUp: close ? second?.scenario : undefined,
		ranking,
		warnings,
		method
	};
}

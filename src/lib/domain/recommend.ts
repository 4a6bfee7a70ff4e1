/**
 * recommend(profile, catalog): scores every scenario of the catalog against the carrier's
 * profile, criterion by criterion, and explains each score. The scoring rules live in
 * recommendation-rules.ts; the thresholds per scenario are catalog data.
 */
import type {
	Condition,
	ItStaff,
	LocalizedText,
	Profile,
	Scenario,
	TargetGroup
} from '../schema/types';
import { indexCatalog, type Catalog } from './catalog';
import { describeCriterion } from './criterion-reasons';
import {
	contradictionRules,
	effectiveItStaff,
	providerStandsIn,
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

/** A knock-out condition of the scenario's target group that the carrier does not meet. */
export interface FailedCondition {
	id: string;
	/** The condition in the slide's words. */
	label: LocalizedText;
	/** What would have to change. */
	change: LocalizedText;
	/** Set when the condition is this tool's assumption, not the slide's. */
	assumption?: LocalizedText;
}

export interface ScenarioScore {
	scenario: string;
	rank: number;
	/** false when a knock-out condition fails: the carrier is outside the target group. */
	eligible: boolean;
	failedConditions: FailedCondition[];
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
	/**
	 * The best eligible scenario; when none is eligible, the nearest one (fewest failed
	 * conditions) and `eligible` is false.
	 */
	recommended: string;
	eligible: boolean;
	/** The second-ranked eligible scenario when it is close to the first. */
	runnerUp?: string;
	/**
	 * Eligible scenarios first (by score), then the others, nearest first (see `distance`: what
	 * the carrier could change counts less than what it cannot).
	 */
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
		case 'itStaff': {
			const it = effectiveItStaff(profile);
			const rule = group.itStaff;
			if (rule.met.includes(it)) return 'met';
			if (providerStandsIn(profile, group)) return 'met';
			return rule.partly.includes(it) ? 'partly' : 'not-met';
		}
		case 'serviceProvider': {
			const answer = profile.serviceProvider;
			const rule = group.serviceProvider;
			return rule.met.includes(answer)
				? 'met'
				: rule.partly.includes(answer)
					? 'partly'
					: 'not-met';
		}
	}
}

function conditionHolds(condition: Condition, profile: Profile): boolean {
	if (condition.schoolTypesOnly)
		return profile.schoolTypes.every((t) => condition.schoolTypesOnly!.includes(t));
	if (condition.schoolTypesIncludes)
		return profile.schoolTypes.some((t) => condition.schoolTypesIncludes!.includes(t));
	if (condition.schoolCountMax !== undefined)
		return profile.schoolCount <= condition.schoolCountMax;
	if (condition.itStaff) return condition.itStaff.includes(effectiveItStaff(profile));
	return true;
}

/** The knock-out conditions of a scenario's target group that the profile fails. */
export function failedConditions(profile: Profile, scenario: Scenario): FailedCondition[] {
	return (scenario.targetGroup.eligibility ?? [])
		.filter((condition) => !conditionHolds(condition, profile))
		.map(({ id, label, change, assumption }) => ({
			id,
			label,
			change,
			...(assumption ? { assumption } : {})
		}));
}

/**
 * The explained result of one criterion for one answer. Answers repeat across thousands of
 * profiles, so each result is built once per scenario and answer, and shared (read-only).
 */
const criterionCache = new WeakMap<Scenario, Map<string, CriterionResult>>();

function answerKey(criterion: Criterion, profile: Profile): string {
	// The IT criterion also reads the provider (a provider can stand in for missing IT).
	if (criterion === 'itStaff') return `itStaff|${profile.itStaff}|${profile.serviceProvider}`;
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
	const failed = failedConditions(profile, scenario);
	return {
		scenario: scenario.id,
		eligible: failed.length === 0,
		failedConditions: failed,
		score,
		maxScore,
		share: maxScore ? score / maxScore : 0,
		criteria
	};
}

const method: LocalizedText = {
	de: `Zuerst zählen die Ausschlusskriterien der Zielgruppe (z. B. „nur Grundschulen oder Förderzentren“, „eigene IT-Abteilung“): Ein Szenario, dessen Bedingung Ihr Profil nicht erfüllt, kommt nicht in Frage. Unter den übrigen zählt jedes Kriterium: erfüllt ${scoringRules.points.met} Punkte, teilweise ${scoringRules.points.partly}, nicht erfüllt ${scoringRules.points['not-met']}, gewichtet (Schulanzahl ×${scoringRules.weights.schoolCount}, IT-Ressourcen ×${scoringRules.weights.itStaff}, Schularten ×${scoringRules.weights.schoolTypes}, Dienstleister ×${scoringRules.weights.serviceProvider}). Wo die Folie einen Dienstleister als Ersatz für fehlende IT nennt, zählt er als IT-Ressource; ein kommunaler IT-Dienstleister zählt als eigene IT. Bei Gleichstand gewinnt das einfachere Szenario. Die Zielgruppen sind laut IQSH Hinweise: Jeder Schulträger darf sein Szenario frei wählen.`,
	en: `First the target group's knock-out conditions count (e.g. "only primary or special-needs schools", "own IT department"): a scenario whose condition your profile does not meet is not an option. Among the others each criterion counts: met ${scoringRules.points.met} points, partly ${scoringRules.points.partly}, not met ${scoringRules.points['not-met']}, weighted (school count ×${scoringRules.weights.schoolCount}, IT resources ×${scoringRules.weights.itStaff}, school types ×${scoringRules.weights.schoolTypes}, provider ×${scoringRules.weights.serviceProvider}). Where the slide names a provider as the substitute for missing IT, it counts as an IT resource; a municipal IT provider counts as own IT. On a tie the simpler scenario wins. The IQSH calls the target groups hints: every carrier is free to choose its scenario.`
};

const itLevel: Record<ItStaff, number> = { none: 0, small: 1, department: 2 };

/**
 * How far a carrier is from a scenario's target group, for naming the nearest one when none is
 * eligible: a carrier can build up IT (one step per level: none, small, department), but it
 * cannot change which and how many schools it runs, so a failed school condition weighs more
 * than any IT step.
 */
function distance(scenario: Scenario, profile: Profile): number {
	const have = itLevel[effectiveItStaff(profile)];
	return (scenario.targetGroup.eligibility ?? [])
		.filter((condition) => !conditionHolds(condition, profile))
		.reduce(
			(sum, condition) =>
				sum +
				(condition.itStaff
					? Math.min(...condition.itStaff.map((level) => Math.max(0, itLevel[level] - have)))
					: 10),
			0
		);
}

const joined = (items: LocalizedText[], lang: 'de' | 'en') => items.map((t) => t[lang]).join(' ');

/**
 * Ranks all scenarios of the catalog for a valid profile (validate it first with
 * parseProfile): eligible scenarios first, by score; ties go to the scenario with the lower
 * `order`, i.e. the simpler one. Ineligible scenarios follow, fewest failed conditions first.
 */
export function recommend(profile: Profile, catalog: Catalog): Recommendation {
	if (catalog.scenarios.length === 0) throw new Error('The catalog has no scenarios.');
	const ranking = catalog.scenarios
		.map((scenario) => {
			const score = scoreScenario(profile, scenario);
			return { ...score, order: scenario.order, distance: distance(scenario, profile) };
		})
		.sort(
			(a, b) =>
				Number(b.eligible) - Number(a.eligible) ||
				a.distance - b.distance ||
				b.score - a.score ||
				a.order - b.order
		)
		.map(({ order: _order, distance: _distance, ...score }, i) => ({ ...score, rank: i + 1 }));
	const [first, second] = ranking as [ScenarioScore, ScenarioScore | undefined];
	const index = indexCatalog(catalog);
	const name = (id: string) => index.scenario.get(id)!.name;
	const warnings: RecommendationWarning[] = [];
	if (!first.eligible) {
		warnings.push({
			code: 'none-eligible',
			message: {
				de: `Kein Szenario passt zu Ihrem Profil: Jedes schließt Sie durch eine Bedingung seiner Zielgruppe aus. Am nächsten kommt „${name(first.scenario).de}“. Dafür müsste sich ändern: ${joined(
					first.failedConditions.map((c) => c.change),
					'de'
				)}`,
				en: `No scenario fits your profile: each one rules you out by a condition of its target group. The nearest is "${name(first.scenario).en}". For it, this would have to change: ${joined(
					first.failedConditions.map((c) => c.change),
					'en'
				)}`
			}
		});
	}
	const close =
		first.eligible &&
		second !== undefined &&
		second.eligible &&
		first.share - second.share <= scoringRules.closeMargin;
	const unmet = first.criteria.filter((c) => c.outcome === 'not-met');
	if (first.eligible && unmet.length) {
		warnings.push({
			code: 'no-full-match',
			message: {
				de: `„${name(first.scenario).de}“ passt am besten, aber nicht in allen Kriterien. Nicht erfüllt: ${unmet.map((c) => c.reason.de).join('; ')}.`,
				en: `"${name(first.scenario).en}" fits best, but not in every criterion. Not met: ${unmet.map((c) => c.reason.en).join('; ')}.`
			}
		});
	}
	if (close && second) {
		warnings.push({
			code: 'close-runner-up',
			message: {
				de: `„${name(second.scenario).de}“ liegt knapp dahinter: Vergleichen Sie beide, bevor Sie sich entscheiden.`,
				en: `"${name(second.scenario).en}" is close behind: compare both before you decide.`
			}
		});
	}
	const region = index.scenario.get(first.scenario)!.targetGroup.availableIn;
	if (region && !region.states.includes(profile.state))
		warnings.push({ code: 'offered-elsewhere', message: region.note });
	for (const rule of contradictionRules)
		if (rule.applies(profile)) warnings.push({ code: rule.id, message: rule.message });
	return {
		recommended: first.scenario,
		eligible: first.eligible,
		runnerUp: close ? second?.scenario : undefined,
		ranking,
		warnings,
		method
	};
}

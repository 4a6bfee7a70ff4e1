// The public surface of the domain engine: pure functions over the catalog and the user's
// documents. No Svelte, DOM or Node imports below this folder.
export {
	aggregate,
	createAggregation,
	PROBLEMS_PER_FILE,
	type Aggregate,
	type Aggregation,
	type BlockAggregate,
	type InvalidDocument,
	type NamedDocument
} from './aggregate';
export {
	analyzeGaps,
	type GapAnalysis,
	type GapRow,
	type SolutionCoverage,
	type StateServiceCoverage
} from './analyze-gaps';
export {
	criterionLabels,
	itStaffLabels,
	schoolTypeLabels,
	serviceProviderLabels
} from './answer-labels';
export { assembleCatalog, type AssembledCatalog } from './assemble-catalog';
export { composeCatalog } from './compose-catalog';
export {
	directoryOf,
	indexCatalog,
	sortBlockIds,
	type Catalog,
	type CatalogDirectory,
	type CatalogIndex,
	type SolutionEntry,
	type StateEntry,
	type Category,
	type Phase,
	type Planning,
	type ServiceCoverage
} from './catalog';
export { fileKind, type CatalogFile } from './catalog-files';
export {
	compareSolutions,
	coveragePoints,
	MAX_SOLUTIONS,
	MIN_SOLUTIONS,
	solutionIdProblems,
	type ComparisonCell,
	type ComparisonContext,
	type ComparisonRow,
	type SolutionComparison,
	type SolutionSummary
} from './compare-solutions';
export {
	configurationReferenceProblems,
	parseConfiguration,
	parseProfile,
	type Parsed
} from './documents';
export {
	gapStatuses,
	gapStatusMeanings,
	openStatuses,
	setAsideStatuses,
	type GapStatus
} from './gap-status';
export { missingStateBlocks } from './analysis-notices';
export { offeredIn } from './solution-region';
export {
	isCarrierWork,
	solutionFit,
	type SingleSolutionFit,
	type SolutionFit
} from './solution-fit';
export {
	serviceStatusWords,
	stateOffers,
	type CoverDepth,
	type StateBlockOffer
} from './state-view';
export {
	clip,
	ECHO_LENGTH,
	formatProblem,
	pointerSegment,
	problem,
	readablePath,
	type Problem
} from './problem';
export {
	failedConditions,
	recommend,
	scoreScenario,
	type CriterionResult,
	type FailedCondition,
	type Recommendation,
	type RecommendationWarning,
	type ScenarioScore
} from './recommend';
export {
	contradictionRules,
	effectiveItStaff,
	providerStandsIn,
	scoringRules,
	type Criterion,
	type Outcome
} from './recommendation-rules';
export {
	effectiveBlocks,
	noCustomizations,
	type Customizations,
	type EffectiveBlock
} from './scenario-blocks';
export {
	stateCoverage,
	type PendingReason,
	type ScenarioStateCoverage,
	type StateCoverage,
	type StateCoverageOptions
} from './state-coverage';
export { schemaProblems } from './schema-errors';
export {
	readConfigurationBytes,
	readConfigurationData,
	readConfigurationFile,
	readConfigurationText,
	type ConfigurationInput,
	type NamedFile
} from './configuration-input';
export {
	decodeDocumentBytes,
	documentLimits,
	limitProblems,
	MAX_DEPTH,
	MAX_DOCUMENT_BYTES,
	MAX_ENTRIES,
	MAX_VALUES,
	parseDocumentText,
	readDocumentText,
	tooLarge,
	type Failure,
	type Step
} from './document-text';
export {
	configurationLabels,
	draftLabels,
	profileLabels,
	type FieldLabel,
	type FieldLabels
} from './field-labels';
export {
	CURRENT_FORMAT_VERSION,
	migrateConfiguration,
	type Migration
} from './migrate-configuration';
export * from './block-search';
export * from './scenario-diff';
export * from './state-comparison';
export {
	plan,
	TRANSITION_QUARTERS,
	type Conflict,
	type Dependency,
	type Measure,
	type Plan,
	type PlanOptions
} from './plan';
export { findCycle, topologicalOrder, type Edge } from './plan-order';
export {
	effortLabels,
	effortQuarters,
	effortRuleText,
	type EffortClass,
	type Party,
	type PartyKind
} from './plan-rules';
export type { StaffingEstimate } from './plan-staffing';
export type { CostLine, FundingMatch, PlanCosts } from './plan-money';
export * from './quarter';
export { planSources } from './plan-sources';

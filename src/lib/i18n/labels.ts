/**
 * The labels components have always imported from here; they are the vocabulary's
 * (vocabulary.ts), so screen, CSV and CLI use the same words.
 */
export {
	basisLabel,
	confidenceLabel,
	coverageLabel,
	overlapLabel,
	responsibleLabel,
	serviceStatusLabel
} from './vocabulary';

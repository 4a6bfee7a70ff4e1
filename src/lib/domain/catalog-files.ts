/**
 * The validator for each kind of catalog file. The CLI and the site's build hand the raw files to
 * `assembleCatalog`, so both check the catalog the same way.
 */
import {
	validateBlocks,
	validateCatalog,
	validateCategories,
	validateCooperation,
	validateCosts,
	validateDependencies,
	validateFunding,
	validateStaffing,
	validatePhases,
	validateScenario,
	validateSolution,
	validateState,
	type Validator
} from '../generated/validators';

import type { CatalogFileKind } from './catalog-file-kinds';

export {
	fileKind,
	fileStem,
	requiredFiles,
	type CatalogFile,
	type CatalogFileKind,
	type PlanningFileKind
} from './catalog-file-kinds';

export const validators: Record<CatalogFileKind, Validator> = {
	meta: validateCatalog,
	categories: validateCategories,
	phases: validatePhases,
	blocks: validateBlocks,
	scenario: validateScenario,
	state: validateState,
	solution: validateSolution,
	dependencies: validateDependencies,
	funding: validateFunding,
	staffing: validateStaffing,
	costs: validateCosts,
	cooperation: validateCooperation
};

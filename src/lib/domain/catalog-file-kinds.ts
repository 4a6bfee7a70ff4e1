/**
 * Which file of the catalog folder holds what. Kept apart from the validators, so that the
 * browser, which only composes files checked at build time, does not carry them.
 */
/** A catalog file as read from disk or bundled: its path relative to the catalog folder. */
export interface CatalogFile {
	path: string;
	data: unknown;
}

export type CatalogFileKind =
	| 'meta'
	| 'categories'
	| 'phases'
	| 'blocks'
	| 'scenario'
	| 'state'
	| 'solution'
	| PlanningFileKind;

/** The files the Maßnahmenplan draws on: one file each. */
export const planningFileKinds = [
	'dependencies',
	'funding',
	'staffing',
	'costs',
	'cooperation'
] as const;
export type PlanningFileKind = (typeof planningFileKinds)[number];

export const isPlanningFileKind = (kind: string | undefined): kind is PlanningFileKind =>
	(planningFileKinds as readonly (string | undefined)[]).includes(kind);

const singles: Record<string, CatalogFileKind> = {
	'catalog.json': 'meta',
	'categories.json': 'categories',
	'phases.json': 'phases',
	'blocks.json': 'blocks',
	'dependencies.json': 'dependencies',
	'funding.json': 'funding',
	'staffing.json': 'staffing',
	'costs.json': 'costs',
	'cooperation.json': 'cooperation'
};
const folders: Record<string, CatalogFileKind> = {
	scenarios: 'scenario',
	states: 'state',
	solutions: 'solution'
};

export const requiredFiles = Object.keys(singles);

/** The kind of a catalog path, or undefined for a file that does not belong in the catalog. */
export function fileKind(path: string): CatalogFileKind | undefined {
	if (singles[path]) return singles[path];
	const match = /^([a-z]+)\/[a-z0-9-]+\.json$/.exec(path);
	return match ? folders[match[1]!] : undefined;
}

/** `states/sh.json` -> `sh` */
export const fileStem = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');

/**
 * The catalog shipped with the app: every JSON file under catalog/ (except the schemas), bundled
 * at build time. When the site is built (prerendering runs on the server side) the catalog is
 * checked by the same code as the CLI's `catalog check`, so a broken catalog cannot build; the
 * browser then only puts the checked files together and carries no catalog validators.
 */
import {
	assembleCatalog,
	composeCatalog,
	formatProblem,
	type Catalog,
	type CatalogFile
} from '$lib/domain';

const modules = import.meta.glob(['/catalog/*.json', '/catalog/*/*.json', '!/catalog/schema/**'], {
	eager: true,
	import: 'default'
});

const files: CatalogFile[] = Object.entries(modules).map(([path, data]) => ({
	path: path.replace(/^\/catalog\//, ''),
	data
}));

function load(): Catalog {
	if (!import.meta.env.SSR) return composeCatalog(files);
	const { catalog, problems } = assembleCatalog(files);
	if (!catalog) throw new Error(problems.map((p) => formatProblem(p, 'de')).join('\n'));
	return catalog;
}

export const catalog: Catalog = load();

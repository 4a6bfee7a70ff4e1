/**
 * The catalog files shipped with the app, read at build time only. Prerendering checks them with
 * the same code as the CLI's `catalog check`, so a broken catalog cannot build. SvelteKit refuses
 * to bundle `$lib/server` into browser code: pages never carry the catalog in their JavaScript,
 * they fetch the parts they show (see `$lib/view/catalog-loader`).
 */
import { assembleCatalog, formatProblem, type Catalog, type CatalogFile } from '$lib/domain';
import { catalogManifest, type CatalogManifest } from '$lib/view/catalog-manifest';

const modules = import.meta.glob(['/catalog/*.json', '/catalog/*/*.json', '!/catalog/schema/**'], {
	eager: true,
	import: 'default'
});

export const catalogFiles: CatalogFile[] = Object.entries(modules).map(([path, data]) => ({
	path: path.replace(/^\/catalog\//, ''),
	data
}));

function load(): Catalog {
	const { catalog, problems } = assembleCatalog(catalogFiles);
	if (!catalog) throw new Error(problems.map((p) => formatProblem(p, 'de')).join('\n'));
	return catalog;
}

export const catalog: Catalog = load();

/** Which catalog files the browser fetches for each part (see `CatalogManifest`). */
export const manifest: CatalogManifest = catalogManifest(catalogFiles, catalog.directory);

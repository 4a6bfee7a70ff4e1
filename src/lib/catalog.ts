/**
 * The catalog shipped with the app: every JSON file under catalog/ (except the schemas), bundled
 * at build time and assembled by the same code the CLI uses. A catalog that fails its checks
 * cannot build (the error names the file and place).
 */
import { assembleCatalog, formatProblem, type Catalog, type CatalogFile } from '$lib/domain';

const modules = import.meta.glob(['/catalog/*.json', '/catalog/*/*.json', '!/catalog/schema/**'], {
	eager: true,
	import: 'default'
});

const files: CatalogFile[] = Object.entries(modules).map(([path, data]) => ({
	path: path.replace(/^\/catalog\//, ''),
	data
}));

function load(): Catalog {
	const { catalog, problems } = assembleCatalog(files);
	if (!catalog) throw new Error(problems.map((p) => formatProblem(p, 'de')).join('\n'));
	return catalog;
}

export const catalog: Catalog = load();

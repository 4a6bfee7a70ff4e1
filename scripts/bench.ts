/**
 * `npm run bench`: speed of the domain engine on this machine, printed against the targets.
 * Figures, not a pass/fail test: CI runs it only to show them.
 */
import { aggregate, analyzeGaps, recommend, type Catalog } from '../src/lib/domain';
import { catalogDirDefault, loadCatalogFromDir } from './cli/load-catalog';
import { generateConfigurations, generateProfiles, scaleCatalog } from './bench/generate';
import { median } from './bench/median';

/** Median time per call in µs, over `batches` batches of `perBatch` calls. */
function microsPerCall(fn: (i: number) => unknown, batches = 41, perBatch = 500): number {
	for (let i = 0; i < perBatch * 4; i++) fn(i); // warm up the JIT
	const samples: number[] = [];
	for (let b = 0; b < batches; b++) {
		const start = performance.now();
		for (let i = 0; i < perBatch; i++) fn(b * perBatch + i);
		samples.push(((performance.now() - start) * 1000) / perBatch);
	}
	return median(samples);
}

function millis(fn: () => unknown, runs = 7): number {
	fn();
	const samples: number[] = [];
	for (let r = 0; r < runs; r++) {
		const start = performance.now();
		fn();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

function measure(label: string, catalog: Catalog, judged = true) {
	const profiles = generateProfiles(catalog, 1000);
	const configs = generateConfigurations(catalog, 5500);
	const documents = configs.map((data, i) => ({ name: `traeger-${i}.json`, data }));
	const rows = [
		[
			'recommend',
			microsPerCall((i) => recommend(profiles[i % profiles.length]!, catalog)),
			'µs',
			50
		],
		[
			'analyzeGaps',
			microsPerCall((i) => analyzeGaps(configs[i % configs.length]!, catalog)),
			'µs',
			50
		],
		['aggregate 5,500', millis(() => aggregate(documents, catalog)), 'ms', 100]
	] as const;
	console.log(
		`\n${label} (${catalog.blocks.length} Bausteine, ${catalog.scenarios.length} Szenarien, ${catalog.states.length} Länder, ${catalog.solutions.length} Lösungen)`
	);
	for (const [name, value, unit, target] of rows) {
		const verdict = !judged
			? '(zur Einordnung / for scale)'
			: value <= target
				? 'ok'
				: 'ÜBER ZIEL / over target';
		console.log(
			`  ${name.padEnd(18)} ${value.toFixed(unit === 'µs' ? 1 : 0).padStart(8)} ${unit}   Ziel/target < ${target} ${unit}   ${verdict}`
		);
	}
}

const catalog = loadCatalogFromDir(catalogDirDefault);
console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} Kerne/cores`);
measure('Mitgelieferter Katalog / shipped catalog', catalog);
measure(
	'Katalog ×10 / catalog ×10 (die Ziele gelten für den echten Katalog / targets apply to the real one)',
	scaleCatalog(catalog, 10),
	false
);

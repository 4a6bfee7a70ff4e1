/**
 * How fast the measuring machine runs Chromium at the moment: Lighthouse's BenchmarkIndex,
 * read in a fresh page without throttling.
 *
 * Why: the CPU slowdown of `bench:pages` is relative – 4× on a machine that others share is 4×
 * of whatever the machine gives just then. On this project's 2-core machine the index was seen
 * between 650 and 2,000 within one minute, and the same build's TBT swings with it. The index
 * beside each page tells a reader whether a miss came with a slow machine; it does not change a
 * verdict.
 *
 * The computation is Lighthouse's own (`computeBenchmarkIndex` in core/lib/page-functions.js,
 * Apache-2.0), so that the figures can be read on its scale: 1,000 and more is a desktop-class
 * machine, and Lighthouse warns that a machine below 1,000 is slower than it expects. Its
 * throttling guide (docs/throttling.md, "Calibrating the CPU slowdown") places the default 4× on
 * a high-end desktop, 1,500–2,000, which it moves into the mid-tier mobile bracket; for a
 * low-end desktop (1,000–1,500) it suggests 2×. So 4× below 1,500 stands for a slower phone
 * than the goal's, and the summary counts such pages too. A string, not a function: tsx would
 * add helper calls the page does not have.
 */
import type { Browser } from '@playwright/test';

/** Lighthouse's threshold: below it, "the tested device appears to have a slower CPU". */
export const SLOW_HOST_INDEX = 1000;
/** The lower end of the bracket Lighthouse's 4× CPU slowdown is meant for (high-end desktop). */
export const FOUR_X_HOST_INDEX = 1500;

const benchmarkScript = `(() => {
	function gcHeavy() {
		const start = Date.now();
		let iterations = 0;
		while (Date.now() - start < 500) {
			let s = '';
			for (let j = 0; j < 10000; j++) s += 'a';
			if (s.length === 1) throw new Error('never: keeps the loop from being optimised away');
			iterations++;
		}
		return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
	}
	function gcFree() {
		const a = [];
		const b = [];
		for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
		const start = Date.now();
		let iterations = 0;
		while (iterations % 10 !== 0 || Date.now() - start < 500) {
			const src = iterations % 2 === 0 ? a : b;
			const tgt = iterations % 2 === 0 ? b : a;
			for (let j = 0; j < src.length; j++) tgt[j] = src[j];
			iterations++;
		}
		return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
	}
	return (gcHeavy() + gcFree()) / 2;
})()`;

/** The BenchmarkIndex now, in a fresh page (about a second). */
export async function benchmarkIndex(browser: Browser): Promise<number> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		return Math.round(await page.evaluate<number>(benchmarkScript));
	} finally {
		await context.close();
	}
}

/**
 * One line on the machine's speed during a run: the range of the readings, Lighthouse's warning,
 * and how many pages were measured below the bracket its 4× is meant for.
 */
export function hostSummary(readings: readonly number[]): string {
	const fmt = (n: number) => n.toLocaleString('de-DE');
	const low = Math.min(...readings);
	const high = Math.max(...readings);
	const of = `von/of ${readings.length} Seiten/pages`;
	const slow = readings.filter((r) => r < SLOW_HOST_INDEX).length;
	const belowFourX = readings.filter((r) => r < FOUR_X_HOST_INDEX).length;
	return (
		`Rechner/host: BenchmarkIndex ${fmt(low)}–${fmt(high)} (Lighthouse; ≥ ${fmt(SLOW_HOST_INDEX)} = desktop-class)` +
		(slow
			? `; bei/for ${slow} ${of} langsamer als Lighthouse erwartet/slower than Lighthouse expects`
			: '') +
		(belowFourX
			? `; bei/for ${belowFourX} ${of} unter/below ${fmt(FOUR_X_HOST_INDEX)}, wofür Lighthouse statt 4× etwa 2× empfiehlt/where Lighthouse suggests about 2× instead of 4×`
			: '')
	);
}

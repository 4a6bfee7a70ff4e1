/**
 * One cold load of a page in Chromium under throttling, and what it cost: LCP, FCP, Total
 * Blocking Time, the bytes received, and the bytes of catalog data (`/katalog/` responses).
 *
 * Throttling (applied per request through the DevTools protocol, as DevTools does): Lighthouse's
 * mobile "Slow 4G" figures – 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (Mbit = 1,024
 * kbit, as Lighthouse counts) – and the CPU slowed down 4×.
 */
import type { Browser } from '@playwright/test';

export const throttling = {
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024) / 8,
	uploadThroughput: (750 * 1024) / 8,
	cpuSlowdown: 4
};

/** Long tasks must have been over for this long before a load counts as settled. */
const QUIET_MS = 3000;
/** A load that has not settled by then is measured as it is (a busy machine needs the room). */
const BOUND_MS = 60_000;

export interface Vitals {
	fcp: number;
	lcp: number;
	tbt: number;
	bytes: number;
	catalogBytes: number;
	/** Where the page ended up (a page that redirects measures something else). */
	finalPath: string;
}

interface Probe {
	fcp: number;
	lcp: number;
	tasks: [number, number][];
}

/**
 * Installed before any script of the page runs: collects paint, LCP and long-task entries. A
 * string, not a function: tsx would add helper calls to a function that the page does not have.
 */
const probeScript = `(() => {
	const probe = { fcp: 0, lcp: 0, tasks: [] };
	window.__vitals = probe;
	const observe = (type, on) =>
		new PerformanceObserver((list) => list.getEntries().forEach(on)).observe({ type, buffered: true });
	observe('paint', (e) => { if (e.name === 'first-contentful-paint') probe.fcp = e.startTime; });
	observe('largest-contentful-paint', (e) => { probe.lcp = e.startTime; });
	observe('longtask', (e) => { probe.tasks.push([e.startTime, e.duration]); });
})();`;

/**
 * Total Blocking Time: for each long task after first contentful paint, its time beyond 50 ms
 * (a task that began before FCP counts from FCP on), up to the quiet window that ends the load.
 */
export function totalBlockingTime(fcp: number, tasks: [number, number][]): number {
	let total = 0;
	for (const [start, duration] of tasks) {
		const end = start + duration;
		if (end <= fcp) continue;
		total += Math.max(0, end - Math.max(start, fcp) - 50);
	}
	return total;
}

/**
 * Loads `url` in a fresh context (empty cache) with `init` run first in the page (e.g. to seed
 * the browser storage), waits until the page has settled, and returns its vitals.
 */
export async function measureLoad(
	browser: Browser,
	url: string,
	init?: () => void
): Promise<Vitals> {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		locale: 'de-DE'
	});
	try {
		if (init) await context.addInitScript(init);
		await context.addInitScript({ content: probeScript });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: throttling.latency,
			downloadThroughput: throttling.downloadThroughput,
			uploadThroughput: throttling.uploadThroughput
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuSlowdown });

		let bytes = 0;
		let catalogBytes = 0;
		const urls = new Map<string, string>();
		cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
		cdp.on('Network.loadingFinished', (e) => {
			bytes += e.encodedDataLength;
			if (urls.get(e.requestId)?.includes('/katalog/')) catalogBytes += e.encodedDataLength;
		});

		const started = Date.now();
		await page.goto(url, { waitUntil: 'load', timeout: BOUND_MS });
		// Settled: neither a long task nor the load event in the last QUIET_MS.
		for (;;) {
			const { busyUntil, now } = await page.evaluate(() => {
				const { tasks } = (window as unknown as { __vitals: Probe }).__vitals;
				const [navigation] = performance.getEntriesByType(
					'navigation'
				) as PerformanceNavigationTiming[];
				return {
					busyUntil: Math.max(navigation?.loadEventEnd ?? 0, ...tasks.map(([s, d]) => s + d)),
					now: performance.now()
				};
			});
			if (now - busyUntil >= QUIET_MS || Date.now() - started > BOUND_MS) break;
			await page.waitForTimeout(500);
		}
		const probe = await page.evaluate(() => (window as unknown as { __vitals: Probe }).__vitals);
		return {
			fcp: probe.fcp,
			lcp: probe.lcp,
			tbt: totalBlockingTime(probe.fcp, probe.tasks),
			bytes,
			catalogBytes,
			finalPath: new URL(page.url()).pathname
		};
	} finally {
		await context.close();
	}
}

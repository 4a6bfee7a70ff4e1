/**
 * Ends the current task, so that the browser can paint and answer input before the next piece
 * of work. Starting a page runs SvelteKit's start, the page's catalog data and the hydration of
 * its markup; on a slow PC, in one task, they block the page for half a second (Total Blocking
 * Time, issue 13) – in several tasks each stays short.
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once what is drawn now is on screen: a frame's callbacks run just before it is
 * painted, a task queued there runs after. A tab in the background paints no frames; there it
 * resolves after a short wait.
 */
export function afterNextPaint(): Promise<void> {
	return new Promise((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve));
		setTimeout(resolve, 250);
	});
}

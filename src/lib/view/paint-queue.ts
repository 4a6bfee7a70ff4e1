/**
 * The parts of a page that are added after it has started (`OwnTask` on a step of the assistant
 * or after a client-side navigation) take turns: each is drawn once the one before it is on
 * screen.
 *
 * Why: adding a part is one task, but laying it out is another – the browser's next frame. Parts
 * that each waited only for the next task were all added before that frame and laid out in it
 * together: on the blocks step a frame of 130–145 ms at 4× CPU after two tasks of 80 ms (Total
 * Blocking Time, issue 13). In turn, each frame lays out one part.
 */
import { afterNextPaint } from './yield-to-main';

let tail: Promise<void> = Promise.resolve();

/**
 * Queues `draw` behind every part queued before it: it runs once the page, and the part before
 * it, have been painted, unless `live()` says the part is gone by then (the user went on). A
 * part that fails to draw does not hold up the others; its error is reported all the same.
 */
export function drawInTurn(
	draw: () => void,
	live: () => boolean,
	painted: () => Promise<void> = afterNextPaint
): void {
	tail = tail.then(async () => {
		if (!live()) return;
		await painted();
		if (!live()) return;
		try {
			draw();
		} catch (error) {
			setTimeout(() => {
				throw error;
			});
		}
	});
}

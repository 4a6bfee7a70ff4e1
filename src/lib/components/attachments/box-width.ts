import type { Attachment } from 'svelte/attachments';

/**
 * Reports an element's width (its content box, which for the chart boxes here, without padding,
 * is `clientWidth`) once the browser has laid it out, and again whenever it changes.
 *
 * Instead of `bind:clientWidth`: that reads the width while the element is created, which makes
 * the browser lay out the whole page in the middle of the render – on the blocks step, after the
 * step's markup was added, 66 ms at 4× CPU in the task that drew the grid (Total Blocking Time,
 * issue 13). A `ResizeObserver` is told the size after the browser's own layout, so that work
 * stays in the rendering step and the chart draws for the width it was given until then.
 */
export function boxWidth(set: (width: number) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(([entry]) => {
			if (entry) set(entry.contentRect.width);
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}

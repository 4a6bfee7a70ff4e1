// The size budgets of issue 13, per page, and the pages that break them. KB = 1,024 bytes.
/** @typedef {import('./measure.js').PageSize} PageSize */

export const KB = 1024;

/** @type {{ name: string, limit: number, applies: (p: PageSize) => boolean, value: (p: PageSize) => number }[]} */
export const budgets = [
	{ name: 'JS gz on /', limit: 40 * KB, applies: (p) => p.path === '/', value: (p) => p.js.gz },
	{ name: 'JS gz', limit: 120 * KB, applies: () => true, value: (p) => p.js.gz },
	{ name: 'CSS gz', limit: 20 * KB, applies: () => true, value: (p) => p.css.gz },
	{ name: 'fonts (woff2)', limit: 100 * KB, applies: () => true, value: (p) => p.fonts.bytes }
];

/**
 * Each budget a page breaks, as a line naming the page, the budget and both sizes.
 * @param {PageSize[]} pages
 */
export function budgetViolations(pages) {
	/** @type {string[]} */
	const broken = [];
	for (const page of pages)
		for (const budget of budgets)
			if (budget.applies(page) && budget.value(page) > budget.limit)
				broken.push(
					`${page.path}: ${budget.name} ${kb(budget.value(page))} KB > ${kb(budget.limit)} KB`
				);
	return broken;
}

/** Kilobytes with one decimal, German style (`12,3`). @param {number} bytes */
export const kb = (bytes) =>
	(bytes / KB).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

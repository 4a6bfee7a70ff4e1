import type { Attachment } from 'svelte/attachments';

/**
 * Fills a select with one option per quarter (after the options it already has) and selects
 * `selected`. The plan table has a select per measure with every quarter of the plan's range:
 * 14 measures, 380 options. Created by Svelte one by one, with an effect each, they cost the
 * plan step about 55 ms of Total Blocking Time at 4x CPU (issue 13; A/B, median of 6: 213 ->
 * 158 ms); here the options of one list are built once and cloned by the browser for every row.
 * The options are the select's own DOM: assistive technology, keyboard and tests see a plain
 * select.
 */
export function quarterOptions(
	quarters: readonly { value: string; label: string }[],
	selected: string
): Attachment<HTMLSelectElement> {
	const template = optionsOf(quarters);
	return (select) => {
		const added = template.cloneNode(true) as DocumentFragment;
		const nodes = [...added.childNodes];
		select.append(added);
		select.value = selected;
		return () => nodes.forEach((node) => node.remove());
	};
}

const built = new WeakMap<readonly { value: string; label: string }[], DocumentFragment>();

function optionsOf(quarters: readonly { value: string; label: string }[]): DocumentFragment {
	let fragment = built.get(quarters);
	if (!fragment) {
		fragment = document.createDocumentFragment();
		for (const { value, label } of quarters) fragment.append(new Option(label, value));
		built.set(quarters, fragment);
	}
	return fragment;
}

import type { Attachment } from 'svelte/attachments';
import { drawInTurn } from '$lib/view/paint-queue';

/**
 * Fills a select with one option per quarter (after the options it already has) and selects
 * `selected`. The plan table has a select per measure with every quarter of the plan's range:
 * 14 measures, 380 options. Created by Svelte one by one, with an effect each, they cost the
 * plan step about 55 ms of Total Blocking Time at 4x CPU (issue 13; A/B, median of 6: 213 ->
 * 158 ms); here the options of one list are built once and cloned by the browser for every row.
 *
 * Chrome styles every option of a closed select, with its internal parts: the 14 selects were
 * 1,200 of the 1,277 elements styled in the frame that showed the table (trace), the largest
 * frame of the step. So a select starts with the option it shows (the plan's own quarter, or
 * the moved-to one) and gets the others in a frame of its own once the page is drawn
 * (`drawInTurn`, one select per frame) – or at once when it is focused or pressed, before it
 * can open. The options are the select's own DOM: assistive technology, keyboard and tests see
 * a plain select.
 */
export function quarterOptions(
	quarters: readonly { value: string; label: string }[],
	selected: string
): Attachment<HTMLSelectElement> {
	const template = optionsOf(quarters);
	return (select) => {
		let nodes: ChildNode[] = [];
		let filled = false;
		let live = true;

		const add = (fragment: DocumentFragment) => {
			nodes = [...fragment.childNodes];
			select.append(fragment);
			select.value = selected;
		};
		const fill = () => {
			if (filled || !live) return;
			filled = true;
			nodes.forEach((node) => node.remove());
			add(template.cloneNode(true) as DocumentFragment);
		};

		const shown = [...template.children].find(
			(option) => (option as HTMLOptionElement).value === selected
		);
		const first = document.createDocumentFragment();
		if (shown) first.append(shown.cloneNode(true));
		add(first);

		const events = ['focus', 'pointerdown', 'keydown'] as const;
		events.forEach((type) => select.addEventListener(type, fill));
		// A select that is being used (the quarter just chosen re-attaches it) is filled now.
		if (document.activeElement === select) fill();
		else drawInTurn(fill, () => live && !filled);

		return () => {
			live = false;
			events.forEach((type) => select.removeEventListener(type, fill));
			nodes.forEach((node) => node.remove());
		};
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

/**
 * Page state that lives in the URL, so a view can be bookmarked and shared. Each page owns a
 * codec with its parameter names (in the page's view module); `UrlState` follows the URL with
 * it: on every navigation to the page (also back/forward and links within the page) the URL is
 * read, and every change of the value is written back with replaceState.
 *
 * The query is only known in the browser (pages are prerendered without it), and replaceState
 * throws while the router is not ready (during hydration), so nothing is written before the
 * first navigation has been read: `ready` tells the page when it runs with the URL's state.
 */
import { onMount } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { navigating, page } from '$app/state';
import type { Catalog } from '$lib/domain/catalog';
import { searchText } from './search-text';

export interface UrlCodec<T, Ignored> {
	/** The value a URL asks for; values the catalog does not know are left out and reported. */
	read(params: URLSearchParams, catalog: Catalog): { value: T; ignored: Ignored[] };
	write(value: T): URLSearchParams;
}

export class UrlState<T, Ignored> {
	value = $state() as T;
	/** What the last URL asked for that could not be shown; a page may clear it. */
	ignored = $state<Ignored[]>([]);
	#ready = $state(false);
	#codec: UrlCodec<T, Ignored>;

	/**
	 * `path` is the page's resolved path (`resolve('/vergleich')`); `initial` is what the
	 * prerendered page shows.
	 */
	constructor(path: string, codec: UrlCodec<T, Ignored>, catalog: () => Catalog, initial: T) {
		this.#codec = codec;
		this.value = initial;
		const read = () => {
			({ value: this.value, ignored: this.ignored } = this.#codec.read(
				page.url.searchParams,
				catalog()
			));
			this.#ready = true;
		};
		afterNavigate(read);
		// A page that hydrates in parts (OwnTask) mounts, and so registers the callback above,
		// only after SvelteKit has announced the navigation that opened it: then the URL is read
		// here. While a navigation is still running, the callback above will read it.
		onMount(() => {
			if (!navigating.to) read();
		});
		$effect(() => {
			if (!this.#ready) return;
			const search = this.search;
			if (search === location.search.replace(/^\?/, '')) return;
			// `path` comes resolved from the page (the rule only sees calls written inline).
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(search ? `${path}?${search}` : path, {});
		});
	}

	/** The value as query text (without "?"). */
	get search(): string {
		return searchText(this.#codec.write(this.value));
	}

	/** Whether the URL has been read: the page runs in a browser with the URL's state. */
	get ready(): boolean {
		return this.#ready;
	}
}

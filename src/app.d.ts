// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Catalog } from '$lib/domain';

declare global {
	namespace App {
		interface PageData {
			/**
			 * The parts of the catalog this page shows (see `$lib/view/catalog-loader`); pages that
			 * show none (start page, accessibility statement) load none.
			 */
			catalog?: Catalog;
		}
	}
	/**
	 * The catalog's version, release date (written out in German and English) and block count,
	 * built in by vite.config.ts.
	 */
	const __CATALOG_SUMMARY__: {
		version: string;
		released: { de: string; en: string };
		blocks: number;
	};
}

export {};

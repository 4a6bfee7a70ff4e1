// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Catalog } from '$lib/domain';

declare global {
	namespace App {
		interface PageData {
			/** The parts of the catalog this page shows (see `$lib/view/catalog-loader`). */
			catalog: Catalog;
		}
	}
}

export {};

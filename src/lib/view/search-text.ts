/**
 * A query as text for a link, with commas and colons left readable (`loesungen=a,b`). Kept apart
 * from `UrlState` so that modules which only build a link (the assistant's link to /vergleich)
 * do not pull in SvelteKit's navigation.
 */
export function searchText(params: URLSearchParams): string {
	return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

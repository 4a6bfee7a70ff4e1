// Every page is prerendered to static HTML (adapter-static); there is no server. Each page loads
// the catalog parts it shows in its own load function (see `$lib/view/catalog-loader`).
export const prerender = true;

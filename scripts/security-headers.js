// The HTTP headers the site needs from its web server: what a <meta> Content-Security-Policy
// cannot do (frame-ancestors, a policy for the aggregation worker, Trusted Types) and the usual
// hardening. scripts/serve-static.js sends exactly these; the deployment recipe in deploy/nginx/
// writes them for nginx, and a test checks both against this list.

/** On every response. */
export const commonHeaders = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
};

/**
 * On HTML pages, next to the pages' own <meta> policy (which holds the script hashes): no
 * framing by other sites, and Trusted Types, so no string can become markup or a script URL
 * except through the two named policies (Svelte's templates, the aggregation worker's URL).
 */
export const pageHeaders = {
	'Content-Security-Policy':
		"frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'; require-trusted-types-for 'script'; trusted-types svelte-trusted-html baukasten-worker",
	'X-Frame-Options': 'DENY'
};

/**
 * On everything else (scripts, styles, fonts, images). A worker takes its policy from its own
 * script's response, not from the page: this is the one that keeps eval out of it.
 */
export const resourceHeaders = {
	'Content-Security-Policy':
		"default-src 'none'; script-src 'self'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
};

/** Only over HTTPS (the recipe sends it; the local test server speaks plain HTTP). */
export const httpsHeaders = {
	'Strict-Transport-Security': 'max-age=31536000'
};

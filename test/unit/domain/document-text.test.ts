/**
 * The first steps of every way in: bytes to text (UTF-8, UTF-16 with a byte-order mark, nothing
 * else), JSON with messages a person can act on, the shape limits, and messages that never
 * repeat more than a few dozen characters of the input.
 */
import { describe, expect, it } from 'vitest';
import {
	decodeDocumentBytes,
	MAX_DOCUMENT_BYTES,
	parseConfiguration,
	parseDocumentText,
	readConfigurationBytes,
	readConfigurationText,
	readablePath
} from '../../../src/lib/domain';
import { configurationJson } from '../../../src/lib/exchange/configuration-file';
import { validateConfiguration } from '../../../src/lib/generated/document-validators';
import { realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';

const catalog = realCatalog();
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) =>
	new Uint8Array([
		0xff,
		0xfe,
		...[...text].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])
	]);
const utf16be = (text: string) =>
	new Uint8Array([
		0xfe,
		0xff,
		...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255])
	]);
const named = configuration({ profile: profile({ name: 'Amt Süderlügum' }) });

describe('decoding the bytes of a document', () => {
	it('reads UTF-8 with and without a byte-order mark, and UTF-16 in both byte orders', () => {
		const text = JSON.stringify(named);
		for (const bytes of [
			utf8(text),
			new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
			utf16le(text),
			utf16be(text)
		]) {
			const read = readConfigurationBytes(bytes, catalog, 'amt.json');
			expect(read.ok && read.value.profile.name).toBe('Amt Süderlügum');
		}
	});

	it('refuses Latin-1 instead of turning "Süderlügum" into "S\uFFFDderl\uFFFDgum"', () => {
		const latin1 = Uint8Array.from(JSON.stringify(named), (c) => c.charCodeAt(0));
		const read = readConfigurationBytes(latin1, catalog, 'amt.json');
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problems[0]!.message.de).toMatch(/^Die Datei ist nicht in UTF-8/);
	});

	it('refuses more bytes than the limit before decoding them', () => {
		expect(decodeDocumentBytes(new Uint8Array(MAX_DOCUMENT_BYTES + 1), 'x.json')).toMatchObject({
			ok: false,
			problems: [{ message: { de: expect.stringContaining('größer als 64 KB') } }]
		});
	});
});

describe('the size limit', () => {
	/** The fullest configuration the shipped catalog allows: every block in every list. */
	const fullest = configuration({
		profile: profile({
			name: '𝔘'.repeat(100),
			schoolCount: 2000,
			schoolTypes: [
				'grundschule',
				'foerderzentrum',
				'weiterfuehrende-schule',
				'berufsbildende-schule'
			],
			itStaff: 'department',
			serviceProvider: 'large'
		}),
		customizations: {
			added: catalog.blocks.map((b) => b.id),
			removed: catalog.blocks.map((b) => b.id),
			responsibleOverrides: Object.fromEntries(catalog.blocks.map((b) => [b.id, 'state']))
		},
		inventory: Object.fromEntries(catalog.blocks.map((b) => [b.id, 'existing'])),
		solutions: catalog.solutions.map((s) => s.id)
	});

	it('covers the fullest configuration the catalog allows at least four times over', () => {
		const bytes = utf8(configurationJson(fullest)).byteLength;
		console.log(
			`fullest configuration: ${bytes} bytes; limit ${MAX_DOCUMENT_BYTES} bytes (${(MAX_DOCUMENT_BYTES / bytes).toFixed(1)}×)`
		);
		expect(parseConfiguration(fullest, catalog).ok).toBe(true);
		expect(bytes * 4).toBeLessThan(MAX_DOCUMENT_BYTES);
	});
});

describe('JSON errors in plain words', () => {
	const message = (text: string) => {
		const parsed = parseDocumentText(text, 'x.json');
		return parsed.ok ? 'accepted' : parsed.problems[0]!.message.de;
	};

	it('say "empty", "cut off" or where the error is, never what the parser said', () => {
		expect(message('')).toMatch(/^Die Datei ist leer/);
		expect(message('\uFEFF  \n')).toMatch(/^Die Datei ist leer/);
		expect(message('{\n"a": [1,\n')).toBe(
			'Kein gültiges JSON: Der Text bricht in Zeile 3 mitten im Inhalt ab – die Datei ist wohl unvollständig.'
		);
		expect(message('{\n  "a" 1\n}')).toMatch(/^Kein gültiges JSON: Fehler in Zeile 2, Spalte 7\./);
		expect(message('Hallo')).toMatch(/keine gespeicherte Konfiguration/);
		for (const text of ['{', '{"a" 1}', 'abc', '[1,]', '{"a":1} x'])
			expect(message(text)).not.toMatch(/Unexpected|position|JSON at/);
	});
});

describe('messages never repeat input at length', () => {
	it('cut a 4.9 MB key to a few dozen characters, in the message and in the path', () => {
		const hugeKey = 'a'.repeat(60_000);
		const text = `{"formatVersion":1,"${hugeKey}":1}`;
		const start = performance.now();
		const result = readConfigurationText(text, catalog, 'gross.json');
		expect(performance.now() - start).toBeLessThan(200);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		for (const p of result.problems) {
			expect(p.message.de.length + p.message.en.length).toBeLessThan(600);
			expect(readablePath(p.pointer).length).toBeLessThan(200);
		}
		expect(result.problems.map((p) => p.message.de)).toContain(
			`Die Angabe „${'a'.repeat(40)}…“ ist hier nicht vorgesehen (Tippfehler?).`
		);
	});

	it('point at a bad key itself, cut, not at the object around it', () => {
		const result = readConfigurationText(
			JSON.stringify(configuration({ inventory: { ['X'.repeat(70)]: 'existing' } })),
			catalog
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]!.pointer).toBe(`/inventory/${'X'.repeat(40)}…`);
	});

	it('make control and text-direction characters visible instead of letting them reorder the text', () => {
		const result = readConfigurationText(
			JSON.stringify({ ...configuration(), ['x\u202Eevil']: 1 }),
			catalog
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]!.message.de).toContain('x\\u202eevil');
	});
});

describe('names that could spoof the printed report', () => {
	it('are refused: bidirectional overrides, isolates, marks and control characters', () => {
		for (const name of ['Nord \u202E2202 raunaJ', 'a\u2066b', 'a\u200Fb', 'a\u0000b', 'a\u0085b']) {
			const result = readConfigurationText(
				JSON.stringify(configuration({ profile: profile({ name }) })),
				catalog
			);
			expect(result.ok, JSON.stringify(name)).toBe(false);
			if (!result.ok)
				expect(result.problems[0]!.message.de).toContain(
					'keine Steuer- oder Schreibrichtungszeichen'
				);
		}
	});

	it('with umlauts, quotes, dashes and letters outside the BMP are fine', () => {
		const name = 'Amt „Süderlügum“ – 𝔘 \\ "x"';
		const result = readConfigurationText(
			JSON.stringify(configuration({ profile: profile({ name }) })),
			catalog
		);
		expect(result.ok && result.value.profile.name).toBe(name);
	});
});

describe('the duplicate check', () => {
	it('runs in linear time in the validator itself: 20,000 ids cost about 10 times 2,000, not 100', () => {
		const ids = (n: number) => Array.from({ length: n }, (_, i) => `block-${i}`);
		const time = (n: number) => {
			const doc = configuration({
				customizations: { added: ids(n), removed: ids(n), responsibleOverrides: {} }
			});
			// CPU time of this process, not the clock: beside svelte-check and the other worker
			// (npm test runs them together) a long run waits for a core and a short one need not,
			// which made a linear check look 40 times slower at ten times the size.
			const start = process.cpuUsage();
			for (let i = 0; i < 5; i++) validateConfiguration(doc);
			const { user, system } = process.cpuUsage(start);
			return (user + system) / 1000;
		};
		// The fastest of three runs each: a garbage collection slows one run, not all three, and
		// a quadratic check is slow in every run.
		const fastest = (n: number) => Math.min(time(n), time(n), time(n));
		time(2000);
		const small = fastest(2000);
		const large = fastest(20_000);
		console.log(
			`duplicate check: 2,000 ids ${small.toFixed(1)} ms, 20,000 ids ${large.toFixed(1)} ms CPU (5 runs)`
		);
		expect(large).toBeLessThan(small * 30 + 50);
	});

	it('names the two entries of a duplicate in plain words', () => {
		const result = parseConfiguration(
			configuration({ solutions: ['iserv', 'ucs-school', 'iserv'] }),
			catalog
		);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems[0]!.message.de).toBe(
				'Gewählte Systemlösungen: höchstens 8 Kennungen aus dem Katalog (z. B. „iserv“), jede nur einmal.'
			);
	});
});

describe('a file from a newer version of the tool', () => {
	it('says so, instead of "must be equal to constant"', () => {
		const result = readConfigurationText(
			JSON.stringify({ ...configuration(), formatVersion: 2 }),
			catalog
		);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems[0]!.message.de).toMatch(
				/^Die Datei stammt aus einer neueren Version dieses Werkzeugs \(Format 2\)/
			);
	});
});

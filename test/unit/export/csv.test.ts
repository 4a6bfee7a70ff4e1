import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { aggregate, compareSolutions } from '../../../src/lib/domain';
import { aggregateTable, comparisonTable, toCsv } from '../../../src/lib/export';
import { realCatalog } from '../helpers/catalog';
import { configuration } from '../helpers/factories';

const catalog = realCatalog();

describe('CSV for a German spreadsheet', () => {
	it('starts with a BOM, separates with semicolons, writes decimal commas in German and quotes what needs it', () => {
		const csv = toCsv(
			{
				headers: ['Baustein', 'Anteil %'],
				rows: [
					['Dateiablage; und -freigabe', 12.5],
					['Wiki "neu"', 3]
				]
			},
			'de'
		);
		expect(csv).toBe(
			'\uFEFFBaustein;Anteil %\r\n"Dateiablage; und -freigabe";12,5\r\n"Wiki ""neu""";3'
		);
		expect(toCsv({ headers: ['Share %'], rows: [[12.5]] }, 'en')).toBe('\uFEFFShare %\r\n12.5');
	});

	it('reads back to the same cells (as LibreOffice and Excel parse it)', () => {
		const comparison = compareSolutions(
			{ scenario: 'schultraegerloesung-basis', phase: 'landesloesung-aktiv', state: 'sh' },
			['iserv', 'ucs-school'],
			catalog
		);
		const table = comparisonTable(comparison, catalog, 'de');
		const parsed = Papa.parse<string[]>(toCsv(table, 'de').slice(1), { delimiter: ';' }).data;
		expect(parsed[0]).toEqual([
			'Kategorie',
			'Baustein',
			'Verantwortlich',
			'IServ Schulplattform',
			'UCS@school (Grundsystem)'
		]);
		expect(parsed).toHaveLength(table.rows.length + 1);
		expect(parsed.slice(-5)).toEqual([
			['', 'Punktwert % (vollständig 1, teilweise 0,5)', '', '52', '44'],
			['', 'Anzahl vollständig', '', '11', '7'],
			['', 'Anzahl teilweise', '', '4', '8'],
			['', 'Anzahl nicht', '', '8', '10'],
			['', 'Anzahl unbekannt', '', '2', '0']
		]);
	});

	it('writes the aggregate per block with shares in percent', () => {
		const result = aggregate(
			[
				{ name: 'a.json', data: configuration() },
				{ name: 'b.json', data: configuration({ phase: 'uebergangsphase' }) },
				{
					name: 'c.json',
					data: configuration({
						phase: 'uebergangsphase',
						inventory: { praesentation: 'existing' }
					})
				}
			],
			catalog
		);
		const csv = toCsv(aggregateTable(result, catalog, 'de'), 'de');
		expect(csv.split('\r\n')[0]).toBe(
			'\uFEFFBaustein;Träger mit Baustein;Lücke;Land ausstehend;Anteil %'
		);
		// Präsentationstechnik: a gap for a and b, existing for c -> 2 of 3 = 66.7 %
		expect(csv).toContain('\r\nPräsentationstechnik;3;2;0;66,7');
	});
});

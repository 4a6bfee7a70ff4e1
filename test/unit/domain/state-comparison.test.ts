import { describe, expect, it } from 'vitest';
import type { StateServiceCoverage } from '../../../src/lib/domain';
import { compareStates, stateCell } from '../../../src/lib/domain/state-comparison';
import { realCatalog } from '../helpers/catalog';

const catalog = realCatalog();

const offer = (overrides: Partial<StateServiceCoverage> = {}): StateServiceCoverage => ({
	service: 'x-dienst',
	name: 'Dienst',
	status: 'available',
	asOf: '2026-01-01',
	level: 'full',
	basis: 'documented',
	confidence: 'high',
	...overrides
});

describe('stateCell', () => {
	it('is covered when an available service maps to the block, at the best level of those', () => {
		const cell = stateCell('xx', [
			offer({ level: 'partial' }),
			offer({ service: 'pilot', status: 'pilot', level: 'full' })
		]);
		expect(cell).toMatchObject({ status: 'covered', level: 'partial', inferred: false });
		expect(cell.deciding.map((s) => s.service)).toEqual(['x-dienst']);
		expect(cell.services).toHaveLength(2);
	});

	it('is pending when only pilot or planned services map to it', () => {
		expect(stateCell('xx', [offer({ status: 'planned', level: 'partial' })])).toMatchObject({
			status: 'pending',
			level: 'partial'
		});
		expect(
			stateCell('xx', [offer({ status: 'pilot' }), offer({ status: 'discontinued' })])
		).toMatchObject({ status: 'pending', level: 'full' });
	});

	it('is not covered without a service, or with services that are not available', () => {
		expect(stateCell('xx', [])).toMatchObject({ status: 'none', inferred: false });
		const discontinued = stateCell('xx', [offer({ status: 'discontinued' })]);
		expect(discontinued.status).toBe('none');
		expect(discontinued.level).toBeUndefined();
		expect(discontinued.services).toHaveLength(1);
	});

	it('is marked inferred only when every mapping at the shown level is inferred', () => {
		expect(stateCell('xx', [offer({ basis: 'inferred' })]).inferred).toBe(true);
		expect(
			stateCell('xx', [offer({ basis: 'inferred' }), offer({ basis: 'documented' })]).inferred
		).toBe(false);
		// A documented partial coverage does not back an inferred full one.
		const mixed = stateCell('xx', [
			offer({ basis: 'inferred', confidence: 'medium' }),
			offer({ level: 'partial', basis: 'documented' })
		]);
		expect(mixed).toMatchObject({ level: 'full', inferred: true, confidence: 'medium' });
	});
});

describe('compareStates on the shipped catalog', () => {
	const cell = (comparison: ReturnType<typeof compareStates>, block: string, state: string) => {
		const i = comparison.states.findIndex((s) => s.state === state);
		return comparison.blocks.find((b) => b.block === block)!.cells[i]!;
	};

	it('has one row per block in catalog order and one cell per state', () => {
		const comparison = compareStates(catalog);
		expect(comparison.blocks).toHaveLength(catalog.blocks.length);
		expect(comparison.blocks[0]!.block).toBe('netzwerklaufwerk');
		expect(comparison.blocks.at(-1)!.block).toBe('prozesssteuerung');
		expect(comparison.states).toHaveLength(16);
		for (const block of comparison.blocks) expect(block.cells).toHaveLength(16);
	});

	it('reads every state as it is today, in no phase: Schleswig-Holstein’s planned Landesradius is pending', () => {
		const comparison = compareStates(catalog);
		expect(Object.keys(comparison).sort()).toEqual(['blocks', 'states']);
		for (const summary of comparison.states)
			expect(Object.keys(summary).sort()).toEqual(['covered', 'inferred', 'pending', 'state']);
		const wlan = cell(comparison, 'wlan-zugangsverwaltung', 'sh');
		expect(wlan).toMatchObject({ status: 'pending', level: 'full' });
		expect(wlan.deciding.map((s) => [s.service, s.status])).toEqual([
			['sh-landesradius', 'planned']
		]);
	});

	it('shows NRW covering the address book with the LOGINEO NRW Schulplattform, documented', () => {
		const nw = cell(compareStates(catalog), 'adressbuch', 'nw');
		expect(nw).toMatchObject({ status: 'covered', level: 'full', inferred: false });
		expect(nw.deciding.map((s) => s.name)).toEqual(['LOGINEO NRW Schulplattform']);
	});

	it('shows SH covering the course system with itslearning, available as of its dated source', () => {
		const sh = cell(compareStates(catalog), 'kurssystem', 'sh');
		expect(sh).toMatchObject({ status: 'covered', level: 'full' });
		expect(sh.deciding.map((s) => [s.service, s.status, s.asOf])).toEqual([
			['sh-itslearning', 'available', '2025-09-01']
		]);
	});

	it('marks Bavaria’s mebis as an inferred course system', () => {
		expect(cell(compareStates(catalog), 'kurssystem', 'by')).toMatchObject({
			status: 'covered',
			inferred: true
		});
	});

	it('shows Rheinland-Pfalz’s messenger Schulchat RLP covering since April 2024, and Saxony without one', () => {
		const comparison = compareStates(catalog);
		const rp = cell(comparison, 'messenger', 'rp');
		expect(rp).toMatchObject({ status: 'covered', level: 'full' });
		expect(rp.deciding.map((s) => [s.name, s.status, s.asOf])).toEqual([
			['Schulchat RLP', 'available', '2024-04-30']
		]);
		expect(cell(comparison, 'messenger', 'sn').status).toBe('none');
		expect(cell(comparison, 'messenger', 'sn').services).toEqual([]);
	});

	it('does not count Saxony-Anhalt’s discontinued fibre project as coverage', () => {
		const st = cell(compareStates(catalog), 'internetzugang', 'st');
		expect(st.status).toBe('none');
		expect(st.services.map((s) => s.service)).toEqual(['st-glasfaser-firewall']);
	});

	it('counts covered and pending blocks per state and per block', () => {
		const byState = (comparison: ReturnType<typeof compareStates>) =>
			Object.fromEntries(comparison.states.map((s) => [s.state, [s.covered, s.pending]]));
		// SH: no longer backup (teachers' storage) nor MDM (teachers' devices), the Landesradius
		// planned; BW: the digital workplace a pilot; RP: Schulchat and teacher e-mail available.
		expect(byState(compareStates(catalog))).toMatchObject({
			nw: [13, 0],
			sh: [20, 1],
			bw: [7, 4],
			rp: [10, 0],
			by: [11, 0]
		});
		const kurssystem = compareStates(catalog).blocks.find((b) => b.block === 'kurssystem')!;
		expect(kurssystem.covered).toBe(16);
		const ticketsystem = compareStates(catalog).blocks.find((b) => b.block === 'ticketsystem')!;
		expect([ticketsystem.covered, ticketsystem.pending]).toEqual([0, 0]);
		// The ByCS hotline serves schools, not the carrier: no state covers the carrier's hotline.
		const hotline = compareStates(catalog).blocks.find((b) => b.block === 'telefonhotline')!;
		expect([hotline.covered, hotline.pending]).toEqual([0, 0]);
	});
});

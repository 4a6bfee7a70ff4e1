import { describe, expect, it } from 'vitest';
import { analyzeGaps, type GapAnalysis } from '../../../src/lib/domain';
import { realCatalog } from '../helpers/catalog';
import { configuration, profile } from '../helpers/factories';

const catalog = realCatalog();
const statusOf = (analysis: GapAnalysis, block: string) =>
	analysis.rows.find((r) => r.block === block)?.status;
const row = (analysis: GapAnalysis, block: string) => analysis.rows.find((r) => r.block === block)!;

describe('analyzeGaps for a small municipality in Schleswig-Holstein (Musterlösung Grundschule SH)', () => {
	it('shows what the state delivers today in the target phase: 13 blocks fully, e-mail partly, the planned Landesradius pending, and the carrier’s hardware and operations open', () => {
		const analysis = analyzeGaps(
			configuration({ scenario: 'musterloesung-gs', phase: 'landesloesung-aktiv' }),
			catalog
		);
		// 18 blocks from the state and 3 hardware blocks, plus 6 operations blocks of the carrier.
		expect(analysis.rows).toHaveLength(27);
		expect(analysis.summary.byStatus).toMatchObject({
			state: 13,
			'state-partial': 1,
			'state-pending': 1,
			'state-offer': 1,
			overlap: 3,
			gap: 8
		});
		expect(analysis.rows.filter((r) => r.status === 'gap').map((r) => r.block)).toEqual([
			'lan-wlan-infrastruktur',
			'praesentation',
			'mobile-device-management',
			'administration',
			'personalressource',
			'service-level-agreement',
			'kommunikation-schule-schultraeger',
			'prozesssteuerung'
		]);
		const lms = row(analysis, 'kurssystem');
		expect(lms.responsible).toBe('state');
		expect(lms.stateServices.map((s) => s.service)).toContain('sh-itslearning');
		expect(lms.nextStep.de).toContain('itslearning');
	});

	it('gets itslearning in the transition phase too: a service’s status does not depend on the phase', () => {
		const transition = analyzeGaps(
			configuration({ scenario: 'musterloesung-gs', phase: 'uebergangsphase' }),
			catalog
		);
		expect(statusOf(transition, 'kurssystem')).toBe('state');
		expect(row(transition, 'kurssystem').stateServices[0]).toMatchObject({
			service: 'sh-itslearning',
			status: 'available',
			asOf: '2025-09-01'
		});
		expect(statusOf(transition, 'identitaetsmanagement')).toBe('state');
	});

	it('leaves the Wi-Fi access pending in both phases while the Landesradius is only planned, and says so', () => {
		for (const phase of ['uebergangsphase', 'landesloesung-aktiv']) {
			const analysis = analyzeGaps(configuration({ scenario: 'musterloesung-gs', phase }), catalog);
			const wlan = row(analysis, 'wlan-zugangsverwaltung');
			expect(wlan.status, phase).toBe('state-pending');
			expect(wlan.stateAvailable, phase).toBe(false);
			expect(
				wlan.stateServices.map((s) => [s.service, s.status]),
				phase
			).toEqual([['sh-landesradius', 'planned']]);
			expect(wlan.nextStep.de, phase).toBe(
				'Das Land soll den Baustein stellen, Landesradius ist aber erst geplant. Übergangslösung planen und Zeitplan beim Land erfragen.'
			);
		}
	});

	it('shows a teacher-only state e-mail as partly covered, and says which addresses stay with the carrier', () => {
		const analysis = analyzeGaps(configuration({ scenario: 'musterloesung-gs' }), catalog);
		const mail = row(analysis, 'email-adresse');
		expect(mail.status).toBe('state-partial');
		expect(mail.stateServices.map((s) => [s.service, s.level])).toEqual([
			['sh-dienstliche-email', 'partial']
		]);
		expect(mail.carrierKeeps?.de).toContain('Adressen für Schülerinnen und Schüler');
		expect(mail.nextStep.de).toContain(
			'Das Land deckt nur einen Teil ab (Dienstliche E-Mail für Lehrkräfte). Bei Ihnen bleibt: Adressen für Schülerinnen und Schüler'
		);
		expect(mail.nextStep.en).toContain('Left with you: ');
		expect(mail.nextStep.de).not.toContain('Landesangebot nutzen');
	});

	it('never counts the hardware as covered by the Musterlösung, which only documents it; the inventory still counts', () => {
		const analysis = analyzeGaps(
			configuration({
				solutions: ['musterloesung-gs-sh'],
				inventory: {
					praesentation: 'existing',
					'lan-wlan-infrastruktur': 'planned',
					endgeraete: 'existing'
				}
			}),
			catalog
		);
		expect(statusOf(analysis, 'praesentation')).toBe('existing');
		const lan = row(analysis, 'lan-wlan-infrastruktur');
		expect(lan.status).toBe('gap');
		expect(lan.solutions).toEqual([
			expect.objectContaining({ solution: 'musterloesung-gs-sh', level: 'none' })
		]);
		expect(lan.nextStep.de).toMatch(/^Geplant, aber noch nicht umgesetzt/);
		expect(lan.nextStep.de).not.toContain('Musterlösung Grundschule SH');
		// The state lends teachers devices: the carrier decides, and keeps the pupils’ devices.
		const devices = row(analysis, 'endgeraete');
		expect(devices.status).toBe('state-offer');
		expect(devices.nextStep.de).toContain(
			'Das Land bietet Lehrkräfte-Endgeräte an. Entscheiden Sie: Ihre vorhandene Lösung behalten oder auf das Landesangebot wechseln.'
		);
		expect(devices.nextStep.de).toContain('bei Ihnen bliebe: Geräte für Schülerinnen und Schüler');
	});

	it('marks the blocks the chosen Musterlösung covers only partly, and names it in the next step', () => {
		const analysis = analyzeGaps(
			configuration({ phase: 'uebergangsphase', solutions: ['musterloesung-gs-sh'] }),
			catalog
		);
		expect(
			analysis.rows.filter((r) => r.status === 'solution-partial').map((r) => r.block)
		).toEqual(['service-level-agreement', 'kommunikation-schule-schultraeger', 'prozesssteuerung']);
		expect(row(analysis, 'service-level-agreement').nextStep.de).toMatch(
			/^Musterlösung Grundschule SH deckt nur einen Teil ab: Klären Sie, was fehlt, und schließen Sie den Rest\. Offen: /
		);
		expect(statusOf(analysis, 'personalressource')).toBe('gap');
	});
});

describe('analyzeGaps for a state offer the carrier may use', () => {
	it('offers a Bavarian basis carrier ByCS Drive for its file storage in the transition phase, and asks it to decide', () => {
		const analysis = analyzeGaps(
			configuration({
				profile: profile({ state: 'by', schoolCount: 12, itStaff: 'small' }),
				scenario: 'schultraegerloesung-basis',
				phase: 'uebergangsphase'
			}),
			catalog
		);
		const files = row(analysis, 'dateiablage');
		expect(files).toMatchObject({
			responsible: 'carrier',
			status: 'state-offer',
			stateAvailable: true
		});
		expect(files.stateServices.map((s) => s.service)).toEqual(['by-drive-office']);
		expect(files.nextStep.de).toBe(
			'Das Land bietet ByCS-Drive und Web-Office an. Entscheiden Sie: das Landesangebot nutzen oder eine eigene Lösung betreiben.'
		);
		expect(files.nextStep.en).toBe(
			"The state offers ByCS-Drive und Web-Office. Decide: use the state's offer or run your own solution."
		);
		expect(statusOf(analysis, 'online-office')).toBe('state-offer');
		// Nothing in Bavaria covers the network drive: an ordinary gap.
		expect(statusOf(analysis, 'netzwerklaufwerk')).toBe('gap');
	});

	it('names the carrier’s chosen solution as the alternative to the state’s offer', () => {
		const analysis = analyzeGaps(
			configuration({
				profile: profile({ state: 'by', schoolCount: 12, itStaff: 'small' }),
				scenario: 'schultraegerloesung-basis',
				phase: 'uebergangsphase',
				solutions: ['iserv']
			}),
			catalog
		);
		expect(row(analysis, 'dateiablage').nextStep.de).toBe(
			'Das Land bietet ByCS-Drive und Web-Office an. Entscheiden Sie: das Landesangebot nutzen oder eine eigene Lösung (IServ Schulplattform) betreiben.'
		);
	});
});

describe('analyzeGaps for overlaps', () => {
	it('says the basis carrier switches off its duplicate file storage but connects its IDM to the state’s', () => {
		const analysis = analyzeGaps(
			configuration({
				profile: profile({ schoolCount: 12 }),
				scenario: 'schultraegerloesung-basis',
				phase: 'landesloesung-aktiv'
			}),
			catalog
		);
		expect(row(analysis, 'dateiablage')).toMatchObject({ status: 'overlap', action: 'switch-off' });
		expect(row(analysis, 'identitaetsmanagement')).toMatchObject({
			status: 'overlap',
			action: 'connect'
		});
		expect(row(analysis, 'identitaetsmanagement').nextStep.de).toContain('anbinden');
	});

	it('keeps intended redundancy for the extended carrier (Lübeck)', () => {
		const analysis = analyzeGaps(
			configuration({ scenario: 'schultraegerloesung-erweitert', phase: 'landesloesung-aktiv' }),
			catalog
		);
		expect(row(analysis, 'kurssystem')).toMatchObject({ status: 'overlap', action: 'redundant' });
		expect(statusOf(analysis, 'wiki')).toBe('gap');
	});

	it('treats a shared block as the carrier’s own while the state’s part is only planned (Landesradius), and says so', () => {
		const analysis = analyzeGaps(
			configuration({ scenario: 'schultraegerloesung-erweitert', phase: 'landesloesung-aktiv' }),
			catalog
		);
		const wlan = row(analysis, 'wlan-zugangsverwaltung');
		expect(wlan).toMatchObject({ responsible: 'both', status: 'gap', stateAvailable: false });
		expect(wlan.action).toBeUndefined();
		expect(wlan.nextStep.de).toContain(
			'Das Land liefert seinen Teil noch nicht (Landesradius: erst geplant).'
		);
	});

	it('offers the state’s LMS to the extended carrier in the transition phase, where the carrier is responsible', () => {
		const analysis = analyzeGaps(
			configuration({ scenario: 'schultraegerloesung-erweitert', phase: 'uebergangsphase' }),
			catalog
		);
		expect(row(analysis, 'kurssystem')).toMatchObject({
			responsible: 'carrier',
			status: 'state-offer'
		});
		expect(row(analysis, 'kurssystem').nextStep.de).toContain('Das Land bietet itslearning an.');
	});

	it('connects the IDM of a Musterlösung + carrier to the Schulportal SH once the state solution is active, instead of phasing it out', () => {
		const analysis = analyzeGaps(
			configuration({
				profile: profile({
					schoolCount: 3,
					schoolTypes: ['grundschule', 'weiterfuehrende-schule']
				}),
				scenario: 'musterloesung-plus',
				phase: 'landesloesung-aktiv'
			}),
			catalog
		);
		const idm = row(analysis, 'identitaetsmanagement');
		expect(idm).toMatchObject({ status: 'overlap', action: 'connect' });
		expect(idm.nextStep.de).toBe(
			'Eigene Lösung behalten und an Schulportal SH anbinden (kommunale Identitäten und die eigene Infrastruktur bleiben selbstverwaltet).'
		);
		expect(row(analysis, 'dateiablage')).toMatchObject({ status: 'overlap', action: 'phase-out' });
	});

	it('complements the carrier’s own data protection, rules and documentation, and never tells it to switch them off', () => {
		const analysis = analyzeGaps(
			configuration({
				profile: profile({ schoolCount: 12 }),
				scenario: 'schultraegerloesung-basis',
				phase: 'landesloesung-aktiv'
			}),
			catalog
		);
		for (const block of ['datenschutz', 'nutzungsordnung', 'basisdokumentation']) {
			const r = row(analysis, block);
			expect(r, block).toMatchObject({
				responsible: 'both',
				status: 'overlap',
				action: 'complement'
			});
			expect(r.nextStep.de, block).toMatch(/^Ergänzen, nicht ersetzen: /);
			expect(r.nextStep.de, block).not.toMatch(/abschalten|auslaufen|redundant/);
			expect(r.nextStep.en, block).not.toMatch(/switch off|phase out|redundan/i);
		}
		expect(row(analysis, 'datenschutz').nextStep.de).toContain(
			'Datenschutz für Ihre eigenen Systeme (Netz, WLAN, Geräte, MDM, Server) bleibt Ihre Aufgabe.'
		);
		// A technical duplicate is still switched off.
		expect(row(analysis, 'dateiablage').nextStep.de).toMatch(
			/^Doppelten eigenen Dienst abschalten/
		);
	});
});

describe('analyzeGaps with the carrier’s changes', () => {
	it('adds blocks as the carrier’s own (the state’s video service becomes an offer), removes blocks with a warning when the scenario requires them', () => {
		const analysis = analyzeGaps(
			configuration({
				scenario: 'musterloesung-plus',
				phase: 'uebergangsphase',
				customizations: { added: ['videokonferenz'], removed: ['backup'], responsibleOverrides: {} }
			}),
			catalog
		);
		expect(row(analysis, 'videokonferenz')).toMatchObject({
			added: true,
			responsible: 'carrier',
			status: 'state-offer'
		});
		expect(row(analysis, 'videokonferenz').nextStep.de).toContain(
			'Das Land bietet Videokonferenzdienst des Landes an.'
		);
		expect(statusOf(analysis, 'backup')).toBe('removed');
		expect(analysis.warnings).toHaveLength(1);
		expect(analysis.warnings[0]!.de).toContain('Backupvorkehrungen');
	});

	it('swaps a block to the state: the state’s available LMS instead of an own one', () => {
		const config = configuration({
			scenario: 'schultraegerloesung-erweitert',
			phase: 'landesloesung-aktiv',
			customizations: {
				added: [],
				removed: [],
				responsibleOverrides: { kurssystem: 'state', wiki: 'state' }
			}
		});
		const analysis = analyzeGaps(config, catalog);
		expect(row(analysis, 'kurssystem')).toMatchObject({
			responsible: 'state',
			overridden: true,
			status: 'state'
		});
		expect(row(analysis, 'wiki')).toMatchObject({ responsible: 'state', status: 'state-pending' });
		expect(row(analysis, 'wiki').nextStep.de).toContain('keinen Dienst');
	});

	it('leaves optional blocks out of the open points until the carrier adds them; then the state’s LMS is an offer, and a block without one a gap', () => {
		const base = configuration({
			profile: profile({ schoolCount: 12 }),
			scenario: 'schultraegerloesung-basis',
			phase: 'uebergangsphase'
		});
		expect(statusOf(analyzeGaps(base, catalog), 'kurssystem')).toBe('optional');
		const added = { ...base, customizations: { ...base.customizations, added: ['kurssystem'] } };
		expect(statusOf(analyzeGaps(added, catalog), 'kurssystem')).toBe('state-offer');
		const inSaxony = { ...added, profile: profile({ state: 'sn', schoolCount: 12 }) };
		const messenger = {
			...inSaxony,
			customizations: { ...inSaxony.customizations, added: ['messenger'] }
		};
		expect(statusOf(analyzeGaps(base, catalog), 'messenger')).toBe('optional');
		expect(statusOf(analyzeGaps(messenger, catalog), 'messenger')).toBe('gap');
	});

	it('uses the state of the carrier: Bavaria’s services, not Schleswig-Holstein’s', () => {
		const analysis = analyzeGaps(configuration({ profile: profile({ state: 'by' }) }), catalog);
		expect(analysis.state).toBe('by');
		for (const r of analysis.rows)
			for (const s of r.stateServices) expect(s.service.startsWith('by-')).toBe(true);
	});

	it('summarises the statuses per category', () => {
		const analysis = analyzeGaps(configuration(), catalog);
		const perCategory = Object.values(analysis.summary.byCategory).reduce(
			(n, c) => n + Object.values(c).reduce((a, b) => a + b, 0),
			0
		);
		expect(perCategory).toBe(analysis.rows.length);
		expect(Object.keys(analysis.summary.byCategory)).toEqual(
			expect.arrayContaining(['infrastruktur', 'nicht-technisch'])
		);
	});
});

describe('analyzeGaps next steps', () => {
	const allScenariosAndPhases = catalog.scenarios.flatMap((sc) =>
		catalog.phases.map((ph) => [sc.id, ph.id] as const)
	);

	it('never tells a carrier to choose a system solution for a non-technical block', () => {
		let seen = 0;
		for (const state of ['sh', 'by', 'st'] as const)
			for (const [scenario, phase] of allScenariosAndPhases) {
				const analysis = analyzeGaps(
					configuration({
						profile: profile({ state, schoolCount: 12, itStaff: 'small' }),
						scenario,
						phase
					}),
					catalog
				);
				for (const r of analysis.rows.filter(
					(r) => r.category === 'nicht-technisch' && r.status === 'gap'
				)) {
					seen++;
					expect(r.nextStep.de, `${state}/${scenario}/${phase}/${r.block}`).not.toMatch(
						/Systemlösung/
					);
					expect(r.nextStep.en, `${state}/${scenario}/${phase}/${r.block}`).not.toMatch(
						/system solution/i
					);
				}
			}
		expect(seen).toBeGreaterThan(20);
	});

	it('lets a carrier complement the state’s templates for its own data protection in the transition phase, never choose between them', () => {
		const analysis = analyzeGaps(
			configuration({
				profile: profile({ schoolCount: 12, itStaff: 'small' }),
				scenario: 'schultraegerloesung-basis',
				phase: 'uebergangsphase'
			}),
			catalog
		);
		for (const block of ['datenschutz', 'nutzungsordnung', 'basisdokumentation']) {
			const r = row(analysis, block);
			expect(r, block).toMatchObject({ responsible: 'carrier', status: 'state-offer' });
			expect(r.nextStep.de, block).toContain(
				'Vorlagen und Regeln des Landes übernehmen und für Ihre eigenen Systeme (Netz, Geräte, MDM, Server) ergänzen.'
			);
			expect(r.nextStep.de, block).not.toContain('Entscheiden Sie');
			expect(r.nextStep.en, block).not.toMatch(/decide|run your own/i);
		}
		// A technical block offered by the state is still the carrier's decision.
		expect(row(analysis, 'dateiablage').nextStep.de).toContain('Entscheiden Sie');
	});

	it('fits the next step of a gap to the block: hardware is planned and bought, a service is chosen with the schools', () => {
		const analysis = analyzeGaps(configuration({ phase: 'uebergangsphase' }), catalog);
		expect(row(analysis, 'praesentation').nextStep.de).toBe(
			'Offen: Präsentationstechnik je Raum planen und beschaffen (Ausschreibung oder Rahmenvertrag), Einweisung und Ersatz mit einplanen.'
		);
		expect(row(analysis, 'lan-wlan-infrastruktur').nextStep.de).toContain(
			'Eine Software-Systemlösung ersetzt die Verkabelung nicht.'
		);
		expect(row(analysis, 'personalressource').nextStep.de).not.toBe(
			row(analysis, 'prozesssteuerung').nextStep.de
		);
	});
});

describe('analyzeGaps notices', () => {
	it('says that Hamburg is a city-state where carrier and state are the same administration', () => {
		const analysis = analyzeGaps(
			configuration({ profile: profile({ state: 'hh' }), phase: 'uebergangsphase' }),
			catalog
		);
		expect(analysis.notices).toHaveLength(1);
		const hh = catalog.states.find((s) => s.id === 'hh')!;
		// The catalog's own note, said once (not "Hamburg ist ein Stadtstaat: Hamburg ist Stadtstaat").
		expect(analysis.notices[0]!.de).toBe(
			`${hh.schoolCarrier!.note.de} Die Aufteilung zwischen Schulträger und Land ist hier eine Aufteilung innerhalb derselben Verwaltung.`
		);
		expect(analysis.notices[0]!.de.match(/Stadtstaat/g)).toHaveLength(1);
		expect(analysis.notices[0]!.en).toContain('within the same administration');
		// A territorial state gets no such notice.
		expect(analyzeGaps(configuration({ phase: 'uebergangsphase' }), catalog).notices).toEqual([]);
	});

	it('calls the target phase the concept’s target division of labour, and lists the expected blocks no available service covers yet', () => {
		const analysis = analyzeGaps(configuration({ phase: 'landesloesung-aktiv' }), catalog);
		expect(analysis.notices).toHaveLength(1);
		expect(analysis.notices[0]!.de).toContain(
			'„Landeslösung aktiv“ ist das Zielbild des Konzepts, nicht der heutige Stand.'
		);
		// The piloted online storage is not listed: itslearning already covers the file storage.
		expect(analysis.notices[0]!.de).toContain(
			'Noch nicht da: WLAN-Zugangsverwaltung (Landesradius: erst geplant).'
		);
		expect(analysis.notices[0]!.en).toContain(
			'Not there yet: Wi-Fi access management (Landesradius: only planned so far).'
		);
	});

	it('names expected blocks for which the state has no service at all in the target phase', () => {
		const analysis = analyzeGaps(
			configuration({
				profile: profile({ state: 'st' }),
				scenario: 'schultraegerloesung-basis',
				phase: 'landesloesung-aktiv'
			}),
			catalog
		);
		const pending = analysis.rows.filter((r) => r.status === 'state-pending');
		expect(pending.length).toBeGreaterThan(0);
		for (const row of pending)
			expect(analysis.notices[0]!.de).toContain(
				catalog.blocks.find((b) => b.id === row.block)!.name.de
			);
		expect(analysis.notices[0]!.de).toContain('(kein Landesdienst)');
	});

	it('says where a chosen solution is not offered: the IQSH’s Musterlösung in Bavaria', () => {
		const analysis = analyzeGaps(
			configuration({
				profile: profile({ state: 'by' }),
				phase: 'uebergangsphase',
				solutions: ['musterloesung-gs-sh']
			}),
			catalog
		);
		const note = catalog.solutions.find((s) => s.id === 'musterloesung-gs-sh')!.availableIn!.note;
		expect(analysis.notices).toEqual([
			{
				de: `Musterlösung Grundschule SH: ${note.de}`,
				en: `Musterlösung Grundschule SH: ${note.en}`
			}
		]);
	});
});

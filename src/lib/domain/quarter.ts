/**
 * Calendar quarters as the plan counts them: `2027-Q2` as text (documents, UI) and as a number
 * (year × 4 + quarter − 1) for arithmetic.
 */
export type QuarterId = string;

const pattern = /^(\d{4})-Q([1-4])$/;

export const isQuarter = (value: string): boolean => pattern.test(value);

export function quarterNumber(id: QuarterId): number {
	const match = pattern.exec(id);
	if (!match) throw new Error(`Not a quarter: ${id}`);
	return Number(match[1]) * 4 + Number(match[2]) - 1;
}

export const quarterId = (n: number): QuarterId => `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;

export const addQuarters = (id: QuarterId, count: number): QuarterId =>
	quarterId(quarterNumber(id) + count);

/** The quarter after the one that contains `date` (a plan starts with the next full quarter). */
export function nextQuarter(date: Date): QuarterId {
	return quarterId(date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3) + 1);
}

/** First day of a quarter, ISO (for comparing with funding deadlines). */
export function quarterStartDate(id: QuarterId): string {
	const n = quarterNumber(id);
	return `${Math.floor(n / 4)}-${String((n % 4) * 3 + 1).padStart(2, '0')}-01`;
}

/** Last day of a quarter, ISO. */
export function quarterEndDate(id: QuarterId): string {
	const n = quarterNumber(id);
	const month = (n % 4) * 3 + 3;
	const day = new Date(Date.UTC(Math.floor(n / 4), month, 0)).getUTCDate();
	return `${Math.floor(n / 4)}-${String(month).padStart(2, '0')}-${day}`;
}

/** All quarters from `first` to `last`, both included. */
export function quarterRange(first: QuarterId, last: QuarterId): QuarterId[] {
	const out: QuarterId[] = [];
	for (let n = quarterNumber(first); n <= quarterNumber(last); n++) out.push(quarterId(n));
	return out;
}

/** `2027-Q2` → `Q2 2027` (both languages write it so). */
export const quarterLabel = (id: QuarterId): string => {
	const match = pattern.exec(id);
	return match ? `Q${match[2]} ${match[1]}` : id;
};

import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawInTurn } from '../../../src/lib/view/paint-queue';

/** Lets the queue's promise continuations run. */
const settle = async () => {
	for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** Paints the test hands out one at a time, in the order they were asked for. */
function manualPaints() {
	const waiting: (() => void)[] = [];
	return {
		painted: () => new Promise<void>((resolve) => waiting.push(resolve)),
		asked: () => waiting.length,
		paint: async () => {
			waiting.shift()!();
			await settle();
		}
	};
}

afterEach(() => {
	vi.useRealTimers();
});

describe('drawInTurn', () => {
	it('draws each part only once the page and the part before it have been painted', async () => {
		const { painted, asked, paint } = manualPaints();
		const drawn: string[] = [];
		drawInTurn(
			() => drawn.push('grid'),
			() => true,
			painted
		);
		drawInTurn(
			() => drawn.push('table'),
			() => true,
			painted
		);
		await settle();
		expect(drawn).toEqual([]);
		// The second part does not even wait for a frame before the first is drawn.
		expect(asked()).toBe(1);
		await paint();
		expect(drawn).toEqual(['grid']);
		expect(asked()).toBe(1);
		await paint();
		expect(drawn).toEqual(['grid', 'table']);
	});

	it('skips a part that is gone, without waiting for a frame on its behalf', async () => {
		const { painted, asked, paint } = manualPaints();
		const drawn: string[] = [];
		let stepOpen = true;
		drawInTurn(
			() => drawn.push('old step'),
			() => stepOpen,
			painted
		);
		await settle();
		stepOpen = false;
		drawInTurn(
			() => drawn.push('gone too'),
			() => false,
			painted
		);
		drawInTurn(
			() => drawn.push('new step'),
			() => true,
			painted
		);
		await paint();
		expect(drawn).toEqual([]);
		expect(asked()).toBe(1);
		await paint();
		expect(drawn).toEqual(['new step']);
	});

	it('goes on after a part that fails to draw, and reports its error', async () => {
		vi.useFakeTimers();
		const { painted, paint } = manualPaints();
		const drawn: string[] = [];
		drawInTurn(
			() => {
				throw new Error('broken part');
			},
			() => true,
			painted
		);
		drawInTurn(
			() => drawn.push('next part'),
			() => true,
			painted
		);
		await settle();
		await paint();
		await paint();
		expect(drawn).toEqual(['next part']);
		expect(() => vi.runAllTimers()).toThrow('broken part');
	});
});

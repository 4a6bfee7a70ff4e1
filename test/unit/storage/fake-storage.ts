/** A localStorage stand-in for tests: a Map, with an optional quota (in characters) and a switch to fail. */
export class FakeStorage implements Storage {
	readonly items = new Map<string, string>();
	quota = Infinity;
	broken = false;

	get length() {
		if (this.broken) throw new DOMException('denied', 'SecurityError');
		return this.items.size;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	getItem(key: string) {
		if (this.broken) throw new DOMException('denied', 'SecurityError');
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.broken) throw new DOMException('denied', 'SecurityError');
		const used = [...this.items].reduce(
			(n, [k, v]) => n + (k === key ? 0 : k.length + v.length),
			0
		);
		if (used + key.length + value.length > this.quota)
			throw new DOMException('full', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
	clear() {
		this.items.clear();
	}
}

/** A table as aligned plain text for the terminal. */
import type { Table } from './table';

export function toTextTable(table: Table, maxWidth = 60): string {
	const clip = (s: string) => (s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s);
	const lines = [table.headers, ...table.rows.map((r) => r.map(String))].map((r) => r.map(clip));
	const widths = table.headers.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
	const render = (l: string[]) =>
		l
			.map((c, i) => c.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	return [
		render(lines[0]!),
		widths.map((w) => '─'.repeat(w)).join('  '),
		...lines.slice(1).map(render)
	].join('\n');
}

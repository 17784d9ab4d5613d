import { invalid } from './errors';
import type { Ticket } from './types';

/** 'A' + 1 -> 'A001'; at least three digits, more once the day passes 999. */
export function formatNumber(prefix: string, seq: number): string {
	return prefix + String(seq).padStart(3, '0');
}

/**
 * The next ticket number for one prefix at one site on one day.
 * Uses the highest seq taken so far plus one, not the count, so a number is never handed out
 * twice even if records were removed or arrived out of order.
 */
export function nextNumber(tickets: Ticket[], siteId: string, day: string, prefix: string): { seq: number; number: string } {
	if (!/^[A-Z]$/.test(prefix)) throw invalid(`号码前缀"${prefix}"无效，应为一个大写字母`);
	let max = 0;
	for (const t of tickets) {
		if (t.siteId === siteId && t.day === day && t.prefix === prefix && t.seq > max) max = t.seq;
	}
	const seq = max + 1;
	return { seq, number: formatNumber(prefix, seq) };
}

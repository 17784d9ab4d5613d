import { describe, expect, it } from 'vitest';
import { assertReprintable } from './reprint';

const ticket = { number: 'A012', state: 'waiting' as const, issuedAt: 0 };

describe('assertReprintable (补打)', () => {
	it('allows a waiting ticket within the minutes after issue, the default being ten', () => {
		expect(() => assertReprintable(ticket, 10 * 60_000)).not.toThrow();
		expect(() => assertReprintable(ticket, 10 * 60_000 + 1)).toThrow('取号超过10分钟，不能补打，请到咨询台求助');
		expect(() => assertReprintable(ticket, 20 * 60_000, 30)).not.toThrow();
	});

	it('refuses a ticket already called or done', () => {
		expect(() => assertReprintable({ ...ticket, state: 'called' }, 1)).toThrow('A012号已叫号或办结，不能补打');
	});
});

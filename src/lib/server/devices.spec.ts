/** Issue 9 finding 10: pending pairing codes are bounded in all and per source address. */
import { describe, expect, it } from 'vitest';
import { MAX_PENDING, MAX_PENDING_PER_SOURCE, Pairing } from './devices';

describe('Pairing pending codes', () => {
	it('30,000 anonymous requests from one address keep only its newest few codes', () => {
		const p = new Pairing();
		let last = { nonce: '' };
		let first = { nonce: '' };
		for (let i = 0; i < 30_000; i++) {
			last = p.start(i, '10.0.0.9');
			if (i === 0) first = last;
		}
		expect(p.size).toBe(MAX_PENDING_PER_SOURCE);
		expect(p.poll(last.nonce, 30_000).state).toBe('pending');
		expect(p.poll(first.nonce, 30_000).state).toBe('expired');
	});

	it('30,000 requests from distinct addresses keep at most MAX_PENDING, oldest dropped', () => {
		const p = new Pairing();
		const nonces: string[] = [];
		for (let i = 0; i < 30_000; i++) nonces.push(p.start(i, `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`).nonce);
		expect(p.size).toBeLessThanOrEqual(MAX_PENDING);
		expect(p.poll(nonces.at(-1)!, 30_000).state).toBe('pending');
		expect(p.poll(nonces[0], 30_000).state).toBe('expired');
	});

	it('codes still expire after ten minutes', () => {
		const p = new Pairing();
		const { nonce } = p.start(0, 'a');
		expect(p.poll(nonce, 10 * 60_000 + 1).state).toBe('expired');
		expect(p.size).toBe(0);
	});
});

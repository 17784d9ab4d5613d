import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '$lib/core/state';
import { GENESIS, canonicalJson, chainHead, describeChain, entryHash, seal, verifyChain } from './audit-chain';

const entry = (at: number, action: AuditEntry['action'] = 'login', note?: string): AuditEntry => ({
	at,
	staffId: 'w1',
	action,
	...(note ? { note } : {})
});

/** Two days, sealed the way commitDay does it: one append at a time. */
function twoDays() {
	let head = GENESIS;
	let d1: AuditEntry[] = [];
	for (const e of [entry(1), entry(2, 'pause', '午休'), entry(3, 'resume')]) {
		d1 = seal([...d1, e], head);
	}
	head = chainHead(d1, GENESIS);
	let d2: AuditEntry[] = [];
	for (const e of [entry(10), entry(11, 'logout')]) d2 = seal([...d2, e], chainHead(d2, head));
	return [
		{ day: '2026-03-04', audit: d1 },
		{ day: '2026-03-05', audit: d2 }
	];
}

describe('audit hash chain', () => {
	it('canonical JSON sorts keys and drops undefined', () => {
		expect(canonicalJson({ b: 1, a: { d: undefined, c: [1, 'x'] } })).toBe('{"a":{"c":[1,"x"]},"b":1}');
	});

	it('append: each entry links to the one before, the first to the genesis, across days', () => {
		const days = twoDays();
		expect(days[0].audit[0].prev).toBe(GENESIS);
		expect(days[0].audit[1].prev).toBe(days[0].audit[0].hash);
		expect(days[1].audit[0].prev).toBe(days[0].audit[2].hash);
		expect(days[1].audit[1].hash).toBe(entryHash(days[1].audit[1].prev!, days[1].audit[1]));
		expect(verifyChain(days)).toEqual({ ok: true, entries: 5, legacy: 0, head: days[1].audit[1].hash });
		expect(describeChain(verifyChain(days))).toBe('完整（5 条已校验）');
	});

	it('sealing again changes nothing already sealed', () => {
		const [d1] = twoDays();
		expect(seal(d1.audit, 'x'.repeat(64))).toEqual(d1.audit);
	});

	it('detects an edited entry at its index', () => {
		const days = twoDays();
		days[0].audit[1] = { ...days[0].audit[1], note: '外出' };
		const report = verifyChain(days);
		expect(report).toMatchObject({ ok: false, day: '2026-03-04', index: 1, problem: 'edited' });
		expect(describeChain(report)).toBe('2026-03-04 第 2 条被修改');
	});

	it('detects an edited entry whose hash was recomputed, at the next link', () => {
		const days = twoDays();
		const forged = { ...days[0].audit[2], at: 99 };
		forged.hash = entryHash(forged.prev!, forged);
		days[0].audit[2] = forged;
		expect(verifyChain(days)).toMatchObject({ ok: false, day: '2026-03-05', index: 0, problem: 'missing' });
	});

	it('detects a deleted entry, within a day and a whole day', () => {
		const days = twoDays();
		days[0].audit.splice(1, 1);
		expect(verifyChain(days)).toMatchObject({ ok: false, day: '2026-03-04', index: 1, problem: 'missing' });
		const again = twoDays();
		expect(verifyChain([again[1]])).toMatchObject({ ok: false, day: '2026-03-05', index: 0, problem: 'missing' });
	});

	it('detects the newest entries removed when the expected head is known', () => {
		const days = twoDays();
		const head = days[1].audit[1].hash;
		days[1].audit.pop();
		const report = verifyChain(days, head);
		expect(report).toMatchObject({ ok: false, day: '2026-03-05', index: 1, problem: 'truncated' });
		expect(describeChain(report)).toBe('2026-03-05 第 2 条起的最新记录被删除');
	});

	it('detects an entry inserted without a hash after the chain began', () => {
		const days = twoDays();
		days[1].audit.splice(1, 0, entry(12));
		expect(verifyChain(days)).toMatchObject({ ok: false, day: '2026-03-05', index: 1, problem: 'unsealed' });
	});

	it('counts entries from before the chain existed as legacy, not broken', () => {
		const legacy = [entry(0), entry(0.5, 'logout')];
		const sealed = seal([...legacy, entry(1)], GENESIS);
		expect(sealed[0].prev).toBe(GENESIS);
		const old = { day: '2026-03-01', audit: [entry(0)] };
		const report = verifyChain([old, ...twoDays()]);
		expect(report).toMatchObject({ ok: true, entries: 5, legacy: 1 });
		expect(describeChain(report)).toBe('完整（5 条已校验，1 条为启用校验前的记录）');
	});
});

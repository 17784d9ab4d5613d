import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../auth';
import { demoConfig } from '.';
import { withDemoPassword } from './demo-password';

describe('withDemoPassword', () => {
	const seeded = demoConfig({ secret: 'x'.repeat(64), timeZone: 'Asia/Shanghai', password: 'first-password' });

	it('leaves the accounts alone when they already use the password', async () => {
		expect(await withDemoPassword(seeded, 'first-password')).toBeNull();
	});

	it('rehashes every demo account when one of them does not use the password', async () => {
		const oneStale = {
			...seeded,
			staff: seeded.staff.map((s, i) => (i === 0 && s.demo ? { ...s, passwordHash: hashPassword('old-password') } : s))
		};
		const rehashed = await withDemoPassword(oneStale, 'first-password');
		expect(rehashed).not.toBeNull();
		for (const s of rehashed!.staff.filter((s) => s.demo)) {
			expect(await verifyPassword('first-password', s.passwordHash)).toBe(true);
		}
	});
});

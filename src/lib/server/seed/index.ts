/**
 * The demo hall written on first start to an empty DATA_DIR: 演示镇便民服务中心 with its catalogue,
 * six windows and the demo accounts w1..w6 and admin (their password: demo-password.ts; demo mode only).
 */
import { TYPICAL_HOURS } from '../../domain/hours';
import { hashPassword } from '../auth';
import type { HallConfig } from '../store/store';
import { demoCategories, demoMatters, demoSite } from './demo-catalogue';
import { demoStaff, demoWindows } from './demo-hall';

export function demoConfig(opts: { secret: string; timeZone: string; password: string }): HallConfig {
	// One hash for all demo accounts: scrypt is deliberately slow and they share a password.
	const passwordHash = hashPassword(opts.password);
	return {
		version: 1,
		demo: true,
		secret: opts.secret,
		// Typical hours, written out so a supervisor sees the shape; alwaysOpen keeps the demo open.
		settings: { timeZone: opts.timeZone, holidays: [], hours: TYPICAL_HOURS },
		sites: [demoSite],
		categories: demoCategories,
		matters: demoMatters,
		windows: demoWindows(),
		staff: demoStaff.map((s) => ({ ...s, passwordHash, demo: true }))
	};
}

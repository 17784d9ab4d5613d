/**
 * The demo accounts' password: never one printed anywhere. Random per data folder, made at first
 * start, kept in `DATA_DIR/demo-password.txt` (owner-only) and printed on the console; or set by
 * DEMO_PASSWORD for a training day or the tests. When it differs from what the demo accounts were
 * hashed with (a data folder from before, or a new DEMO_PASSWORD), the accounts are rehashed.
 */
import { randomInt } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { HallConfig } from '$lib/core/state';
import { hashPassword, verifyPassword } from '../auth';

export const DEMO_PASSWORD_FILE = 'demo-password.txt';

/** Letters and digits that read unambiguously aloud and on paper (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function randomPassword(length = 12): string {
	return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** The password to use, and whether it was made just now. */
export async function demoPassword(dataDir: string, fromEnv: string): Promise<{ password: string; made: boolean }> {
	if (fromEnv) return { password: fromEnv, made: false };
	const file = path.join(dataDir, DEMO_PASSWORD_FILE);
	const kept = (await fs.readFile(file, 'utf8').catch(() => '')).trim();
	if (kept.length >= 8) return { password: kept, made: false };
	const password = randomPassword();
	await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
	return { password, made: true };
}

/** The config with every demo account hashed for `password`, or null when they already are. */
export async function withDemoPassword(config: HallConfig, password: string): Promise<HallConfig | null> {
	const demo = config.staff.filter((s) => s.demo);
	if (demo.length === 0) return null;
	// Each distinct hash once (they are normally all one): scrypt at every start delays serving.
	const hashes = [...new Set(demo.map((s) => s.passwordHash))];
	const current = await Promise.all(hashes.map((hash) => verifyPassword(password, hash)));
	if (current.every(Boolean)) return null;
	// One hash for all demo accounts: scrypt is deliberately slow and they share a password.
	const passwordHash = hashPassword(password);
	return { ...config, staff: config.staff.map((s) => (s.demo ? { ...s, passwordHash } : s)) };
}

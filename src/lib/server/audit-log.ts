/**
 * Reading the audit log back from DATA_DIR/days/*.json as it is on disk (not through the store,
 * which would restore a damaged file from its backup): for `npm run audit:verify` and the admin
 * audit page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditEntry } from '$lib/core/state';
import { verifyChain, type ChainReport } from './audit-chain';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

export interface AuditDay {
	day: string;
	file: string;
	audit: AuditEntry[];
}

/** Every day file's audit list, oldest first; a file that does not parse counts as a broken link. */
export async function readAuditDays(dataDir: string): Promise<{ days: AuditDay[]; unreadable: string[] }> {
	const dir = path.join(dataDir, 'days');
	const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => DAY_FILE.test(n)).sort();
	const days: AuditDay[] = [];
	const unreadable: string[] = [];
	for (const name of names) {
		const file = path.join(dir, name);
		try {
			const record = JSON.parse(await readFile(file, 'utf8')) as { audit?: AuditEntry[] } | null;
			days.push({ day: DAY_FILE.exec(name)![1], file, audit: Array.isArray(record?.audit) ? record.audit : [] });
		} catch {
			unreadable.push(file);
		}
	}
	return { days, unreadable };
}

export type AuditVerification = ChainReport & { file?: string; unreadable: string[] };

/** The chain over every day on disk; `expectedHead`: the newest hash the running server wrote. */
export async function verifyDataDir(dataDir: string, expectedHead?: string | null): Promise<AuditVerification> {
	const { days, unreadable } = await readAuditDays(dataDir);
	const report = verifyChain(days, expectedHead ?? undefined);
	const file = report.ok ? undefined : days.find((d) => d.day === report.day)?.file;
	return { ...report, unreadable, ...(file ? { file } : {}) };
}

/**
 * The audit log's hash chain: every entry carries `prev` (the hash of the entry before it, across
 * days; GENESIS for the very first) and `hash` = sha256(prev + canonical JSON of the entry without
 * `hash`). Editing an entry breaks its own hash; removing one breaks the next entry's `prev`.
 * HallContext.commitDay seals new entries, so no caller can forget; `verifyChain` walks the days.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry } from '$lib/core/state';

export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted and undefined left out: the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, v]) => v !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(prev: string, entry: AuditEntry): string {
	const rest: Partial<AuditEntry> = { ...entry };
	delete rest.hash;
	return createHash('sha256')
		.update(prev + canonicalJson(rest))
		.digest('hex');
}

/** The hash the next entry chains to: the last sealed entry's, or `before` if none is sealed. */
export function chainHead(audit: AuditEntry[] | undefined, before: string): string {
	for (let i = (audit?.length ?? 0) - 1; i >= 0; i--) if (audit![i].hash) return audit![i].hash!;
	return before;
}

/** Seals the entries not sealed yet, in order, after `head` (the previous sealed entry's hash). */
export function seal(audit: AuditEntry[], head: string): AuditEntry[] {
	let prev = head;
	return audit.map((entry) => {
		if (entry.hash) {
			prev = entry.hash;
			return entry;
		}
		const sealed: AuditEntry = { ...entry, prev };
		sealed.hash = entryHash(prev, sealed);
		prev = sealed.hash;
		return sealed;
	});
}

export type ChainProblem = 'edited' | 'missing' | 'unsealed' | 'truncated';

export type ChainReport =
	| { ok: true; entries: number; legacy: number; head: string }
	| { ok: false; entries: number; legacy: number; day: string; index: number; problem: ChainProblem; head: string };

/**
 * Walks the days in order (sorted here). Entries written before the chain existed (no `hash`, and
 * before any sealed entry) are counted as `legacy`; after the first sealed entry every entry must
 * be sealed and link to the one before. `expectedHead`: the head the server knows it wrote last,
 * so removing the newest entries is caught too (reported at the index after the last entry).
 * `index` is 0-based within that day's `audit` list.
 */
export function verifyChain(days: { day: string; audit?: AuditEntry[] }[], expectedHead?: string): ChainReport {
	let head = GENESIS;
	let entries = 0;
	let legacy = 0;
	let last = { day: '', index: 0 };
	const sorted = [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
	for (const { day, audit } of sorted) {
		for (const [index, entry] of (audit ?? []).entries()) {
			const broken = (problem: ChainProblem): ChainReport => ({ ok: false, entries, legacy, day, index, problem, head });
			if (!entry.hash) {
				if (head === GENESIS) {
					legacy++;
					continue;
				}
				return broken('unsealed');
			}
			if (entry.prev !== head) return broken('missing');
			if (entryHash(head, entry) !== entry.hash) return broken('edited');
			head = entry.hash;
			entries++;
			last = { day, index: index + 1 };
		}
	}
	if (expectedHead && expectedHead !== head) return { ok: false, entries, legacy, ...last, problem: 'truncated', head };
	return { ok: true, entries, legacy, head };
}

const PROBLEMS: Record<ChainProblem, string> = {
	edited: '被修改',
	missing: '之前的记录被删除或改动',
	unsealed: '缺少校验值（被插入或改动）',
	truncated: '起的最新记录被删除'
};

/** "完整" or "2026-03-04 第 5 条被修改": the chain status in Chinese (1-based for people). */
export function describeChain(report: ChainReport): string {
	if (report.ok) return `完整（${report.entries} 条已校验${report.legacy ? `，${report.legacy} 条为启用校验前的记录` : ''}）`;
	return `${report.day} 第 ${report.index + 1} 条${PROBLEMS[report.problem]}`;
}

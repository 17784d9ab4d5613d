/**
 * The hall's live state and the one path every change takes: under the lock, validate and plan
 * (pure core), write durably, then push. One HallContext per process holds the configuration,
 * today's record and the cases in memory; the store only persists.
 */
import { dayKey } from '$lib/domain/day';
import { emptyDay, type CaseRecord, type DayRecord, type HallConfig } from '$lib/core/state';
import type { Case } from '$lib/domain/types';
import type { Gateway } from '../realtime/gateway';
import { Mutex, RequestMemo } from '../mutex';
import { LoginThrottle } from '../login-throttle';
import { SessionRegistry } from '../sessions';
import type { Store } from '../store/store';
import { GENESIS, chainHead, seal } from '../audit-chain';

export interface HallDeps {
	store: Store;
	gateway: Gateway;
	clock?: () => number;
	demo: boolean;
}

export class HallContext {
	/** All changes run through this lock so they are applied in a single order. */
	readonly lock = new Mutex();
	/** Results by requestId: the same request twice acts once. */
	readonly memo = new RequestMemo();
	readonly clock: () => number;
	readonly sessions: SessionRegistry;
	/** Failed logins per account and address (in memory: a restart forgives, it does not unlock data). */
	readonly throttle = new LoginThrottle();

	/** `earlier`: the day before today when a session started then may still be alive. */
	constructor(
		readonly deps: HallDeps,
		public config: HallConfig,
		public today: DayRecord,
		public cases: Case[],
		earlier?: DayRecord | null
	) {
		this.clock = deps.clock ?? Date.now;
		this.sessions = SessionRegistry.fromAudit(earlier?.audit, today.audit);
	}

	get store() {
		return this.deps.store;
	}

	get gateway() {
		return this.deps.gateway;
	}

	get timeZone() {
		return this.config.settings.timeZone;
	}

	/** Today's record, rolled over to a new file when the business day changes. */
	async currentDay(): Promise<DayRecord> {
		const day = dayKey(this.clock(), this.timeZone);
		if (day !== this.today.day) this.today = (await this.store.readDay(day)) ?? emptyDay(day);
		return this.today;
	}

	/**
	 * The durable write of the day; acknowledged only once it is on disk. Audit entries appended
	 * since the last commit are sealed here (hash chain, audit-chain.ts), so no caller can forget.
	 */
	async commitDay(next: DayRecord) {
		if (next.audit?.some((e) => !e.hash)) {
			const sealed = next.audit.slice(
				0,
				next.audit.findIndex((e) => !e.hash)
			);
			const head = chainHead(sealed, '') || (await this.chainHeadBefore(next.day));
			next = { ...next, audit: seal(next.audit, head) };
		}
		await this.store.writeDay(next);
		this.today = next;
		if (next.audit?.length) this.auditHead = chainHead(next.audit, this.auditHead ?? GENESIS);
	}

	/** The hash of the newest sealed audit entry written by this process (null until one is). */
	auditHead: string | null = null;

	/** The last sealed hash of the days before `day` (the chain runs across days), or the genesis. */
	private async chainHeadBefore(day: string): Promise<string> {
		const earlier = (await this.store.listDays()).filter((d) => d < day).reverse();
		for (const d of earlier) {
			const head = chainHead((await this.store.readDay(d))?.audit, '');
			if (head) return head;
		}
		return GENESIS;
	}

	async commitCases(cases: Case[]) {
		const record: CaseRecord = { version: 1, cases };
		await this.store.writeCases(record);
		this.cases = cases;
	}

	async commitConfig(next: HallConfig) {
		await this.store.writeConfig(next);
		this.config = next;
	}

	site(siteId: string) {
		return this.config.sites.find((s) => s.id === siteId);
	}
}

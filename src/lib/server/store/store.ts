/**
 * The narrow store interface. Services keep the live state in memory and hand whole records
 * here; a later PostgreSQL store implements the same four calls in a file of its own.
 */
import type { CallRecord, Category, Matter, ServiceWindow, Site, Staff, Ticket } from '$lib/domain/types';

export interface HallSettings {
	timeZone: string;
	/** Holidays (YYYY-MM-DD) skipped when promised dates are computed. */
	holidays: string[];
}

/** Everything a hall is configured with: `DATA_DIR/config.json`. */
export interface HallConfig {
	version: 1;
	/** Seeded as the demo hall: demo accounts exist. */
	demo: boolean;
	/** Key that signs staff session cookies (random per hall). */
	secret: string;
	settings: HallSettings;
	sites: Site[];
	categories: Category[];
	matters: Matter[];
	windows: ServiceWindow[];
	staff: Staff[];
}

/** One business day of every site: `DATA_DIR/days/YYYY-MM-DD.json`, the audit trail of the queue. */
export interface DayRecord {
	version: 1;
	day: string;
	/** Push sequence per site; survives a restart so displays never see it go backwards. */
	seq: Record<string, number>;
	tickets: Ticket[];
	/** Calls per site, newest last. */
	calls: CallRecord[];
}

export interface Store {
	readConfig(): Promise<HallConfig | null>;
	writeConfig(config: HallConfig): Promise<void>;
	readDay(day: string): Promise<DayRecord | null>;
	writeDay(record: DayRecord): Promise<void>;
}

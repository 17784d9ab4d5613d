/**
 * The narrow store interface. Services keep the live state in memory and hand whole records
 * here; a later PostgreSQL store implements the same six calls in a file of its own.
 */
import type { CaseRecord, DayRecord, HallConfig } from '$lib/core/state';

// The records' shapes are the core's (browser-safe); kept importable from here for store code.
export type {
	AuditEntry,
	CaseRecord,
	DayRecord,
	Device,
	DispatchSettings,
	HallConfig,
	HallSettings,
	VoiceSettings,
	WindowState
} from '$lib/core/state';
export { DEFAULT_DISPATCH, DEFAULT_NOTICE, DEFAULT_VOICE } from '$lib/core/state';

/** A print job as it is kept until it is printed, or dropped with a reason (printing/jobs.ts). */
export interface PrintJobRecord {
	id: string;
	printerId: string;
	kind: 'ticket' | 'notice' | 'reprint';
	/** What it is, for admin: the ticket number, or the matter of a notice. */
	label: string;
	/** ESC/POS bytes, base64. */
	bytes: string;
	state: 'queued' | 'printing' | 'done' | 'failed';
	attempts: number;
	createdAt: number;
	updatedAt: number;
	/** Last error while printing (kept while retrying). */
	error?: string;
	/** Why a failed job was dropped. */
	reason?: string;
}

/** `DATA_DIR/print-jobs.json`: the print queue, small (done jobs are pruned). */
export interface PrintJobsRecord {
	version: 1;
	jobs: PrintJobRecord[];
	/** Serial counters per day key and kind letter, e.g. { '2025-03-04:N': 7 }. */
	serials: Record<string, number>;
}

export interface Store {
	readConfig(): Promise<HallConfig | null>;
	writeConfig(config: HallConfig): Promise<void>;
	readDay(day: string): Promise<DayRecord | null>;
	/** Every business day with a file (or only its backup), oldest first. */
	listDays(): Promise<string[]>;
	writeDay(record: DayRecord): Promise<void>;
	readCases(): Promise<CaseRecord | null>;
	writeCases(record: CaseRecord): Promise<void>;
	readPrintJobs(): Promise<PrintJobsRecord | null>;
	writePrintJobs(record: PrintJobsRecord): Promise<void>;
}

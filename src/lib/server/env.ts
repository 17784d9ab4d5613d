/**
 * Environment, parsed once at start into one frozen object. A bad value stops the server
 * with the variable's name instead of misbehaving later.
 */
import path from 'node:path';

export interface AppEnv {
	dataDir: string;
	/** `tcp://host:port`, `sim` or `none`. */
	printerUrl: string;
	/** Base of the QR on receipts, e.g. http://192.168.1.10:3000. Empty: the kiosk's own origin. */
	publicUrl: string;
	/** Demo accounts are accepted only while this is true. */
	demo: boolean;
	/** DEMO_PASSWORD: the demo accounts' password (trainings, tests); empty: random per data folder. */
	demoPassword: string;
	timeZone: string;
	/** Paper width of the kiosk printer in characters: 48 (80 mm) or 32 (58 mm). */
	printerColumns: 48 | 32;
	/** Shared key print agents present (PRINT_AGENT_KEY); empty: agents are refused. */
	printAgentKey: string;
	/** Minutes a print job waits for its printer before it is dropped with a reason. */
	printJobTtlMinutes: number;
	/** UNPAIRED_ISSUE_PER_MINUTE: tickets and notices an unpaired address may take per minute. */
	unpairedIssuePerMinute: number;
	/** BACKUP_DIR: where backups go; default `<DATA_DIR>-backups` beside the data folder, never inside it. */
	backupDir: string;
	/** BACKUP_KEEP_DAYS: backups older than this many days are deleted after each backup. */
	backupKeepDays: number;
	/** BACKUP_AT: the nightly backup's time of day `HH:mm` in the hall's time zone, or null (`off`). */
	backupAt: string | null;
}

export class EnvError extends Error {}

export function parseEnv(env: Record<string, string | undefined>): AppEnv {
	const printerUrl = env.PRINTER_URL?.trim() || 'sim';
	if (!/^(sim|none|tcp:\/\/[^:/]+:\d{1,5})$/.test(printerUrl)) {
		throw new EnvError(`PRINTER_URL must be sim, none or tcp://host:port, got "${printerUrl}"`);
	}
	const publicUrl = (env.PUBLIC_URL?.trim() ?? '').replace(/\/+$/, '');
	if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) {
		throw new EnvError(`PUBLIC_URL must start with http:// or https://, got "${publicUrl}"`);
	}
	const demoRaw = env.DEMO?.trim() ?? '1';
	if (!['0', '1', 'true', 'false'].includes(demoRaw)) {
		throw new EnvError(`DEMO must be 1 or 0, got "${demoRaw}"`);
	}
	const timeZone = env.HALL_TIME_ZONE?.trim() || 'Asia/Shanghai';
	try {
		new Intl.DateTimeFormat('en', { timeZone });
	} catch {
		throw new EnvError(`HALL_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${timeZone}"`);
	}
	const columns = Number(env.PRINTER_COLUMNS?.trim() || 48);
	if (columns !== 48 && columns !== 32) {
		throw new EnvError(`PRINTER_COLUMNS must be 48 (80 mm) or 32 (58 mm), got "${env.PRINTER_COLUMNS}"`);
	}
	const printAgentKey = env.PRINT_AGENT_KEY?.trim() ?? '';
	if (printAgentKey && printAgentKey.length < 12) {
		throw new EnvError('PRINT_AGENT_KEY must be at least 12 characters');
	}
	const demoPassword = env.DEMO_PASSWORD?.trim() ?? '';
	if (demoPassword && demoPassword.length < 8) throw new EnvError('DEMO_PASSWORD must be at least 8 characters');
	const ttl = Number(env.PRINT_JOB_TTL_MINUTES?.trim() || 10);
	if (!Number.isFinite(ttl) || ttl <= 0 || ttl > 24 * 60) {
		throw new EnvError(`PRINT_JOB_TTL_MINUTES must be minutes from 0 to 1440, got "${env.PRINT_JOB_TTL_MINUTES}"`);
	}
	const perMinute = Number(env.UNPAIRED_ISSUE_PER_MINUTE?.trim() || 12);
	if (!Number.isInteger(perMinute) || perMinute < 1 || perMinute > 10_000) {
		throw new EnvError(
			`UNPAIRED_ISSUE_PER_MINUTE must be a whole number from 1 to 10000, got "${env.UNPAIRED_ISSUE_PER_MINUTE}"`
		);
	}
	const dataDir = path.resolve(env.DATA_DIR?.trim() || './data');
	const keep = Number(env.BACKUP_KEEP_DAYS?.trim() || 30);
	if (!Number.isInteger(keep) || keep < 1 || keep > 3650) {
		throw new EnvError(`BACKUP_KEEP_DAYS must be a whole number of days from 1 to 3650, got "${env.BACKUP_KEEP_DAYS}"`);
	}
	const at = env.BACKUP_AT?.trim() || '02:30';
	if (at !== 'off' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) {
		throw new EnvError(`BACKUP_AT must be a time HH:mm (24-hour, hall time) or off, got "${at}"`);
	}
	const backupDir = path.resolve(env.BACKUP_DIR?.trim() || `${dataDir}-backups`);
	if (backupDir === dataDir) throw new EnvError('BACKUP_DIR must not be DATA_DIR itself');
	return Object.freeze({
		backupDir,
		backupKeepDays: keep,
		backupAt: at === 'off' ? null : at,
		unpairedIssuePerMinute: perMinute,
		printAgentKey,
		printJobTtlMinutes: ttl,
		dataDir,
		printerUrl,
		publicUrl,
		demo: demoRaw === '1' || demoRaw === 'true',
		demoPassword,
		timeZone,
		printerColumns: columns
	});
}

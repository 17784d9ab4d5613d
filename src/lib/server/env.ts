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
	/** Demo accounts (password yizhan-demo) are accepted only while this is true. */
	demo: boolean;
	timeZone: string;
	/** Paper width of the kiosk printer in characters: 48 (80 mm) or 32 (58 mm). */
	printerColumns: 48 | 32;
	/** Shared key print agents present (PRINT_AGENT_KEY); empty: agents are refused. */
	printAgentKey: string;
	/** Minutes a print job waits for its printer before it is dropped with a reason. */
	printJobTtlMinutes: number;
	/** Notices (告知单) one unpaired address may print per minute; 0: no limit. */
	noticeLimitPerMinute: number;
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
	const ttl = Number(env.PRINT_JOB_TTL_MINUTES?.trim() || 10);
	if (!Number.isFinite(ttl) || ttl <= 0 || ttl > 24 * 60) {
		throw new EnvError(`PRINT_JOB_TTL_MINUTES must be minutes from 0 to 1440, got "${env.PRINT_JOB_TTL_MINUTES}"`);
	}
	const noticeLimit = Number(env.NOTICE_LIMIT_PER_MINUTE?.trim() || 10);
	if (!Number.isInteger(noticeLimit) || noticeLimit < 0 || noticeLimit > 10_000) {
		throw new EnvError(`NOTICE_LIMIT_PER_MINUTE must be a whole number from 0 to 10000, got "${env.NOTICE_LIMIT_PER_MINUTE}"`);
	}
	return Object.freeze({
		noticeLimitPerMinute: noticeLimit,
		printAgentKey,
		printJobTtlMinutes: ttl,
		dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
		printerUrl,
		publicUrl,
		demo: demoRaw === '1' || demoRaw === 'true',
		timeZone,
		printerColumns: columns
	});
}

/**
 * The shape every data file must have to be loaded (issue 9 #7). A file that is valid JSON but
 * not this shape (`null`, `{}`, a list, a ticket without its number) is treated exactly like a
 * truncated file: restored from its `.bak`, or the server refuses to start naming the file.
 *
 * Strict on what the code relies on (the required fields and their types), permissive on the
 * rest: unknown keys are kept and optional fields may be absent, so files written by older and
 * newer versions still load. Validation only checks; the data is used as it was read.
 */
import { z } from 'zod';

const str = z.string();
const num = z.number();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

const outcome = z.looseObject({ kind: str });

const ticketEvent = z.looseObject({ action: str, at: num });

const ticket = z.looseObject({
	id: str,
	token: str,
	siteId: str,
	day,
	prefix: str,
	seq: num,
	number: str,
	categoryId: str,
	matterId: str,
	priority: z.boolean(),
	state: str,
	issuedAt: num,
	queuedAt: num,
	recalls: num,
	missing: z.array(str),
	events: z.array(ticketEvent),
	outcome: outcome.optional()
});

const call = z.looseObject({ ticketId: str, number: str, windowId: str, at: num });

export const dayRecordSchema = z.looseObject({
	version: z.literal(1),
	day,
	seq: z.record(str, num),
	tickets: z.array(ticket),
	calls: z.array(call),
	windows: z.record(str, z.looseObject({ status: z.enum(['open', 'paused', 'closed']), since: num })).optional(),
	audit: z.array(z.looseObject({ at: num, staffId: str, action: str })).optional()
});

const material = z.looseObject({ name: str });

export const hallConfigSchema = z.looseObject({
	version: z.literal(1),
	demo: z.boolean(),
	secret: str.min(16),
	settings: z.looseObject({ timeZone: str, holidays: z.array(str) }),
	sites: z.array(z.looseObject({ id: str, name: str })),
	categories: z.array(z.looseObject({ id: str, name: str, prefix: str })),
	matters: z.array(
		z.looseObject({ id: str, categoryId: str, name: str, kind: str, materials: z.array(material), conditions: z.array(str) })
	),
	windows: z.array(
		z.looseObject({ id: str, siteId: str, number: num, name: str, matterIds: z.array(str), staffA: str, staffB: str })
	),
	staff: z.array(z.looseObject({ id: str, username: str, name: str, role: str, passwordHash: str })),
	devices: z.array(z.looseObject({ id: str, kind: str, siteId: str, name: str })).optional()
});

export const caseRecordSchema = z.looseObject({
	version: z.literal(1),
	cases: z.array(
		z.looseObject({ caseNo: str, kind: str, state: str, siteId: str, ticketId: str, token: str, number: str, matterId: str })
	)
});

export const printJobsRecordSchema = z.looseObject({
	version: z.literal(1),
	jobs: z.array(
		z.looseObject({
			id: str,
			printerId: str,
			kind: str,
			label: str,
			bytes: str,
			state: z.enum(['queued', 'printing', 'done', 'failed']),
			attempts: num,
			createdAt: num,
			updatedAt: num
		})
	),
	serials: z.record(str, num),
	agents: z.array(str).optional(),
	reprints: z.record(str, num).optional()
});

/** Checks `value` against `schema`: null when it fits, else a short reason naming the first bad field. */
export type Validate = (value: unknown) => string | null;

export function validator(schema: z.ZodType, extra?: (value: never) => string | null): Validate {
	return (value) => {
		const parsed = schema.safeParse(value);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const where = issue?.path.length ? issue.path.join('.') : 'the whole file';
			return `wrong shape at ${where}: ${issue?.message ?? 'invalid'}`;
		}
		return extra ? extra(value as never) : null;
	};
}

export const validateConfig = validator(hallConfigSchema);
export const validateCases = validator(caseRecordSchema);
export const validatePrintJobs = validator(printJobsRecordSchema);
/** A day file must also hold the day its name says. */
export const validateDay = (name: string) =>
	validator(dayRecordSchema, (r: { day: string }) => (r.day === name ? null : `holds day ${r.day}, not ${name}`));

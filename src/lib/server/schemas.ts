/** Schemas for every request body the API accepts. */
import { z } from 'zod';

const id = z.string().min(1).max(64);
const requestId = z.string().min(8).max(64).optional();
/** Which printer prints it: `main` (PRINTER_URL) or a print agent's id. */
const printerId = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]{0,31}$/)
	.optional();
const missing = z.array(z.string().min(1).max(100)).max(50).optional();

export const issueTicketBody = z.strictObject({
	siteId: id.optional(),
	matterId: id,
	priority: z.boolean().optional(),
	missing,
	requestId,
	printerId
});

/** POST /api/notices: print the one-time notice alone (no ticket). */
export const printNoticeBody = z.strictObject({
	siteId: id.optional(),
	matterId: id,
	missing,
	printerId
});

/** POST /api/tickets/:token/reprint */
export const reprintBody = z.strictObject({ printerId });

export const loginBody = z.strictObject({
	username: z.string().min(1).max(64),
	password: z.string().min(1).max(200)
});

const reason = z.string().trim().min(1).max(200);

/** One body per window action (README: Device API). */
export const windowActionBody = z.discriminatedUnion('action', [
	z.strictObject({ action: z.enum(['call', 'recall', 'start', 'no_show', 'resume']), requestId }),
	z.strictObject({
		action: z.literal('finish'),
		outcome: z
			.strictObject({
				kind: z.enum(['done', 'accepted', 'forwarded', 'rejected', 'incomplete']).optional(),
				missing: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
				reason: z.string().max(200).optional()
			})
			.optional(),
		requestId
	}),
	z.strictObject({ action: z.literal('transfer'), toWindowId: id.optional(), toMatterId: id.optional(), reason, requestId }),
	z.strictObject({ action: z.literal('pause'), reason, requestId }),
	z.strictObject({ action: z.literal('hold'), note: z.string().max(200).optional(), requestId }),
	z.strictObject({ action: z.literal('callback'), ticketId: id, requestId }),
	z.strictObject({
		action: z.literal('call_number'),
		number: z
			.string()
			.trim()
			.regex(/^[A-Za-z]\d{1,4}$/, '号码格式应为字母加数字，如 A012'),
		requestId
	})
]);

export const approveDeviceBody = z.strictObject({
	code: z.string().regex(/^\d{6}$/, '配对码是 6 位数字'),
	kind: z.enum(['kiosk', 'display']),
	siteId: id,
	name: z.string().trim().min(1, '请填写设备名称').max(40),
	windows: z.array(id).max(50).optional(),
	categories: z.array(id).max(50).optional()
});

export const settingsBody = z.strictObject({
	notice: z.string().trim().max(300).optional(),
	voice: z
		.strictObject({
			repeats: z.number().int().min(1).max(5),
			gapMs: z.number().int().min(0).max(10_000),
			volume: z.number().min(0).max(1),
			rate: z.number().min(0.5).max(1.5)
		})
		.optional()
});

/**
 * Every request body the device and staff API accepts, as zod schemas: the server validates with
 * them, the pages' typed client (`$lib/client/api`) takes their types, so a wrong body is a
 * compile error. Window commands are in commands.ts.
 */
import { z } from 'zod';
import { requestId } from './commands';

const id = z.string().min(1).max(64);
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

export type IssueTicketInput = z.input<typeof issueTicketBody>;
export type PrintNoticeInput = z.input<typeof printNoticeBody>;
export type ReprintInput = z.input<typeof reprintBody>;
export type LoginInput = z.input<typeof loginBody>;
export type ApproveDeviceInput = z.input<typeof approveDeviceBody>;
export type SettingsInput = z.input<typeof settingsBody>;

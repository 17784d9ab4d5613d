/** Schemas for every request body the API accepts. */
import { z } from 'zod';

const id = z.string().min(1).max(64);
const requestId = z.string().min(8).max(64).optional();
/** Which printer prints it: `main` (PRINTER_URL) or a print agent's id. */
const printerId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/).optional();
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

export const windowActionBody = z.strictObject({
	action: z.enum(['call', 'recall', 'start', 'finish', 'no_show']),
	requestId
});

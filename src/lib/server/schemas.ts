/** Schemas for every request body the API accepts. */
import { z } from 'zod';

const id = z.string().min(1).max(64);
const requestId = z.string().min(8).max(64).optional();

export const issueTicketBody = z.strictObject({
	siteId: id.optional(),
	matterId: id,
	priority: z.boolean().optional(),
	missing: z.array(z.string().min(1).max(100)).max(50).optional(),
	requestId
});

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
	z.strictObject({ action: z.literal('call_number'), number: z.string().trim().regex(/^[A-Za-z]\d{1,4}$/, '号码格式应为字母加数字，如 A012'), requestId })
]);

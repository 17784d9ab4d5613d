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

export const windowActionBody = z.strictObject({
	action: z.enum(['call', 'recall', 'start', 'finish', 'no_show']),
	requestId
});

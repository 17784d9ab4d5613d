import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { getApp } from '$lib/server/app';
import { api, parseBody, unauthorized } from '$lib/server/http';
import type { RequestHandler } from './$types';

const body = z.strictObject({ action: z.literal('complete') });

/** Mark a case done (the promised work is finished); the resident's status page shows it live. */
export const POST: RequestHandler = ({ params, request, locals }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		const { hall } = await getApp();
		await parseBody(request, body);
		const done = await hall.completeCase(params.caseNo, locals.staff.id);
		return json({ case: { caseNo: done.caseNo, state: done.state, doneDay: done.doneDay } });
	});

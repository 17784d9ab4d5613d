import { json } from '@sveltejs/kit';
import { passwordBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, unauthorized } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** A logged-in staff member changes their own password: `{ current, next }`. */
export const PUT: RequestHandler = ({ request, locals }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		const { hall } = await getApp();
		const { current, next } = await parseBody(request, passwordBody);
		await hall.changePassword(locals.staff.id, current, next);
		return json({ ok: true });
	});

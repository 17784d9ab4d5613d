import { json } from '@sveltejs/kit';
import { emptyBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** 停用: the account cannot log in and its live session ends at once (consoles get session_ended). */
export const POST: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		await parseBody(request, emptyBody);
		return json(await hall.setStaffDisabled(me.id, params.id, true));
	});

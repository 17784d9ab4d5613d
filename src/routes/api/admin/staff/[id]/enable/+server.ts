import { json } from '@sveltejs/kit';
import { emptyBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** 启用: the account may log in again (with the password it had). */
export const POST: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		await parseBody(request, emptyBody);
		return json(await hall.setStaffDisabled(me.id, params.id, false));
	});

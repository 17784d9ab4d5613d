import { json } from '@sveltejs/kit';
import { updateStaffBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Name, 工号 and role; the last supervisor stays one. */
export const PUT: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		const body = await parseBody(request, updateStaffBody);
		return json({ staff: await hall.updateStaff(me.id, params.id, body) });
	});

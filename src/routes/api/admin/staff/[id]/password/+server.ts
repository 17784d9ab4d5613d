import { json } from '@sveltejs/kit';
import { emptyBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Reset: `{ staff, password }`, a new random password shown this once; the old one and live sessions end. */
export const POST: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		await parseBody(request, emptyBody);
		return json(await hall.resetStaffPassword(me.id, params.id));
	});

import { json } from '@sveltejs/kit';
import { moveBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** One place up or down among the matters of its category. */
export const POST: RequestHandler = ({ locals, request, params }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const { direction } = await parseBody(request, moveBody);
		const matters = await (await getApp()).hall.moveMatter(staff.id, params.id, direction);
		return json({ matters });
	});

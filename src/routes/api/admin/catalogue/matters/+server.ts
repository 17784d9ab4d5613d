import { json } from '@sveltejs/kit';
import { matterBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** A new matter (事项) with its whole 办事指南; offered once a window serves it. */
export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const body = await parseBody(request, matterBody);
		const matter = await (await getApp()).hall.saveMatter(staff.id, body);
		return json({ matter }, { status: 201 });
	});

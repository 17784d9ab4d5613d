import { json } from '@sveltejs/kit';
import { matterBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** A matter's 办事指南, every field at once; open kiosks get the new version at once. */
export const PUT: RequestHandler = ({ locals, request, params }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const body = await parseBody(request, matterBody);
		const matter = await (await getApp()).hall.saveMatter(staff.id, body, params.id);
		return json({ matter });
	});

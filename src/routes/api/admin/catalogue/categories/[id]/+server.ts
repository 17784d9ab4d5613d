import { json } from '@sveltejs/kit';
import { categoryBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** A category's name, prefix and kiosk colour. */
export const PUT: RequestHandler = ({ locals, request, params }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const body = await parseBody(request, categoryBody);
		const category = await (await getApp()).hall.saveCategory(staff.id, body, params.id);
		return json({ category });
	});

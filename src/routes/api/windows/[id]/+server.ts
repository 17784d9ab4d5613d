import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api, unauthorized } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The console view of a window, for its A or B clerk. */
export const GET: RequestHandler = ({ params, locals }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		const { hall } = await getApp();
		return json(await hall.window(params.id, locals.staff.id));
	});

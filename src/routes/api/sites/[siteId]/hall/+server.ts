import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The lobby snapshot of a site: waiting per category, each window's number, recent calls. */
export const GET: RequestHandler = ({ params }) =>
	api(async () => {
		const { hall } = await getApp();
		return json(await hall.hall(params.siteId));
	});

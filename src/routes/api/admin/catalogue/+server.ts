import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/**
 * The whole catalogue as the admin pages edit it: every category and matter (retired ones too,
 * marked), and every window with the matters it serves.
 */
export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		requireSupervisor(locals);
		const { categories, matters, windows } = (await getApp()).hall.config;
		return json({
			categories: [...categories].sort((a, b) => a.order - b.order),
			matters: [...matters].sort((a, b) => a.order - b.order),
			windows: windows.map(({ id, siteId, number, name, matterIds }) => ({ id, siteId, number, name, matterIds }))
		});
	});

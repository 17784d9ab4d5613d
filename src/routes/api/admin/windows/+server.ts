import { json } from '@sveltejs/kit';
import { windowBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The hall's windows in service, and the retired ones (kept for history). */
export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		requireSupervisor(locals);
		const { config } = (await getApp()).hall;
		return json({ windows: config.windows, retired: config.retiredWindows ?? [] });
	});

/** A new window: number unique per site, two different active clerks as A and B. */
export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		const body = await parseBody(request, windowBody);
		return json({ window: await hall.createWindow(me.id, body) }, { status: 201 });
	});

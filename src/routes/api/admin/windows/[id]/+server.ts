import { json } from '@sveltejs/kit';
import { windowBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		const body = await parseBody(request, windowBody);
		return json({ window: await hall.updateWindow(me.id, params.id, body) });
	});

/** 撤销窗口: refused (409, with what to do) while the window holds a ticket. */
export const DELETE: RequestHandler = ({ locals, params }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		await hall.retireWindow(me.id, params.id);
		return json({ ok: true });
	});

import { json } from '@sveltejs/kit';
import { hoursBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { calendarView, hoursView } from '$lib/server/hall/hours-admin';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Opening hours and quotas, the reprint window, dispatch, and the calendar the hall keeps. */
export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		requireSupervisor(locals);
		const { settings } = (await getApp()).hall.config;
		return json({ ...hoursView(settings), calendar: calendarView(settings) });
	});

/** Sets hours (bands with quotas, weekdays, daily limit, alwaysOpen), reprint minutes and dispatch. */
export const PUT: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		const body = await parseBody(request, hoursBody);
		return json(await hall.setHours(me.id, body));
	});

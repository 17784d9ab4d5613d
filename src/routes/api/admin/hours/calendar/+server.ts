import { json } from '@sveltejs/kit';
import { calendarBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The whole calendar the hall keeps: `{ holidays, workdays }`; what differs from the shipped list is saved. */
export const PUT: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		const body = await parseBody(request, calendarBody);
		return json(await hall.setHallCalendar(me.id, body));
	});

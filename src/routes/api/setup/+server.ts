import { json } from '@sveltejs/kit';
import { setupBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody } from '$lib/server/http';
import type { RequestHandler } from './$types';

/**
 * The first administrator of a real hall (DEMO=0, no administrator yet), with the one-time setup
 * code the server printed at start. 409 once the hall has one.
 */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	api(async () => {
		const { hall } = await getApp();
		const body = await parseBody(request, setupBody);
		const staff = await hall.createFirstAdmin(body, getClientAddress());
		return json({ staff: { username: staff.username, name: staff.name, staffNo: staff.staffNo } }, { status: 201 });
	});

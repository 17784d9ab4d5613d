import { json } from '@sveltejs/kit';
import { createStaffBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Every staff account (no password hashes), with the windows each one staffs. */
export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		return json({ staff: hall.listStaff(me.id) });
	});

/** A new account: `{ staff, password }`, the first password shown this once. */
export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		const body = await parseBody(request, createStaffBody);
		return json(await hall.createStaff(me.id, body), { status: 201 });
	});

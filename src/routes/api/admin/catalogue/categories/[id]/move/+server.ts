import { json } from '@sveltejs/kit';
import { moveBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** One place up or down on the kiosk's start screen. */
export const POST: RequestHandler = ({ locals, request, params }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const { direction } = await parseBody(request, moveBody);
		const categories = await (await getApp()).hall.moveCategory(staff.id, params.id, direction);
		return json({ categories });
	});

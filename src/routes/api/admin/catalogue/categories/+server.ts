import { json } from '@sveltejs/kit';
import { categoryBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** A new category (分类) with its ticket prefix; it comes last. */
export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const body = await parseBody(request, categoryBody);
		const category = await (await getApp()).hall.saveCategory(staff.id, body);
		return json({ category }, { status: 201 });
	});

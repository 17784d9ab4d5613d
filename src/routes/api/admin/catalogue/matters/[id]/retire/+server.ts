import { json } from '@sveltejs/kit';
import { retireBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/**
 * 停用 (`retired: true`) or 恢复 a matter. With residents holding numbers for it the answer is
 * 409 saying how many, unless `force: true` (their numbers are still served).
 */
export const POST: RequestHandler = ({ locals, request, params }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const { retired, force } = await parseBody(request, retireBody);
		const matter = await (await getApp()).hall.setMatterRetired(staff.id, params.id, retired, force);
		return json({ matter });
	});

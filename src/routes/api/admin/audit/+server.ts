import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { searchAudit } from '$lib/server/audit-query';
import { api, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/**
 * One day's audit log (supervisor): `?day=YYYY-MM-DD&person=&window=&ticket=&caseNo=`, with the
 * status of the whole hash chain across every day file.
 */
export const GET: RequestHandler = ({ locals, url }) =>
	api(async () => {
		requireSupervisor(locals);
		const { hall, env } = await getApp();
		return json(await searchAudit(hall, env.dataDir, url.searchParams));
	});

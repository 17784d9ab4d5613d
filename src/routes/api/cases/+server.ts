import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api, unauthorized } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** 承诺件 and 上报件 followed after the visit (state, due day, overdue), newest first. Staff only. */
export const GET: RequestHandler = ({ locals, url }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		const { hall } = await getApp();
		return json({ cases: hall.listCases(url.searchParams.get('site') ?? undefined) });
	});

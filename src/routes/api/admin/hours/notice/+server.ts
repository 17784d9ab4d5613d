import { json } from '@sveltejs/kit';
import { noticeImportBody } from '$lib/core/requests';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Imports a pasted State Council holiday notice `{ year, text }` (the page previews it first). */
export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const me = requireSupervisor(locals);
		const { hall } = await getApp();
		const body = await parseBody(request, noticeImportBody);
		return json(await hall.importNotice(me.id, body));
	});

import { json } from '@sveltejs/kit';
import { notFound } from '$lib/domain';
import { getApp } from '$lib/server/app';
import { api } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** A resident's ticket by its status token. */
export const GET: RequestHandler = ({ params }) =>
	api(async () => {
		const { hall } = await getApp();
		const found = await hall.ticket(params.token);
		if (!found) throw notFound('号票');
		return json(found.view);
	});

import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The resident's status page, reached from the QR code on the ticket. */
export const load: PageServerLoad = async ({ params }) => {
	const { hall } = await getApp();
	const found = await hall.ticket(params.token);
	if (!found) error(404, '未找到该号票，号票可能已过期');
	return { ticket: found.view, timeZone: hall.timeZone };
};

import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { unpair } from '$lib/server/devices';
import { api, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Unpair a device: its cookie stops working at once. */
export const DELETE: RequestHandler = ({ locals, params }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const { hall } = await getApp();
		await unpair(hall, params.id, staff.id);
		return json({ ok: true });
	});

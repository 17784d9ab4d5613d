import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import { approveDeviceBody } from '$lib/core/requests';
import type { RequestHandler } from './$types';

/** Paired devices (supervisor). */
export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		requireSupervisor(locals);
		const { hall } = await getApp();
		return json({ devices: hall.config.devices ?? [] });
	});

/** Approve the code a device shows: pairs it as a kiosk or display of a site. */
export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const { hall, pairing } = await getApp();
		const body = await parseBody(request, approveDeviceBody);
		const device = await pairing.approve(hall, body, staff.id, Date.now());
		return json({ device }, { status: 201 });
	});

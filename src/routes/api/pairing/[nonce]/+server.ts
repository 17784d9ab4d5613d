import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { DEVICE_COOKIE, signDevice } from '$lib/server/devices';
import { api } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The waiting device polls; once approved in admin it receives its device cookie here. */
export const GET: RequestHandler = ({ params, cookies, url }) =>
	api(async () => {
		const { pairing, hall } = await getApp();
		const result = pairing.poll(params.nonce, Date.now());
		if (result.state !== 'paired') return json({ state: result.state });
		const device = (hall.config.devices ?? []).find((d) => d.id === result.deviceId)!;
		cookies.set(DEVICE_COOKIE, signDevice(device.id, hall.config.secret), {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			maxAge: 10 * 365 * 24 * 3600
		});
		return json({
			state: 'paired',
			device: { id: device.id, kind: device.kind, name: device.name },
			next: device.kind === 'kiosk' ? '/kiosk' : '/display'
		});
	});

import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** A kiosk or display asks to be paired: answers a 6-digit code to show and a nonce to poll with. */
export const POST: RequestHandler = ({ getClientAddress }) =>
	api(async () => {
		const { pairing } = await getApp();
		return json(pairing.start(Date.now(), getClientAddress()), { status: 201 });
	});

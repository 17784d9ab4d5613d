import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import { settingsBody } from '$lib/core/requests';
import { DEFAULT_NOTICE, DEFAULT_VOICE } from '$lib/server/store/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		requireSupervisor(locals);
		const { settings } = (await getApp()).hall.config;
		return json({ notice: settings.notice ?? DEFAULT_NOTICE, voice: settings.voice ?? DEFAULT_VOICE });
	});

/** The lobby notice and voice settings; displays get them at once with the next hall push. */
export const PUT: RequestHandler = ({ locals, request }) =>
	api(async () => {
		requireSupervisor(locals);
		const { hall } = await getApp();
		const body = await parseBody(request, settingsBody);
		const next = await hall.updateConfig((c) => ({
			...c,
			settings: {
				...c.settings,
				...(body.notice !== undefined ? { notice: body.notice } : {}),
				...(body.voice ? { voice: body.voice } : {})
			}
		}));
		return json({ notice: next.settings.notice ?? DEFAULT_NOTICE, voice: next.settings.voice ?? DEFAULT_VOICE });
	});

import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api, parseBody, requireSupervisor } from '$lib/server/http';
import { changeNote } from '$lib/server/hall/audit';
import { settingsBody } from '$lib/core/requests';
import { DEFAULT_NOTICE, DEFAULT_VOICE, type HallSettings } from '$lib/server/store/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		requireSupervisor(locals);
		const { settings } = (await getApp()).hall.config;
		return json(settingsView(settings));
	});

function settingsView(settings: HallSettings) {
	return {
		notice: settings.notice ?? DEFAULT_NOTICE,
		voice: settings.voice ?? DEFAULT_VOICE,
		issuing: settings.issuing ?? 'open'
	};
}

/**
 * The lobby notice and voice settings (displays get them at once with the next hall push), and
 * who may take numbers: any browser at a limited rate, or paired kiosks only.
 */
export const PUT: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const { hall } = await getApp();
		const body = await parseBody(request, settingsBody);
		const next = await hall.updateConfig(
			(c) => ({
				...c,
				settings: {
					...c.settings,
					...(body.notice !== undefined ? { notice: body.notice } : {}),
					...(body.voice ? { voice: body.voice } : {}),
					...(body.issuing ? { issuing: body.issuing } : {})
				}
			}),
			{
				staffId: staff.id,
				action: 'settings_updated',
				note: (before, after) => {
					const [a, b] = [settingsView(before.settings), settingsView(after.settings)];
					return changeNote([
						['公告', a.notice, b.notice],
						['语音', JSON.stringify(a.voice), JSON.stringify(b.voice)],
						['取号', a.issuing, b.issuing]
					]);
				}
			}
		);
		return json(settingsView(next.settings));
	});

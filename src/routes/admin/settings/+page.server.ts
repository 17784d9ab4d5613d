import { getApp } from '$lib/server/app';
import { DEFAULT_NOTICE, DEFAULT_VOICE } from '$lib/server/store/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.staff?.role !== 'supervisor') return { notice: '', voice: DEFAULT_VOICE, issuing: 'open' as const };
	const { settings } = (await getApp()).hall.config;
	return {
		notice: settings.notice ?? DEFAULT_NOTICE,
		voice: settings.voice ?? DEFAULT_VOICE,
		issuing: settings.issuing ?? ('open' as const)
	};
};

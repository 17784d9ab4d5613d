import { getApp } from '$lib/server/app';
import { searchAudit } from '$lib/server/audit-query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.staff?.role !== 'supervisor') return { audit: null, windows: [] };
	const { hall, env } = await getApp();
	return {
		audit: await searchAudit(hall, env.dataDir, url.searchParams),
		windows: [...hall.config.windows].sort((a, b) => a.number - b.number).map(({ id, name }) => ({ id, name }))
	};
};

import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.staff?.role !== 'supervisor') return { devices: [], sites: [], windows: [], categories: [] };
	const { config } = (await getApp()).hall;
	return {
		devices: config.devices ?? [],
		sites: config.sites.map(({ id, name }) => ({ id, name })),
		windows: config.windows.map(({ id, name, siteId, number }) => ({ id, name, siteId, number })),
		categories: [...config.categories].sort((a, b) => a.order - b.order).map(({ id, name, prefix }) => ({ id, name, prefix }))
	};
};

import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.staff?.role !== 'supervisor') return { windows: [], sites: [], categories: [], matters: [], staff: [] };
	const { config } = (await getApp()).hall;
	return {
		windows: [...config.windows].sort((a, b) => a.siteId.localeCompare(b.siteId) || a.number - b.number),
		sites: config.sites.map(({ id, name }) => ({ id, name })),
		categories: [...config.categories].sort((a, b) => a.order - b.order).map(({ id, name, prefix }) => ({ id, name, prefix })),
		matters: [...config.matters].sort((a, b) => a.order - b.order).map(({ id, name, categoryId }) => ({ id, name, categoryId })),
		// Everyone, so a window whose clerk was disabled still names them; the pickers offer active clerks.
		staff: config.staff.map(({ id, name, staffNo, role, disabled }) => ({ id, name, staffNo, role, disabled: !!disabled }))
	};
};

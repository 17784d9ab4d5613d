import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** One matter's 办事指南 to edit (`new`: an empty one), the categories and the hall's windows. */
export const load: PageServerLoad = async ({ locals, params }) => {
	if (locals.staff?.role !== 'supervisor') return { matter: null, categories: [], windows: [] };
	const { categories, matters, windows, sites } = (await getApp()).hall.config;
	const matter = params.matterId === 'new' ? null : (matters.find((m) => m.id === params.matterId) ?? null);
	if (params.matterId !== 'new' && !matter) error(404, '未找到该事项');
	return {
		matter,
		categories: [...categories].sort((a, b) => a.order - b.order),
		windows: [...windows]
			.sort((a, b) => a.number - b.number)
			.map((w) => ({
				id: w.id,
				name: w.name,
				site: sites.length > 1 ? (sites.find((s) => s.id === w.siteId)?.name ?? '') : '',
				serves: !!matter && w.matterIds.includes(matter.id)
			}))
	};
};

import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { config } = (await getApp()).hall;
	const matter = config.matters.find((m) => m.id === params.matterId);
	if (!matter) error(404, '未找到该事项');
	// Retired (停用): kept for old tickets, no longer offered to anyone.
	if (matter.retired) error(410, '该事项已停止办理');
	const category = config.categories.find((c) => c.id === matter.categoryId);
	const windows = config.windows
		.filter((w) => w.matterIds.includes(matter.id))
		.sort((a, b) => a.number - b.number)
		.map((w) => ({ name: w.name, site: config.sites.find((s) => s.id === w.siteId)?.name ?? '' }));
	return { matter, categoryName: category?.name ?? '', windows, hallName: config.sites[0]?.name ?? '' };
};

import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The public catalogue of a site: categories, matters with their materials, and its windows. */
export const GET: RequestHandler = ({ url }) =>
	api(async () => {
		const { hall } = await getApp();
		const site = hall.site(url.searchParams.get('site') ?? hall.defaultSiteId());
		const { categories, matters, windows } = hall.config;
		return json({
			site,
			categories: [...categories].sort((a, b) => a.order - b.order),
			matters: [...matters].sort((a, b) => a.order - b.order),
			windows: windows
				.filter((w) => w.siteId === site.id)
				.map(({ id, number, name, matterIds }) => ({ id, number, name, matterIds }))
		});
	});

import { json } from '@sveltejs/kit';
import { siteCatalogue } from '$lib/domain/catalogue';
import { getApp } from '$lib/server/app';
import { api } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The public catalogue of a site: categories, matters with their materials, and its windows. */
export const GET: RequestHandler = ({ url }) =>
	api(async () => {
		const { hall } = await getApp();
		const site = hall.site(url.searchParams.get('site') ?? hall.defaultSiteId());
		return json(siteCatalogue(hall.config, site));
	});

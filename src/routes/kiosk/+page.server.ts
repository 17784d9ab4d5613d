import { error } from '@sveltejs/kit';
import { isDomainError } from '$lib/domain/errors';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/**
 * The kiosk's catalogue, assembled as GET /api/catalogue does and limited to what a window
 * serves here, for the site the kiosk was paired with, else `?site=ID`, else the first site.
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const { hall } = await getApp();
	let site;
	try {
		const paired = locals.device?.kind === 'kiosk' ? locals.device.siteId : null;
		site = hall.site(paired ?? url.searchParams.get('site') ?? hall.defaultSiteId());
	} catch (err) {
		if (isDomainError(err)) error(err.status, err.message);
		throw err;
	}
	const { catalogue, searchKeys } = hall.kioskCatalogue(site.id);
	const printer = url.searchParams.get('printer') ?? 'main';
	return {
		catalogue,
		searchKeys,
		printerId: /^[a-z0-9][a-z0-9-]{0,31}$/.test(printer) ? printer : 'main'
	};
};

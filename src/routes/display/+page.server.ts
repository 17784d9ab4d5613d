import { error } from '@sveltejs/kit';
import { screenFilter } from '$lib/components/display/screen';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/**
 * First paint of the lobby screen: the site's snapshot, rendered on the server, and which
 * windows and categories this screen shows (paired device settings, else the URL).
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const { hall } = await getApp();
	const filter = screenFilter(url, locals.device);
	const siteId = filter.siteId ?? hall.defaultSiteId();
	try {
		return { hall: await hall.hall(siteId), filter, timeZone: hall.timeZone, now: Date.now() };
	} catch {
		error(404, '未找到该服务中心，请检查大屏地址中的 site 参数');
	}
};

import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** First paint of the lobby screen: the site's snapshot, rendered on the server. */
export const load: PageServerLoad = async ({ url }) => {
	const { hall } = await getApp();
	const siteId = url.searchParams.get('site') || hall.defaultSiteId();
	try {
		return { hall: await hall.hall(siteId), timeZone: hall.timeZone, now: Date.now() };
	} catch {
		error(404, '未找到该服务中心，请检查大屏地址中的 site 参数');
	}
};

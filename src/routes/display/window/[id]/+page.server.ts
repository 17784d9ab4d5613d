import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The small screen above one window: that window's part of its site's snapshot. */
export const load: PageServerLoad = async ({ params }) => {
	const { hall } = await getApp();
	const window = hall.config.windows.find((w) => w.id === params.id);
	if (!window) error(404, '未找到该窗口，请检查窗口屏地址');
	return { hall: await hall.hall(window.siteId), windowId: window.id, timeZone: hall.timeZone, now: Date.now() };
};

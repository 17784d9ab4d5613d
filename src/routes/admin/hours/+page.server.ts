import { getApp } from '$lib/server/app';
import { calendarView, hoursView } from '$lib/server/hall/hours-admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.staff?.role !== 'supervisor') return { view: null };
	const { settings } = (await getApp()).hall.config;
	return { view: { ...hoursView(settings), calendar: calendarView(settings) } };
};

import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.staff?.role !== 'supervisor') return { staff: [], me: '' };
	const { hall } = await getApp();
	return { staff: hall.listStaff(locals.staff.id), me: locals.staff.id };
};

import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The backups kept, for supervisors (the layout shows others a refusal). */
export const load: PageServerLoad = async ({ locals }) => {
	if (locals.staff?.role !== 'supervisor') return { backups: [], dir: '', keepDays: 0, at: null };
	const { backups, env } = await getApp();
	return { backups: await backups.list(), dir: backups.dir, keepDays: backups.keepDays, at: env.backupAt };
};

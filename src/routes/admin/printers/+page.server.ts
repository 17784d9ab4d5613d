import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** Printer status and the print queue, for supervisors (the layout shows others a refusal). */
export const load: PageServerLoad = async ({ locals }) => {
	if (locals.staff?.role !== 'supervisor') return { printers: [], jobs: [], simulated: false };
	const { prints, env } = await getApp();
	return { printers: prints.printers(), jobs: prints.jobs().slice(0, 50), simulated: env.printerUrl === 'sim' };
};

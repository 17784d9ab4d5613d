import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The first-start page of a real hall: open only while it has no administrator. */
export const load: PageServerLoad = async () => {
	const { hall } = await getApp();
	return { needed: hall.needsSetup(), hallName: hall.config.sites[0]?.name ?? '' };
};

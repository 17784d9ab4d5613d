import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The public catalogue (办事指南), generated from the same data as the kiosk. */
export const load: PageServerLoad = async () => {
	const { config } = (await getApp()).hall;
	const categories = [...config.categories].sort((a, b) => a.order - b.order);
	return {
		hallName: config.sites[0]?.name ?? '',
		categories: categories.map((c) => ({
			id: c.id,
			name: c.name,
			prefix: c.prefix,
			matters: config.matters
				.filter((m) => m.categoryId === c.id && !m.retired)
				.sort((a, b) => a.order - b.order)
				.map((m) => ({ id: m.id, name: m.name, kind: m.kind, promisedDays: m.promisedDays, materials: m.materials.length }))
		}))
	};
};

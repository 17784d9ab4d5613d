import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** Categories and matters in their order, retired ones too, with the windows that serve them. */
export const load: PageServerLoad = async ({ locals }) => {
	if (locals.staff?.role !== 'supervisor') return { categories: [], matters: [] };
	const { hall } = await getApp();
	const { categories, matters, windows } = hall.config;
	return {
		categories: [...categories].sort((a, b) => a.order - b.order),
		matters: [...matters]
			.sort((a, b) => a.order - b.order)
			.map((m) => ({
				id: m.id,
				name: m.name,
				code: m.code ?? '',
				categoryId: m.categoryId,
				kind: m.kind,
				promisedDays: m.promisedDays,
				materials: m.materials.length,
				retired: !!m.retired,
				windows: windows
					.filter((w) => w.matterIds.includes(m.id))
					.sort((a, b) => a.number - b.number)
					.map((w) => w.name)
			}))
	};
};

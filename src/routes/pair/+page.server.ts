import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Device launchers open /pair: a paired device goes straight on to its own page. */
export const load: PageServerLoad = ({ locals }) => {
	if (locals.device) redirect(303, locals.device.kind === 'kiosk' ? '/kiosk' : '/display');
	return { device: null };
};

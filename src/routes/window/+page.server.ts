import type { PageServerLoad } from './$types';

/** The clerk, if the session cookie is valid (hooks.server.ts reads it into locals.staff). */
export const load: PageServerLoad = ({ locals }) => {
	const staff = locals.staff;
	return {
		staff: staff
			? {
					id: staff.id,
					name: staff.name,
					staffNo: staff.staffNo,
					windows: staff.windows
				}
			: null
	};
};

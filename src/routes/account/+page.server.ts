import type { PageServerLoad } from './$types';

/** The logged-in staff member's own account page (password change). */
export const load: PageServerLoad = async ({ locals }) => ({
	staff: locals.staff ? { name: locals.staff.name, staffNo: locals.staff.staffNo } : null
});

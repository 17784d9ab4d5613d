import type { LayoutServerLoad } from './$types';

/** Admin pages are for supervisors; anyone else sees the login form (or a refusal). */
export const load: LayoutServerLoad = ({ locals }) => ({
	staff: locals.staff ? { name: locals.staff.name, staffNo: locals.staff.staffNo, role: locals.staff.role } : null
});

import { json } from '@sveltejs/kit';
import { DomainError } from '$lib/domain';
import { getApp } from '$lib/server/app';
import { api, unauthorized } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Supervisors: every printer's status and the print queue (newest first, without bytes). */
export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		if (locals.staff.role !== 'supervisor') throw new DomainError('invalid', '仅值班主任可查看打印机', 403);
		const { prints } = await getApp();
		return json({ printers: prints.printers(), jobs: prints.jobs() });
	});

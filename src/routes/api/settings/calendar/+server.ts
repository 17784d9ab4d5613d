import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { hallCalendar } from '$lib/core/state';
import { getApp } from '$lib/server/app';
import { api, parseBody, unauthorized } from '$lib/server/http';
import type { RequestHandler } from './$types';

const day = z.iso.date();
const body = z.strictObject({ holidays: z.array(day).max(400), workdays: z.array(day).max(100).default([]) });

/** The calendar that 承诺件 due dates count working days over: the shipped list with the hall's own changes. */
export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		const { hall } = await getApp();
		return json(hallCalendar(hall.config.settings));
	});

/**
 * Set the hall's own additions to the shipped list (supervisors): `{ holidays: [...], workdays: [...] }`.
 * /admin/hours uses PUT /api/admin/hours/calendar, which also removes shipped days.
 */
export const PUT: RequestHandler = ({ locals, request }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		const { hall } = await getApp();
		const { holidays, workdays } = await parseBody(request, body);
		return json(await hall.setCalendar(locals.staff.id, { holidays, workdays }));
	});

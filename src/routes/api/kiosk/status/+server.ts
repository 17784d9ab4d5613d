import { json } from '@sveltejs/kit';
import { invalid } from '$lib/domain';
import { getApp } from '$lib/server/app';
import { api } from '$lib/server/http';
import { MAIN_PRINTER, PRINTER_ID } from '$lib/server/printing/jobs';
import type { RequestHandler } from './$types';

/**
 * What a kiosk checks before a resident taps: does the hall issue tickets now (hours, quotas),
 * and is this kiosk's printer up? `?site=ID&printer=ID` (defaults: first site, main printer).
 */
export const GET: RequestHandler = ({ url }) =>
	api(async () => {
		const { hall, prints } = await getApp();
		const siteId = url.searchParams.get('site') ?? hall.defaultSiteId();
		const printerId = url.searchParams.get('printer') ?? MAIN_PRINTER;
		if (!PRINTER_ID.test(printerId)) throw invalid('打印机编号无效');
		return json({ admission: await hall.admission(siteId), printer: prints.status(printerId) });
	});

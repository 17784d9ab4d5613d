import { getApp } from '$lib/server/app';
import { requirePrinterPageAccess } from '$lib/server/printer-access';
import { PREVIEW_CSS, renderPreviewHtml } from '$lib/server/printing/simulator';
import { getSimulator } from '$lib/server/printing/transport';
import type { PageServerLoad } from './$types';

/** The built-in printer simulator's receipts (PRINTER_URL=sim), rendered as the paper would look. */
export const load: PageServerLoad = async ({ locals }) => {
	const { env, printer } = await getApp();
	requirePrinterPageAccess(env, locals.staff);
	if (env.printerUrl !== 'sim') {
		return { simulated: false, printer: printer.describe, receipts: [], css: '' };
	}
	const sim = await getSimulator();
	return {
		simulated: true,
		printer: printer.describe,
		css: PREVIEW_CSS,
		receipts: sim.receipts.slice(0, 20).map((r) => ({
			id: r.id,
			receivedAt: r.receivedAt,
			big: r.big,
			html: renderPreviewHtml(r, { columns: env.printerColumns })
		}))
	};
};

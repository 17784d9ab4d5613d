import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { issueSource } from '$lib/server/issue-gate';
import { api, parseBody } from '$lib/server/http';
import { printNotice } from '$lib/server/print-ticket';
import { printNoticeBody } from '$lib/core/requests';
import type { RequestHandler } from './$types';

/**
 * Print the one-time notice (一次性告知单) alone: for a resident who lacks a paper and takes the
 * checklist home. No ticket is issued and no number is used.
 */
export const POST: RequestHandler = ({ request, locals, getClientAddress }) =>
	api(async () => {
		const app = await getApp();
		app.gate.admit(issueSource(locals.device, getClientAddress()), app.hall.config.settings, Date.now());
		const body = await parseBody(request, printNoticeBody);
		app.prints.requireKnown(body.printerId);
		const result = await printNotice(app, {
			siteId: body.siteId ?? app.hall.defaultSiteId(),
			matterId: body.matterId,
			missing: body.missing ?? [],
			printerId: body.printerId
		});
		return json(result, { status: 201 });
	});

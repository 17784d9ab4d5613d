import { json } from '@sveltejs/kit';
import { DomainError } from '$lib/domain';
import { getApp } from '$lib/server/app';
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
		const body = await parseBody(request, printNoticeBody);
		app.prints.requireKnown(body.printerId);
		// Paired kiosks and staff print freely; anyone else is limited per address.
		const anonymous = !locals.staff && locals.device?.kind !== 'kiosk';
		if (anonymous && !app.noticeLimit.take(getClientAddress(), Date.now())) {
			throw new DomainError('rate_limited', '打印告知单过于频繁，请稍后再试，或请工作人员帮助', 429);
		}
		const result = await printNotice(app, {
			siteId: body.siteId ?? app.hall.defaultSiteId(),
			matterId: body.matterId,
			missing: body.missing ?? [],
			printerId: body.printerId
		});
		return json(result, { status: 201 });
	});

import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { issueSource } from '$lib/server/issue-gate';
import { api, parseBody } from '$lib/server/http';
import { printTicket, statusUrl } from '$lib/server/print-ticket';
import { issueTicketBody } from '$lib/core/requests';
import type { RequestHandler } from './$types';

/** Issue a ticket (the kiosk's 取号). Answers only after the ticket is on disk, then prints. */
export const POST: RequestHandler = ({ request, url, locals, getClientAddress }) =>
	api(async () => {
		const app = await getApp();
		app.gate.admit(issueSource(locals.device, getClientAddress()), app.hall.config.settings, Date.now());
		const body = await parseBody(request, issueTicketBody);
		// An unknown printer is refused before a number is used.
		app.prints.requireKnown(body.printerId);
		const { ticket, view, created } = await app.hall.issueTicket({
			siteId: body.siteId ?? app.hall.defaultSiteId(),
			matterId: body.matterId,
			priority: body.priority,
			missing: body.missing,
			requestId: body.requestId
		});
		// A repeated request (same requestId) returns the same ticket and does not print twice.
		const print = created
			? await printTicket(app, ticket, view, url.origin, { printerId: body.printerId })
			: { ok: true as const };
		return json({ ticket: view, print, statusUrl: statusUrl(app, view, url.origin) }, { status: created ? 201 : 200 });
	});

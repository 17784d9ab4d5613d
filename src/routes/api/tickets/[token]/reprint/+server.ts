import { json } from '@sveltejs/kit';
import { DomainError, assertReprintable, notFound } from '$lib/domain';
import { getApp } from '$lib/server/app';
import { issueSource } from '$lib/server/issue-gate';
import { api, parseBody } from '$lib/server/http';
import { printTicket } from '$lib/server/print-ticket';
import { reprintBody } from '$lib/core/requests';
import type { RequestHandler } from './$types';

/** Reprints per ticket: a lost receipt once or twice, not a stream of copies of someone's number. */
const MAX_REPRINTS = 2;

/** Reprint (补打) a waiting ticket from the kiosk within N minutes of issue, at most twice; marked 【补打】. */
export const POST: RequestHandler = ({ params, request, url, locals, getClientAddress }) =>
	api(async () => {
		const app = await getApp();
		app.gate.admit(issueSource(locals.device, getClientAddress()), app.hall.config.settings, Date.now());
		const body = await parseBody(request, reprintBody);
		app.prints.requireKnown(body.printerId);
		const found = await app.hall.ticket(params.token);
		if (!found) throw notFound('号票');
		const { ticket, view } = found;
		assertReprintable(ticket, Date.now(), app.hall.config.settings.reprintMinutes);
		if (!(await app.prints.takeReprint(ticket.token, ticket.day, MAX_REPRINTS))) {
			throw new DomainError('illegal_transition', `${ticket.number}号已补打${MAX_REPRINTS}次，不能再补打，请到咨询台求助`, 409);
		}
		const print = await printTicket(app, ticket, view, url.origin, { printerId: body.printerId, reprint: true });
		return json({ ticket: view, print });
	});

import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api, parseBody, unauthorized } from '$lib/server/http';
import { windowActionBody } from '$lib/server/schemas';
import type { RequestHandler } from './$types';

/**
 * A clerk's command at a window: call (叫号), recall (重呼), start (开始办理), finish (办结),
 * no_show (过号). Answers after the durable write; the same requestId twice acts once.
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		const { hall } = await getApp();
		const body = await parseBody(request, windowActionBody);
		const { view, ticket } = await hall.windowCommand({
			windowId: params.id,
			staffId: locals.staff.id,
			command: body.action,
			requestId: body.requestId
		});
		return json({ view, ticket: { number: ticket.number, state: ticket.state } });
	});

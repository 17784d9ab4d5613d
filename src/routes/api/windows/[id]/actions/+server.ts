import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api, parseBody, unauthorized } from '$lib/server/http';
import { windowCommandBody, type CommandAnswer } from '$lib/core/commands';
import type { RequestHandler } from './$types';

/**
 * A clerk's command at a window: call (叫号), recall (重呼), start (开始办理), finish (办结, with
 * an outcome), no_show (过号), transfer (转移), hold (挂起), callback (回呼), call_number (选号呼叫),
 * pause (暂停) and resume (恢复). Answers after the durable write; the same requestId twice acts once.
 */
export const POST: RequestHandler = ({ params, request, locals }) =>
	api(async () => {
		if (!locals.staff) throw unauthorized();
		const { hall } = await getApp();
		const { requestId, ...command } = await parseBody(request, windowCommandBody);
		const { view, ticket } = await hall.windowCommand({
			windowId: params.id,
			staffId: locals.staff.id,
			command,
			requestId
		});
		const answer: CommandAnswer = {
			view,
			ticket: ticket
				? { number: ticket.number, state: ticket.state, ...(ticket.outcome ? { outcome: ticket.outcome } : {}) }
				: null
		};
		return json(answer);
	});

/**
 * Tickets: whether the site issues now (hours, quotas), issuing one (numbered under the lock,
 * acknowledged after the durable write), and finding one by its status token.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { ticketView } from '$lib/core/ticket-view';
import { hallCalendar, type DayRecord } from '$lib/core/state';
import { missingOf } from '$lib/domain/catalogue';
import { isRealDay } from '$lib/domain/day';
import { hallClosed, matterNotServed, notFound } from '$lib/domain/errors';
import { admission, inBand, type Admission } from '$lib/domain/hours';
import { nextNumber } from '$lib/domain/numbering';
import { newTicket } from '$lib/domain/tickets';
import type { Ticket } from '$lib/domain/types';
import type { TicketView } from '$lib/realtime/events';
import type { HallContext } from './context';
import { publish } from './publish';

export interface IssueInput {
	siteId: string;
	matterId: string;
	priority?: boolean;
	missing?: string[];
	requestId?: string;
}

export function admissionAt(ctx: HallContext, siteId: string, day: DayRecord, now: number): Admission {
	const issued = day.tickets.filter((t) => t.siteId === siteId);
	const { hours, timeZone } = ctx.config.settings;
	const { holidays, workdays } = hallCalendar(ctx.config.settings);
	return admission({
		hours,
		now,
		timeZone,
		holidays,
		workdays,
		issuedToday: issued.length,
		issuedInBand: (band) => issued.filter((t) => inBand(band, t.issuedAt, timeZone)).length
	});
}

export function issueTicket(
	ctx: HallContext,
	input: IssueInput
): Promise<{ ticket: Ticket; view: TicketView; created: boolean }> {
	let created = false;
	return ctx.memo
		.once(input.requestId && `issue:${input.requestId}`, () =>
			ctx.lock.run(async () => {
				const { config } = ctx;
				const site = ctx.site(input.siteId);
				if (!site) throw notFound('服务中心');
				const matter = config.matters.find((m) => m.id === input.matterId);
				if (!matter) throw notFound('事项');
				if (matter.retired) throw matterNotServed(matter.name);
				const category = config.categories.find((c) => c.id === matter.categoryId);
				if (!category) throw notFound('事项分类');
				const windows = config.windows.filter((w) => w.siteId === site.id && w.matterIds.includes(matter.id));
				if (windows.length === 0) throw matterNotServed(matter.name);
				const missing = missingOf(matter, input.missing ?? []);

				const now = ctx.clock();
				const day = await ctx.currentDay();
				// The same press again (kept with the day, so also after a restart): the same ticket.
				const earlier = input.requestId && day.tickets.find((t) => t.requestId === input.requestId);
				if (earlier) return earlier;
				// Closed, outside the hours or over a quota: refuse before numbering, so no number is used.
				const open = admissionAt(ctx, site.id, day, now);
				if (!open.open) throw hallClosed(open.message);
				const { seq, number } = nextNumber(day.tickets, site.id, day.day, category.prefix);
				const ticket = newTicket({
					id: randomUUID(),
					token: day.day.replaceAll('-', '') + randomBytes(12).toString('base64url'),
					siteId: site.id,
					day: day.day,
					category,
					matter,
					priority: input.priority ?? false,
					missing,
					now,
					seq,
					number
				});
				if (input.requestId) ticket.requestId = input.requestId;
				const seqs = { ...day.seq, [site.id]: (day.seq[site.id] ?? 0) + 1 };
				await ctx.commitDay({ ...day, tickets: [...day.tickets, ticket], seq: seqs });
				created = true;
				return ticket;
			})
		)
		.then(async (ticket) => {
			if (created) publish(ctx, ticket.siteId);
			const day = await ctx.currentDay();
			const latest = day.tickets.find((t) => t.id === ticket.id) ?? ticket;
			return { ticket: latest, view: ticketView(ctx.config, day, latest), created };
		});
}

/** A ticket by its status token; tokens start with their day so older days stay readable. */
export async function findTicket(ctx: HallContext, token: string): Promise<{ ticket: Ticket; view: TicketView } | null> {
	const match = /^(\d{4})(\d{2})(\d{2})[A-Za-z0-9_-]{8,}$/.exec(token);
	if (!match) return null;
	const day = `${match[1]}-${match[2]}-${match[3]}`;
	const today = await ctx.currentDay();
	if (!isRealDay(day) || day > today.day) return null; // not a day a ticket could be from: touch no store
	const record = day === today.day ? today : await ctx.store.readDay(day);
	const ticket = record?.tickets.find((t) => t.token === token);
	if (!record || !ticket) return null;
	return { ticket, view: ticketView(ctx.config, record, ticket, ctx.cases, today.day) };
}

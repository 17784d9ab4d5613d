/**
 * Prints a ticket with its one-time checklist (一次性告知单) on the kiosk's printer. Printing
 * happens after the ticket is durably issued: a printer that is off never loses the ticket,
 * the kiosk just says so and shows the QR on screen.
 */
import { dayKey, formatDateTime, missingOf, notFound } from '$lib/domain';
import type { PrintStatus, TicketView } from '$lib/realtime/events';
import type { App } from './app';
import type { Ticket } from '$lib/domain/types';
import { MAIN_PRINTER, PRINT_LATER } from './printing/jobs';
import { renderNotice, renderNoticeText, renderReceipt, type ReceiptData } from './printing/receipt';
import { noticeData, receiptData } from './printing/receipt-data';

export function receiptFor(app: App, ticket: Ticket, view: TicketView, origin: string): ReceiptData {
	const { config } = app.hall;
	const matter = config.matters.find((m) => m.id === ticket.matterId)!;
	const notice = noticeData(config, app.hall.site(ticket.siteId), matter, {
		missing: ticket.missing,
		issuedAt: formatDateTime(ticket.issuedAt, app.hall.timeZone),
		serial: `${ticket.day.replaceAll('-', '')}-${ticket.number}`
	});
	return receiptData(notice, {
		number: ticket.number,
		windowNames: view.windowNames,
		ahead: view.ahead,
		etaMinutes: view.etaMinutes,
		statusUrl: statusUrl(app, view, origin),
		priority: ticket.priority
	});
}

/**
 * Queues the ticket's receipt for `printerId` (persisted first) and answers how the first
 * attempt went. A printer that is away prints it when it is back (within the job TTL).
 */
export async function printTicket(
	app: App,
	ticket: Ticket,
	view: TicketView,
	origin: string,
	opts: { printerId?: string; reprint?: boolean } = {}
): Promise<PrintStatus> {
	try {
		const data = { ...receiptFor(app, ticket, view, origin), reprint: opts.reprint ?? false };
		const bytes = renderReceipt(data, { columns: app.env.printerColumns });
		const kind = opts.reprint ? 'reprint' : 'ticket';
		return await app.prints.submit({ printerId: opts.printerId ?? MAIN_PRINTER, kind, label: ticket.number, bytes });
	} catch (err) {
		console.error(`[print] ticket ${ticket.number}:`, err instanceof Error ? err.message : err);
		return { ok: false, message: PRINT_LATER };
	}
}

/** The one-time notice of a matter alone (no ticket), with the resident's missing marks. */
export async function printNotice(
	app: App,
	input: { siteId: string; matterId: string; missing: string[]; printerId?: string }
): Promise<{ print: PrintStatus; serial: string; lines: string[] }> {
	const { config } = app.hall;
	const site = app.hall.site(input.siteId);
	const matter = config.matters.find((m) => m.id === input.matterId);
	if (!matter || matter.retired) throw notFound('事项');
	const missing = missingOf(matter, input.missing);
	const now = Date.now();
	const day = dayKey(now, app.hall.timeZone);
	const serial = await app.prints.nextSerial(day, 'N');
	const data = noticeData(config, site, matter, { missing, issuedAt: formatDateTime(now, app.hall.timeZone), serial });
	const columns = app.env.printerColumns;
	const print = await app.prints.submit({
		printerId: input.printerId ?? MAIN_PRINTER,
		kind: 'notice',
		label: `${matter.name} 告知单 ${serial}`,
		bytes: renderNotice(data, { columns })
	});
	return { print, serial, lines: renderNoticeText(data, { columns }) };
}

/** The address of a ticket's status page as residents' phones reach it (PUBLIC_URL, else the kiosk's origin). */
export function statusUrl(app: App, view: TicketView, origin: string): string {
	return `${app.env.publicUrl || origin}${view.statusPath}`;
}

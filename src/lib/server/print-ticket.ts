/**
 * Prints a ticket with its one-time checklist (一次性告知单) on the kiosk's printer. Printing
 * happens after the ticket is durably issued: a printer that is off never loses the ticket,
 * the kiosk just says so and shows the QR on screen.
 */
import { dayKey, expectedTrips, formatDateTime, invalid, notFound } from '$lib/domain';
import type { PrintStatus, TicketView } from '$lib/realtime/events';
import type { App } from './app';
import type { Ticket } from '$lib/domain/types';
import { MAIN_PRINTER, PRINT_LATER } from './printing/jobs';
import { renderNotice, renderNoticeText, renderReceipt, type NoticeData, type ReceiptData } from './printing/receipt';

export function receiptFor(app: App, ticket: Ticket, view: TicketView, origin: string): ReceiptData {
	const { config } = app.hall;
	const matter = config.matters.find((m) => m.id === ticket.matterId)!;
	const site = config.sites.find((s) => s.id === ticket.siteId);
	return {
		hallName: view.siteName,
		number: ticket.number,
		matterName: matter.name,
		categoryName: view.categoryName,
		kind: matter.kind,
		promisedDays: matter.promisedDays,
		legalDays: matter.legalDays,
		windowNames: view.windowNames,
		ahead: view.ahead,
		etaMinutes: view.etaMinutes,
		issuedAt: formatDateTime(ticket.issuedAt, app.hall.timeZone),
		statusUrl: statusUrl(app, view, origin),
		materials: matter.materials,
		missing: ticket.missing,
		priority: ticket.priority,
		conditions: matter.conditions,
		fee: matter.fee,
		enquiry: matter.enquiry,
		phone: site?.phone,
		trips: expectedTrips(matter),
		serial: `${ticket.day.replaceAll('-', '')}-${ticket.number}`
	};
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
	if (!matter) throw notFound('事项');
	const known = new Set(matter.materials.map((m) => m.name));
	const unknown = input.missing.find((m) => !known.has(m));
	if (unknown) throw invalid(`"${unknown}"不是该事项所需的材料`);
	const now = Date.now();
	const day = dayKey(now, app.hall.timeZone);
	const serial = await app.prints.nextSerial(day, 'N');
	const data: NoticeData = {
		hallName: site.name,
		matterName: matter.name,
		categoryName: config.categories.find((c) => c.id === matter.categoryId)?.name ?? '',
		kind: matter.kind,
		promisedDays: matter.promisedDays,
		legalDays: matter.legalDays,
		materials: matter.materials,
		missing: [...new Set(input.missing)],
		conditions: matter.conditions,
		fee: matter.fee,
		enquiry: matter.enquiry,
		phone: site.phone,
		trips: expectedTrips(matter),
		issuedAt: formatDateTime(now, app.hall.timeZone),
		serial
	};
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

/**
 * Prints a ticket with its one-time checklist (一次性告知单) on the kiosk's printer. Printing
 * happens after the ticket is durably issued: a printer that is off never loses the ticket,
 * the kiosk just says so and shows the QR on screen.
 */
import { expectedTrips, formatDateTime } from '$lib/domain';
import type { PrintStatus, TicketView } from '$lib/realtime/events';
import type { App } from './app';
import type { Ticket } from '$lib/domain/types';
import { renderReceipt, type ReceiptData } from './printing/receipt';

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

export async function printTicket(app: App, ticket: Ticket, view: TicketView, origin: string): Promise<PrintStatus> {
	try {
		const bytes = renderReceipt(receiptFor(app, ticket, view, origin), { columns: app.env.printerColumns });
		await app.printer.print(bytes);
		return { ok: true };
	} catch (err) {
		console.error(`[print] ticket ${ticket.number}:`, err instanceof Error ? err.message : err);
		return { ok: false, message: '打印机暂时无法打印，请用手机扫描屏幕上的二维码查看排队进度，或记下您的号码' };
	}
}

/** The address of a ticket's status page as residents' phones reach it (PUBLIC_URL, else the kiosk's origin). */
export function statusUrl(app: App, view: TicketView, origin: string): string {
	return `${app.env.publicUrl || origin}${view.statusPath}`;
}

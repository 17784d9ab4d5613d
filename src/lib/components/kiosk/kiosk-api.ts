/**
 * The kiosk's calls to the hall's server: take a ticket, print the checklist alone, reprint,
 * and read whether numbers are given out and the printer works. Each answers a typed result
 * instead of throwing on an HTTP error; a network failure still throws (the caller says
 * "connection lost").
 */
import type { IssueTicketInput, PrintNoticeInput, ReprintInput } from '$lib/core/requests';
import type { PrinterStatus, PrintStatus, TicketView } from '$lib/realtime/events';

/** `message`: the server's own words for the resident, when it sent any. */
export type ApiResult<T> = { ok: true; body: T } | { ok: false; status: number; message?: string; code?: string };

export interface KioskStatus {
	admission: { open: true } | { open: false; message: string };
	printer: PrinterStatus;
}

export interface TakeTicket {
	matterId: string;
	requestId: string;
	priority: boolean;
	missing: string[];
}

export interface KioskApi {
	takeTicket(req: TakeTicket): Promise<ApiResult<{ ticket: TicketView; print: PrintStatus; statusUrl: string }>>;
	printNotice(req: {
		matterId: string;
		missing: string[];
	}): Promise<ApiResult<{ print: PrintStatus; serial: string; lines: string[] }>>;
	reprint(token: string): Promise<ApiResult<{ print: PrintStatus }>>;
	status(): Promise<KioskStatus | null>;
}

type ErrorBody = { error?: { message?: string; code?: string } } | null;

/** Bodies typed by the schemas the server validates with (core/requests.ts). */
type Body = IssueTicketInput | PrintNoticeInput | ReprintInput;

async function post(url: string, body: Body): Promise<{ res: Response; body: Record<string, unknown> | null }> {
	const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	return { res, body: await res.json().catch(() => null) };
}

function refused(status: number, body: unknown): { ok: false; status: number; message?: string; code?: string } {
	const error = (body as ErrorBody)?.error;
	return { ok: false, status, message: error?.message, code: error?.code };
}

/** The API of the kiosk at `where().siteId` printing on `where().printerId`, over `fetch`. */
export function kioskApi(where: () => { siteId: string; printerId: string }): KioskApi {
	return {
		async takeTicket(req) {
			const { siteId, printerId } = where();
			const { res, body } = await post('/api/tickets', { siteId, ...req, printerId });
			if (!res.ok || !body?.ticket) return refused(res.status, body);
			const ticket = body.ticket as TicketView;
			// The server says which address the printed QR carries (PUBLIC_URL); show the same one.
			const statusUrl = typeof body.statusUrl === 'string' ? body.statusUrl : `${location.origin}${ticket.statusPath}`;
			return { ok: true, body: { ticket, print: body.print as PrintStatus, statusUrl } };
		},
		async printNotice(req) {
			const { siteId, printerId } = where();
			const { res, body } = await post('/api/notices', { siteId, ...req, printerId });
			if (!res.ok || !body?.print) return refused(res.status, body);
			return {
				ok: true,
				body: { print: body.print as PrintStatus, serial: body.serial as string, lines: body.lines as string[] }
			};
		},
		async reprint(token) {
			const { res, body } = await post(`/api/tickets/${token}/reprint`, { printerId: where().printerId });
			if (!res.ok) return refused(res.status, body);
			return { ok: true, body: { print: (body as { print: PrintStatus }).print } };
		},
		async status() {
			try {
				const { siteId, printerId } = where();
				const res = await fetch(`/api/kiosk/status?${new URLSearchParams({ site: siteId, printer: printerId })}`);
				return res.ok ? ((await res.json()) as KioskStatus) : null;
			} catch {
				return null; // Offline for a moment: the caller keeps what it knew.
			}
		}
	};
}

// One 取号, one idempotency key: the same helper as the console's (works on plain-http LANs too).
export { newRequestId } from '$lib/client/request-id';

/** Whether the kiosk may not give out numbers now, and whether its printer cannot print. */
export function statusNotices(status: KioskStatus | null): { closed: string; printerDown: string } {
	return {
		closed: status && !status.admission.open ? status.admission.message : '',
		printerDown: status && ['offline', 'paper_out'].includes(status.printer.state) ? status.printer.message : ''
	};
}

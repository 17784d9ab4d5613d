/**
 * What a printed notice and ticket say, assembled once from the catalogue: the one-time notice
 * (一次性告知单) of a matter, and the ticket receipt that carries it. Pure; printing and the
 * preview page both call it.
 */
import type { HallConfig } from '$lib/core/state';
import { expectedTrips } from '$lib/domain/catalogue';
import type { Matter, Site } from '$lib/domain/types';
import type { NoticeData, ReceiptData } from './receipt';

export function noticeData(
	config: HallConfig,
	site: Site | undefined,
	matter: Matter,
	opts: { missing: string[]; issuedAt: string; serial: string }
): NoticeData {
	return {
		hallName: site?.name ?? '',
		matterName: matter.name,
		categoryName: config.categories.find((c) => c.id === matter.categoryId)?.name ?? '',
		kind: matter.kind,
		promisedDays: matter.promisedDays,
		legalDays: matter.legalDays,
		materials: matter.materials,
		missing: [...new Set(opts.missing)],
		conditions: matter.conditions,
		fee: matter.fee,
		enquiry: matter.enquiry,
		phone: site?.phone,
		trips: expectedTrips(matter),
		issuedAt: opts.issuedAt,
		serial: opts.serial
	};
}

/** The ticket part: its number, the windows that serve it, the queue ahead and the status QR. */
export interface TicketPart {
	number: string;
	windowNames: string[];
	ahead: number;
	etaMinutes: number;
	statusUrl: string;
	priority: boolean;
	reprint?: boolean;
}

export function receiptData(notice: NoticeData, ticket: TicketPart): ReceiptData {
	return { ...notice, ...ticket };
}

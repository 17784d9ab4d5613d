/**
 * What the kiosk knows about its hall: the public catalogue as /api/catalogue answers it,
 * limited to what this site's windows serve. Plain data, safe for the browser.
 */
import type { Category, Matter, MatterKind, Site } from '$lib/domain/types';

export interface KioskWindow {
	id: string;
	number: number;
	name: string;
	matterIds: string[];
}

export interface KioskCatalogue {
	site: Site;
	categories: Category[];
	matters: Matter[];
	windows: KioskWindow[];
}

/** The badge on a matter button: the kind in the words of the policy. */
export const kindBadge: Record<MatterKind, string> = {
	instant: '即办件',
	promised: '承诺件',
	forwarded: '上报件'
};

/** The windows that serve a matter, by window number. */
export function windowsFor(catalogue: KioskCatalogue, matterId: string): KioskWindow[] {
	return catalogue.windows.filter((w) => w.matterIds.includes(matterId)).sort((a, b) => a.number - b.number);
}

/**
 * Only what a window of this site serves: a resident must never be sent to queue for a matter
 * no window will call. Categories left without matters are dropped; the configured order stays.
 */
export function servedHere(catalogue: KioskCatalogue): KioskCatalogue {
	const served = new Set(catalogue.windows.flatMap((w) => w.matterIds));
	const matters = catalogue.matters.filter((m) => served.has(m.id));
	const categories = catalogue.categories.filter((c) => matters.some((m) => m.categoryId === c.id));
	return { ...catalogue, categories, matters };
}

/**
 * A fresh idempotency key for one 取号. `crypto.randomUUID` exists only in secure contexts, and a
 * kiosk on the hall's LAN usually loads the page over plain http, so fall back to
 * `getRandomValues`, which browsers offer everywhere.
 */
export function newRequestId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

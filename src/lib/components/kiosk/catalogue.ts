/**
 * What the kiosk knows about its hall: the site's public catalogue (see `siteCatalogue` in the
 * domain), limited to what this site's windows serve. Plain data, safe for the browser.
 */
import type { PublicWindow, SiteCatalogue } from '$lib/domain/catalogue';

export type KioskWindow = PublicWindow;
export type KioskCatalogue = SiteCatalogue;

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

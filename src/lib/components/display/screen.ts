/**
 * Which part of the hall a screen shows. A hall may hang one screen per area: each shows (and
 * announces) only its windows' calls and only its categories' waiting counts. The choice comes
 * from the paired device's settings, or, for a screen opened by hand, from the URL:
 * `/display?site=demo&windows=win-1,win-2&categories=livelihood,police`.
 */
import type { DeviceIdentity } from '$lib/devices';
import type { HallSnapshot } from '$lib/realtime/events';

export interface ScreenFilter {
	siteId: string | null;
	/** Window ids shown; null: every window of the site. */
	windows: string[] | null;
	/** Category ids shown; null: every category. */
	categories: string[] | null;
}

const list = (value: string | null) => {
	const items = (value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	return items.length ? [...new Set(items)] : null;
};

/** A paired display's settings win over the URL. */
export function screenFilter(url: URL, device: DeviceIdentity | null): ScreenFilter {
	if (device && device.kind === 'display') {
		return { siteId: device.siteId, windows: device.windows, categories: device.categories };
	}
	return {
		siteId: url.searchParams.get('site')?.trim() || null,
		windows: list(url.searchParams.get('windows')),
		categories: list(url.searchParams.get('categories'))
	};
}

/** The part of a snapshot this screen shows. Unknown ids in the filter are ignored. */
export function screenView(hall: HallSnapshot, filter: Pick<ScreenFilter, 'windows' | 'categories'>) {
	const windowIds = filter.windows ? new Set(filter.windows) : null;
	const categoryIds = filter.categories ? new Set(filter.categories) : null;
	return {
		windows: windowIds ? hall.windows.filter((w) => windowIds.has(w.id)) : hall.windows,
		categories: categoryIds ? hall.categories.filter((c) => categoryIds.has(c.id)) : hall.categories,
		calls: windowIds ? hall.calls.filter((c) => windowIds.has(c.windowId)) : hall.calls
	};
}

/** Does this screen show (and announce) calls to that window? */
export function showsWindow(filter: Pick<ScreenFilter, 'windows'>, windowId: string): boolean {
	return !filter.windows || filter.windows.includes(windowId);
}

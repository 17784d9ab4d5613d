/**
 * What a paired device (kiosk or lobby display) is, as pages see it. Pairing itself lives in
 * $lib/server/devices.ts; an unpaired browser opened by hand gets `null` and uses URL params.
 */
export interface DeviceIdentity {
	id: string;
	kind: 'kiosk' | 'display';
	siteId: string;
	name: string;
	/** Display only: window ids this screen shows (null: all of the site). */
	windows: string[] | null;
	/** Display only: category ids this screen shows (null: all). */
	categories: string[] | null;
}

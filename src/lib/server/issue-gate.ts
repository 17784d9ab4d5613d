/**
 * Who may take numbers and print notices. A paired kiosk always may. Anyone else (a browser
 * opened by hand at /kiosk, a script on the hall's Wi-Fi) may only while the hall allows
 * unpaired issuing (settings.issuing, 'open' by default so a new hall works at once), and then
 * at a bounded rate per address, so a script cannot drain the day's quota. A later source (a
 * resident's phone joining remotely) gets its own case here.
 */
import type { DeviceIdentity } from '$lib/devices';
import type { HallSettings } from '$lib/core/state';
import { DomainError } from '$lib/domain/errors';
import { RateLimit } from './rate-limit';

export type IssueSource = { kind: 'kiosk'; deviceId: string; siteId: string } | { kind: 'unpaired'; address: string };

export function issueSource(device: DeviceIdentity | null, address: string): IssueSource {
	return device?.kind === 'kiosk' ? { kind: 'kiosk', deviceId: device.id, siteId: device.siteId } : { kind: 'unpaired', address };
}

/** Unpaired issuing: a resident takes one or two numbers a minute; twelve is generous. */
export const UNPAIRED_PER_MINUTE = 12;

export class IssueGate {
	private unpaired: RateLimit;

	constructor(perMinute = UNPAIRED_PER_MINUTE) {
		this.unpaired = new RateLimit(perMinute, 60_000);
	}

	/** Throws the refusal (403 or 429, in Chinese) when `source` may not issue now. */
	admit(source: IssueSource, settings: Pick<HallSettings, 'issuing'>, now: number) {
		if (source.kind === 'kiosk') return;
		if ((settings.issuing ?? 'open') === 'paired') {
			throw new DomainError('invalid', '本大厅只允许已配对的取号机取号和打印，请到大厅取号机办理', 403);
		}
		const wait = this.unpaired.hit(source.address, now);
		if (wait > 0) throw new DomainError('rate_limited', `操作过于频繁，请 ${wait} 秒后再试`, 429);
	}
}

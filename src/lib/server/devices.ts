/**
 * Pairing kiosks and displays without typing a password on them: the device shows a short code,
 * a supervisor enters that code in admin with the device's role, site and name, and the device's
 * next poll receives a signed httpOnly cookie (`yz_device`) that names it from then on.
 * Pending codes live in memory for ten minutes: a restart simply means showing a new code.
 * They are bounded: at most MAX_PENDING in all and MAX_PENDING_PER_SOURCE per address; beyond
 * that the oldest is dropped (a device whose code was dropped polls `expired` and asks anew).
 */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { DomainError, invalid, notFound } from '$lib/domain';
import type { DeviceIdentity } from '$lib/devices';
import type { Hall } from './hall';
import type { Device, HallConfig } from './store/store';

export const DEVICE_COOKIE = 'yz_device';
const CODE_TTL_MS = 10 * 60_000;
/** Pending codes kept at once; a hall pairs a handful of devices at a time. */
export const MAX_PENDING = 200;
/** Pending codes per source address (a device that reloads its pairing page asks again). */
export const MAX_PENDING_PER_SOURCE = 3;

interface Pending {
	code: string;
	/** Secret the waiting device polls with; the code alone is short and could be guessed. */
	nonce: string;
	expiresAt: number;
	deviceId?: string;
	/** Who asked (IP address), for the per-source cap. */
	source: string;
}

export class Pairing {
	private pending = new Map<string, Pending>();

	/** A device asks to be paired: it gets a code to show and a nonce to poll with. */
	start(now: number, source = ''): { code: string; nonce: string; expiresAt: number } {
		this.sweep(now);
		// Oldest first (Map order): make room for this one per source, then overall.
		const mine = [...this.pending].filter(([, p]) => p.source === source && !p.deviceId);
		for (const [nonce] of mine.slice(0, Math.max(0, mine.length - MAX_PENDING_PER_SOURCE + 1))) this.pending.delete(nonce);
		for (const [nonce, p] of this.pending) {
			if (this.pending.size < MAX_PENDING) break;
			// An approved code waits for its device's next poll: never dropped.
			if (!p.deviceId) this.pending.delete(nonce);
		}
		let code: string;
		do code = String(randomInt(100000, 1000000));
		while ([...this.pending.values()].some((p) => p.code === code));
		const nonce = randomBytes(18).toString('base64url');
		const expiresAt = now + CODE_TTL_MS;
		this.pending.set(nonce, { code, nonce, expiresAt, source });
		return { code, nonce, expiresAt };
	}

	/** The waiting device polls: null while pending, the device id once approved. */
	poll(nonce: string, now: number): { state: 'pending' | 'paired' | 'expired'; deviceId?: string } {
		this.sweep(now);
		const entry = this.pending.get(nonce);
		if (!entry) return { state: 'expired' };
		if (!entry.deviceId) return { state: 'pending' };
		this.pending.delete(nonce);
		return { state: 'paired', deviceId: entry.deviceId };
	}

	/** A supervisor approves the code shown on the device. */
	async approve(
		hall: Hall,
		input: { code: string; kind: Device['kind']; siteId: string; name: string; windows?: string[]; categories?: string[] },
		staffId: string,
		now: number
	): Promise<Device> {
		this.sweep(now);
		const entry = [...this.pending.values()].find((p) => p.code === input.code && !p.deviceId);
		if (!entry) throw new DomainError('not_found', '配对码不存在或已过期，请在设备上刷新后重新获取', 404);
		hall.site(input.siteId);
		const device: Device = {
			id: `dev-${randomBytes(6).toString('hex')}`,
			kind: input.kind,
			siteId: input.siteId,
			name: input.name.trim(),
			...(input.kind === 'display' && input.windows?.length ? { windows: input.windows } : {}),
			...(input.kind === 'display' && input.categories?.length ? { categories: input.categories } : {}),
			pairedAt: now,
			pairedBy: staffId
		};
		if (!device.name) throw invalid('请填写设备名称，例如“大厅入口取号机”');
		const kindName = device.kind === 'kiosk' ? '取号机' : '显示屏';
		await hall.updateConfig((c) => ({ ...c, devices: [...(c.devices ?? []), device] }), {
			staffId,
			action: 'device_paired',
			subject: device.id,
			note: `${device.name}（${kindName}）`
		});
		entry.deviceId = device.id;
		return device;
	}

	/** How many codes are pending (tests: bounded). */
	get size() {
		return this.pending.size;
	}

	private sweep(now: number) {
		for (const [nonce, p] of this.pending) if (p.expiresAt < now) this.pending.delete(nonce);
	}
}

export async function unpair(hall: Hall, deviceId: string, staffId: string) {
	const device = (hall.config.devices ?? []).find((d) => d.id === deviceId);
	if (!device) throw notFound('设备');
	await hall.updateConfig((c) => ({ ...c, devices: (c.devices ?? []).filter((d) => d.id !== deviceId) }), {
		staffId,
		action: 'device_unpaired',
		subject: deviceId,
		note: `${device.name}（${device.kind === 'kiosk' ? '取号机' : '显示屏'}）`
	});
}

export function signDevice(deviceId: string, secret: string): string {
	return `${deviceId}.${mac(deviceId, secret)}`;
}

/** The paired device a cookie names, if it is still paired (unpairing revokes the cookie). */
export function deviceFromCookie(cookie: string | undefined, config: HallConfig): DeviceIdentity | null {
	if (!cookie) return null;
	const dot = cookie.lastIndexOf('.');
	const id = cookie.slice(0, dot);
	const given = Buffer.from(cookie.slice(dot + 1));
	const expected = Buffer.from(mac(id, config.secret));
	if (dot < 1 || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	const device = (config.devices ?? []).find((d) => d.id === id);
	if (!device) return null;
	return {
		id: device.id,
		kind: device.kind,
		siteId: device.siteId,
		name: device.name,
		windows: device.windows ?? null,
		categories: device.categories ?? null
	};
}

function mac(id: string, secret: string) {
	return createHmac('sha256', secret).update(`device:${id}`).digest('base64url');
}

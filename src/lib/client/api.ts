/**
 * The console's typed client for the staff API (the kiosk's is components/kiosk/kiosk-api.ts). Bodies take the types of the schemas
 * the server validates with (core/commands.ts, core/requests.ts), so a wrong body is a compile
 * error; answers come back as data or as the server's Chinese message.
 */
import type { CommandAnswer, WindowCommandInput } from '$lib/core/commands';
import { newRequestId } from './request-id';

export type ApiResult<T> = { ok: true; answer: T } | { ok: false; status: number; message: string };

/** Said when the request may or may not have reached the server. */
export const NETWORK_ERROR = '网络异常，操作可能未完成。请看当前号码后再操作。';

export async function postJson<T>(path: string, body: unknown, fallback = '操作失败，请重试'): Promise<ApiResult<T>> {
	try {
		const res = await fetch(path, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		const json = await res.json().catch(() => null);
		if (!res.ok) return { ok: false, status: res.status, message: json?.error?.message ?? fallback };
		return { ok: true, answer: json as T };
	} catch {
		return { ok: false, status: 0, message: NETWORK_ERROR };
	}
}

/** A clerk's command at a window, with a fresh requestId so a repeated request acts once. */
export function sendWindowCommand(windowId: string, command: WindowCommandInput): Promise<ApiResult<CommandAnswer>> {
	return postJson(`/api/windows/${encodeURIComponent(windowId)}/actions`, { ...command, requestId: newRequestId() });
}

/** The console's one call to the server: POST an action with a fresh requestId, answer or a Chinese error. */
import type { WindowView } from '$lib/realtime/events';
import { newRequestId } from './request-id';

export interface ActionAnswer {
	view: WindowView;
	ticket: {
		number: string;
		state: string;
		outcome?: { kind: string; caseNo?: string; dueDay?: string; missing?: string[] };
	} | null;
}

export type ActionResult = { ok: true; answer: ActionAnswer } | { ok: false; status: number; message: string };

export async function sendAction(windowId: string, body: Record<string, unknown>): Promise<ActionResult> {
	try {
		const res = await fetch(`/api/windows/${encodeURIComponent(windowId)}/actions`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ ...body, requestId: newRequestId() })
		});
		const json = await res.json().catch(() => null);
		if (!res.ok) return { ok: false, status: res.status, message: json?.error?.message ?? '操作失败，请重试' };
		return { ok: true, answer: json as ActionAnswer };
	} catch {
		return { ok: false, status: 0, message: '网络异常，操作可能未完成。请看当前号码后再操作。' };
	}
}

/** The site's windows and matters, for the transfer dialog. */
export interface CatalogueLite {
	categories: { id: string; name: string }[];
	matters: { id: string; name: string; categoryId: string }[];
	windows: { id: string; number: number; name: string; matterIds: string[] }[];
}

/**
 * The admin pages' typed client for the catalogue API (/api/admin/catalogue/…). Bodies take the
 * types of the schemas the server validates with (core/requests.ts); answers come back as data or
 * as the server's Chinese message, with the status (409: retiring with residents holding numbers).
 */
import type { CategoryInput, MatterInput, MoveInput, RetireInput } from '$lib/core/requests';
import type { Category, Matter } from '$lib/domain/types';
import { NETWORK_ERROR, type ApiResult } from './api';

const BASE = '/api/admin/catalogue';

async function send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<ApiResult<T>> {
	try {
		const res = await fetch(`${BASE}${path}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		const json = await res.json().catch(() => null);
		if (!res.ok) return { ok: false, status: res.status, message: json?.error?.message ?? '保存失败，请重试' };
		return { ok: true, answer: json as T };
	} catch {
		return { ok: false, status: 0, message: NETWORK_ERROR };
	}
}

const seg = encodeURIComponent;

export const catalogueApi = {
	createCategory: (body: CategoryInput) => send<{ category: Category }>('POST', '/categories', body),
	updateCategory: (id: string, body: CategoryInput) => send<{ category: Category }>('PUT', `/categories/${seg(id)}`, body),
	moveCategory: (id: string, body: MoveInput) => send<{ categories: Category[] }>('POST', `/categories/${seg(id)}/move`, body),
	createMatter: (body: MatterInput) => send<{ matter: Matter }>('POST', '/matters', body),
	updateMatter: (id: string, body: MatterInput) => send<{ matter: Matter }>('PUT', `/matters/${seg(id)}`, body),
	moveMatter: (id: string, body: MoveInput) => send<{ matters: Matter[] }>('POST', `/matters/${seg(id)}/move`, body),
	retireMatter: (id: string, body: RetireInput) => send<{ matter: Matter }>('POST', `/matters/${seg(id)}/retire`, body)
};

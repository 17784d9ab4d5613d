/**
 * Boundary helpers for the HTTP API: parse a JSON body against a schema and turn any error into
 * `{ error: { code, message } }` with the right status. Messages are Chinese for the screen.
 */
import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { DomainError, invalid } from '$lib/domain';

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		throw invalid('请求内容不是有效的 JSON');
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		// A schema's own Chinese message is written for the person at the screen: say it alone.
		if (issue && /[\u4e00-\u9fff]/.test(issue.message)) throw invalid(issue.message);
		throw invalid(`请求内容有误：${issue?.path.join('.') || '内容'} ${issue?.message ?? ''}`.trim());
	}
	return parsed.data;
}

export function errorResponse(err: unknown): Response {
	if (err instanceof DomainError) {
		return json({ error: { code: err.code, message: err.message } }, { status: err.status });
	}
	console.error('[api]', err);
	return json({ error: { code: 'internal', message: '系统暂时出错，请稍后再试或联系工作人员' } }, { status: 500 });
}

/** Runs a handler and answers errors as JSON. */
export async function api(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (err) {
		return errorResponse(err);
	}
}

export function unauthorized(): DomainError {
	return new DomainError('invalid', '请先登录', 401);
}

/** Supervisors only (镇政府, 电子监察): admin pages and their API. */
export function requireSupervisor(locals: App.Locals) {
	if (!locals.staff) throw unauthorized();
	if (locals.staff.role !== 'supervisor') throw new DomainError('invalid', '仅限管理人员操作', 403);
	return locals.staff;
}

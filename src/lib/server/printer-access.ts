/**
 * The printer simulator pages show real receipts with their /t/<token> links: outside demo mode
 * (DEMO=0) they are for supervisors only.
 */
import { error } from '@sveltejs/kit';
import type { AppEnv } from './env';

export function requirePrinterPageAccess(env: Pick<AppEnv, 'demo'>, staff: App.Locals['staff']) {
	if (env.demo) return;
	if (!staff) error(401, '打印机页面仅限值班主任查看，请先在 /admin 登录');
	if (staff.role !== 'supervisor') error(403, '打印机页面仅限值班主任查看');
}

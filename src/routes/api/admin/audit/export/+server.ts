import { getApp } from '$lib/server/app';
import { auditCsv, searchAudit } from '$lib/server/audit-query';
import { api, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The same search as a CSV download (UTF-8 with BOM for Excel); the export itself is audited. */
export const GET: RequestHandler = ({ locals, url }) =>
	api(async () => {
		const staff = requireSupervisor(locals);
		const { hall, env } = await getApp();
		const { filters, rows } = await searchAudit(hall, env.dataDir, url.searchParams);
		await hall.recordAudit({ staffId: staff.id, action: 'audit_exported', note: `${filters.day}，${rows.length} 条` });
		return new Response(auditCsv(filters.day, rows), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="audit-${filters.day}.csv"`,
				'cache-control': 'no-store'
			}
		});
	});

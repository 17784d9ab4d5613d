import { promises as fs } from 'node:fs';
import { notFound } from '$lib/domain/errors';
import { getApp } from '$lib/server/app';
import { api, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Downloads one backup by its name; a name that is not a backup's (a path, `..`) is 404. */
export const GET: RequestHandler = ({ locals, params }) =>
	api(async () => {
		requireSupervisor(locals);
		const { backups } = await getApp();
		const file = backups.file(params.name);
		const data = file ? await fs.readFile(file).catch(() => null) : null;
		if (!data) throw notFound('备份');
		return new Response(new Uint8Array(data), {
			headers: {
				'content-type': 'application/gzip',
				'content-length': String(data.length),
				'content-disposition': `attachment; filename="${params.name}"`,
				'cache-control': 'no-store'
			}
		});
	});

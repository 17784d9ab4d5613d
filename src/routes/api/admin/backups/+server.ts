import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { api, requireSupervisor } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** The backups kept in BACKUP_DIR, newest first, with where they are and how long they are kept. */
export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		requireSupervisor(locals);
		const { backups, env } = await getApp();
		return json({ backups: await backups.list(), dir: backups.dir, keepDays: backups.keepDays, at: env.backupAt });
	});

/** 立即备份: takes a backup now (under the hall's lock, held a few ms) and answers once it is on disk. */
export const POST: RequestHandler = ({ locals }) =>
	api(async () => {
		requireSupervisor(locals);
		const { backups } = await getApp();
		const made = await backups.create();
		return json(
			{ backup: { name: made.name, size: made.size, createdAt: made.createdAt }, lockMs: made.lockMs, files: made.files },
			{ status: 201 }
		);
	});

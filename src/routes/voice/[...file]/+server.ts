import path from 'node:path';
import { error, json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { voicePack } from '$lib/server/voice/pack';
import type { RequestHandler } from './$types';

/**
 * The voice clip pack for lobby displays: /voice/manifest.json and the clips it names. The
 * default pack ships in display/voice/default (the server runs from the project folder); a hall's
 * own recordings in DATA_DIR/voice replace it clip by clip.
 */
export const GET: RequestHandler = async ({ params }) => {
	const { env } = await getApp();
	const pack = voicePack({ defaultDir: path.resolve('display/voice/default'), hallDir: path.join(env.dataDir, 'voice') });
	if (params.file === 'manifest.json') return json(pack.manifest(), { headers: { 'cache-control': 'no-cache' } });
	const clip = pack.file(params.file);
	if (!clip) error(404, '没有这段语音');
	return new Response(new Uint8Array(clip.body), {
		headers: { 'content-type': clip.type, 'cache-control': 'public, max-age=3600' }
	});
};

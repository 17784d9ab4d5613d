import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { voicePack } from './pack';

describe('voicePack', () => {
	const root = mkdtempSync(path.join(tmpdir(), 'yz-voice-'));
	const defaultDir = path.join(root, 'default');
	const hallDir = path.join(root, 'hall');
	mkdirSync(defaultDir);
	mkdirSync(hallDir);
	writeFileSync(path.join(defaultDir, 'qing.wav'), 'default-qing');
	writeFileSync(path.join(defaultDir, 'hao.wav'), 'default-hao');
	writeFileSync(path.join(hallDir, 'qing.mp3'), 'hall-qing');
	writeFileSync(path.join(hallDir, 'notes.txt'), 'ignored');
	const pack = voicePack({ defaultDir, hallDir });

	it("prefers the hall's own recording, clip by clip", () => {
		const m = pack.manifest();
		expect(m.clips).toEqual({ qing: 'hall/qing.mp3', hao: 'hao.wav' });
		expect(pack.file('hall/qing.mp3')).toEqual({ body: Buffer.from('hall-qing'), type: 'audio/mpeg' });
		expect(pack.file('hao.wav')?.body.toString()).toBe('default-hao');
	});

	it('serves nothing outside the pack', () => {
		expect(pack.file('../hall/qing.mp3')).toBeNull();
		expect(pack.file('hall/notes.txt')).toBeNull();
		expect(pack.file('missing.wav')).toBeNull();
	});

	it('ships a default pack with every clip a call needs', async () => {
		const real = voicePack({ defaultDir: path.resolve('display/voice/default'), hallDir: path.join(root, 'none') });
		const names = Object.keys(real.manifest().clips);
		const needed = [
			'qing',
			'hao',
			'dao',
			'chuangkou',
			'banli',
			'chonghu',
			'shi',
			...'0123456789'.split('').map((d) => `d${d}`),
			...'abcdefghijklmnopqrstuvwxyz'.split('')
		];
		expect(names.sort()).toEqual(needed.sort());
	});
});

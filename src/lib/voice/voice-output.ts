/**
 * The browser's voice for the lobby, in the order a hall wants it:
 *   1. a two-tone chime (Web Audio oscillators, no file) before every call;
 *   2. a zh-CN speech voice where the device has one (speechSynthesis);
 *   3. otherwise the clip pack (/voice/manifest.json: display/voice/default, or the hall's own
 *      recordings in DATA_DIR/voice) joined end to end with Web Audio;
 *   4. otherwise the chime alone, once per repeat: residents still look up at the screen.
 * Browsers keep audio suspended until a tap unless autoplay is allowed (the display kit's
 * launcher allows it); `allowed()` and `ready()` tell the page whether to show 启用声音.
 */
import type { Announcement, VoiceSettings } from './announcement-queue';

export type VoiceEngine = 'speech' | 'clips' | 'chime' | 'none';

export interface VoiceOutput {
	play(a: Announcement, round: number): Promise<void>;
	/** Resolves once sound may play. */
	ready(): Promise<void>;
	allowed(): boolean;
	/** Called with `allowed()` whenever it may have changed. */
	onChange(listener: (allowed: boolean) => void): () => void;
	/** Call from a tap: resumes audio and unlocks speech. */
	unlock(): Promise<void>;
	engine(): VoiceEngine;
	/** The AudioContext's state, for diagnosis: running, suspended, closed or none. */
	audioState(): string;
	close(): void;
}

interface Manifest {
	clips: Record<string, string>;
}

/** Test and field-diagnosis hook: what was actually played, by which engine (bounded). */
function played(engine: VoiceEngine, text: string) {
	const w = window as unknown as { __yizhanSpoken?: string[] };
	const list = (w.__yizhanSpoken ??= []);
	list.push(`${engine}:${text}`);
	if (list.length > 200) list.splice(0, list.length - 200);
}

const CLIP_GAP_S = 0.03;

export function createVoiceOutput(opts: { settings: () => VoiceSettings; packUrl?: string }): VoiceOutput {
	const packUrl = opts.packUrl ?? '/voice';
	const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
	let ctx: AudioContext | null = null;
	try {
		ctx = new AudioContext();
	} catch {
		ctx = null;
	}
	const listeners = new Set<(allowed: boolean) => void>();
	const allowed = () => !ctx || ctx.state === 'running';
	const notify = () => listeners.forEach((l) => l(allowed()));
	if (ctx) ctx.onstatechange = notify;
	// Chromium fills the voice list lazily.
	synth?.getVoices();
	if (synth) synth.onvoiceschanged = () => synth.getVoices();

	const buffers = new Map<string, AudioBuffer>();
	let packLoaded = false;
	void (async () => {
		if (!ctx) return;
		try {
			const res = await fetch(`${packUrl}/manifest.json`);
			if (!res.ok) return;
			const manifest = (await res.json()) as Manifest;
			await Promise.all(
				Object.entries(manifest.clips).map(async ([name, file]) => {
					const clip = await fetch(`${packUrl}/${file}`);
					if (!clip.ok) return;
					buffers.set(name, await ctx!.decodeAudioData(await clip.arrayBuffer()));
				})
			);
			packLoaded = buffers.size > 0;
		} catch {
			// No pack: speech or the chime still work.
		}
	})();

	function zhVoice(): SpeechSynthesisVoice | null {
		const voices = synth?.getVoices() ?? [];
		const lang = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
		return voices.find((v) => lang(v) === 'zh-cn') ?? voices.find((v) => lang(v).startsWith('zh')) ?? null;
	}

	function engine(): VoiceEngine {
		if (zhVoice()) return 'speech';
		if (packLoaded) return 'clips';
		return ctx ? 'chime' : 'none';
	}

	function gainNode(): GainNode {
		const gain = ctx!.createGain();
		gain.gain.value = Math.max(0, Math.min(1, opts.settings().volume));
		gain.connect(ctx!.destination);
		return gain;
	}

	/** Resolves after `seconds` of audio time (a timer as well, in case the device hangs). */
	const after = (seconds: number) => new Promise<void>((r) => setTimeout(r, seconds * 1000));

	/** 叮咚: two soft sine tones. */
	async function chime() {
		if (!ctx || ctx.state !== 'running') return;
		const out = gainNode();
		const start = ctx.currentTime + 0.02;
		for (const [i, freq] of [880, 659.25].entries()) {
			const osc = ctx.createOscillator();
			const env = ctx.createGain();
			const t = start + i * 0.45;
			osc.type = 'sine';
			osc.frequency.value = freq;
			env.gain.setValueAtTime(0.0001, t);
			env.gain.exponentialRampToValueAtTime(0.5, t + 0.02);
			env.gain.exponentialRampToValueAtTime(0.0001, t + 0.9);
			osc.connect(env).connect(out);
			osc.start(t);
			osc.stop(t + 0.95);
		}
		await after(1.45);
		out.disconnect();
	}

	async function playClips(names: string[]) {
		if (!ctx) return;
		const out = gainNode();
		let t = ctx.currentTime + 0.05;
		for (const name of names) {
			const buffer = buffers.get(name)!;
			const source = ctx.createBufferSource();
			source.buffer = buffer;
			source.connect(out);
			source.start(t);
			t += buffer.duration + CLIP_GAP_S;
		}
		await after(t - ctx.currentTime + 0.05);
		out.disconnect();
	}

	function speak(text: string, voice: SpeechSynthesisVoice) {
		return new Promise<void>((resolve) => {
			const { volume, rate } = opts.settings();
			const u = new SpeechSynthesisUtterance(text);
			u.lang = 'zh-CN';
			u.voice = voice;
			u.volume = volume;
			u.rate = rate;
			u.onend = () => resolve();
			u.onerror = () => resolve();
			synth!.speak(u);
		});
	}

	function onChange(listener: (allowed: boolean) => void) {
		listeners.add(listener);
		return () => {
			listeners.delete(listener);
		};
	}

	return {
		async play(a, round) {
			if (round === 0) await chime();
			const voice = zhVoice();
			if (voice) {
				played('speech', a.text);
				return speak(a.text, voice);
			}
			if (packLoaded && ctx?.state === 'running' && a.clips.every((c) => buffers.has(c))) {
				played('clips', a.text);
				return playClips(a.clips);
			}
			played(ctx ? 'chime' : 'none', a.text);
			if (round > 0) await chime();
		},
		ready() {
			if (allowed()) return Promise.resolve();
			return new Promise<void>((resolve) => {
				const off = onChange((ok) => {
					if (!ok) return;
					off();
					resolve();
				});
			});
		},
		allowed,
		onChange,
		async unlock() {
			if (synth) synth.speak(new SpeechSynthesisUtterance(''));
			await ctx?.resume();
			notify();
		},
		engine,
		audioState: () => ctx?.state ?? 'none',
		close() {
			synth?.cancel();
			listeners.clear();
			void ctx?.close();
		}
	};
}

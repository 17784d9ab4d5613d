/**
 * Spoken calls for the lobby: "请 A 零 零 一 号 到 1 号窗口 办理". Digits are read one by one
 * (A001 is not "A 一") so an elderly resident hears exactly what is printed on the ticket.
 * Calls are queued: a second call waits until the first has been spoken instead of cutting it.
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The sentence the hall speaks for a call. */
export function spokenCall(call: { number: string; windowNumber: number }): string {
	const spelled = [...call.number].map((c) => (/\d/.test(c) ? DIGITS[Number(c)] : c)).join(' ');
	return `请 ${spelled} 号 到 ${call.windowNumber} 号窗口 办理`;
}

/** Test hook: every text handed to the announcer, spoken or not (headless Chromium has no voices). */
function log(text: string) {
	const w = window as unknown as { __yizhanAnnouncements?: string[] };
	(w.__yizhanAnnouncements ??= []).push(text);
}

/** A sentence can hang when the audio device disappears; never let the queue stall for good. */
const MAX_UTTERANCE_MS = 15_000;

export function createAnnouncer() {
	const queue: string[] = [];
	let speaking = false;
	// Chromium loads its voice list lazily: ask once now so it is there by the first call.
	if (typeof speechSynthesis !== 'undefined') speechSynthesis.getVoices();

	function next() {
		const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
		const text = queue.shift();
		if (text === undefined) {
			speaking = false;
			return;
		}
		const voices = synth?.getVoices() ?? [];
		if (!synth || voices.length === 0) {
			// No speech on this machine: skip silently, the screen still shows the call.
			queue.length = 0;
			speaking = false;
			return;
		}
		speaking = true;
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = 'zh-CN';
		utterance.voice = voices.find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('zh-cn')) ?? voices.find((v) => v.lang.toLowerCase().startsWith('zh')) ?? null;
		utterance.rate = 0.85;
		let finished = false;
		const done = () => {
			if (finished) return;
			finished = true;
			clearTimeout(guard);
			next();
		};
		const guard = setTimeout(done, MAX_UTTERANCE_MS);
		utterance.onend = done;
		utterance.onerror = done;
		synth.speak(utterance);
	}

	return {
		announce(text: string) {
			log(text);
			queue.push(text);
			if (!speaking) next();
		},
		stop() {
			queue.length = 0;
			if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
			speaking = false;
		}
	};
}

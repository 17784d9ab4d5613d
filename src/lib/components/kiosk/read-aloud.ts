/**
 * 长者模式 reads the screen aloud. The text is also kept on `window.__yizhanKioskSpeech`, so a
 * test (headless Chromium has no voices) can tell what would have been said.
 */
export function readAloud(text: string, lang: 'zh-CN' | 'en-US') {
	text = text.replace(/\s+/g, ' ').slice(0, 600);
	const w = window as unknown as { __yizhanKioskSpeech?: string[] };
	(w.__yizhanKioskSpeech ??= []).push(text);
	if (typeof speechSynthesis === 'undefined' || !text) return;
	speechSynthesis.cancel();
	const u = new SpeechSynthesisUtterance(text);
	u.lang = lang;
	const voice = speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith(lang.slice(0, 2)));
	if (voice) u.voice = voice;
	u.rate = 0.85;
	speechSynthesis.speak(u);
}

/**
 * What the hall says for a call, as text for a speech voice and as a list of clips for the
 * recorded pack: "请 A 零 一 二 号 到 3 号窗口 办理". The ticket number is read character by
 * character (A012 is "A 零一二", never "A 十二") so an elderly resident hears exactly what is
 * printed on the ticket; the window number is read as a number (十二号窗口), as halls do.
 */
import type { CallRecord } from '$lib/domain/types';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

type CallLike = Pick<CallRecord, 'number' | 'windowNumber' | 'recall'>;

/** The sentence for a speech voice. Spaces make voices pause briefly between the digits. */
export function spokenCall(call: Pick<CallRecord, 'number' | 'windowNumber'> & { recall?: boolean }): string {
	const spelled = [...call.number].map((c) => (/\d/.test(c) ? DIGITS[Number(c)] : c.toUpperCase())).join(' ');
	const sentence = `请 ${spelled} 号 到 ${call.windowNumber} 号窗口 办理`;
	return call.recall ? `重呼 ${sentence}` : sentence;
}

/**
 * The same sentence as clip names of the voice pack (display/voice/default/manifest.json):
 * qing, a..z, d0..d9, shi, hao, dao, chuangkou, banli, chonghu.
 */
export function callClips(call: CallLike): string[] {
	const number = [...call.number].flatMap((c) => (/\d/.test(c) ? [`d${c}`] : /[a-z]/i.test(c) ? [c.toLowerCase()] : []));
	const clips = ['qing', ...number, 'hao', 'dao', ...windowNumberClips(call.windowNumber), 'hao', 'chuangkou', 'banli'];
	return call.recall ? ['chonghu', ...clips] : clips;
}

/** 1..99 the way it is said: 3 三, 10 十, 12 十二, 20 二十, 35 三十五; larger read digit by digit. */
export function windowNumberClips(n: number): string[] {
	if (!Number.isInteger(n) || n < 0) return [];
	if (n < 10) return [`d${n}`];
	if (n < 100) {
		const tens = Math.floor(n / 10);
		const ones = n % 10;
		return [...(tens > 1 ? [`d${tens}`] : []), 'shi', ...(ones ? [`d${ones}`] : [])];
	}
	return [...String(n)].map((d) => `d${d}`);
}

/** A call is the same call wherever it is seen (push, snapshot, retry): its ticket and moment. */
export function callKey(call: Pick<CallRecord, 'ticketId' | 'at'>): string {
	return `${call.ticketId}:${call.at}`;
}

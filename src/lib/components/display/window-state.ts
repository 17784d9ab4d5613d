/** How a window's state reads on the lobby and window screens. */
import type { HallSnapshot } from '$lib/realtime/events';

type HallWindow = HallSnapshot['windows'][number];

export type WindowStateKind = 'called' | 'serving' | 'idle' | 'paused' | 'closed';

export function windowState(w: Pick<HallWindow, 'status' | 'pauseReason' | 'current'>): {
	kind: WindowStateKind;
	label: string;
	note: string;
} {
	// A number already called is still being dealt with, even if the window pauses after it.
	if (w.current)
		return w.current.state === 'serving'
			? { kind: 'serving', label: '办理中', note: '' }
			: { kind: 'called', label: '已叫号', note: '' };
	if (w.status === 'paused') return { kind: 'paused', label: '暂停服务', note: w.pauseReason?.trim() || '请稍候' };
	if (w.status === 'closed') return { kind: 'closed', label: '已关闭', note: '本窗口暂不办理' };
	return { kind: 'idle', label: '空闲', note: '' };
}

/** How a window's state reads on the lobby and window screens. */
import { ticketStateLabel, windowIdleLabel, windowStatusLabel } from '$lib/core/labels';
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
			? { kind: 'serving', label: ticketStateLabel('serving'), note: '' }
			: { kind: 'called', label: ticketStateLabel('called'), note: '' };
	if (w.status === 'paused')
		return { kind: 'paused', label: windowStatusLabel('paused'), note: w.pauseReason?.trim() || '请稍候' };
	if (w.status === 'closed') return { kind: 'closed', label: windowStatusLabel('closed'), note: '本窗口暂不办理' };
	return { kind: 'idle', label: windowIdleLabel.zh, note: '' };
}

/** The kiosk's current language and elderly mode, shared by its components. Browser state only. */
import { translate, type Lang, type MessageKey } from '$lib/i18n/kiosk';
import type { Material, MatterKind } from '$lib/domain/types';

export const kioskUi = $state({ lang: 'zh' as Lang, elderly: false });

export function t(key: MessageKey, params?: Record<string, string | number>): string {
	return translate(kioskUi.lang, key, params);
}

const KIND: Record<MatterKind, MessageKey> = { instant: 'kindInstant', promised: 'kindPromised', forwarded: 'kindForwarded' };
export const kindText = (kind: MatterKind) => t(KIND[kind]);

const FORM: Record<Material['form'], MessageKey> = { original: 'formOriginal', copy: 'formCopy', original_and_copy: 'formBoth' };
export const formText = (form: Material['form']) => t(FORM[form]);

/** The time-limit lines of the 一次性告知 in the kiosk's language (the kind is the badge). */
export function limitLines(matter: { kind: MatterKind; promisedDays: number; legalDays: number }): string[] {
	const lines: string[] = [];
	if (matter.kind === 'instant') lines.push(t('limitInstant'));
	if (matter.kind === 'forwarded') lines.push(t('limitForwarded'));
	if (matter.kind !== 'instant' && matter.promisedDays > 0) lines.push(t('limitPromised', { n: matter.promisedDays }));
	if (matter.legalDays > 0) lines.push(t('limitLegal', { n: matter.legalDays }));
	if (lines.length === 0) lines.push(t('limitDefault'));
	return lines;
}

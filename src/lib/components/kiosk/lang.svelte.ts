/** The kiosk's current language and elderly mode, shared by its components. Browser state only. */
import { materialFormLabel, matterKindLabel } from '$lib/core/labels';
import { translate, type Lang, type MessageKey } from '$lib/i18n/kiosk';
import type { MaterialForm, MatterKind } from '$lib/domain/types';

export const kioskUi = $state({ lang: 'zh' as Lang, elderly: false });

export function t(key: MessageKey, params?: Record<string, string | number>): string {
	return translate(kioskUi.lang, key, params);
}

/** The kind badge (即办件 / 承诺件 / 上报件) from the hall's one label table, in the kiosk's language. */
export const kindText = (kind: MatterKind) => matterKindLabel(kind, kioskUi.lang);

export const formText = (form: MaterialForm) => materialFormLabel(form, kioskUi.lang);

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

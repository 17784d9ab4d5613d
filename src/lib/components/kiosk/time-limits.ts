/**
 * The time-limit lines of a matter as the kiosk's 一次性告知 states them. The kind itself is the
 * badge beside the heading, so the lines only say what it means in days.
 */
import type { Matter } from '$lib/domain/types';

export function timeLimitLines(matter: Pick<Matter, 'kind' | 'promisedDays' | 'legalDays'>): string[] {
	const lines: string[] = [];
	if (matter.kind === 'instant') lines.push('材料齐全的，当场办结');
	if (matter.kind === 'forwarded') lines.push('本中心受理后报上级部门审批（代理代办）');
	if (matter.kind !== 'instant' && matter.promisedDays > 0) lines.push(`承诺时限 ${matter.promisedDays} 个工作日`);
	if (matter.legalDays > 0) lines.push(`法定时限 ${matter.legalDays} 个工作日`);
	if (lines.length === 0) lines.push('受理后按规定时限办结');
	return lines;
}

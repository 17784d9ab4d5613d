/**
 * How a visit ends at 办结, by the matter's kind (三.三): 即办件 done on the spot; 承诺件 accepted
 * with a case number and a due date in working days; 上报件 forwarded to the higher level as agent
 * (代理代办) with a case number; any matter may end 不予受理 (refused, with the reason) or 材料不全
 * (with the one-time notice of every missing material, so the resident never needs a second
 * explanation). Cases are followed after the visit (state, due date, overdue, done date).
 */
import { outcomeLabel } from '$lib/core/labels';
import { invalid } from './errors';
import { addWorkingDays } from './workdays';
import type { Case, Matter, MatterKind, Outcome, OutcomeKind } from './types';

export { outcomeLabel } from '$lib/core/labels';

const byKind: Record<MatterKind, OutcomeKind[]> = {
	instant: ['done', 'rejected', 'incomplete'],
	promised: ['accepted', 'rejected', 'incomplete'],
	forwarded: ['forwarded', 'rejected', 'incomplete']
};

/** The outcomes a clerk may choose for a matter of `kind`; the first is the usual one. */
export function outcomesFor(kind: MatterKind): OutcomeKind[] {
	return byKind[kind];
}

/** Next case number for `day`: YYYYMMDD-NNN, unique among `cases`. */
export function nextCaseNumber(cases: Pick<Case, 'caseNo'>[], day: string): string {
	const prefix = `${day.replaceAll('-', '')}-`;
	let max = 0;
	for (const c of cases) {
		if (!c.caseNo.startsWith(prefix)) continue;
		const n = Number(c.caseNo.slice(prefix.length));
		if (Number.isInteger(n) && n > max) max = n;
	}
	return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

export interface OutcomeRequest {
	kind?: OutcomeKind;
	missing?: string[];
	reason?: string;
}

export interface OutcomeContext {
	matter: Matter;
	/** Business day of the visit, YYYY-MM-DD. */
	day: string;
	cases: Pick<Case, 'caseNo'>[];
	holidays?: string[];
	/** Weekend days declared working (调休上班). */
	workdays?: string[];
}

/**
 * The outcome of `request` for `ctx.matter`, with case number and due date where the kind has
 * them. Refuses an outcome the matter's kind does not allow, and 材料不全 / 不予受理 without saying
 * what is missing or why.
 */
export function decideOutcome(request: OutcomeRequest, ctx: OutcomeContext): Outcome {
	const allowed = outcomesFor(ctx.matter.kind);
	const kind = request.kind ?? allowed[0];
	if (!allowed.includes(kind)) {
		throw invalid(
			`"${ctx.matter.name}"不能以"${outcomeLabel(kind)}"办结，可选：${allowed.map((k) => outcomeLabel(k)).join('、')}`
		);
	}
	const missing = [...new Set((request.missing ?? []).map((m) => m.trim()).filter(Boolean))];
	const reason = request.reason?.trim() || undefined;
	const out: Outcome = { kind };
	if (kind === 'incomplete') {
		if (missing.length === 0) throw invalid('材料不全：请至少选择或填写一项缺少的材料');
		out.missing = missing;
	}
	if (kind === 'rejected') {
		if (!reason) throw invalid('不予受理：请填写不予受理的理由');
		if (missing.length) out.missing = missing;
	}
	if (reason) out.reason = reason;
	if (kind === 'accepted' || kind === 'forwarded') {
		out.caseNo = nextCaseNumber(ctx.cases, ctx.day);
		if (kind === 'accepted' || ctx.matter.promisedDays > 0) {
			out.dueDay = addWorkingDays(ctx.day, ctx.matter.promisedDays, ctx.holidays, ctx.workdays);
		}
	}
	return out;
}

/** An open case past its due day (the due day itself is still on time). */
export function isOverdue(c: Pick<Case, 'state' | 'dueDay'>, today: string): boolean {
	return c.state === 'open' && c.dueDay !== undefined && today > c.dueDay;
}

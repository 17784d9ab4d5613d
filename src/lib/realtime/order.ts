/**
 * Which of two pushes of the same thing (a hall snapshot, a window view) is newer. `seq` counts
 * the changes of a site's business day and starts again at 0 in a new day's file, so it only
 * orders pushes of the same `day`: a later day is newer whatever its seq (the hall's midnight),
 * and an earlier day is older (a push of yesterday that arrives late must not bring it back).
 */
export interface Ordered {
	/** The business day, 'YYYY-MM-DD' (so later days sort later as strings). */
	day: string;
	seq: number;
}

/** Negative when `a` is older than `b`, 0 when they are of the same change, positive when newer. */
export function compareOrder(a: Ordered, b: Ordered): number {
	if (a.day !== b.day) return a.day < b.day ? -1 : 1;
	return a.seq - b.seq;
}

/** What the console needs to know about the logged-in clerk (a browser-safe copy of StaffIdentity). */
export interface StaffWindow {
	id: string;
	number: number;
	name: string;
	/** A or B clerk (窗口人员AB角制); S: a supervisor (值班主任) who may act on any window. */
	role: 'A' | 'B' | 'S';
}

export interface Clerk {
	id: string;
	name: string;
	staffNo: string;
	windows: StaffWindow[];
}

/** The site's windows and matters, for the transfer dialog. */
export interface CatalogueLite {
	categories: { id: string; name: string }[];
	matters: { id: string; name: string; categoryId: string }[];
	windows: { id: string; number: number; name: string; matterIds: string[] }[];
}

/** What a kiosk of a site offers, assembled once for the page load, the push and the snapshot. */
import type { HallConfig } from '$lib/core/state';
import { servedHere, siteCatalogue } from '$lib/domain/catalogue';
import type { Site } from '$lib/domain/types';
import type { KioskCatalogue } from '$lib/realtime/events';
import { searchKeys } from './pinyin-keys';

export function kioskCatalogue(config: HallConfig, site: Site): KioskCatalogue {
	const catalogue = servedHere(siteCatalogue(config, site));
	return { catalogue, searchKeys: searchKeys(catalogue.matters) };
}

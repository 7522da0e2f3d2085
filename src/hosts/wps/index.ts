export { WpsHost } from './wps-host';
export type { WpsHostOptions } from './wps-host';
export type { StoredPlace } from './stored-data';
export type { WpsObject } from './members';

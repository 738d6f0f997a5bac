/** The airports feature's front door: the catalogue of known airports and their zones. */
export * from './airport-catalogue.js';

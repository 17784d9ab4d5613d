export type * from './types';
export * from './errors';
export * from './day';
export * from './numbering';
export * from './tickets';
export * from './dispatch';
export * from './estimate';
export * from './workdays';
export * from './catalogue';

export * from './enums';
export * from './envelope';
export * from './member-targets';
export * from './primitives';
export * from './target-groups';
export * from './reference/extract-examples';

export * from './tree.ts';
export * from './message.ts';
export * from './output.ts';

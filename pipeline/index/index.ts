/** The search stage: units, tokenizer, static index files and the client shared by CLI and page. */
export { writeSearchIndex, buildSearchIndex } from './write.ts';
export { prepareSegmenter } from './words.ts';
export { unitsFromFiles, type SearchUnit } from './units.ts';

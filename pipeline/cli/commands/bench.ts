/** gongbao bench [--corpus DIR] [--queries FILE] [--seed N] [--substrings N] [--repeat N] [--halves …] [--pdf FILE|none] [--ocr FILE]: see pipeline/bench/run.ts. */
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runBench } from '../../bench/run.ts';
import { parseCommand, UsageError, wholeNumber } from '../args.ts';

const spec = {
  options: {
    corpus: { type: 'string' },
    queries: { type: 'string' },
    seed: { type: 'string' },
    substrings: { type: 'string' },
    repeat: { type: 'string' },
    halves: { type: 'string' },
    pdf: { type: 'string' },
    ocr: { type: 'string' },
  },
} as const;

const SEED_PDF = 'test/fixtures/pdf/youxian-2023-01.pdf';
const SCAN_PDF = 'test/fixtures/pdf/scan-image-only.pdf';

// The sets tuned on: the dev halves, and test8 to test118, each run once blind before (test/eval/README.md).
// LAST_TUNED_ON grows as sets have their first run; the held-out entries below name theirs by index.
const LAST_TUNED_ON = 138;
const TUNED_ON = [...['dev', 'dev2', 'dev3', 'dev4'], ...Array.from({ length: LAST_TUNED_ON - 7 }, (_, i) => `test${i + 8}`)].map((set) => `test/eval/queries-${set}.json`);
/**
 * A blind set over a bulletin the search was never tuned on names it (`bulletins`): the bench builds
 * the corpus with it added, in a temporary folder.
 */
/** The twelve bulletins of test/eval/bulletins/ before biquan's: the archive archive1 was written over. */
const ARCHIVE_OF_TWELVE = ['test/eval/bulletins/qinghe-2023-02.txt', 'test/eval/bulletins/xiyuan-2024-01.txt', 'test/eval/bulletins/shiling-2024-02.txt', 'test/eval/bulletins/nanxi-2024-03.txt', 'test/eval/bulletins/fengcheng-2024-05.txt', 'test/eval/bulletins/liutang-2024-07.txt', 'test/eval/bulletins/tongmu-2024-09.txt', 'test/eval/bulletins/meiling-2024-11.txt', 'test/eval/bulletins/yunxi-2025-03.txt', 'test/eval/bulletins/hexi-2025-01.txt', 'test/eval/bulletins/tanshan-2025-06.txt', 'test/eval/bulletins/lanchuan-2025-09.txt'];

const HALVES: Record<string, { name: string; path: string; tunedOn?: string[]; bulletins?: string[] }> = {
  dev: { name: 'blind set, dev half (tuned on)', path: TUNED_ON[0]! },
  dev2: { name: 'second blind set (tuned on)', path: TUNED_ON[1]! },
  dev3: { name: 'fifth blind set, mostly citizens (tuned on)', path: TUNED_ON[2]! },
  dev4: { name: 'eighth blind set, citizens and short names (tuned on)', path: TUNED_ON[3]! },
  test: { name: 'blind set, test half (never tuned on)', path: 'test/eval/queries-test.json', tunedOn: TUNED_ON },
  test2: { name: 'third blind set, held out (never tuned on)', path: 'test/eval/queries-test2.json', tunedOn: TUNED_ON },
  // Not in the default list: each is run once, at the end of a piece of search work (test/eval/README.md).
  test3: { name: 'fourth blind set, held out (run once, at the end of a session)', path: 'test/eval/queries-test3.json', tunedOn: TUNED_ON },
  test4: { name: 'sixth blind set, held out (run once, at the end of a session)', path: 'test/eval/queries-test4.json', tunedOn: TUNED_ON },
  test5: { name: 'seventh blind set, held out (run once, at the end of a session)', path: 'test/eval/queries-test5.json', tunedOn: TUNED_ON },
  test6: { name: 'ninth blind set, held out (run at the end of a session; once used to pick a weight)', path: 'test/eval/queries-test6.json', tunedOn: TUNED_ON },
  test7: { name: 'tenth blind set, held out (run at the end of a session; once used to pick a weight)', path: 'test/eval/queries-test7.json', tunedOn: TUNED_ON },
  test8: { name: 'eleventh blind set (run once blind, tuned on since)', path: TUNED_ON[4]!, tunedOn: TUNED_ON.slice(0, 4) },
  test9: { name: 'twelfth blind set (run once blind, tuned on since)', path: TUNED_ON[5]!, tunedOn: TUNED_ON.slice(0, 5) },
  test10: { name: 'thirteenth blind set (run once blind, tuned on since)', path: TUNED_ON[6]!, tunedOn: TUNED_ON.slice(0, 6) },
  test11: { name: 'fourteenth blind set (run once blind, tuned on since)', path: TUNED_ON[7]!, tunedOn: TUNED_ON.slice(0, 7) },
  test12: { name: 'fifteenth blind set (run once blind, tuned on since)', path: TUNED_ON[8]!, tunedOn: TUNED_ON.slice(0, 8) },
  test13: { name: 'sixteenth blind set (run once blind, tuned on since)', path: TUNED_ON[9]!, tunedOn: TUNED_ON.slice(0, 9) },
  test14: { name: 'seventeenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[10]!, tunedOn: TUNED_ON.slice(0, 10) },
  test15: { name: 'eighteenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[11]!, tunedOn: TUNED_ON.slice(0, 11) },
  test16: { name: 'nineteenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[12]!, tunedOn: TUNED_ON.slice(0, 12) },
  test17: { name: 'twentieth blind set, phone-typed citizens (run once blind; may be tuned on since)', path: TUNED_ON[13]!, tunedOn: TUNED_ON.slice(0, 12) },
  test18: { name: 'twenty-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[14]!, tunedOn: TUNED_ON.slice(0, 14) },
  test19: { name: 'twenty-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[15]!, tunedOn: TUNED_ON.slice(0, 15) },
  test20: { name: 'twenty-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[16]!, tunedOn: TUNED_ON.slice(0, 16) },
  test21: { name: 'twenty-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[17]!, tunedOn: TUNED_ON.slice(0, 17) },
  test22: { name: 'twenty-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[18]!, tunedOn: TUNED_ON.slice(0, 18) },
  test23: { name: 'twenty-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[19]!, tunedOn: TUNED_ON.slice(0, 19) },
  test24: { name: 'twenty-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[20]!, tunedOn: TUNED_ON.slice(0, 20) },
  test25: { name: 'twenty-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[21]!, tunedOn: TUNED_ON.slice(0, 21) },
  test26: { name: 'twenty-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[22]!, tunedOn: TUNED_ON.slice(0, 22) },
  test27: { name: 'thirtieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[23]!, tunedOn: TUNED_ON.slice(0, 23) },
  test28: { name: 'thirty-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[24]!, tunedOn: TUNED_ON.slice(0, 24) },
  test29: { name: 'thirty-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[25]!, tunedOn: TUNED_ON.slice(0, 25) },
  test30: { name: 'thirty-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[26]!, tunedOn: TUNED_ON.slice(0, 25) },
  test31: { name: 'thirty-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[27]!, tunedOn: TUNED_ON.slice(0, 27) },
  test32: { name: 'thirty-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[28]!, tunedOn: TUNED_ON.slice(0, 27) },
  test33: { name: 'thirty-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[29]!, tunedOn: TUNED_ON.slice(0, 29) },
  test34: { name: 'thirty-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[30]!, tunedOn: TUNED_ON.slice(0, 30) },
  test35: { name: 'thirty-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[31]!, tunedOn: TUNED_ON.slice(0, 30) },
  test36: { name: 'thirty-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[32]!, tunedOn: TUNED_ON.slice(0, 32) },
  test37: { name: 'fortieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[33]!, tunedOn: TUNED_ON.slice(0, 32) },
  test38: { name: 'forty-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[34]!, tunedOn: TUNED_ON.slice(0, 34) },
  test39: { name: 'forty-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[35]!, tunedOn: TUNED_ON.slice(0, 34) },
  test40: { name: 'forty-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[36]!, tunedOn: TUNED_ON.slice(0, 36) },
  test41: { name: 'forty-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[37]!, tunedOn: TUNED_ON.slice(0, 36) },
  test42: { name: 'forty-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[38]!, tunedOn: TUNED_ON.slice(0, 38) },
  test43: { name: 'forty-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[39]!, tunedOn: TUNED_ON.slice(0, 38) },
  test44: { name: 'forty-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[40]!, tunedOn: TUNED_ON.slice(0, 40) },
  test45: { name: 'forty-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[41]!, tunedOn: TUNED_ON.slice(0, 40) },
  test46: { name: 'forty-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[42]!, tunedOn: TUNED_ON.slice(0, 42) },
  test47: { name: 'fiftieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[43]!, tunedOn: TUNED_ON.slice(0, 42) },
  test48: { name: 'fifty-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[44]!, tunedOn: TUNED_ON.slice(0, 44) },
  test49: { name: 'fifty-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[45]!, tunedOn: TUNED_ON.slice(0, 44) },
  test50: { name: 'fifty-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[46]!, tunedOn: TUNED_ON.slice(0, 46) },
  test51: { name: 'fifty-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[47]!, tunedOn: TUNED_ON.slice(0, 46) },
  test52: { name: 'fifty-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[48]!, tunedOn: TUNED_ON.slice(0, 48) },
  // Written at the same time as test52, apart from it: two queries of each are the same (test/eval/README.md).
  test53: { name: 'fifty-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[49]!, tunedOn: TUNED_ON.slice(0, 49) },
  test54: { name: 'fifty-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[50]!, tunedOn: TUNED_ON.slice(0, 50) },
  // Written at the same time as test54, apart from it: one citation of each is the same (test/eval/README.md).
  test55: { name: 'fifty-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[51]!, tunedOn: TUNED_ON.slice(0, 51) },
  test56: { name: 'fifty-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[52]!, tunedOn: TUNED_ON.slice(0, 52) },
  // Written at the same time as test56, apart from it: one staff query of each names the same keywords nearly alike (test/eval/README.md).
  test57: { name: 'sixtieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[53]!, tunedOn: TUNED_ON.slice(0, 53) },
  test58: { name: 'sixty-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[54]!, tunedOn: TUNED_ON.slice(0, 54) },
  // Written at the same time as test58, apart from it: no query of each is the same (test/eval/README.md).
  test59: { name: 'sixty-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[55]!, tunedOn: TUNED_ON.slice(0, 55) },
  test60: { name: 'sixty-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[56]!, tunedOn: TUNED_ON.slice(0, 56) },
  // Written at the same time as test60, apart from it: one citation of each is the same (test/eval/README.md).
  test61: { name: 'sixty-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[57]!, tunedOn: TUNED_ON.slice(0, 57) },
  test62: { name: 'sixty-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[58]!, tunedOn: TUNED_ON.slice(0, 58) },
  // Written at the same time as test62, apart from it: one exact query of each is the same (test/eval/README.md).
  test63: { name: 'sixty-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[59]!, tunedOn: TUNED_ON.slice(0, 59) },
  // Written after test62 and test63, at the same time as each other, apart: no query of test64 is in test65.
  test64: { name: 'sixty-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[60]!, tunedOn: TUNED_ON.slice(0, 60) },
  test65: { name: 'sixty-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[61]!, tunedOn: TUNED_ON.slice(0, 61) },
  // Written at the same time as each other, apart: every expected id of test66 in the even documents, of test67 in the odd.
  test66: { name: 'sixty-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[62]!, tunedOn: TUNED_ON.slice(0, 62) },
  test67: { name: 'seventieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[63]!, tunedOn: TUNED_ON.slice(0, 63) },
  // Written after test66 and test67 were run, at the same time as each other, apart (even and odd documents).
  test68: { name: 'seventy-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[64]!, tunedOn: TUNED_ON.slice(0, 64) },
  test69: { name: 'seventy-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[65]!, tunedOn: TUNED_ON.slice(0, 65) },
  // Written by the first helper given test66's task, at the same time as test66 and test67, apart from them; one citation is test66's.
  test70: { name: 'seventy-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[66]!, tunedOn: TUNED_ON.slice(0, 66) },
  // Written after test68 to test70, at the same time as each other, apart: every expected id of test71 in the even documents, of test72 in the odd.
  test71: { name: 'seventy-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[67]!, tunedOn: TUNED_ON.slice(0, 67) },
  test72: { name: 'seventy-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[68]!, tunedOn: TUNED_ON.slice(0, 68) },
  // Written after test71 and test72, before they were run, at the same time as each other, apart: every expected id of test73 in the even documents, of test74 in the odd.
  test73: { name: 'seventy-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[69]!, tunedOn: TUNED_ON.slice(0, 69) },
  test74: { name: 'seventy-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[70]!, tunedOn: TUNED_ON.slice(0, 70) },
  // Written after test73 and test74, before they were run, at the same time as each other, apart: every expected id of test75 in the even documents, of test76 in the odd.
  test75: { name: 'seventy-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[71]!, tunedOn: TUNED_ON.slice(0, 71) },
  test76: { name: 'seventy-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[72]!, tunedOn: TUNED_ON.slice(0, 72) },
  // Written after test75 and test76 were imported and before they were run, at the same time as each other, apart: every expected id of test77 in the even documents, of test78 in the odd.
  test77: { name: 'eightieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[73]!, tunedOn: TUNED_ON.slice(0, 73) },
  test78: { name: 'eighty-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[74]!, tunedOn: TUNED_ON.slice(0, 74) },
  // Written from the tree at ec44e5b while test77 and test78 were pristine (they were run while these were being written), at the same time as each other, apart: every expected id of test79 in the even documents, of test80 in the odd.
  test79: { name: 'eighty-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[75]!, tunedOn: TUNED_ON.slice(0, 75) },
  test80: { name: 'eighty-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[76]!, tunedOn: TUNED_ON.slice(0, 76) },
  // Written from the tree at e1060ed while test79 and test80 were pristine (they were run while these were being written), at the same time as each other, apart: every expected id of test81 in the even documents, of test82 in the odd.
  test81: { name: 'eighty-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[77]!, tunedOn: TUNED_ON.slice(0, 77) },
  test82: { name: 'eighty-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[78]!, tunedOn: TUNED_ON.slice(0, 78) },
  // Written from the tree at c8bd11e while test81 and test82 were pristine (they were run while these were being written), at the same time as each other, apart: every expected id of test83 in the even documents, of test84 in the odd.
  test83: { name: 'eighty-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[79]!, tunedOn: TUNED_ON.slice(0, 79) },
  test84: { name: 'eighty-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[80]!, tunedOn: TUNED_ON.slice(0, 80) },
  // Written from the tree at 30e128f while test83 and test84 were pristine (they were run while these were being written), at the same time as each other, apart: every expected id of test85 in the even documents, of test86 in the odd.
  test85: { name: 'eighty-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[81]!, tunedOn: TUNED_ON.slice(0, 81) },
  test86: { name: 'eighty-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[82]!, tunedOn: TUNED_ON.slice(0, 82) },
  // Written from the tree at 2b3e859 while test85 and test86 were pristine (they were run after these were written), at the same time as each other, apart: every expected id of test87 in the even documents, of test88 in the odd.
  test87: { name: 'ninetieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[83]!, tunedOn: TUNED_ON.slice(0, 83) },
  test88: { name: 'ninety-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[84]!, tunedOn: TUNED_ON.slice(0, 84) },
  // Written from the tree at b052601 while test87 and test88 had their first run (nothing of it shown to the writers), at the same time as each other, apart: every expected id of test89 in the even documents, of test90 in the odd.
  test89: { name: 'ninety-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[85]!, tunedOn: TUNED_ON.slice(0, 85) },
  test90: { name: 'ninety-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[86]!, tunedOn: TUNED_ON.slice(0, 86) },
  // Written from the tree at 3ef0ebc while test89 and test90 had their first run (nothing of it shown to the writers), at the same time as each other, apart: every expected id of test91 in the odd documents, of test92 in the even.
  test91: { name: 'ninety-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[87]!, tunedOn: TUNED_ON.slice(0, 87) },
  test92: { name: 'ninety-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[88]!, tunedOn: TUNED_ON.slice(0, 88) },
  // Written from the tree at b557eaa while test91 and test92 had their first run (nothing of it shown to the writers), at the same time as each other, apart: every expected id of test93 in the odd documents, of test94 in the even.
  test93: { name: 'ninety-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[89]!, tunedOn: TUNED_ON.slice(0, 89) },
  test94: { name: 'ninety-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[90]!, tunedOn: TUNED_ON.slice(0, 90) },
  // Written from the tree at 1ad9b32 while test93 and test94 were spent (their run recorded, nothing of it shown to the writers), at the same time as each other, apart: every expected id of test95 in the odd documents, of test96 in the even.
  test95: { name: 'ninety-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[91]!, tunedOn: TUNED_ON.slice(0, 91) },
  test96: { name: 'ninety-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[92]!, tunedOn: TUNED_ON.slice(0, 92) },
  // Written from the tree at e3aa8e9 while test95 and test96 had their first run (nothing of it shown to the writers), at the same time as each other, apart: every expected id of test97 in the odd documents, of test98 in the even.
  test97: { name: 'hundredth blind set (run once blind; may be tuned on since)', path: TUNED_ON[93]!, tunedOn: TUNED_ON.slice(0, 93) },
  test98: { name: 'hundred-and-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[94]!, tunedOn: TUNED_ON.slice(0, 94) },
  // Written from the tree at 5d278b7 while test97 and test98 had their first run (nothing of it shown to the writers), at the same time as each other, apart: every expected id of test99 in the odd documents, of test100 in the even.
  test99: { name: 'hundred-and-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[95]!, tunedOn: TUNED_ON.slice(0, 95) },
  test100: { name: 'hundred-and-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[96]!, tunedOn: TUNED_ON.slice(0, 96) },
  // Written from the tree at 80bbad3 while test99 and test100 had their first run (nothing of it shown to the writers), at the same time as each other, apart: every expected id of test101 in the odd documents, of test102 in the even.
  test101: { name: 'hundred-and-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[97]!, tunedOn: TUNED_ON.slice(0, 97) },
  test102: { name: 'hundred-and-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[98]!, tunedOn: TUNED_ON.slice(0, 98) },
  // Written from the tree at f6fea9d after test101 and test102 had their first run (nothing of it shown to the writers), at the same time as each other, apart: every expected id of test103 in the odd documents, of test104 in the even.
  test103: { name: 'hundred-and-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[99]!, tunedOn: TUNED_ON.slice(0, 99) },
  test104: { name: 'hundred-and-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[100]!, tunedOn: TUNED_ON.slice(0, 100) },
  // Written from the tree at 6eaedbf before test103 and test104 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test105 in the odd documents, of test106 in the even.
  test105: { name: 'hundred-and-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[101]!, tunedOn: TUNED_ON.slice(0, 101) },
  test106: { name: 'hundred-and-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[102]!, tunedOn: TUNED_ON.slice(0, 102) },
  // Written from the tree at 80afd53 before test105 and test106 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test107 in the odd documents, of test108 in the even.
  test107: { name: 'hundred-and-tenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[103]!, tunedOn: TUNED_ON.slice(0, 103) },
  test108: { name: 'hundred-and-eleventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[104]!, tunedOn: TUNED_ON.slice(0, 104) },
  // Written from the tree at a4b0970 before test107 and test108 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test109 in the odd documents, of test110 in the even.
  test109: { name: 'hundred-and-twelfth blind set (run once blind; may be tuned on since)', path: TUNED_ON[105]!, tunedOn: TUNED_ON.slice(0, 105) },
  test110: { name: 'hundred-and-thirteenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[106]!, tunedOn: TUNED_ON.slice(0, 106) },
  // Written from the tree at fe33857 after test107 and test108 had their first run (nothing of it shown to the writers), at the same time as each other, apart: every expected id of test111 in the odd documents, of test112 in the even.
  test111: { name: 'hundred-and-fourteenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[107]!, tunedOn: TUNED_ON.slice(0, 107) },
  test112: { name: 'hundred-and-fifteenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[108]!, tunedOn: TUNED_ON.slice(0, 108) },
  // Written from the tree at f9dc35e before test111 and test112 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test113 in the odd documents, of test114 in the even.
  test113: { name: 'hundred-and-sixteenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[109]!, tunedOn: TUNED_ON.slice(0, 109) },
  test114: { name: 'hundred-and-seventeenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[110]!, tunedOn: TUNED_ON.slice(0, 110) },
  // Written from the tree at f661bc2 before test113 and test114 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test115 in the odd documents, of test116 in the even.
  test115: { name: 'hundred-and-eighteenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[111]!, tunedOn: TUNED_ON.slice(0, 111) },
  test116: { name: 'hundred-and-nineteenth blind set (run once blind; may be tuned on since)', path: TUNED_ON[112]!, tunedOn: TUNED_ON.slice(0, 112) },
  // Written from the tree at 4e81b79 after test115 and test116 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test117 in the odd documents, of test118 in the even.
  test117: { name: 'hundred-and-twentieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[113]!, tunedOn: TUNED_ON.slice(0, 113) },
  test118: { name: 'hundred-and-twenty-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[114]!, tunedOn: TUNED_ON.slice(0, 114) },
  // Written from the tree at 6f43629 after test117 and test118 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test119 in the odd documents, of test120 in the even.
  test119: { name: 'hundred-and-twenty-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[115]!, tunedOn: TUNED_ON.slice(0, 115) },
  test120: { name: 'hundred-and-twenty-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[116]!, tunedOn: TUNED_ON.slice(0, 116) },
  // Written from the tree at 1b00f97 after test119 and test120 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test121 in the odd documents, of test122 in the even.
  test121: { name: 'hundred-and-twenty-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[117]!, tunedOn: TUNED_ON.slice(0, 117) },
  test122: { name: 'hundred-and-twenty-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[118]!, tunedOn: TUNED_ON.slice(0, 118) },
  // Written from the tree at 9c8b05d after test121 and test122 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test123 in the odd documents, of test124 in the even.
  test123: { name: 'hundred-and-twenty-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[119]!, tunedOn: TUNED_ON.slice(0, 119) },
  test124: { name: 'hundred-and-twenty-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[120]!, tunedOn: TUNED_ON.slice(0, 120) },
  // Written from the tree at 2b859fb after test123, test124 and tongmu1 had their first run (nothing of any shown to the writers), at the same time as each other, apart: every expected id of test125 in the odd documents, of test126 in the even.
  test125: { name: 'hundred-and-twenty-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[121]!, tunedOn: TUNED_ON.slice(0, 121) },
  test126: { name: 'hundred-and-twenty-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[122]!, tunedOn: TUNED_ON.slice(0, 122) },
  // Written from the tree at 48b1a81 after test125 and test126 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test127 in the odd documents, of test128 in the even.
  test127: { name: 'hundred-and-thirtieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[123]!, tunedOn: TUNED_ON.slice(0, 123) },
  test128: { name: 'hundred-and-thirty-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[124]!, tunedOn: TUNED_ON.slice(0, 124) },
  // Written from the tree at 1e5f315 after test127 and test128 had their first run (nothing of either shown to the writers), at the same time as each other, apart: every expected id of test129 in the odd documents, of test130 in the even.
  test129: { name: 'hundred-and-thirty-second blind set (run once blind; may be tuned on since)', path: TUNED_ON[125]!, tunedOn: TUNED_ON.slice(0, 125) },
  test130: { name: 'hundred-and-thirty-third blind set (run once blind; may be tuned on since)', path: TUNED_ON[126]!, tunedOn: TUNED_ON.slice(0, 126) },
  // Written from the tree at 611e2f9 while test129, test130 and meiling1 had their first run (before any report of it was written; nothing of any shown to the writers), at the same time as each other, apart: every expected id of test131 in the odd documents, of test132 in the even.
  test131: { name: 'hundred-and-thirty-fourth blind set (run once blind; may be tuned on since)', path: TUNED_ON[127]!, tunedOn: TUNED_ON.slice(0, 127) },
  test132: { name: 'hundred-and-thirty-fifth blind set (run once blind; may be tuned on since)', path: TUNED_ON[128]!, tunedOn: TUNED_ON.slice(0, 128) },
  // Written from the tree at 10089b3 after test131, test132 and yunxi1 had their first run (nothing of any shown to the writers), at the same time as each other, apart: every expected id of test133 in the odd documents, of test134 in the even.
  test133: { name: 'hundred-and-thirty-sixth blind set (run once blind; may be tuned on since)', path: TUNED_ON[129]!, tunedOn: TUNED_ON.slice(0, 129) },
  test134: { name: 'hundred-and-thirty-seventh blind set (run once blind; may be tuned on since)', path: TUNED_ON[130]!, tunedOn: TUNED_ON.slice(0, 130) },
  // Written from the tree at 1022f59 after test133, test134 and hexi1 had their first run (nothing of any shown to the writers), at the same time as each other, apart: every expected id of test135 in the odd documents, of test136 in the even.
  test135: { name: 'hundred-and-thirty-eighth blind set (run once blind; may be tuned on since)', path: TUNED_ON[131]!, tunedOn: TUNED_ON.slice(0, 131) },
  test136: { name: 'hundred-and-thirty-ninth blind set (run once blind; may be tuned on since)', path: TUNED_ON[132]!, tunedOn: TUNED_ON.slice(0, 132) },
  // Written from the tree at 1f5a75b after test135, test136 and tanshan1 had their first run (nothing of any shown to the writers), at the same time as each other, apart: every expected id of test137 in the odd documents, of test138 in the even.
  test137: { name: 'hundred-and-fortieth blind set (run once blind; may be tuned on since)', path: TUNED_ON[133]!, tunedOn: TUNED_ON.slice(0, 133) },
  test138: { name: 'hundred-and-forty-first blind set (run once blind; may be tuned on since)', path: TUNED_ON[134]!, tunedOn: TUNED_ON.slice(0, 134) },
  // Written blind over test/eval/bulletins/qinghe-2023-02.txt, a fictional bulletin on other subjects written blind too (test/eval/bulletins/README.md): how the search does on a bulletin none of its tables name.
  qinghe1: { name: 'first blind set over a bulletin never tuned on (run once blind; may be tuned on since)', path: 'test/eval/queries-qinghe1.json', bulletins: ['test/eval/bulletins/qinghe-2023-02.txt'] },
  // Written blind over test/eval/bulletins/xiyuan-2024-01.txt, a second fictional bulletin written blind, after qinghe1's first run.
  xiyuan1: { name: 'second blind set over a bulletin never tuned on (run once blind; may be tuned on since)', path: 'test/eval/queries-xiyuan1.json', bulletins: ['test/eval/bulletins/xiyuan-2024-01.txt'] },
  // Written blind over test/eval/bulletins/shiling-2024-02.txt, a third fictional bulletin written blind, after xiyuan1's first run, from the tree at 41227f4.
  shiling1: { name: 'third blind set over a bulletin never tuned on (run once blind; may be tuned on since)', path: 'test/eval/queries-shiling1.json', bulletins: ['test/eval/bulletins/shiling-2024-02.txt'] },
  // Written blind over test/eval/bulletins/nanxi-2024-03.txt, a fourth fictional bulletin written blind (a 决定, a 通告 and a 批复 among its documents), from the tree at 2eeebd3.
  nanxi1: { name: 'fourth blind set over a bulletin never tuned on (run once blind; may be tuned on since)', path: 'test/eval/queries-nanxi1.json', bulletins: ['test/eval/bulletins/nanxi-2024-03.txt'] },
  // Written blind over test/eval/bulletins/fengcheng-2024-05.txt, a fifth fictional bulletin written blind, a county-level city's, from the tree at a2cfce6.
  fengcheng1: { name: 'fifth blind set over a bulletin never tuned on, a city\'s (run once blind; may be tuned on since)', path: 'test/eval/queries-fengcheng1.json', bulletins: ['test/eval/bulletins/fengcheng-2024-05.txt'] },
  // Written blind over test/eval/bulletins/liutang-2024-07.txt, a sixth fictional bulletin written blind, an urban district's, from the tree at 928ac29.
  liutang1: { name: 'sixth blind set over a bulletin never tuned on, a district\'s (run once blind; may be tuned on since)', path: 'test/eval/queries-liutang1.json', bulletins: ['test/eval/bulletins/liutang-2024-07.txt'] },
  // Written blind over test/eval/bulletins/tongmu-2024-09.txt, a seventh fictional bulletin written blind, an autonomous county's, from the tree at 98b892c.
  tongmu1: { name: 'seventh blind set over a bulletin never tuned on, an autonomous county\'s (run once blind; may be tuned on since)', path: 'test/eval/queries-tongmu1.json', bulletins: ['test/eval/bulletins/tongmu-2024-09.txt'] },
  // Written blind over test/eval/bulletins/meiling-2024-11.txt, an eighth fictional bulletin written blind, a hill county's, from the tree at cb271dc.
  meiling1: { name: 'eighth blind set over a bulletin never tuned on, a hill county\'s (run once blind; may be tuned on since)', path: 'test/eval/queries-meiling1.json', bulletins: ['test/eval/bulletins/meiling-2024-11.txt'] },
  // Written blind over test/eval/bulletins/yunxi-2025-03.txt, a ninth fictional bulletin written blind, a plains county's (a 决定 amending others, a 政策解读 without 文号), from the tree at 465fe95.
  yunxi1: { name: 'ninth blind set over a bulletin never tuned on, a plains county\'s (run once blind; may be tuned on since)', path: 'test/eval/queries-yunxi1.json', bulletins: ['test/eval/bulletins/yunxi-2025-03.txt'] },
  // Written blind over test/eval/bulletins/hexi-2025-01.txt, a tenth fictional bulletin written blind, a year's first issue (a 政府工作报告 and a 大事记 without 文号), from the tree at 44104df.
  hexi1: { name: 'tenth blind set over a bulletin never tuned on, a year\'s first issue (run once blind; may be tuned on since)', path: 'test/eval/queries-hexi1.json', bulletins: ['test/eval/bulletins/hexi-2025-01.txt'] },
  // Written blind over test/eval/bulletins/tanshan-2025-06.txt, an eleventh fictional bulletin written blind (departments' documents, a 常务会议纪要, statistics, a 问答), from the tree at 03db0f9.
  tanshan1: { name: 'eleventh blind set over a bulletin never tuned on, departments\' documents and minutes (run once blind; may be tuned on since)', path: 'test/eval/queries-tanshan1.json', bulletins: ['test/eval/bulletins/tanshan-2025-06.txt'] },
  // Written blind over test/eval/bulletins/lanchuan-2025-09.txt, a twelfth fictional bulletin written blind (a 规划 in chapters, a 批复, a 通报, 办事指南), from the tree at 2557c1c.
  lanchuan1: { name: 'twelfth blind set over a bulletin never tuned on, a 规划 in chapters and 办事指南 (run once blind; may be tuned on since)', path: 'test/eval/queries-lanchuan1.json', bulletins: ['test/eval/bulletins/lanchuan-2025-09.txt'] },
  // Written blind over test/eval/bulletins/biquan-2025-12.txt, a thirteenth fictional bulletin written blind (a forwarded city notice, a cleanup of normative documents, an annual disclosure report, a 解读 in questions), from the tree at a79c38b.
  biquan1: { name: 'thirteenth blind set over a bulletin never tuned on, a forwarded notice and a cleanup of normative documents (run once blind; may be tuned on since)', path: 'test/eval/queries-biquan1.json', bulletins: ['test/eval/bulletins/biquan-2025-12.txt'] },
  // Written blind over the whole archive as an office would have it, the seed and the twelve bulletins above searched at once, from the tree at a9f8bf3 (nothing of any search shown to the writer): every expected id in one of the twelve; a subject two bulletins print asked by what tells them apart or with both answers listed.
  archive1: {
    name: 'first blind set over the whole archive, the seed and twelve bulletins searched at once (run once blind; may be tuned on since)',
    path: 'test/eval/queries-archive1.json',
    bulletins: ARCHIVE_OF_TWELVE,
  },
  // Written blind over the archive of the seed and all thirteen bulletins (biquan's too), from the tree at 6e3c748 (nothing of any search shown to the writer), mostly residents' questions and slips; split by kind into a tuning half and a held-out half (test/eval/README.md).
  archive2: {
    name: 'second blind set over the whole archive, the seed and thirteen bulletins searched at once: the tuning half (run once blind; may be tuned on since)',
    path: 'test/eval/queries-archive2.json',
    bulletins: [...ARCHIVE_OF_TWELVE, 'test/eval/bulletins/biquan-2025-12.txt'],
  },
  'archive2-test': {
    name: 'second blind set over the whole archive: the held-out half (never tuned on)',
    path: 'test/eval/queries-archive2-test.json',
    bulletins: [...ARCHIVE_OF_TWELVE, 'test/eval/bulletins/biquan-2025-12.txt'],
  },
};

function halves(list: string): Array<{ name: string; path: string; tunedOn?: string[]; bulletins?: string[] }> {
  return list.split(',').map((h) => {
    const half = HALVES[h.trim()];
    if (!half) throw new UsageError(`--halves takes ${Object.keys(HALVES).join(', ')} or a list of them, got "${list}"`);
    return half;
  });
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommand(args, spec);
  const evalSets = halves(values.halves ?? 'dev,dev2,dev3,dev4,test,test2');
  const corpus = values.corpus ?? 'corpus';
  const added = [...new Set(evalSets.flatMap((s) => s.bulletins ?? []))];
  // The sets over another bulletin: the corpus with it added, in a temporary folder.
  const dir = added.length ? await mkdtemp(join(tmpdir(), 'gongbao-bench-corpus-')) : undefined;
  if (dir) {
    const files = (await readdir(corpus, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(corpus, e.name));
    for (const file of [...files, ...added]) await copyFile(file, join(dir, basename(file)));
  }
  try {
    await runBench({
      corpus: dir ?? corpus,
      queries: values.queries ?? 'test/queries.json',
      // While tuning, `--halves dev,dev2,dev3,dev4` keeps the held-out sets out of sight.
      evalSets,
      seed: wholeNumber(values.seed, '--seed', 20230131),
      substrings: wholeNumber(values.substrings, '--substrings', 300),
      repeat: wholeNumber(values.repeat, '--repeat', 5),
      // The seed as a PDF (222 pages) unless another file is named or none.
      pdfs: values.pdf === 'none' ? [] : values.pdf ? [values.pdf] : existsSync(SEED_PDF) ? [SEED_PDF] : [],
      // OCR is timed on a scanned page when its packages are installed.
      ocr: values.ocr === 'none' ? undefined : (values.ocr ?? (existsSync(SCAN_PDF) ? SCAN_PDF : undefined)),
      log: (line) => process.stdout.write(`${line}\n`),
    });
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
  return 0;
}

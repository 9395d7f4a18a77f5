/**
 * A document's 登记号 (规范性文件登记号, ZZYXDR-2023-01001): the registering office's letters, the year
 * and the serial, joined by dashes. One rule, in the two forms the stages meet it in.
 */

/** A line printing a 登记号, half-width (the structure stage reads a header with it): its letters, year and serial. */
export const REGISTRATION_LINE = /^([A-Z]{2,10})\s*[—–\-－]+\s*(\d{4})\s*[—–\-－]+\s*(\d{3,6})$/;

/** A 登记号 in normalised search text (ZZYXDR-2023-01003 → zzyxdr-2023-01003), anywhere in it. */
export const REGISTRATION_IN_TEXT = /[a-z]{2,}-?\d{4}-?\d{3,}/u;

/**
 * A 登记号 cited by its serial alone, as people shorten it (01003号规范性文件, 登记号01003, 2023-01003):
 * a number with a leading zero, four to six digits, the year and a dash before it optionally. Group 1
 * is the serial.
 */
export const REGISTRATION_SERIAL = /(?<![\d.\-a-z])(?:\d{4}-)?(0\d{3,5})(?!\d)/u;

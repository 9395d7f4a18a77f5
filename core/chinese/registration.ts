/**
 * A document's 登记号 (规范性文件登记号, ZZYXDR-2023-01001): the registering office's letters, the year
 * and the serial, joined by dashes. One rule, in the two forms the stages meet it in.
 */

/** A line printing a 登记号, half-width (the structure stage reads a header with it): its letters, year and serial. */
export const REGISTRATION_LINE = /^([A-Z]{2,10})\s*[—–\-－]+\s*(\d{4})\s*[—–\-－]+\s*(\d{3,6})$/;

/** A 登记号 in normalised search text (ZZYXDR-2023-01003 → zzyxdr-2023-01003), anywhere in it. */
export const REGISTRATION_IN_TEXT = /[a-z]{2,}-?\d{4}-?\d{3,}/u;

/**
 * Dates: Office.js gives a date cell's value as its serial number. The .xlsx host turns
 * numbers under a date format into yyyy-mm-dd text, so this host does the same, with the
 * same test of what a date format is.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1900_OFFSET = 25569; // serial of 1970-01-01 in the 1900 date system
const LAST_SERIAL = 2_958_465; // 9999-12-31

/** A format with y m d h s or b outside quotes, brackets, escapes and _x / *x padding. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhsb]/i.test(bare);
}

/**
 * yyyy-mm-dd of a serial in the 1900 date system (as ExcelJS computes it, so both hosts
 * agree); undefined when the serial is not a date Excel can show.
 */
export function serialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL) return undefined;
  return new Date(Math.round((serial - EPOCH_1900_OFFSET) * MS_PER_DAY)).toISOString().slice(0, 10);
}

/** Dates as the fact base and the command line write them: an ISO 8601 date or its start. */

/** A year, a year-month or a full date: "2021", "2021-07", "2021-07-14" (the pattern only). */
export const ISO_DATE_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u;

/** Whether `text` is a year, a year-month or a date of the calendar: "2021-02-30" is not. */
export function isIsoDatePrefix(text: string): boolean {
  if (!ISO_DATE_PREFIX.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  if (month === undefined || day === undefined || year === undefined) return true;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

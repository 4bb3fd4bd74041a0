/** Dates as the fact base and the command line write them: an ISO 8601 date or its start. */

/** A year, a year-month or a full date: "2021", "2021-07", "2021-07-14". */
export const ISO_DATE_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u;

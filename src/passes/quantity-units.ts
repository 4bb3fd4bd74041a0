/** Unit words and symbols a figure may carry, mapped to a canonical unit name. */
import { PhraseTable } from '../nlp/phrases.ts';

export const CURRENCY_SYMBOLS = new Map<string, string>([
  ['$', 'USD'], ['US$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['Rs', 'PKR'], ['Rs.', 'PKR'],
]);

/** Units written after the figure ("14 percent", "2.6 kg", "18 months", "5 million dollars"). */
export const UNIT_WORDS = new PhraseTable<string>([
  ['%', 'percent'], ['percent', 'percent'], ['per cent', 'percent'], ['pc', 'percent'],
  ['percentage points', 'percentage points'], ['points', 'points'],
  ['dollars', 'USD'], ['dollar', 'USD'], ['usd', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'],
  ['pounds sterling', 'GBP'], ['gbp', 'GBP'], ['rupees', 'rupees'], ['yen', 'JPY'],
  ['km', 'km'], ['kilometres', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometer', 'km'],
  // "m" after a spaced figure is metres: "3.5 m high"; glued or after a currency it is a scale ("£3.5m").
  ['m', 'm'], ['miles', 'mi'], ['mile', 'mi'], ['metres', 'm'], ['meters', 'm'], ['metre', 'm'], ['meter', 'm'],
  ['square metres', 'm²'], ['square meters', 'm²'], ['sq m', 'm²'], ['square feet', 'sq ft'], ['sq ft', 'sq ft'],
  ['square kilometres', 'km²'], ['square kilometers', 'km²'], ['square miles', 'sq mi'], ['acres', 'acres'], ['hectares', 'ha'],
  ['ft', 'ft'], ['feet', 'ft'], ['foot', 'ft'], ['inches', 'in'], ['cm', 'cm'], ['mm', 'mm'],
  ['kg', 'kg'], ['kilograms', 'kg'], ['kilogram', 'kg'], ['grams', 'g'], ['g', 'g'], ['mg', 'mg'], ['lb', 'lb'], ['lbs', 'lb'],
  ['tonnes', 't'], ['tons', 't'], ['ton', 't'], ['litres', 'l'], ['liters', 'l'], ['gallons', 'gal'], ['barrels', 'barrels'],
  ['seconds', 'seconds'], ['second', 'seconds'], ['minutes', 'minutes'], ['minute', 'minutes'], ['mins', 'minutes'],
  ['hours', 'hours'], ['hour', 'hours'], ['hrs', 'hours'], ['days', 'days'], ['day', 'days'], ['weeks', 'weeks'],
  ['week', 'weeks'], ['months', 'months'], ['month', 'months'], ['years', 'years'], ['year', 'years'],
  ['decades', 'decades'], ['mmhg', 'mmHg'], ['mph', 'mph'], ['km/h', 'km/h'], ['kwh', 'kWh'], ['mw', 'MW'], ['gw', 'GW'],
  ['°f', '°F'], ['°c', '°C'], ['degrees', 'degrees'],
]);

/** Nouns for people: a count of them has the unit `people` ("1.4 million Afghan refugees"). */
export const PEOPLE_NOUNS = new Set([
  'people', 'persons', 'person', 'individuals', 'civilians', 'refugees', 'residents', 'citizens', 'migrants',
  'immigrants', 'soldiers', 'troops', 'fighters', 'militants', 'children', 'kids', 'adults', 'women', 'men',
  'patients', 'participants', 'voters', 'workers', 'employees', 'users', 'students', 'teachers', 'doctors', 'nurses',
  'officers', 'police', 'inhabitants', 'members', 'volunteers', 'visitors', 'passengers', 'customers', 'readers',
  'engineers', 'americans', 'deaths', 'casualties', 'victims', 'dead', 'lives', 'households', 'families', 'applicants',
  'prisoners', 'detainees', 'protesters', 'subscribers', 'viewers', 'respondents', 'staff', 'commuters', 'drivers',
  'politicians', 'officials', 'lawmakers', 'experts', 'scientists', 'economists', 'journalists', 'critics', 'leaders',
  'activists', 'parents', 'taxpayers', 'landlords', 'tenants', 'owners', 'farmers', 'locals',
]);

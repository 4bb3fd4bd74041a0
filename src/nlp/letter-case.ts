/**
 * Letter case of written words. The test runs on every token in several passes, so its regular
 * expression is made once here: a literal inside a function makes a new object every time.
 */
const CAPITAL_FIRST = /^\p{Lu}/u;

/** True when `text` starts with an upper-case letter, in any script ("Oslo", "Élysée"). */
export function startsWithCapital(text: string): boolean {
  return CAPITAL_FIRST.test(text);
}

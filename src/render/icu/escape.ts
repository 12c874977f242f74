/**
 * Literal text written as ICU MessageFormat that reads back unchanged (ICU 4.8+ apostrophe rules,
 * as intl-messageformat parses them, with or without `ignoreTag`): an ASCII apostrophe is doubled
 * (`''`), and each run of syntax characters (`{ } < >`) is quoted, the run going on over every
 * syntax character and apostrophe after it (apostrophes doubled inside), so an apostrophe right
 * after a quoted run is never read as that run's closing or escaped quote.
 */
export function icuLiteral(text: string): string {
  return text.replace(/[{}<>][{}<>']*|'/gu, (match) => (match === "'" ? "''" : `'${match.replaceAll("'", "''")}'`));
}

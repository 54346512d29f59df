// The database cannot be opened: a message that says what to start or fix. Its own module, so the
// CLI can recognize it without loading a database driver.
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** An analyst's merge or split that cannot be done as asked (unknown deal or report, parties differ). */
export class DealOverrideError extends Error {
  override name = 'DealOverrideError';
}

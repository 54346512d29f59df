// The database cannot be opened: a message that says what to start or fix. Its own module, so the
// CLI can recognize it without loading a database driver.
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

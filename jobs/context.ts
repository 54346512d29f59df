// What every job processor receives: built once by an entry point (CLI or worker), passed down.
import type { Config } from '../src/config';
import type { HttpClient } from '../src/http/client';
import type { Logger } from '../src/log';
import type { Database } from '../db/client';

export interface JobContext {
  config: Config;
  log: Logger;
  database: Database;
  http: HttpClient;
  /** Gazetteer ids present in `organizations`: deals and mentions link only to these. */
  organizationIds: ReadonlySet<string>;
}

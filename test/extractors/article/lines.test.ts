import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../extractors/article/lines';

// One row per wording family: lines a reader skips wherever they sit, and article lines like them.
const chrome = [
  'Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter @jdoe.',
  'Follow our full coverage of the energy transition at https://example.com/energy',
  "Follow AP's full coverage of the election at https://example.com/vote",
  'Join our Grid Forums to keep talking power, and send us your tips!',
  'Get the latest updates right in your inbox. Subscribe to our newsletters.',
  'If you enjoyed this article, we have a proposition for you: join our members.',
  'Chat with us in Facebook Messenger.',
  'Filed under: Utilities |',
  'Updated at 1:23 p.m.',
  'Last Updated : Nov 20, 2019 01:41 PM IST | Source: Example',
  'You may also like...',
  'Tell us what YOU think...',
  "DON'T MISS",
  'Iklan',
  '2 hours ago',
  'Updated 5 minutes ago',
];
const article = [
  'Follow-on investments from the fund are expected next year, the company said.',
  'The utility has a tip line for outages, which it said received 2,000 calls on Monday.',
  'Updates to the grid code will take effect in 2026, regulators said in a filing.',
  'Two hours ago the plant went offline, the operator said in a statement.',
];

describe('isBoilerplateLine', () => {
  it.each(chrome)('chrome: %s', (line) => expect(isBoilerplateLine(line)).toBe(true));
  it.each(article)('article: %s', (line) => expect(isBoilerplateLine(line)).toBe(false));
});

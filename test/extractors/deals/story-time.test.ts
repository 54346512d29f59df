import { describe, expect, it } from 'vitest';
import { mentionsPastDate, mentionsRecentTime, parseStoryDate } from '../../../extractors/deals/story-time';

const NOW = parseStoryDate('2025-11-20');

describe('mentionsPastDate', () => {
  it.each([
    ['an earlier year', 'Microsoft invested in 2023.', true],
    ['the first year of a range that runs on', 'It will invest between 2023 and 2027.', false],
    ['a day weeks before the story', 'Nebius announced its agreement with Microsoft on September 8.', true],
    ['a day this week', 'The companies signed the contract on November 18.', false],
    ['a month before the publication month', 'The deal was signed in July.', true],
    ['a later month without a year, told in the past', 'SoftBank invested in December.', true],
    ['a later month without a year, still to come', 'The deal is expected to close in December.', false],
    ['a month with a year ahead', 'The contract runs through April 2029.', false],
    ['a day and month written the other way', 'It was agreed on 3 October.', true],
    ['no date', 'OpenAI signed a deal with Oracle.', false],
  ])('%s', (_name, text, past) => {
    expect(mentionsPastDate(NOW, text)).toBe(past);
  });

  it('knows nothing of the past without a publication date', () => {
    expect(mentionsPastDate(null, 'It was agreed in 2019.')).toBe(false);
  });
});

describe('mentionsRecentTime', () => {
  it.each([
    ['a weekday', 'The companies said on Monday.', true],
    ['today', 'Nordhavn today announced three agreements.', true],
    ['a date days before', 'It signed the lease on November 17.', true],
    ['a date weeks before', 'It signed the lease on October 2.', false],
    ['no time word', 'It signed the lease.', false],
  ])('%s', (_name, text, recent) => {
    expect(mentionsRecentTime(NOW, text)).toBe(recent);
  });
});

// Deals the headline states, moved onto the body's companies (headline.ts).
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../extractors/deals/context';
import { headlineFrames } from '../../../extractors/deals/headline';
import { findOrganizations } from '../../../extractors/orgs';
import { splitSentences } from '../../../extractors/text/sentences';

function framesOf(title: string, body: string): string[] {
  const sentences = splitSentences(body);
  const ctx = buildContext({ title, body, published: '2026-01-10', sentences, mentions: findOrganizations(body, sentences) });
  const titleSentences = splitSentences(title);
  const frames = headlineFrames(ctx, { text: title, sentences: titleSentences, mentions: findOrganizations(title, titleSentences) });
  return frames.map((f) => `${f.cls} ${f.a.text} ~ ${f.b.text} @${f.sentence} buyer=${f.buyer?.text ?? '-'}`);
}

describe('headline frames', () => {
  it.each([
    [
      'a selection verb: the body names both, the frame sits where the second appears',
      'Poolside taps CoreWeave for GPU cluster',
      'The start-up will run its models on chips that CoreWeave delivers. Poolside said so on Wednesday.',
      ['buy Poolside ~ CoreWeave @1 buyer=Poolside'],
    ],
    [
      'a list of objects shares the verb; "signs" gives no direction',
      'Microsoft signs Nscale and IREN for GPU capacity',
      'Microsoft has lined up two neoclouds. Nscale will deploy chips in Texas. IREN will host the rest.',
      ['symmetric Microsoft ~ Nscale @1 buyer=-', 'symmetric Microsoft ~ IREN @2 buyer=-'],
    ],
    ['a company the body never names makes no frame', 'Poolside taps CoreWeave for GPU cluster', 'Poolside said on Wednesday it would grow.', []],
    ['a headline without deal language makes no frame', 'CoreWeave and Poolside shares rise', 'CoreWeave rose. Poolside fell.', []],
  ])('%s', (_name, title, body, expected) => {
    expect(framesOf(title, body)).toEqual(expected);
  });
});

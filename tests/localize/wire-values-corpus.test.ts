import { describe, expect, it } from 'vitest';
import { localizeTarget, spanText } from '../../src/localize/index.js';
import { defaultValueStyle, type ProtectedSpan } from '../../src/model.js';
import { protectSegments } from '../../src/protect/index.js';
import { glossaryOf, segmentOf } from '../helpers/builders.js';
import { type ExpectedSpan, wireValueCorpus } from './wire-values.corpus.js';

/** The corpus notation: `·` U+202F, `~` U+00A0, `=` the source text. */
function written(notation: string | undefined, source: string): string {
  if (notation === undefined || notation === '=') return source;
  return notation.replace(/·/gu, '\u202F').replace(/~/gu, '\u00A0');
}

/** A span as the corpus labels it: its text, its kind, and (a value) its French and Arabic. */
function labelled(span: ProtectedSpan): ExpectedSpan {
  if (span.kind !== 'value') return [span.text, span.kind];
  return [span.text, span.value.type, spanText(span, 'fr', defaultValueStyle), spanText(span, 'ar', defaultValueStyle)];
}

function expectedOf(spans: readonly ExpectedSpan[]): ExpectedSpan[] {
  return spans.map(([text, kind, french, arabic]) =>
    french === undefined ? [text, kind] : [text, kind, written(french, text), written(arabic, text)],
  );
}

const spansOf = (source: string) => protectSegments([segmentOf(source)], glossaryOf())[0]!.protectedSpans;

describe('English wire copy: the values found and how French and Arabic write them', () => {
  it.each(wireValueCorpus.map(([source, spans]) => [source, spans] as const))('%s', (source, spans) => {
    expect(spansOf(source).map(labelled)).toEqual(expectedOf(spans));
  });

  it('has more than 150 sentences, traps among them', () => {
    expect(wireValueCorpus.length).toBeGreaterThan(150);
    expect(wireValueCorpus.filter(([, spans]) => spans.length === 0).length).toBeGreaterThanOrEqual(10);
  });
});

describe('an engine target that gives the values back as the English wrote them', () => {
  // What an engine returns when it restores placeholders with their source text.
  it.each([
    ['The club paid £4million for the striker in January.', 'Le club a payé £4million pour l’attaquant en janvier.', 'Le club a payé 4 millions de livres pour l’attaquant en janvier.'],
    ['Analysts expect rates to rise 10-15% next year.', 'Les analystes attendent une hausse de 10-15% l’an prochain.', 'Les analystes attendent une hausse de 10-15~% l’an prochain.'],
    ['Temperatures reached 40C in Seville as the heatwave spread.', 'Il a fait 40C à Séville.', 'Il a fait 40·°C à Séville.'],
    ['The 9/11 attacks killed nearly 3,000 people.', 'Les attentats du 11-Septembre ont fait près de 3,000 morts.', 'Les attentats du 11-Septembre ont fait près de 3·000 morts.'],
  ])('%s', (source, target, expected) => {
    expect(localizeTarget(target, protectSegments([segmentOf(source)], glossaryOf())[0]!, 'fr', defaultValueStyle)).toBe(written(expected, ''));
  });
});

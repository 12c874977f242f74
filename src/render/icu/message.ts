/**
 * A published text as an ICU message: its values found where the text holds their renderings
 * (the placement rule `localizeTarget` uses), those ICU writes identically as arguments, the rest
 * literal. Arguments are numbered per message in reading order: `v1`, `v2` … numbers, `d1` … dates.
 */
import { placeTexts, renderedValue, spanText } from '../../localize/index.js';
import type { LanguageTag, ProtectedSpan, ValueStyle } from '../../model.js';
import { icuArgument, icuLocale, type IcuArgument } from './argument.js';
import { icuLiteral } from './escape.js';

/** Literal text or an argument, in reading order. */
export type MessagePart = string | IcuArgument;

export interface IcuMessage {
  readonly message: string;
  /** The arguments' values by name (`{"v1": 2500, "d1": 1733054400000}`). */
  readonly values: Readonly<Record<string, number>>;
}

/** `text` (a published text of `lang`, values written with `spanText`) cut into literal text and arguments. */
export function messageParts(text: string, spans: readonly ProtectedSpan[], lang: LanguageTag, style: ValueStyle): MessagePart[] {
  const locale = icuLocale(lang, style);
  // Verbatim spans take part so that a number inside a URL is never taken for a value.
  const placed = placeTexts(text, spans.map((span) => ({ text: spanText(span, lang, style), item: span })));
  const parts: MessagePart[] = [];
  let cursor = 0;
  for (const { start, end, item: span } of placed) {
    const value = span.kind === 'value' ? renderedValue(span) : undefined;
    const argument = value && icuArgument(value, text.slice(start, end), locale);
    if (!argument) continue;
    parts.push(text.slice(cursor, start), argument);
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.filter((part) => part !== '');
}

/** The message of `parts`, its arguments numbered afresh (a paragraph joins its segments' parts). */
export function icuMessage(parts: readonly MessagePart[]): IcuMessage {
  const values: Record<string, number> = {};
  const counts = { v: 0, d: 0 };
  const message = joinedLiterals(parts)
    .map((part) => {
      if (typeof part === 'string') return icuLiteral(part);
      const prefix = part.kind === 'date' ? 'd' : 'v';
      const name = `${prefix}${++counts[prefix]}`;
      values[name] = part.value;
      return part.kind === 'date' ? `{${name}, date, long}` : `{${name}, number, ::${part.skeleton}}`;
    })
    .join('');
  return { message, values };
}

/** Adjacent literal parts as one: escaped apart, a quoted run ending one and an apostrophe starting the next would read as one quote. */
function joinedLiterals(parts: readonly MessagePart[]): MessagePart[] {
  const joined: MessagePart[] = [];
  for (const part of parts) {
    const last = joined.length - 1;
    if (typeof part === 'string' && typeof joined[last] === 'string') joined[last] += part;
    else joined.push(part);
  }
  return joined;
}
